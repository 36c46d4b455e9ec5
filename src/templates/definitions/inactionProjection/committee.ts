/**
 * The committee page of the cost of doing nothing: what the county will spend on Hilfe zur Pflege
 * in care homes over the projection years, and what prevention would spare it. The effect of
 * counselling comes from the business case when it is in the same workbook: that name is written
 * without placeholder braces, as in the definition.
 */
import { term } from "../../../shared/message";
import type { RowDefinition, SheetDefinition, Text } from "../../model";
import { spelled, spelledPercent } from "../../sentenceNumbers";
import { both, committeeSheet } from "../committeeSheet";
import { check } from "../reviewSheet";
import { t } from "../rows";

type Language = "de" | "en";
const euros = (name: string, language: Language) => spelled(`{${name}}`, 0, language);

/** The first and the last year of the projection (ten years from the first). */
const [firstYear, lastYear] = ["{proj_first_year}", "({proj_first_year}+9)"];
const span = `${firstYear}&"–"&${lastYear}`;

const headline = both((language) => {
  const [total, first, last] = ["proj_sq_spending_total", "proj_sq_spending_first", "proj_sq_spending_last"].map((name) =>
    euros(name, language),
  );
  const [saved, present] = [euros("proj_avs_total", language), euros("proj_avs_present_value", language)];
  const [effect, reach] = [spelledPercent("{proj_effect}", 0, language), spelledPercent("{proj_reach}", 0, language)];
  const budget = spelledPercent("{proj_budget_share}", 1, language);
  const posts = spelled("{proj_posts_first}", 1, language);
  return language === "de"
    ? `="Bleibt alles, wie es ist, gibt der Kreis in den Jahren "&${span}&" voraussichtlich "&${total}&" EUR für Hilfe zur Pflege im Heim aus ("&${firstYear}&": "&${first}&" EUR, "&${lastYear}&": "&${last}&" EUR). Mit „ambulant vor stationär“ – Beratung, die "&${reach}&" der Pflegebedürftigen erreicht und ihre Heimaufnahmen um "&${effect}&" senkt – wären es "&${saved}&" EUR weniger (Barwert "&${present}&" EUR): So viel kostet das Nichtstun. Ein Präventionsbudget von "&${budget}&" dieser Ausgaben bezahlt "&${firstYear}&" "&${posts}&" Beratungsstellen."`
    : `="If nothing changes, the county will spend "&${total}&" EUR on Hilfe zur Pflege in care homes in the years "&${span}&" ("&${firstYear}&": "&${first}&" EUR, "&${lastYear}&": "&${last}&" EUR). With 'ambulant vor stationär' – counselling that reaches "&${reach}&" of the people in need of care and lowers their care-home entries by "&${effect}&" – it would be "&${saved}&" EUR less (present value "&${present}&" EUR): that is what doing nothing costs. A prevention budget of "&${budget}&" of this spending pays for "&${posts}&" counselling posts in "&${firstYear}&"."`;
});

const grid = (label: Text, formulas: string[]): RowDefinition => ({ kind: "resultGrid", label, formulas, format: "euro" });
const firstLastTotal = (scenario: string) => [
  `={proj_${scenario}_spending_first}`,
  `={proj_${scenario}_spending_last}`,
  `={proj_${scenario}_spending_total}`,
];

const figures: RowDefinition[] = [
  { kind: "heading", text: term("committee.figures") },
  {
    kind: "resultGrid",
    label: t("Ausgaben (EUR) im Jahr / alle Jahre", "Spending (EUR) in the year / all years"),
    formulas: [`=${firstYear}`, `=${lastYear}`, `=${span}`],
    formats: ["integer", "integer", "text"],
    format: "text",
  },
  grid(t("Status quo", "Status quo"), firstLastTotal("sq")),
  grid(t("Ambulant vor stationär", "Ambulant vor stationär"), firstLastTotal("avs")),
  grid(t("Eigenes Szenario", "User scenario"), firstLastTotal("user")),
  {
    kind: "header",
    cells: [
      t("Kosten des Nichtstuns (EUR)", "Cost of doing nothing (EUR)"),
      t("erstes Jahr", "first year"),
      t("alle Jahre", "all years"),
      t("Barwert", "present value"),
    ],
  },
  grid(t("Ambulant vor stationär", "Ambulant vor stationär"), ["={proj_avs_first}", "={proj_avs_total}", "={proj_avs_present_value}"]),
  grid(t("Eigenes Szenario", "User scenario"), ["={proj_user_first}", "={proj_user_total}", "={proj_user_present_value}"]),
  {
    kind: "resultGrid",
    label: t("Beratungsstellen: erstes / letztes Jahr", "Counselling posts: first / last year"),
    formulas: ["={proj_posts_first}", "={proj_posts_last}"],
    format: "decimal",
  },
];

const grade = (name: string) => `OFFSET({${name}},0,4)`;

const evidence = both((language) => {
  const de = language === "de";
  const effect = spelledPercent("{proj_effect}", 0, language);
  const typed = "ISERROR(counselling_home_entry_reduction)";
  const effectOrigin = de
    ? `IF(${typed},"getippter Wert, Güte "&${grade("proj_effect_typed")},"aus dem Business Case Beratung in dieser Mappe")`
    : `IF(${typed},"typed value, grade "&${grade("proj_effect_typed")},"from the counselling business case in this workbook")`;
  return de
    ? `="Design: Fortschreibung – die Pflegequoten der Pflegestatistik (Güte "&${grade("proj_prevalence_80")}&") bleiben, nur die Bevölkerung ändert sich (Vorausberechnung des Statistischen Landesamts, Blatt Bevölkerung). Wirkung der Beratung "&${effect}&" ("&${effectOrigin}&"), Reichweite Güte "&${grade("proj_reach")}&", Nettokosten je Heimplatz Güte "&${grade("proj_net_monthly_cost")}&". Die Senkung wirkt vom ersten Jahr an voll: eine obere Grenze, denn Beratung wirkt erst nach und nach."`
    : `="Design: projection – the care prevalences of the care statistics (grade "&${grade("proj_prevalence_80")}&") stay, only the population changes (the state statistical office's projection, Population sheet). Effect of counselling "&${effect}&" ("&${effectOrigin}&"), reach grade "&${grade("proj_reach")}&", net cost per care-home place grade "&${grade("proj_net_monthly_cost")}&". The reduction works in full from the first year: an upper bound, since counselling takes effect gradually."`;
});

export function inactionCommittee(version: string): SheetDefinition {
  return committeeSheet({
    templateId: "inaction-projection",
    version,
    templateTitle: t("Kosten des Nichtstuns", "Cost of doing nothing"),
    headline,
    headlineLines: 6,
    figures,
    evidence,
    // The population's years: empty while all ten are found.
    evidenceExtra: "={proj_years_warning}",
  });
}

/** The Review sheet's own checks of the projection. */
export const inactionChecks: RowDefinition[] = [
  check(
    t("Bevölkerung: alle zehn Projektionsjahre gefunden", "Population: all ten projection years found"),
    "{proj_years_found}=10",
    "proj_years_check",
  ),
  check(
    t(
      "Wirkung der Beratung aus dem Business Case oder mit eigener Quelle",
      "Effect of counselling from the business case or with a source of its own",
    ),
    `OR(NOT(ISERROR(counselling_home_entry_reduction)),${grade("proj_effect_typed")}<>"D")`,
    "proj_effect",
  ),
];
