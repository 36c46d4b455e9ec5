/** The committee page of the volunteer-hour value: what the hours are worth, net of coordination, and that this is no saving in the budget. */
import { term } from "../../shared/message";
import type { RowDefinition, SheetDefinition } from "../model";
import { spelled } from "../sentenceNumbers";
import { both, committeeSheet } from "./committeeSheet";
import { t } from "./rows";

const euros = (name: string, language: "de" | "en") => spelled(`{${name}}`, 0, language);

const headline = both((language) => {
  const year = "{valuation_year}";
  const hours = spelled("{volunteer_hours_total}", 0, language);
  const activities = "COUNTA({volunteer_activity})";
  const wage = spelled("{minimum_wage}", 2, language);
  const [value, cost, net] = [
    euros("volunteer_value_total", language),
    euros("coordination_cost", language),
    euros("volunteer_value_net", language),
  ];
  return language === "de"
    ? `="Im Bewertungsjahr "&${year}&" leisten Ehrenamtliche in "&${activities}&" Tätigkeit(en) "&${hours}&" Stunden. Zu Wiederbeschaffungskosten bewertet (ohne eigenen Satz zum gesetzlichen Mindestlohn von "&${wage}&" EUR je Stunde) sind sie "&${value}&" EUR wert; nach Abzug der Koordination von "&${cost}&" EUR bleiben "&${net}&" EUR. Dieser Wert ist ein Beitrag der Ehrenamtlichen, keine Einsparung im Haushalt."`
    : `="In the valuation year "&${year}&" volunteers give "&${hours}&" hours in "&${activities}&" activit(ies). Valued at replacement cost (without a rate of their own at the statutory minimum wage of "&${wage}&" EUR per hour) they are worth "&${value}&" EUR; net of coordination costing "&${cost}&" EUR, "&${net}&" EUR remain. This value is the volunteers' contribution, not a saving in the budget."`;
});

const figures: RowDefinition[] = [
  { kind: "heading", text: t("Stunden und Wert je Jahr", "Hours and value per year") },
  { kind: "header", cells: [t("Kennzahl", "Figure"), term("committee.value")] },
  { kind: "resultGrid", label: t("Stunden je Jahr", "Hours per year"), formulas: ["={volunteer_hours_total}"], format: "number" },
  {
    kind: "resultGrid",
    label: t("Wert der Stunden je Jahr", "Value of the hours per year"),
    formulas: ["={volunteer_value_total}"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Kosten der Koordination je Jahr", "Coordination cost per year"),
    formulas: ["={coordination_cost}"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Wert abzüglich Koordination", "Value net of coordination"),
    formulas: ["={volunteer_value_net}"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Mindestlohn im Bewertungsjahr je Stunde", "Minimum wage in the valuation year per hour"),
    formulas: ["={minimum_wage}"],
    format: "euroCents",
  },
  {
    kind: "resultGrid",
    label: t("Tätigkeiten mit Satz unter dem Mindestlohn", "Activities with a rate below the minimum wage"),
    formulas: ["={rates_below_minimum_wage}"],
    format: "integer",
  },
];

const evidence = both((language) => {
  const below = "{rates_below_minimum_wage}";
  const grade = "OFFSET({coordination_cost},0,4)";
  const source = "OFFSET({coordination_cost},0,5)";
  return language === "de"
    ? `="Bewertung: Wiederbeschaffungskosten – Stunden mal dem Lohn einer vergleichbaren bezahlten Tätigkeit, mindestens dem gesetzlichen Mindestlohn (ILO-Handbuch zur Messung ehrenamtlicher Arbeit, 2011). Die Stunden stammen aus der Tabelle Tätigkeiten (Ehrenamtliche × Stunden je Woche × Wochen je Jahr). "&IF(${below}>0,${below}&" Tätigkeit(en) mit einem Satz unter dem Mindestlohn: Der Satz ist zu prüfen.","Alle Sätze liegen mindestens beim Mindestlohn.")&" Kosten der Koordination: Güte "&${grade}&" ("&${source}&")."`
    : `="Valuation: replacement cost – hours times the wage of a comparable paid role, at least the statutory minimum wage (ILO Manual on the Measurement of Volunteer Work, 2011). The hours come from the Activities table (volunteers × hours per week × weeks per year). "&IF(${below}>0,${below}&" activit(ies) with a rate below the minimum wage: check the rate.","Every rate is at least the minimum wage.")&" Coordination cost: grade "&${grade}&" ("&${source}&")."`;
});

export function volunteerCommittee(version: string): SheetDefinition {
  return committeeSheet({
    templateId: "volunteer-hours",
    version,
    templateTitle: t("Wert ehrenamtlicher Stunden", "Volunteer-hour value"),
    headline,
    figures,
    evidence,
  });
}
