/**
 * The treasurer's review sheet of a template: a checklist computed with formulas, each check with
 * pass/warn and a link to the cell it concerns. Every template's sheet has the same parts: every
 * input has a source and a grade, and the task pane's check of the formula cells; each template
 * adds its own checks (the counselling case: cost-bearer shares, optimism bias, months avoided;
 * the volunteer hours: rates against the minimum wage). Whether constants were typed into the
 * model's formula cells are counted with ISFORMULA over the ranges where the template put formulas
 * (formulaRanges.ts), so the check holds without the add-in and cannot be typed away: no cell of
 * this sheet is an input. The task pane's deeper check (every formula compared with the template)
 * writes its finding and date beside it. Inputs graded D are listed as still to replace, and every
 * input whose value differs from the one the template put there (kept on the hidden marker sheet).
 */
import { quotedText } from "../../shared/formulaText";
import { term } from "../../shared/message";
import { formulaCellsChangedName, formulaCellsFirstName } from "../formulaRanges";
import type { Formula, Highlight, InputRow, RowDefinition, SheetDefinition, Text, TextInputRow } from "../model";
import { blank, heading, paragraph, t, title } from "./rows";

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

const stillToReplace: Highlight = { style: "flagged", texts: [term("review.stillToReplace")] };
const changedHighlight: Highlight = { style: "flagged", texts: [term("review.changed")] };

/**
 * A link to a named cell: "#name" jumps to a workbook name in Excel and LibreOffice. The link shows
 * words, not the name: names are identifiers, the sheet is read by people.
 */
function nameLink(name: string): Text {
  return { de: `=HYPERLINK("#{${name}}","→ zur Zelle")`, en: `=HYPERLINK("#{${name}}","→ go to the cell")` };
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

const checkHeader: RowDefinition = {
  kind: "header",
  cells: [t("Prüfung", "Check"), t("Ergebnis", "Result"), t("Zur Zelle", "Go to"), term("review.checkCount"), term("review.checkDate")],
};

/** Links to the text of a cell that holds a target ('Sheet'!C7), nothing while it is empty. */
function textLink(name: string): string {
  return `=IF({${name}}="","",HYPERLINK("#"&{${name}},"→ "&{${name}}))`;
}

/** The native check: formula cells of the model counted with ISFORMULA (formulaRanges.ts appends the ranges). */
const nativeFormulaCheck: RowDefinition = {
  kind: "resultGrid",
  label: term("review.formulaCellsCheck"),
  formulas: [status(`{${formulaCellsChangedName}}=0`), textLink(formulaCellsFirstName), `={${formulaCellsChangedName}}`],
  formats: ["text", "text", "integer"],
  format: "text",
  highlights: [notPassing, null, null],
};

/**
 * The pane's deeper check, beside the native one: the pane writes its number of findings (D) and
 * the date (E) into these locked cells; empty until it has checked.
 */
const paneCheck: RowDefinition = {
  kind: "resultGrid",
  label: term("review.paneCheck"),
  formulas: [
    {
      de: `=IF(N({${reviewCheckedOnName}})=0,"noch nicht geprüft",IF(N({${reviewFindingsName}})=0,"ok","prüfen"))`,
      en: `=IF(N({${reviewCheckedOnName}})=0,"not checked yet",IF(N({${reviewFindingsName}})=0,"pass","warn"))`,
    },
    nameLink(reviewFindingsName),
    "",
    "",
  ],
  names: ["", "", reviewFindingsName, reviewCheckedOnName],
  formats: ["text", "text", "integer", "dateOrBlank"],
  format: "text",
  highlights: [notPassing, null, null, null],
};

/** Workbook names of the counts of inputs still graded D and of inputs changed from the template's value. */
export const placeholdersName = "review_placeholders";
export const inputsChangedName = "review_inputs_changed";

const grade = (name: string) => `OFFSET({${name}},0,${gradeOffset})`;
/** The value the template gave the input, kept on the hidden marker sheet. */
const templateValue = (name: string) => `{${name}:template}`;

/** A text per language as a formula's string literal. */
const quoted = (key: Parameters<typeof term>[0]): Text => {
  const entry = term(key) as Text;
  return { de: quotedText(entry.de), en: quotedText(entry.en) };
};

/**
 * The warning line every summary carries while an input graded D remains: a formula on the count of
 * the Review sheet, so that it disappears once the last placeholder is replaced (its grade changed).
 */
export function placeholderWarning(name = "placeholder_warning"): RowDefinition {
  const [warning, none] = [quoted("review.warningLine"), quoted("review.noPlaceholders")];
  return {
    kind: "sentence",
    name,
    style: "warning",
    formula: {
      de: `=IF({${placeholdersName}}>0,${warning.de},${none.de})`,
      en: `=IF({${placeholdersName}}>0,${warning.en},${none.en})`,
    },
  };
}

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
  /** The template's own checks (rows made with `check`, and notes), listed before the checks of the formula cells. */
  checks: RowDefinition[];
}

