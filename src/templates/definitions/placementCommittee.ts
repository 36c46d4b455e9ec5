/** The committee page of the placement cohort: how many care-home entries counselling prevented, how sure the comparison is, what it means per year. */
import { term } from "../../shared/message";
import type { RowDefinition, SheetDefinition, Text } from "../model";
import { spelled, spelledPercent, spelledPoints } from "../sentenceNumbers";
import { both, committeeSheet } from "./committeeSheet";
import { t } from "./rows";

type Language = "de" | "en";

/** "p < 0,001" or "p = 0,013": a p-value as a committee reads it. */
function pValueText(name: string, language: Language): string {
  return `IF({${name}}<0.001,"p < ${language === "de" ? "0,001" : "0.001"}","p = "&${spelled(`{${name}}`, 3, language)})`;
}

/** The years the cohort's counselling began, e.g. "2022–2023" (one year alone when all began in it). */
const startYears = `IF(YEAR(MIN({cohort_start}))=YEAR(MAX({cohort_start})),YEAR(MIN({cohort_start}))&"",YEAR(MIN({cohort_start}))&"–"&YEAR(MAX({cohort_start})))`;

const headline = both((language) => {
  const [n1, n0] = [spelled("{n_treated}", 0, language), spelled("{n_control}", 0, language)];
  const [r1, r0] = [spelledPercent("{rate_treated}", 1, language), spelledPercent("{rate_control}", 1, language)];
  const difference = spelledPoints("{rate_difference}", 1, language);
  const [lower, upper] = [spelled("100*{difference_lower}", 1, language), spelledPoints("{difference_upper}", 1, language)];
  const confidence = spelledPercent("{confidence}", 0, language);
  const served = spelled("{cohort_served_per_year}", 0, language);
  const [prevented, low, high] = ["cohort_prevented", "cohort_prevented_low", "cohort_prevented_high"].map((name) =>
    spelled(`{${name}}`, 1, language),
  );
  const months = spelled("{rmst_difference}", 1, language);
  const horizon = "{rmst_horizon}";
  return language === "de"
    ? `="Von "&${n1}&" beratenen Personen (Beginn "&${startYears}&") zogen "&${r1}&" innerhalb von 24 Monaten in ein Pflegeheim, von "&${n0}&" Personen der Vergleichsgruppe "&${r0}&": eine Differenz von "&${difference}&" ("&${confidence}&"-Konfidenzintervall "&${lower}&" bis "&${upper}&"; "&${pValueText("p_value", language)}&"). Bei "&${served}&" Beratenen je Jahr sind das "&${prevented}&" verhinderte Heimaufnahmen je Jahr (Spanne "&${low}&" bis "&${high}&"); bis zum Horizont von "&${horizon}&" Monaten zieht eine beratene Person im Mittel "&${months}&" Monate später ins Heim."`
    : `="Of "&${n1}&" people counselled (starting "&${startYears}&"), "&${r1}&" moved into a care home within 24 months, of "&${n0}&" people in the comparison group "&${r0}&": a difference of "&${difference}&" ("&${confidence}&" confidence interval "&${lower}&" to "&${upper}&"; "&${pValueText("p_value", language)}&"). With "&${served}&" people counselled a year, that is "&${prevented}&" care-home entries prevented a year (range "&${low}&" to "&${high}&"); up to the horizon of "&${horizon}&" months, a person counselled moves into a care home "&${months}&" months later on average."`;
});

const grid = (label: Text, formulas: string[], format: "number" | "percent" | "decimal"): RowDefinition => ({
  kind: "resultGrid",
  label,
  formulas,
  format,
});

const figures: RowDefinition[] = [
  { kind: "heading", text: t("Die Kohorte", "The cohort") },
  { kind: "header", cells: [t("Kennzahl", "Figure"), t("Beratene", "Counselled"), t("Vergleichsgruppe", "Comparison group")] },
  grid(t("Personen", "People"), ["={n_treated}", "={n_control}"], "number"),
  grid(
    t("Heimaufnahmen innerhalb von 24 Monaten", "Care-home entries within 24 months"),
    ["={events_treated}", "={events_control}"],
    "number",
  ),
  grid(t("Quote der Heimaufnahmen", "Rate of care-home entries"), ["={rate_treated}", "={rate_control}"], "percent"),
  grid(
    t("Mittlere Monate zu Hause bis zum Horizont", "Mean months at home up to the horizon"),
    ["={rmst_treated}", "={rmst_control}"],
    "decimal",
  ),
  {
    kind: "header",
    cells: [
      t("Hochrechnung je Jahr", "Projection per year"),
      term("committee.value"),
      t("untere Grenze", "lower bound"),
      t("obere Grenze", "upper bound"),
    ],
  },
  grid(
    t("Verhinderte Heimaufnahmen je Jahr", "Care-home entries prevented per year"),
    ["={cohort_prevented}", "={cohort_prevented_low}", "={cohort_prevented_high}"],
    "decimal",
  ),
];

const evidence = both((language) => {
  const de = language === "de";
  const adjusted = `IF(ISNUMBER({adjusted_difference}),${de ? `"Um Alter, Pflegegrad und allein lebend bereinigt beträgt die Differenz "` : `"Adjusted for age, care grade and living alone, the difference is "`}&${spelledPoints("{adjusted_difference}", 1, language)}&". ","")`;
  const imbalanced = `COUNTIF({balance_age_flag}:{balance_living_alone_flag},"?*")`;
  const short = "{short_follow_up}";
  return de
    ? `="Design: Beobachtungsstudie – Beratene gegen eine Vergleichsgruppe, nicht zufällig zugeteilt (höchstens Stufe 3 der Maryland-Skala, wenn die Gruppen vergleichbar sind). "&IF(${imbalanced}>0,${imbalanced}&" von 3 Merkmalen unterscheiden sich zwischen den Gruppen (|SMD| > 0,1): Die einfache Differenz ist verzerrt. ","Die Gruppen unterscheiden sich in keinem der 3 Merkmale deutlich (|SMD| ≤ 0,1). ")&${adjusted}&IF(${short}>0,${short}&" Person(en) ohne Aufnahme wurden kürzer als 24 Monate beobachtet: Die Quoten unterschätzen die Aufnahmen; die Monate zu Hause (Kaplan–Meier) zählen sie mit.","")`
    : `="Design: observational study – counselled against a comparison group, not randomly assigned (level 3 of the Maryland scale at most, if the groups are comparable). "&IF(${imbalanced}>0,${imbalanced}&" of 3 covariates differ between the groups (|SMD| > 0.1): the plain difference is biased. ","The groups differ clearly in none of the 3 covariates (|SMD| ≤ 0.1). ")&${adjusted}&IF(${short}>0,${short}&" person(s) without entry were followed for less than 24 months: the rates undercount entries; the months at home (Kaplan–Meier) count them.","")`;
});

export function placementCommittee(version: string): SheetDefinition {
  return committeeSheet({
    templateId: "placement-cohort",
    version,
    templateTitle: t("Verhinderte Heimaufnahmen", "Prevented residential-care placements"),
    headline,
    headlineLines: 6,
    figures,
    evidence,
  });
}
