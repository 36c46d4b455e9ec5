/**
 * Prevented residential-care placements from a cohort: one row per person, treated vs control.
 * Rates of care-home entry within 24 months, their difference with Newcombe interval, and the
 * months observed at home. The rows are shaped like examples/housing-counselling-cohort.csv.
 */
import type { DataValue, RowDefinition, TemplateDefinition, Validation } from "../model";
import { rateComparisonRows } from "./comparisonRows";
import { between, blank, countUnit, heading, input, inputHeader, paragraph, result, shareUnit, t, title } from "./rows";

const dateCheck: Validation = { kind: "date", message: t("Bitte ein Datum eingeben.", "Please enter a date.") };
const groupCheck: Validation = { kind: "list", options: ["treated", "control"], message: t("treated oder control", "treated or control") };

/** Days in 24 months, as the example data count them. */
const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "Quote = Aufnahmen innerhalb von 24 Monaten ÷ Personen der Gruppe. Intervall nach Newcombe (1998, Methode 10) aus zwei Wilson-Intervallen; p-Wert aus dem z-Test mit gepoolter Varianz. Verhinderte Aufnahmen = Beratene je Jahr × (Quote Vergleich − Quote Beratene); negativ hieße: Beratene kamen häufiger ins Heim – das wird gezeigt, nicht versteckt.",
    "Rate = entries within 24 months ÷ people in the group. Interval after Newcombe (1998, method 10) from two Wilson intervals; p-value from the z-test with pooled variance. Prevented placements = counselled per year × (rate comparison − rate counselled); negative would mean the counselled entered care homes more often – this is shown, not hidden.",
  ),
  paragraph(
    "Wer kürzer als 24 Monate beobachtet wurde, ohne ins Heim zu ziehen, zählt als „keine Aufnahme“ – das unterschätzt; dann PREVENT.KAPLANMEIER und PREVENT.LOGRANK nutzen.",
    "People followed for less than 24 months without entering a care home count as 'no entry' – an undercount; then use PREVENT.KAPLANMEIER and PREVENT.LOGRANK.",
  ),
];

export const followUpDays = 730;

const exampleRows: DataValue[][] = [
  ["T0001", "treated", 44570, null, 46022],
  ["T0002", "treated", 45172, null, 46022],
  ["T0003", "treated", 44941, 45500, 46022],
  ["C0001", "control", 44600, 45100, 46022],
  ["C0002", "control", 44900, null, 46022],
  ["C0003", "control", 45000, 45400, 46022],
];

const results: RowDefinition[] = [
  title("Verhinderte Heimaufnahmen: Auswertung der Kohorte", "Prevented care-home placements: cohort results"),
  paragraph(
    "Die Zahlen kommen aus dem Blatt Kohorte (eine Zeile je Person, pseudonyme Kennung). Gezählt wird die Heimaufnahme innerhalb von 24 Monaten (730 Tagen) nach Beginn.",
    "The figures come from the Cohort sheet (one row per person, pseudonymous id). Counted is a care-home entry within 24 months (730 days) of the start.",
  ),
  inputHeader,
  input("confidence", t("Konfidenzniveau", "Confidence level"), 0.95, null, shareUnit, "A", t("Konvention", "Convention"), "percent", between(0.5, 0.999)),
  input("cohort_served_per_year", t("Beratene Haushalte je Jahr (für die Hochrechnung)", "Households counselled per year (for the projection)"), 120, [80, 160], countUnit, "D",
    t("Schätzung – durch eigene Daten ersetzen", "estimate – replace with local data"), "number", between(0, 1e6)),
  blank,
  heading("Zählung", "Counts"),
  result("n_treated", t("Personen: Beratene", "People: counselled"), '=COUNTIF({cohort_group},"treated")', "number"),
  result("n_control", t("Personen: Vergleichsgruppe", "People: comparison group"), '=COUNTIF({cohort_group},"control")', "number"),
  result("events_treated", t("Heimaufnahmen ≤ 24 Monate: Beratene", "Care-home entries ≤ 24 months: counselled"), '=COUNTIFS({cohort_group},"treated",{cohort_entered_24},1)', "number"),
  result("events_control", t("Heimaufnahmen ≤ 24 Monate: Vergleich", "Care-home entries ≤ 24 months: comparison"), '=COUNTIFS({cohort_group},"control",{cohort_entered_24},1)', "number"),
  result("short_follow_up", t("Weniger als 24 Monate beobachtet, ohne Aufnahme", "Followed less than 24 months, no entry"), "=SUM({cohort_short_follow_up})", "number",
    t("> 0: die Quoten unterschätzen Aufnahmen – Überlebenszeitanalyse nutzen", "> 0: the rates undercount entries – use time-to-event analysis")),
  blank,
  heading("Vergleich", "Comparison"),
  ...rateComparisonRows(),
  blank,
  heading("Monate zu Hause (beobachtet, bis Aufnahme oder Ende der Beobachtung)", "Months at home (observed, to entry or end of follow-up)"),
  result("months_home_treated", t("Mittel: Beratene", "Mean: counselled"), '=AVERAGEIF({cohort_group},"treated",{cohort_months_home})', "decimal"),
  result("months_home_control", t("Mittel: Vergleichsgruppe", "Mean: comparison group"), '=AVERAGEIF({cohort_group},"control",{cohort_months_home})', "decimal"),
  result("months_home_difference", t("Differenz (Beratene − Vergleich)", "Difference (counselled − comparison)"), "={months_home_treated}-{months_home_control}", "decimal",
    t("zensiert: ohne Überlebenszeitanalyse nur ein grober Anhalt", "censored: without time-to-event analysis only a rough guide")),
  blank,
  heading("Hochrechnung", "Projection"),
  result("cohort_prevented", t("Verhinderte Aufnahmen je Jahr", "Prevented placements per year"), "={cohort_served_per_year}*({rate_control}-{rate_treated})", "decimal", undefined, true),
  result("cohort_prevented_low", t("untere Grenze", "lower bound"), "=-{cohort_served_per_year}*{difference_upper}", "decimal"),
  result("cohort_prevented_high", t("obere Grenze", "upper bound"), "=-{cohort_served_per_year}*{difference_lower}", "decimal"),
];

