/** The Projection sheet: the county's care-home spending per year for each scenario and what each scenario saves against the status quo. */
import type { RowDefinition, Text } from "../../model";
import { heading, t, title, years } from "../rows";
import { calendarYear } from "./population";

const growth = "(1+{proj_cost_growth})^({year}-1)";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function scenarioRows(prefix: string, name: Text): RowDefinition[] {
  return [
    heading(capitalized(name.de), capitalized(name.en)),
    years(
      `${prefix}_residents`,
      t(`Heimbewohner: ${name.de}`, `Care-home residents: ${name.en}`),
      `={@in_need}*{proj_${prefix}_share}`,
      "number",
      `proj_${prefix}_residents`,
    ),
    years(
      `${prefix}_recipients`,
      t(`Empfänger Hilfe zur Pflege: ${name.de}`, `Hilfe-zur-Pflege recipients: ${name.en}`),
      `={@${prefix}_residents}*{proj_hzp_share}`,
      "number",
      `proj_${prefix}_recipients`,
    ),
    years(
      `${prefix}_spending`,
      t(`Ausgaben: ${name.de}`, `Spending: ${name.en}`),
      `={@${prefix}_recipients}*{proj_net_monthly_cost}*12*${growth}`,
      "euro",
      `proj_${prefix}_spending`,
    ),
  ];
}

function savingRows(prefix: string, name: Text): RowDefinition[] {
  return [
    heading(
      `Kosten des Nichtstuns gegenüber „${name.de}“ (Status quo minus Szenario)`,
      `Cost of doing nothing against '${name.en}' (status quo minus scenario)`,
    ),
    years(`${prefix}_saving`, t("je Jahr", "per year"), `={@sq_spending}-{@${prefix}_spending}`, "euro", `proj_${prefix}_saving`),
    years(
      `${prefix}_cumulative`,
      t("kumuliert", "cumulated"),
      `=SUM({@${prefix}_saving:first}:{@${prefix}_saving})`,
      "euro",
      `proj_${prefix}_cumulative`,
    ),
    years(
      `${prefix}_discounted`,
      t("abgezinst (Jahresende)", "discounted (end of year)"),
      `={@${prefix}_saving}/(1+{proj_discount_rate})^{year}`,
      "euro",
      `proj_${prefix}_discounted`,
    ),
    years(
      `${prefix}_cumulative_discounted`,
      t("abgezinst, kumuliert", "discounted, cumulated"),
      `=SUM({@${prefix}_discounted:first}:{@${prefix}_discounted})`,
      "euro",
      `proj_${prefix}_cumulative_discounted`,
    ),
  ];
}

const scenarioNames = {
  sq: t("Status quo", "status quo"),
  avs: t("ambulant vor stationär", "ambulant vor stationär"),
  user: t("eigenes Szenario", "user scenario"),
};

export const projection: RowDefinition[] = [
  title("Projektion der Heimkosten des Kreises (Hilfe zur Pflege)", "Projection of the county's care-home spending (Hilfe zur Pflege)"),
  { kind: "yearHeader", label: t("Jahr", "Year"), formula: calendarYear },
  years(
    "population_65_79",
    t("Bevölkerung 65 bis unter 80", "Population aged 65 to under 80"),
    "=INDEX({proj_population_65_79},{year})",
    "number",
  ),
  years("population_80", t("Bevölkerung 80 und älter", "Population aged 80 and over"), "=INDEX({proj_population_80},{year})", "number"),
  years(
    "in_need_65_79",
    t("Pflegebedürftige 65 bis unter 80", "In need of care aged 65 to under 80"),
    "={@population_65_79}*{proj_prevalence_65_79}",
    "number",
    "proj_in_need_65_79",
  ),
  years(
    "in_need_80",
    t("Pflegebedürftige 80 und älter", "In need of care aged 80 and over"),
    "={@population_80}*{proj_prevalence_80}",
    "number",
    "proj_in_need_80",
  ),
  years("in_need", t("Pflegebedürftige zusammen", "In need of care, total"), "={@in_need_65_79}+{@in_need_80}", "number", "proj_in_need"),
  ...scenarioRows("sq", scenarioNames.sq),
  ...scenarioRows("avs", scenarioNames.avs),
  ...scenarioRows("user", scenarioNames.user),
  ...savingRows("avs", scenarioNames.avs),
  ...savingRows("user", scenarioNames.user),
  heading("Präventionsbudget", "Prevention budget"),
  years(
    "budget",
    t("Budget (Anteil an den Ausgaben im Status quo)", "Budget (share of the status quo's spending)"),
    "={@sq_spending}*{proj_budget_share}",
    "euro",
    "proj_budget",
  ),
  years(
    "posts",
    t("Beratungsstellen, die das Budget bezahlt", "Counselling posts the budget pays for"),
    `={@budget}/({proj_post_cost}*${growth})`,
    "decimal",
    "proj_posts",
  ),
];
