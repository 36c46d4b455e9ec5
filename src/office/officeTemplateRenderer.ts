/**
 * The Office.js renderer of templates: writes a template's plan into the open workbook in a
 * handful of syncs, next to what is there (new names get a suffix), and removes what it added when
 * a step fails. Requirement sets: ranges, sheets, tables, number formats and fills need ExcelApi
 * 1.1; protection 1.2; workbook names 1.4 (templates need them); suspending calculation 1.6;
 * frozen rows and chart series 1.7; data validation 1.8; suspending screen updating 1.9; notes
 * 1.18. Below a set the feature is left out and reported in InsertionReport.omitted.
 */
import { columnLetters, parseRange, quotedSheet, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { chooseNaming } from "../templates/naming";
import type { PlannedCell, PlannedChart, PlannedSheet, PlannedTable, PlannedValidationRange, TemplateInsertion } from "../templates/plan";
import { looks } from "../templates/styles";
import type { ExcelHost } from "./excelHost";
import { TemplateInsertionError, type InsertionReport } from "./workbookPort";

const nativeStatistics = "PREVENT functions in statistics cells (CustomFunctionsRuntime 1.1; native formulas used instead)";

/** Runs of neighbouring cells in one row with the same look, so each run is one format call. */
function styleRuns(cells: PlannedCell[]): { row: number; left: number; right: number; cell: PlannedCell }[] {
  const runs: { row: number; left: number; right: number; cell: PlannedCell }[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.right === cell.column - 1 && last.cell.style === cell.style && last.cell.locked === cell.locked) {
      last.right = cell.column;
    } else runs.push({ row: cell.row, left: cell.column, right: cell.column, cell });
  }
  return runs;
}