export const placementCohort: TemplateDefinition = {
  id: "placement-cohort",
  version: "1.0.0",
  title: t("Verhinderte Heimaufnahmen", "Prevented residential-care placements"),
  sheets: [
    { key: "results", name: t("Auswertung", "Results"), columnWidths: [56, 16, 40, 12, 12, 8, 40], rows: results, protect: true },
    { key: "method", name: t("Methode und Quellen", "Method and sources"), columnWidths: [120], rows: method, protect: true },
    {
      key: "cohort",
      name: t("Kohorte", "Cohort"),
      columnWidths: [],
      protect: true,
      table: {
        name: "cohort_table",
        exampleRows,
        columns: [
          { key: "id", header: t("Kennung (pseudonym)", "Id (pseudonymous)"), format: "text", width: 18, csv: { column: "id", kind: "text" } },
          { key: "group", header: t("Gruppe", "Group"), name: "cohort_group", format: "text", width: 12, validation: groupCheck, csv: { column: "group", kind: { options: ["treated", "control"] } } },
          { key: "start", header: t("Beginn", "Start"), format: "date", width: 13, validation: dateCheck, csv: { column: "start", kind: "date" } },
          { key: "entry", header: t("Heimaufnahme", "Care-home entry"), format: "date", width: 15, validation: dateCheck, csv: { column: "care_home_entry", kind: "optionalDate" } },
          { key: "end", header: t("Ende der Beobachtung", "End of follow-up"), format: "date", width: 18, validation: dateCheck, csv: { column: "follow_up_end", kind: "date" } },
          {
            key: "entered_24", header: t("Aufnahme ≤ 24 Monate", "Entry ≤ 24 months"), name: "cohort_entered_24", format: "integer", width: 20,
            formula: `=IF(AND(ISNUMBER({col:entry}),{col:entry}-{col:start}<=${followUpDays}),1,0)`,
          },
          {
            key: "short_follow_up", header: t("kurz beobachtet", "Short follow-up"), name: "cohort_short_follow_up", format: "integer", width: 16,
            formula: `=IF(AND(NOT(ISNUMBER({col:entry})),{col:end}-{col:start}<${followUpDays}),1,0)`,
          },
          {
            key: "months_home", header: t("Monate zu Hause", "Months at home"), name: "cohort_months_home", format: "decimal", width: 16,
            formula: "=(IF(ISNUMBER({col:entry}),{col:entry},{col:end})-{col:start})/(365.25/12)",
          },
        ],
      },
    },
  ],
};
