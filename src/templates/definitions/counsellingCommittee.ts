/** The committee page of the counselling business case: what the counselling costs the county, what it saves, how sure we are. */
import type { InputRow, RowDefinition, SheetDefinition, Text } from "../model";
import { spelled, spelledPercent, spelledPoints } from "../sentenceNumbers";
import { term } from "../../shared/message";
import { committeeSheet } from "./committeeSheet";
import { monteCarloProbabilityName } from "./monteCarloRows";
import { blank, t } from "./rows";

const both = (build: (language: "de" | "en") => string): Text => ({ de: build("de"), en: build("en") });

const year = "{first_budget_year}";
const euros = (name: string, language: "de" | "en") => spelled(`{${name}}`, 0, language);
const ratio = (name: string, language: "de" | "en") => spelled(`{${name}}`, 2, language);

const headline = both((language) => {
  const posts = spelled("{posts_fte}", 1, language);
  const cost = (which: "current" | "next") => euros(`cost_county_row_${which}_year`, language);
  const saving = (which: "current" | "next") => euros(`benefit_county_row_${which}_year`, language);
  const span = `${year}&"–"&(${year}+{horizon}-1)`;
  const [bcr, low, high] = [ratio("bcr_county", language), ratio("mc_bcr_county_p5", language), ratio("mc_bcr_county_p95", language)];
  const probability = spelledPercent(`{${monteCarloProbabilityName}}`, 0, language);
  return language === "de"
    ? `="Die Beratung mit "&${posts}&" Stelle(n) kostet den Kreis im Haushaltsjahr "&${year}&" "&${cost("current")}&" EUR und erspart ihm "&${saving("current")}&" EUR; "&(${year}+1)&" stehen "&${cost("next")}&" EUR Kosten "&${saving("next")}&" EUR Ersparnis gegenüber. Über "&${span}&" bringt jeder Euro des Kreises "&${bcr}&" EUR zurück (Monte Carlo P5–P95: "&${low}&" bis "&${high}&"); mit einer Wahrscheinlichkeit von "&${probability}&" trägt sich die Beratung für den Kreis selbst."`
    : `="Counselling with "&${posts}&" post(s) costs the county "&${cost("current")}&" EUR in the budget year "&${year}&" and saves it "&${saving("current")}&" EUR; in "&(${year}+1)&" costs of "&${cost("next")}&" EUR face savings of "&${saving("next")}&" EUR. Over "&${span}&" every euro the county spends returns "&${bcr}&" EUR (Monte Carlo P5–P95: "&${low}&" to "&${high}&"); the probability that counselling pays for itself for the county is "&${probability}&"."`;
});

function grid(label: Text, names: string[], format: "euro" | "ratio" | "percent", keyResult = false): RowDefinition {
  return { kind: "resultGrid", label, formulas: names.map((name) => `={${name}}`), format, keyResult };
}

const byYear = (row: string) => [`${row}_current_year`, `${row}_next_year`, `${row}_present_value`];

const figures: RowDefinition[] = [
  { kind: "heading", text: term("committee.figures") },
  {
    kind: "resultGrid",
    label: t("EUR im Haushaltsjahr / Barwert über den Zeitraum", "EUR in the budget year / present value over the horizon"),
    formulas: [`=${year}`, `=${year}+1`, "={horizon_years}"],
    formats: ["integer", "integer", "text"],
    format: "text",
  },
  grid(t("Kosten: Kreis", "Cost: county"), byYear("cost_county_row"), "euro"),
  grid(t("Ersparnis: Kreis", "Saving: county"), byYear("benefit_county_row"), "euro"),
  grid(t("Netto: Kreis", "Net: county"), byYear("net_county_row"), "euro"),
  grid(t("Netto: alle öffentlichen Träger", "Net: all public payers"), byYear("net_public_row"), "euro"),
  blank,
  {
    kind: "header",
    cells: [t("Über den Zeitraum", "Over the horizon"), term("committee.value"), term("committee.rangeLow"), term("committee.rangeHigh")],
  },
  grid(
    t("Nutzen-Kosten-Verhältnis: Kreis", "Benefit-cost ratio: county"),
    ["bcr_county", "mc_bcr_county_p5", "mc_bcr_county_p95"],
    "ratio",
  ),
  grid(t("Kapitalwert: Kreis", "Net present value: county"), ["npv_county", "mc_npv_county_p5", "mc_npv_county_p95"], "euro"),
  grid(
    t("Kapitalwert: alle öffentlichen Träger", "Net present value: all public payers"),
    ["npv_public", "mc_npv_public_p5", "mc_npv_public_p95"],
    "euro",
  ),
  grid(t("Wahrscheinlichkeit: Verhältnis Kreis ≥ 1", "Probability: ratio county ≥ 1"), [monteCarloProbabilityName], "percent"),
];

function evidence(designs: [number, string, string, number][]): Text {
  return both((language) => {
    const de = language === "de";
    const design = `CHOOSE({design_grade},${designs.map(([, nameDe, nameEn]) => `"${de ? nameDe : nameEn}"`).join(",")})`;
    const [treated, control] = [spelledPercent("{rate_treated}", 1, language), spelledPercent("{rate_control}", 1, language)];
    const [n1, n2] = [spelled("{evidence_n_treated}", 0, language), spelled("{evidence_n_control}", 0, language)];
    const difference = spelledPoints("{rate_difference}", 1, language);
    const [lower, upper] = [spelled("100*{difference_lower}", 1, language), spelledPoints("{difference_upper}", 1, language)];
    const confidence = spelledPercent("{confidence}", 0, language);
    // The grade and source of the typed-in counts, or the cohort sheet they come from (cohortEvidence.ts).
    const counts = de
      ? `IF({evidence_from_cohort}=1,"vom Kohortenblatt dieser Mappe","Güte "&OFFSET({events_treated},0,4)&" ("&OFFSET({events_treated},0,5)&")")`
      : `IF({evidence_from_cohort}=1,"from the cohort sheet of this workbook","grade "&OFFSET({events_treated},0,4)&" ("&OFFSET({events_treated},0,5)&")")`;
    return de
      ? `="Heimaufnahmen innerhalb von 24 Monaten: "&${treated}&" der "&${n1}&" Beratenen gegen "&${control}&" der "&${n2}&" in der Vergleichsgruppe, Differenz "&${difference}&" ("&${confidence}&"-Konfidenzintervall "&${lower}&" bis "&${upper}&"). Design: Stufe "&{design_grade}&" der Maryland-Skala ("&${design}&"), Abschlag für Optimism Bias "&${spelledPercent("{optimism_bias}", 0, language)}&". Fallzahlen: "&${counts}&"."`
      : `="Care-home entries within 24 months: "&${treated}&" of "&${n1}&" counselled against "&${control}&" of "&${n2}&" in the comparison group, a difference of "&${difference}&" ("&${confidence}&" confidence interval "&${lower}&" to "&${upper}&"). Design: level "&{design_grade}&" of the Maryland scale ("&${design}&"), optimism-bias correction "&${spelledPercent("{optimism_bias}", 0, language)}&". Counts: "&${counts}&"."`;
  });
}

export function counsellingCommittee(version: string, varied: InputRow[], designs: [number, string, string, number][]): SheetDefinition {
  return committeeSheet({
    templateId: "counselling-case",
    version,
    templateTitle: t("Business Case Pflege- und Wohnberatung", "Care and housing counselling business case"),
    headline,
    figures,
    varied,
    evidence: evidence(designs),
    // The Evidence sheet's reading of unmeasured confounding or of what the comparison could detect.
    evidenceExtra: "={confounding_sentence}",
  });
}