/** The review sheet of a template (key "review"): no cell of it is an input, every cell is locked. */
export function reviewSheet({ inputSheets, checks }: ReviewSheetParts): SheetDefinition {
  const inputs = inputSheets.flat().filter((row): row is InputRow => row.kind === "input");
  const placeholders = inputs.filter((row) => row.grade === "D");
  // A text input graded D (the municipality's name) remains to be replaced while it is empty.
  const textPlaceholders = inputSheets.flat().filter((row): row is TextInputRow => row.kind === "textInput" && row.grade === "D");
  const firstPlaceholder = placeholders[0]?.name ?? inputs[0].name;
  const [toReplace, replaced, entered] = [quoted("review.stillToReplace"), quoted("review.replaced"), quoted("review.entered")];
  const [changed, unchanged] = [quoted("review.changed"), quoted("review.unchanged")];
  const rows: RowDefinition[] = [
    title("Prüfblatt für die Kämmerei", "Review sheet for the treasurer"),
    paragraph(
      "Jede Prüfung rechnet mit Formeln aus der Arbeitsmappe: „ok“ oder „prüfen“; der Link springt zur Zelle, um die es geht. Keine Zelle dieses Blatts ist eine Eingabe.",
      "Every check is computed with formulas from the workbook: 'pass' or 'warn'; the link jumps to the cell it concerns. No cell of this sheet is an input.",
    ),
    blank,
    heading("Annahmen des Modells", "The model's assumptions"),
    checkHeader,
    ...checks,
    nativeFormulaCheck,
    paneCheck,
    {
      kind: "resultGrid",
      label: term("review.placeholdersCheck"),
      formulas: [
        status(`{${placeholdersName}}=0`),
        nameLink(firstPlaceholder),
        `=${[...inputs.map((row) => `(${grade(row.name)}="D")`), ...textPlaceholders.map((row) => `({${row.name}}="")`)].join("+")}`,
      ],
      names: ["", "", placeholdersName],
      formats: ["text", "text", "integer"],
      format: "text",
      highlights: [notPassing, null, null],
    },
    {
      kind: "resultGrid",
      label: term("review.changedCheck"),
      formulas: [
        status(`{${inputsChangedName}}=0`),
        "",
        `=${inputs.map((row) => `({${row.name}}<>${templateValue(row.name)})`).join("+")}`,
      ],
      names: ["", "", inputsChangedName],
      formats: ["text", "text", "integer"],
      format: "text",
      highlights: [notPassing, null, null],
    },
    blank,
    heading("Jede Annahme hat eine Quelle und eine Güte", "Every assumption has a source and a grade"),
    checkHeader,
    ...inputs.map((row) =>
      check(row.label, `AND(LEN(OFFSET({${row.name}},0,${gradeOffset}))>0,LEN(OFFSET({${row.name}},0,${sourceOffset}))>0)`, row.name),
    ),
    blank,
    { kind: "heading", text: term("review.placeholdersHeading") },
    {
      kind: "header",
      cells: [
        term("review.placeholderHeader"),
        term("review.placeholderStatus"),
        term("review.placeholderLink"),
        term("review.placeholderValue"),
        term("review.placeholderSource"),
      ],
    },
    ...placeholders.map((row): RowDefinition => ({
      kind: "resultGrid",
      label: row.label,
      formulas: [
        {
          de: `=IF(${grade(row.name)}="D",${toReplace.de},${replaced.de})`,
          en: `=IF(${grade(row.name)}="D",${toReplace.en},${replaced.en})`,
        },
        nameLink(row.name),
        `={${row.name}}`,
        `=OFFSET({${row.name}},0,${sourceOffset})`,
      ],
      formats: ["text", "text", row.format, "text"],
      format: "text",
      highlights: [stillToReplace, null, null, null],
    })),
    ...textPlaceholders.map((row): RowDefinition => ({
      kind: "resultGrid",
      label: row.label,
      formulas: [
        { de: `=IF({${row.name}}="",${toReplace.de},${entered.de})`, en: `=IF({${row.name}}="",${toReplace.en},${entered.en})` },
        nameLink(row.name),
        `=""&{${row.name}}`,
        `=OFFSET({${row.name}},0,${sourceOffset})`,
      ],
      format: "text",
      highlights: [stillToReplace, null, null, null],
    })),
    blank,
    { kind: "heading", text: term("review.changedHeading") },
    {
      kind: "header",
      cells: [
        term("review.placeholderHeader"),
        term("review.placeholderStatus"),
        term("review.placeholderLink"),
        term("review.valueNow"),
        term("review.valueTemplate"),
      ],
    },
    ...inputs.map((row): RowDefinition => ({
      kind: "resultGrid",
      label: row.label,
      formulas: [
        {
          de: `=IF({${row.name}}=${templateValue(row.name)},${unchanged.de},${changed.de})`,
          en: `=IF({${row.name}}=${templateValue(row.name)},${unchanged.en},${changed.en})`,
        },
        nameLink(row.name),
        `={${row.name}}`,
        `=${templateValue(row.name)}`,
      ],
      formats: ["text", "text", row.format, row.format],
      format: "text",
      highlights: [changedHighlight, null, null, null],
    })),
    blank,
    heading("Vorgaben der Organisation", "The organisation's defaults"),
    organisationDefaultsPlaceholder,
  ];
  return {
    key: "review",
    name: t("Prüfung", "Review"),
    columnWidths: [88, 20, 34, 16, 16, 8, 50],
    rows,
    protect: true,
    appendFormulaRanges: true,
  };
}
