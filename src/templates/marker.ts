/**
 * The hidden marker sheet: template id, version and language, so a later version can recognise the
 * workbook, and the workbook names of the inputs this insertion created (row 4 their number, rows
 * 5 on the names, column C beside each the value the template gave it), so that the task pane
 * lists only those and never a name of the user's and the Review sheet sees what was changed, and
 * the settings it was made with (column D the key, E the value, from row 1), so that it can be
 * laid out again exactly as inserted; since 1.1.0 also whose defaults it carries (columns G and H).
 */
import { cellAddress, quotedSheet } from "../shared/addresses";
import { CodedError } from "../shared/codedError";
import { labels } from "./labels";
import type { InputRow, Language, TemplateDefinition } from "./model";
import type { Naming, PlannedSheet } from "./plan";
import { SheetBuilder, type NameSink } from "./sheetBuilder";

/** Sheet holding the hidden marker (template id, version, language, input names). */
export const markerSheetName = "PreventionDividend";
export const markerName = "prevention_dividend_template";
/** Where the marker sheet holds the number of input names (column B); the names follow below it. */
export const markerInputCountRow = 4;
/** The column of the settings' keys; their values are in the next column. */
export const markerSettingsColumn = 4;
/** The column of the organisation's defaults (since 1.1.0): row 1 the organisation, row 2 the date from which they apply, in the next column. */
export const markerDefaultsColumn = 7;

/** The column beside the input names holding each input's value as the template made it. */
export const markerTemplateValueColumn = 3;

const templateInputs = (template: TemplateDefinition): InputRow[] =>
  template.sheets.flatMap((sheet) => (sheet.rows ?? []).filter((row): row is InputRow => row.kind === "input"));

/** The sheet-qualified cell of the marker sheet holding the template's value of an input. */
export function markerTemplateValue(template: TemplateDefinition, naming: Naming, name: string): string {
  const index = templateInputs(template).findIndex((row) => row.name === name);
  if (index < 0) throw new CodedError("templates.noMarkerInput", { template: template.id, name });
  return `${quotedSheet(naming.sheet(markerSheetName))}!${cellAddress(markerInputCountRow + 1 + index, markerTemplateValueColumn, true)}`;
}

export function markerSheet(template: TemplateDefinition, language: Language, naming: Naming, names: NameSink): PlannedSheet {
  const name = naming.sheet(markerSheetName);
  const builder = new SheetBuilder();
  const rows: [string, string][] = [
    [labels.markerTemplate[language], template.id],
    [labels.markerVersion[language], template.version],
    [labels.markerLanguage[language], language],
  ];
  rows.forEach(([label, value], i) => {
    builder.put(i + 1, 1, label, "label");
    builder.put(i + 1, 2, value, "label");
  });
  // Text inputs follow the numeric ones, so that each numeric input keeps its template value beside it.
  const rowsOf = (kind: "input" | "textInput") =>
    template.sheets.flatMap((sheet) => (sheet.rows ?? []).flatMap((row) => (row.kind === kind ? [naming.name(row.name)] : [])));
  const inputNames = [...rowsOf("input"), ...rowsOf("textInput")];
  builder.put(markerInputCountRow, 1, labels.markerInputs[language], "label");
  builder.put(markerInputCountRow, 2, inputNames.length, "label");
  inputNames.forEach((inputName, i) => builder.put(markerInputCountRow + 1 + i, 2, inputName, "label"));
  // Beside each name, the value the template put there: the Review sheet compares the input with it.
  templateInputs(template).forEach((row, i) => builder.put(markerInputCountRow + 1 + i, markerTemplateValueColumn, row.value, "label"));
  Object.entries(template.settings?.values ?? {}).forEach(([key, value], i) => {
    builder.put(i + 1, markerSettingsColumn, key, "label");
    builder.put(i + 1, markerSettingsColumn + 1, value, "label");
  });
  const defaults = template.organisationDefaults;
  builder.put(1, markerDefaultsColumn, labels.markerDefaults[language], "label");
  builder.put(1, markerDefaultsColumn + 1, defaults ? defaults.organisation : labels.markerNoDefaults[language], "label");
  builder.put(2, markerDefaultsColumn, labels.markerValidFrom[language], "label");
  if (defaults) builder.put(2, markerDefaultsColumn + 1, defaults.validFrom, "label");
  names.add(markerName, name, cellAddress(1, 2, true));
  return {
    name,
    hidden: true,
    protect: true,
    columnWidths: [14, 24, 4, 14, 10, 4, 14, 28],
    cells: builder.cells,
    tables: [],
    validations: [],
    charts: [],
    rowHeights: {},
    frozenRows: 0,
  };
}