function validationRule(validation: PlannedValidationRange): Excel.DataValidationRule {
  const rule = validation.rule;
  switch (rule.kind) {
    case "decimal":
    case "whole":
      return { [rule.kind === "decimal" ? "decimal" : "wholeNumber"]: { formula1: rule.minimum, formula2: rule.maximum, operator: "Between" } };
    case "list":
      return { list: { inCellDropDown: true, source: rule.options.join(",") } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

/** The data rows of each computed column of a table, with its formula. */
function calculatedColumnRanges(table: PlannedTable): { range: string; formula: string; rows: number }[] {
  const { top, left, bottom } = parseRange(table.range);
  return (table.columnFormulas ?? []).flatMap((formula, i) =>
    formula ? [{ range: rangeAddress(top + 1, left + i, bottom, left + i), formula, rows: bottom - top }] : [],
  );
}

/** "row,column" keys of the cells of an A1 range. */
function cellsOf(range: string): string[] {
  const { top, left, bottom, right } = parseRange(range);
  const keys: string[] = [];
  for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) keys.push(`${row},${column}`);
  return keys;
}

const chartTypes: Record<PlannedChart["kind"], "Line" | "ColumnClustered" | "XYScatterLinesNoMarkers"> = { line: "Line", column: "ColumnClustered", scatter: "XYScatterLinesNoMarkers" };

/**
 * Three syncs at most: (1) read existing sheet and workbook names, (2) write everything, with
 * calculation and screen updating suspended and protection last, (3) only on failure: remove
 * what was added. Sheets are deleted in the order they were added, then names: a batch stops
 * at its first failing operation, and everything after the first missing item is missing too.
 */
export async function insertTemplateWithOffice(host: ExcelHost, insertion: TemplateInsertion): Promise<InsertionReport> {
  const omitted: string[] = [];
  const supports = (version: string, feature: string) => {
    const supported = host.supports(version);
    if (!supported && !omitted.includes(feature)) omitted.push(feature);
    return supported;
  };
  return host.run(async (context) => {
    const workbook = context.workbook;
    const existingSheets = workbook.worksheets;
    existingSheets.load("items/name");
    // The templates' formulas refer to workbook names: without them there is nothing to insert.
    if (!host.supports("1.4")) {
      throw new TemplateInsertionError("Templates need Excel 2016 or later (ExcelApi 1.4). Download the .xlsx file instead.");
    }
    const existingNames = workbook.names;
    existingNames.load("items/name");
    await context.sync();

    const naming = chooseNaming(
      insertion,
      existingSheets.items.map((sheet) => sheet.name),
      existingNames.items.map((name) => name.name),
    );
    const plan = insertion.plan(naming);
    try {
      if (supports("1.6", "suspended calculation (ExcelApi 1.6)")) context.application.suspendApiCalculationUntilNextSync();
      if (supports("1.9", "suspended screen updating (ExcelApi 1.9)")) context.application.suspendScreenUpdatingUntilNextSync();
      const addinFormulas = host.hasCustomFunctions();
      if (!addinFormulas && plan.sheets.some((sheet) => sheet.cells.some((cell) => cell.addinFormula))) omitted.push(nativeStatistics);
      const sheets = plan.sheets.map((planned) => workbook.worksheets.add(planned.name));
      // Tables before anything that names them: a structured reference in a name or a formula
      // must find its table, while a workbook name may be used before it is defined.
      const withTables = plan.sheets.flatMap((planned, i) => (planned.tables.length > 0 ? [i] : []));
      for (const i of withTables) queueSheet(sheets[i], plan.sheets[i], supports, addinFormulas);
      for (const name of plan.names) workbook.names.add(name.name, `=${name.reference}`);
      plan.sheets.forEach((planned, i) => withTables.includes(i) || queueSheet(sheets[i], planned, supports, addinFormulas));
      if (supports("1.2", "sheet protection (ExcelApi 1.2)")) {
        plan.sheets.forEach((planned, i) => {
          if (planned.protect) sheets[i].protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
        });
      }
      await context.sync();
    } catch (error) {
      for (const planned of plan.sheets) workbook.worksheets.getItem(planned.name).delete();
      for (const name of plan.names) workbook.names.getItem(name.name).delete();
      try {
        await context.sync();
      } catch {
        // The first missing item ends the clean-up batch; everything after it was never added.
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw new TemplateInsertionError(`The template could not be inserted (${reason}). Nothing was changed in the workbook.`, error);
    }
    return { templateId: plan.templateId, sheets: plan.sheets.map((sheet) => sheet.name), names: plan.names.map((name) => name.name), suffix: naming.suffix, omitted };
  });
}

function queueSheet(sheet: Excel.Worksheet, planned: PlannedSheet, supports: (version: string, feature: string) => boolean, addinFormulas: boolean): void {
  // Computed table columns are written once their table exists (see queueCalculatedColumns).
  const calculated = new Set(planned.tables.flatMap(calculatedColumnRanges).flatMap(({ range }) => cellsOf(range)));
  if (planned.cells.length > 0) {
    const bottom = Math.max(...planned.cells.map((cell) => cell.row));
    const right = Math.max(...planned.cells.map((cell) => cell.column));
    const formulas: (CellContent | null)[][] = Array.from({ length: bottom }, () => new Array(right).fill(null));
    const formats: (string | null)[][] = Array.from({ length: bottom }, () => new Array(right).fill(null));
    for (const cell of planned.cells) {
      if (!calculated.has(`${cell.row},${cell.column}`)) formulas[cell.row - 1][cell.column - 1] = (addinFormulas ? cell.addinFormula : undefined) ?? cell.content ?? "";
      if (cell.numberFormat) formats[cell.row - 1][cell.column - 1] = cell.numberFormat;
    }
    const block = sheet.getRange(rangeAddress(1, 1, bottom, right));
    // Number formats first, so dates typed as serial numbers show as dates.
    block.numberFormat = formats as unknown as string[][];
    block.formulas = formulas as unknown as string[][];
  }
  for (const run of styleRuns(planned.cells)) {
    const range = sheet.getRange(rangeAddress(run.row, run.left, run.row, run.right));
    const look = run.cell.style ? looks[run.cell.style] : {};
    if (look.fill) range.format.fill.color = `#${look.fill}`;
    if (look.bold) range.format.font.bold = true;
    if (look.italic) range.format.font.italic = true;
    if (look.fontColor) range.format.font.color = `#${look.fontColor}`;
    if (look.size) range.format.font.size = look.size;
    if (look.wrap) range.format.wrapText = true;
    if (!run.cell.locked && supports("1.2", "sheet protection (ExcelApi 1.2)")) range.format.protection.locked = false;
  }
  planned.columnWidths.forEach((width, i) => {
    // Excel measures column width in points; one character is about 7 points at Calibri 11.
    sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = width * 7;
  });
  for (const [row, height] of Object.entries(planned.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const table of planned.tables) {
    const added = sheet.tables.add(table.range, true);
    added.name = table.name;
    // One formula over a column's whole data body: Excel keeps it as a calculated column and
    // fills it into rows added to the table ("calculated columns" in the Office.js reference).
    for (const { range, formula, rows } of calculatedColumnRanges(table)) sheet.getRange(range).formulas = Array.from({ length: rows }, () => [formula]);
  }
  if (planned.frozenRows > 0 && supports("1.7", "frozen header rows (ExcelApi 1.7)")) sheet.freezePanes.freezeRows(planned.frozenRows);
  if (planned.validations.length > 0 && supports("1.8", "data validation (ExcelApi 1.8)")) {
    for (const validation of planned.validations) {
      const range = sheet.getRange(validation.range);
      range.dataValidation.rule = validationRule(validation);
      range.dataValidation.errorAlert = { message: validation.message, showAlert: true, style: "Stop", title: "" };
    }
  }
  const notes = planned.cells.filter((cell) => cell.note && !(addinFormulas && cell.addinFormula && cell.noteForContent));
  if (notes.length > 0 && supports("1.18", "notes with sources (ExcelApi 1.18; the source column holds them too)")) {
    for (const cell of notes) sheet.notes.add(`${quotedSheet(planned.name)}!${columnLetters(cell.column)}${cell.row}`, cell.note!);
  }
  const charts = planned.charts.length > 0 && supports("1.7", "charts (ExcelApi 1.7)") ? planned.charts : [];
  for (const chart of charts) {
    const added = sheet.charts.add(chartTypes[chart.kind], sheet.getRange(chart.categories), "Rows");
    added.title.text = chart.title;
    if (chart.xAxisTitle) added.axes.categoryAxis.title.text = chart.xAxisTitle;
    if (chart.yAxisTitle) added.axes.valueAxis.title.text = chart.yAxisTitle;
    if (chart.valueMaximum !== undefined) added.axes.valueAxis.maximum = chart.valueMaximum;
    added.setPosition(`${columnLetters(chart.from.column + 1)}${chart.from.row}`, `${columnLetters(chart.to.column + 1)}${chart.to.row}`);
    // Replace the default series by the planned ones, named and on the year categories.
    added.series.getItemAt(0).delete();
    for (const series of chart.series) {
      const line = added.series.add(series.name);
      line.setValues(sheet.getRange(series.values));
      line.setXAxisValues(sheet.getRange(series.categories ?? chart.categories));
    }
  }
  if (planned.hidden) sheet.visibility = "Hidden";
}
