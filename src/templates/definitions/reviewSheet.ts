/**
 * The treasurer's review sheet of a template: a checklist computed with formulas, each check with
 * pass/warn and a link to the cell it concerns. Every template's sheet has the same parts: every
 * input has a source and a grade, and the task pane's check of the formula cells; each template
 * adds its own checks (the counselling case: cost-bearer shares, optimism bias, months avoided;
 * the volunteer hours: rates against the minimum wage). Whether constants were typed into the
 * model's formula cells cannot be seen by a formula; the task pane checks that and writes its
 * finding and date into two cells of this sheet.
 */
import type { Formula, Highlight, InputRow, RowDefinition, SheetDefinition, Text } from "../model";
import { between, blank, countUnit, heading, input, inputHeader, paragraph, t, title } from "./rows";

/** Workbook names of the two cells the pane writes its check into. */
export const reviewFindingsName = "review_constant_cells";
export const reviewCheckedOnName = "review_checked_on";

/** Columns of an input row from its value cell (B): grade in F, source in G (labels.inputHeader). */
const gradeOffset = 4;
const sourceOffset = 5;

/** "pass" when `condition` (a formula expression) holds, otherwise "warn". */
function status(condition: string): Text {
  return { de: `=IF(${condition},"ok","prüfen")`, en: `=IF(${condition},"pass","warn")` };
}

/** A result that is not "pass" stands out, in every spreadsheet and after every recalculation. */
const notPassing: Highlight = { style: "flagged", texts: [t("prüfen", "warn"), t("noch nicht geprüft", "not checked yet")] };

/** A link to a named cell: "#name" jumps to a workbook name in Excel and LibreOffice. */
function nameLink(name: string): string {
  return `=HYPERLINK("#{${name}}","→ {${name}}")`;
}

/**
 * One check: its label, its status (a condition, or a formula giving the status text itself) and
 * where its link goes: a workbook name, or a link formula of its own (e.g. to a row of a table).
 */
export function check(label: Text, condition: string | Text, target: string | { link: Formula }): RowDefinition {
  return {
    kind: "resultGrid",
    label,
    formulas: [typeof condition === "string" ? status(condition) : condition, typeof target === "string" ? nameLink(target) : target.link],
    format: "text",
    highlights: [notPassing, null],
  };
}

const checkHeader: RowDefinition = { kind: "header", cells: [t("Prüfung", "Check"), t("Ergebnis", "Result"), t("Zur Zelle", "Go to")] };

const formulaCellsCheck = check(
  t(
    "Keine Zahlen in Formelzellen des Modells getippt (prüft der Aufgabenbereich)",
    "No constants typed into formula cells of the model (checked by the task pane)",
  ),
  {
    de: `=IF({${reviewCheckedOnName}}=0,"noch nicht geprüft",IF({${reviewFindingsName}}=0,"ok","prüfen"))`,
    en: `=IF({${reviewCheckedOnName}}=0,"not checked yet",IF({${reviewFindingsName}}=0,"pass","warn"))`,
  },
  reviewFindingsName,
);

const paneValues: InputRow[] = [
  input({
    name: reviewFindingsName,
    label: t(
      "Formelzellen mit getippter Zahl (letzte Prüfung des Aufgabenbereichs)",
      "Formula cells holding a typed number (the task pane's last check)",
    ),
    value: 0,
    unit: countUnit,
    grade: "A",
    source: t(
      "Vom Aufgabenbereich geschrieben: Für die Kämmerei → Formelzellen prüfen",
      "Written by the task pane: For treasurers → Check formula cells",
    ),
    format: "integer",
    validation: between(0, 1e6, "whole"),
  }),
  input({
    name: reviewCheckedOnName,
    label: t("Datum der letzten Prüfung (leer oder 0: noch nicht geprüft)", "Date of that check (empty or 0: not checked yet)"),
    value: 0,
    unit: t("Datum", "date"),
    grade: "A",
    source: t("Vom Aufgabenbereich geschrieben", "Written by the task pane"),
    format: "dateOrBlank",
  }),
];

/**
 * Stands where an organisation's defaults are listed (organisationDefaults.ts replaces it with a
 * row per defaulted input: its default, its current value and whether they differ).
 */
export const organisationDefaultsPlaceholder: RowDefinition = {
  kind: "paragraph",
  text: t(
    "Keine Vorgaben einer Organisation: Es gelten die eingebauten Werte des Add-ins mit ihren Quellen.",
    "No organisation's defaults: the add-in's built-in values apply, with their sources.",
  ),
};

export interface ReviewSheetParts {
  /** Rows of the template's sheets: each of their inputs gets a check for its source and grade. */
  inputSheets: RowDefinition[][];
  /** The template's own checks (rows made with `check`, and notes), listed before the pane's check. */
  checks: RowDefinition[];
  /** Inputs the template's checks use that no other sheet holds (e.g. the average stay in a care home). */
  values?: InputRow[];
}

/** The review sheet of a template (key "review"). */
export function reviewSheet({ inputSheets, checks, values = [] }: ReviewSheetParts): SheetDefinition {
  const inputs = inputSheets.flat().filter((row): row is InputRow => row.kind === "input");
  const rows: RowDefinition[] = [
    title("Prüfblatt für die Kämmerei", "Review sheet for the treasurer"),
    paragraph(
      "Jede Prüfung rechnet mit Formeln aus der Arbeitsmappe: „ok“ oder „prüfen“; der Link springt zur Zelle, um die es geht.",
      "Every check is computed with formulas from the workbook: 'pass' or 'warn'; the link jumps to the cell it concerns.",
    ),
    blank,
    heading("Annahmen des Modells", "The model's assumptions"),
    checkHeader,
    ...checks,
    formulaCellsCheck,
    blank,
    heading("Jede Annahme hat eine Quelle und eine Güte", "Every assumption has a source and a grade"),
    checkHeader,
    ...inputs.map((row) =>
      check(row.label, `AND(LEN(OFFSET({${row.name}},0,${gradeOffset}))>0,LEN(OFFSET({${row.name}},0,${sourceOffset}))>0)`, row.name),
    ),
    blank,
    heading("Werte für die Prüfungen", "Values the checks use"),
    inputHeader,
    ...values,
    ...paneValues,
    blank,
    heading("Vorgaben der Organisation", "The organisation's defaults"),
    organisationDefaultsPlaceholder,
  ];
  return { key: "review", name: t("Prüfung", "Review"), columnWidths: [88, 20, 34, 12, 12, 8, 50], rows, protect: true };
}
