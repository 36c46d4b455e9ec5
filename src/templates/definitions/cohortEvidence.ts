/**
 * Evidence that flows (DESIGN §4): the business case's Evidence sheet takes the counts and the
 * months of care-home entry delayed from a placement cohort in the same workbook, by one choice.
 *
 * The cohort publishes some of the business case's own names (events_treated, n_treated, …), so
 * whichever of the two is inserted second carries a suffix on every name ("_2"). The cohort is
 * found by a name only it publishes (rmst_difference), with no suffix or the suffix of a second or
 * third insertion; its other names carry the same suffix. Until a cohort is there the names do not
 * exist, ISREF is false, and the typed-in values are used: the formulas work in any order of
 * insertion and in a file without the cohort, with or without the add-in.
 */
import { codeTexts } from "../../shared/dataCodes";
import type { Formula, RowDefinition, TextInputRow } from "../model";
import { t } from "./rows";

const suffixes = ["", "_2", "_3"];
const cohortSignature = "rmst_difference";

/** The names by which the Evidence sheet finds a cohort: its signature with each suffix looked for. */
export const cohortSignatures = suffixes.map((suffix) => `${cohortSignature}${suffix}`);

/** The cohort's value of one of its names, or #N/A when no cohort is in the workbook. */
function fromCohort(name: string): string {
  return suffixes.reduceRight((otherwise, suffix) => `IF(ISREF(${cohortSignature}${suffix}),${name}${suffix},${otherwise})`, "NA()");
}

const cohortPresent = `OR(${suffixes.map((suffix) => `ISREF(${cohortSignature}${suffix})`).join(",")})`;

/** What the Evidence sheet uses, by the name of the typed-in input it stands for: the cohort's name, and the name of the value in use. */
const flowing = [
  {
    typed: "events_treated",
    cohort: "events_treated",
    used: "evidence_events_treated",
    format: "number",
    label: t("Heimaufnahmen unter Beratenen", "Care-home entries among counselled"),
  },
  {
    typed: "n_treated",
    cohort: "n_treated",
    used: "evidence_n_treated",
    format: "number",
    label: t("Beratene insgesamt", "Counselled, total"),
  },
  {
    typed: "events_control",
    cohort: "events_control",
    used: "evidence_events_control",
    format: "number",
    label: t("Heimaufnahmen in der Vergleichsgruppe", "Care-home entries in the comparison group"),
  },
  {
    typed: "n_control",
    cohort: "n_control",
    used: "evidence_n_control",
    format: "number",
    label: t("Vergleichsgruppe insgesamt", "Comparison group, total"),
  },
  {
    typed: "months_avoided",
    cohort: "rmst_difference",
    used: "evidence_months_avoided",
    format: "decimal",
    label: t("Vermiedene Heimmonate je Aufnahme", "Care-home months avoided per placement"),
  },
] as const;

/** The workbook name of the value in use for a typed-in input (its own name when it does not flow). */
export const usedName = (typed: string): string => flowing.find((value) => value.typed === typed)?.used ?? typed;

export const evidenceSource: TextInputRow = {
  kind: "textInput",
  name: "evidence_source",
  label: t("Zahlen zu Heimaufnahmen und Monaten", "Figures on care-home entries and months"),
  value: codeTexts.typed_in,
  options: {
    codes: ["from_cohort", "typed_in"],
    message: t("Bitte „vom Kohortenblatt“ oder „eingegeben“ wählen.", "Please choose 'from the cohort sheet' or 'typed in'."),
  },
  grade: "C",
  source: t("Kohortenblatt dieser Mappe oder eigene Zahlen", "The cohort sheet of this workbook or own figures"),
};

/** The municipality the business case is made for (issue #22 reads it); empty until the planner enters it. */
export const municipalityName: TextInputRow = {
  kind: "textInput",
  name: "municipality_name",
  label: t("Gemeinde", "Municipality"),
  value: t("", ""),
  grade: "D",
  source: t("Eintragen: Name der Gemeinde oder des Kreises", "Enter the name of the municipality or county"),
};

