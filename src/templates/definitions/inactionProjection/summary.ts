/** The Cost of inaction sheet: the statement, the first and last year and the totals of each scenario, the prevention budget and its posts. */
import type { RowDefinition } from "../../model";
import { blank, heading, result, t, title } from "../rows";
import { projectionYears } from "./assumptions";
import { statement } from "./statement";

const firstLastTotal = (row: string) => [`=INDEX({${row}},1)`, `=INDEX({${row}},${projectionYears})`, `=SUM({${row}})`];

export const summary: RowDefinition[] = [
  title("Kosten des Nichtstuns: Heimkosten des Kreises bis 2035", "Cost of doing nothing: the county's care-home spending to 2035"),
  ...statement,
  blank,
  heading("Ausgaben des Kreises für Hilfe zur Pflege im Heim (EUR)", "County spending on Hilfe zur Pflege in care homes (EUR)"),
  {
    kind: "header",
    cells: [t("Szenario", "Scenario"), t("erstes Jahr", "first year"), t("letztes Jahr", "last year"), t("alle Jahre", "all years")],
  },
  {
    kind: "resultGrid",
    label: t("Status quo", "Status quo"),
    formulas: firstLastTotal("proj_sq_spending"),
    names: ["proj_sq_spending_first", "proj_sq_spending_last", "proj_sq_spending_total"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Ambulant vor stationär", "Ambulant vor stationär"),
    formulas: firstLastTotal("proj_avs_spending"),
    names: ["proj_avs_spending_first", "proj_avs_spending_last", "proj_avs_spending_total"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Eigenes Szenario", "User scenario"),
    formulas: firstLastTotal("proj_user_spending"),
    names: ["proj_user_spending_first", "proj_user_spending_last", "proj_user_spending_total"],
    format: "euro",
  },
  blank,
  heading(
    "Kosten des Nichtstuns (entgangene Ersparnis gegenüber dem Status quo, EUR)",
    "Cost of doing nothing (saving missed against the status quo, EUR)",
  ),
  { kind: "header", cells: [t("", ""), t("ambulant vor stationär", "ambulant vor stationär"), t("eigenes Szenario", "user scenario")] },
  {
    kind: "resultGrid",
    label: t("im ersten Jahr", "in the first year"),
    formulas: ["=INDEX({proj_avs_saving},1)", "=INDEX({proj_user_saving},1)"],
    names: ["proj_avs_first", "proj_user_first"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("alle Jahre, nicht abgezinst", "all years, undiscounted"),
    formulas: ["=SUM({proj_avs_saving})", "=SUM({proj_user_saving})"],
    names: ["proj_avs_total", "proj_user_total"],
    format: "euro",
    keyResult: true,
  },
  {
    kind: "resultGrid",
    label: t("Barwert (Abzinsung am Jahresende wie NBW/NPV)", "Present value (discounted at year end, as NPV)"),
    formulas: ["=NPV({proj_discount_rate},{proj_avs_saving})", "=NPV({proj_discount_rate},{proj_user_saving})"],
    names: ["proj_avs_present_value", "proj_user_present_value"],
    format: "euro",
    keyResult: true,
  },
  blank,
  heading("Präventionsbudget", "Prevention budget"),
  result({
    name: "proj_budget_first",
    label: t("Budget im ersten Jahr", "Budget in the first year"),
    formula: "=INDEX({proj_budget},1)",
    format: "euro",
  }),
  result({
    name: "proj_posts_first",
    label: t("Beratungsstellen im ersten Jahr", "Counselling posts in the first year"),
    formula: "=INDEX({proj_posts},1)",
    format: "decimal",
    keyResult: true,
  }),
  result({
    name: "proj_posts_last",
    label: t("Beratungsstellen im letzten Jahr", "Counselling posts in the last year"),
    formula: `=INDEX({proj_posts},${projectionYears})`,
    format: "decimal",
  }),
  blank,
  result({
    name: "proj_years_check",
    label: t("Bevölkerung: gefundene Projektionsjahre", "Population: projection years found"),
    formula: "={proj_years_found}",
    format: "integer",
  }),
  {
    kind: "sentence",
    name: "proj_years_warning",
    style: "warning",
    formula: {
      de: `=IF({proj_years_found}<${projectionYears},"Nur "&{proj_years_found}&" von ${projectionYears} Jahren stehen im Einfügebereich: Ausrichtung, Jahre und Lage der Altersgruppen auf dem Blatt Bevölkerung prüfen.","")`,
      en: `=IF({proj_years_found}<${projectionYears},"Only "&{proj_years_found}&" of ${projectionYears} years are in the paste area: check the orientation, the years and the positions of the age bands on the Population sheet.","")`,
    },
  },
];
