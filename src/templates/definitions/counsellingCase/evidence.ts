/** The Evidence sheet: counselled against comparison group, the strength of the design (Maryland scale) and the prevented placements per year. */
import type { RowDefinition } from "../../model";
import { rateComparisonRows } from "../comparisonRows";
import { confoundingRows } from "../confoundingRows";
import { evidenceSourceRows, inPoints, readingValuesInUse } from "../cohortEvidence";
import { between, blank, confidenceInput, countUnit, heading, input, inputHeader, paragraph, result, t, title } from "../rows";

/** Where the typed-in counts come from until the service's own cohort replaces them. */
const exampleCohort = t("Beispielkohorte (synthetisch)", "Example cohort (synthetic)");

export const smsRows: [number, string, string, number][] = [
  [5, "randomisiert", "randomised", 0],
  [4, "natürliches Experiment", "natural experiment", 0.05],
  [3, "Differenz der Differenzen / gematchter Vergleich", "difference in differences / matched comparison", 0.1],
  [2, "Vorher–nachher", "before–after", 0.15],
  [1, "Experteneinschätzung", "expert judgement", 0.25],
];

/** The comparison and what follows from it: the part of the sheet that prints. */
const comparison: RowDefinition[] = [
  title("Evidenz: Beratene gegen Vergleichsgruppe", "Evidence: counselled vs comparison group"),
  paragraph(
    "Heimaufnahmen innerhalb von 24 Monaten. Die Voreinstellung stammt aus dem synthetischen Beispiel (34 von 240 gegen 70 von 230) – durch eigene Daten ersetzen.",
    "Care-home entries within 24 months. The defaults come from the synthetic example (34 of 240 vs 70 of 230) – replace with your own data.",
  ),
  inputHeader,
  input({
    name: "events_treated",
    label: t("Heimaufnahmen unter Beratenen", "Care-home entries among counselled"),
    value: 34,
    unit: countUnit,
    grade: "D",
    source: exampleCohort,
    format: "number",
    validation: between(0, 1e6, "whole"),
  }),
  input({
    name: "n_treated",
    label: t("Beratene insgesamt", "Counselled, total"),
    value: 240,
    unit: countUnit,
    grade: "D",
    source: exampleCohort,
    format: "number",
    validation: between(1, 1e6, "whole"),
  }),
  input({
    name: "events_control",
    label: t("Heimaufnahmen in der Vergleichsgruppe", "Care-home entries in the comparison group"),
    value: 70,
    unit: countUnit,
    grade: "D",
    source: exampleCohort,
    format: "number",
    validation: between(0, 1e6, "whole"),
  }),
  input({
    name: "n_control",
    label: t("Vergleichsgruppe insgesamt", "Comparison group, total"),
    value: 230,
    unit: countUnit,
    grade: "D",
    source: exampleCohort,
    format: "number",
    validation: between(1, 1e6, "whole"),
  }),
  confidenceInput(),
  input({
    name: "design_grade",
    label: t("Design des Vergleichs (Maryland-Skala 1–5)", "Comparison design (Maryland scale 1–5)"),
    value: 3,
    unit: t("Stufe", "level"),
    grade: "C",
    source: t(
      "Nachbarkommune ohne Angebot: gematchter Vergleich (3)",
      "Neighbouring municipality without the service: matched comparison (3)",
    ),
    format: "integer",
    validation: { kind: "list", options: ["1", "2", "3", "4", "5"], message: t("Bitte 1 bis 5 wählen.", "Please choose 1 to 5.") },
  }),
  blank,
  ...evidenceSourceRows,
  blank,
  heading("Ergebnis des Vergleichs", "Result of the comparison"),
  ...inPoints(readingValuesInUse(rateComparisonRows())),
  blank,
  heading("Optimism Bias nach Design (editierbar)", "Optimism bias by design (editable)"),
  { kind: "header", cells: [t("Stufe", "Level"), t("Design", "Design"), t("Abschlag", "Correction")] },
  ...smsRows.map(([level, de, en, bias]): RowDefinition => ({
    kind: "lookupRow",
    key: `sms${level}`,
    cells: [level, t(de, en), bias],
    inputColumns: [2],
    formats: ["integer", "text", "percent"],
  })),
  paragraph(
    "Abstufung nach HM Treasury (2014, Leitfaden für lokale Partnerschaften), Maryland Scientific Methods Scale; Werte illustrativ – vor Gebrauch prüfen.",
    "Grading after HM Treasury (2014, guidance for local partnerships), Maryland Scientific Methods Scale; values illustrative – verify before use.",
  ),
  result({
    name: "optimism_bias",
    label: t("Abschlag für dieses Design", "Correction for this design"),
    formula: "=CHOOSE({design_grade},{@sms1:col3},{@sms2:col3},{@sms3:col3},{@sms4:col3},{@sms5:col3})",
    format: "percent",
  }),
  blank,
  heading("Verhinderte Heimaufnahmen je Jahr", "Prevented placements per year"),
  result({
    name: "prevented_gross",
    label: t("Brutto: Beratene × (Quote Vergleich − Quote Beratene)", "Gross: counselled × (rate comparison − rate counselled)"),
    formula: "={households_served}*({rate_control}-{rate_treated})",
    format: "decimal",
  }),
  result({
    name: "prevented_low",
    label: t("Brutto, untere Grenze", "Gross, lower bound"),
    formula: "=-{households_served}*{difference_upper}",
    format: "decimal",
  }),
  result({
    name: "prevented_high",
    label: t("Brutto, obere Grenze", "Gross, upper bound"),
    formula: "=-{households_served}*{difference_lower}",
    format: "decimal",
  }),
  result({
    name: "prevented_net",
    label: t("Netto: nach Zurechnung, Verdrängung und Optimism Bias", "Net: after attribution, displacement and optimism bias"),
    formula: "={prevented_gross}*{attribution}*(1-{displacement})*(1-{optimism_bias})",
    format: "decimal",
    explanation: t("Mitnahmeeffekt = 0: steckt bereits im Vergleich", "deadweight = 0: already in the comparison"),
    keyResult: true,
  }),
  blank,
  result({
    name: "counselling_home_entry_reduction",
    label: t(
      "Relative Senkung der Heimaufnahmen unter Beratenen, netto (für die Projektion der Kosten des Nichtstuns)",
      "Relative reduction of care-home entries among the counselled, net (for the cost-of-inaction projection)",
    ),
    formula: "=({rate_control}-{rate_treated})/{rate_control}*{attribution}*(1-{displacement})*(1-{optimism_bias})",
    format: "percent",
  }),
];

/** The rows that print: the rows on unmeasured confounding and power below them stay on the screen. */
export const printedEvidenceRows = comparison.length;

export const evidence: RowDefinition[] = [...comparison, blank, ...inPoints(readingValuesInUse(confoundingRows()))];