const sourceStatus: Formula = {
  de: `=IF({evidence_from_cohort}=1,"Gerechnet wird mit den Ergebnissen des Kohortenblatts in dieser Mappe. Für die vermiedenen Heimmonate verwenden Sensitivität und Monte Carlo aber die eingegebene Spanne (niedrig bis hoch, Blatt Annahmen).",IF({evidence_source}={from_cohort:code},"Kein Kohortenblatt in dieser Mappe gefunden: gerechnet wird mit den eingegebenen Werten.","Gerechnet wird mit den eingegebenen Werten."))`,
  en: `=IF({evidence_from_cohort}=1,"The figures of the cohort sheet in this workbook are used. For the months avoided, the sensitivity and the Monte Carlo simulation still use the typed-in range (low to high, Assumptions sheet).",IF({evidence_source}={from_cohort:code},"No cohort sheet found in this workbook: the typed-in values are used.","The typed-in values are used."))`,
};

/** The switch, what it found, and each value typed in, from the cohort and in use (rows of the Evidence sheet). */
export const evidenceSourceRows: RowDefinition[] = [
  { kind: "heading", text: t("Woher die Zahlen kommen", "Where the figures come from") },
  evidenceSource,
  {
    kind: "result",
    name: "evidence_from_cohort",
    label: t("Zahlen vom Kohortenblatt (1 = ja, 0 = nein)", "Figures from the cohort sheet (1 = yes, 0 = no)"),
    formula: `=IF(AND({evidence_source}={from_cohort:code},${cohortPresent}),1,0)`,
    format: "integer",
  },
  // Two lines across the printed width: the longest status (from the cohort) wraps within the page.
  { kind: "sentence", name: "evidence_source_status", formula: sourceStatus, style: "wrappedNote", span: 7, lines: 2 },
  {
    kind: "header",
    cells: [t("Wert", "Value"), t("Eingegeben", "Typed in"), t("Kohorte", "Cohort"), t("Verwendet", "In use")],
  },
  ...flowing.map(({ typed, cohort, used, format, label }): RowDefinition => ({
    kind: "resultGrid",
    key: used,
    label,
    formulas: [`={${typed}}`, `=IFERROR(${fromCohort(cohort)},"")`, `=IF({evidence_from_cohort}=1,{@${used}:col3},{@${used}:col2})`],
    names: ["", "", used],
    format,
  })),
];

const renamed = (formula: string) => flowing.reduce((text, { typed, used }) => text.split(`{${typed}}`).join(`{${used}}`), formula);
const renamedFormula = (formula: Formula): Formula =>
  typeof formula === "string" ? renamed(formula) : { de: renamed(formula.de), en: renamed(formula.en) };

/** Rows written for the typed-in names (e.g. the rate comparison) reading the values in use instead. */
export function readingValuesInUse(rows: RowDefinition[]): RowDefinition[] {
  return rows.map((row) => {
    switch (row.kind) {
      case "result":
        return {
          ...row,
          formula: renamedFormula(row.formula),
          ...(row.addinFormula && { addinFormula: renamed(row.addinFormula) }),
        };
      case "sentence":
        return { ...row, formula: renamedFormula(row.formula) };
      case "resultGrid":
        return { ...row, formulas: row.formulas.map(renamedFormula) };
      default:
        return row;
    }
  });
}

/**
 * How the rate comparison's cells show their values: a difference of rates in percentage points
 * ("−16,27 Pp.") with the share beside it carrying the name, never as "%"; the p-value "< 0,001".
 */
const inPointsNames = new Set(["rate_difference", "difference_lower", "difference_upper", "detect_difference"]);

export function inPoints(rows: RowDefinition[]): RowDefinition[] {
  return rows.map((row) => {
    if (row.kind !== "result" || !row.name) return row;
    if (inPointsNames.has(row.name)) return { ...row, inPoints: true };
    if (row.name === "p_value") return { ...row, format: "pValue" };
    return row;
  });
}
