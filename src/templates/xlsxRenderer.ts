/** Renders a plan as an .xlsx file with exceljs: native Excel formulas only. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRange } from "../shared/addresses";
import type { PlannedCell, PlannedHighlight, PlannedSheet, PlannedValidationRange, WorkbookPlan } from "./plan";
import { quotedText } from "../shared/formulaText";
import { looks } from "./styles";
import { withFilePrefixes } from "./xlsxFormulaPrefixes";
import { addChartParts, zipBytes } from "./xlsxCharts";
import { addTableBodies, firstBodyRow, storedText } from "./xlsxTableBodies";
import { addTableParts, isCellReference } from "./xlsxTables";

function cellValue(cell: PlannedCell): ExcelJS.CellValue {
  const content = cell.content;
  if (typeof content === "string" && cell.literal) return storedText(content);
  if (typeof content === "string" && content.startsWith("="))
    return { formula: withFilePrefixes(content.slice(1)) } as ExcelJS.CellFormulaValue;
  return content;
}

function applyLook(target: ExcelJS.Cell, cell: PlannedCell): void {
  if (cell.style) {
    const look = looks[cell.style];
    target.font = {
      name: "Calibri",
      size: look.size ?? 11,
      bold: look.bold,
      italic: look.italic,
      color: look.fontColor ? { argb: `FF${look.fontColor}` } : undefined,
    };
    if (look.fill) target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
    if (look.border) {
      const side = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
      target.border = { top: side, left: side, bottom: side, right: side };
    }
    target.alignment = { vertical: "top", wrapText: look.wrap ?? false };
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  if (cell.note) target.note = cell.note;
  target.protection = { locked: cell.locked };
}

function validationModel(validation: PlannedValidationRange): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, error: validation.message, errorTitle: "", showInputMessage: false };
  const rule = validation.rule;
  switch (rule.kind) {
    case "decimal":
    case "whole":
      return { ...common, type: rule.kind, operator: "between", formulae: [rule.minimum, rule.maximum] };
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.options.join(",")}"`] };
    case "date":
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

/**
 * A highlight as conditional formatting: one "cell value equal to" rule per text, the text quoted
 * as a formula. A rule's (differential) fill takes its colour as bgColor (ECMA-376 Part 1, §18.8.17).
 */
function highlightRules(highlight: PlannedHighlight, priority: () => number): ExcelJS.ConditionalFormattingOptions {
  const look = looks[highlight.style];
  const style: Partial<ExcelJS.Style> = {
    font: { bold: look.bold, italic: look.italic, color: look.fontColor ? { argb: `FF${look.fontColor}` } : undefined },
    ...(look.fill && { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${look.fill}` } } }),
  };
  return {
    ref: highlight.range,
    rules: highlight.texts.map((value) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [quotedText(value)],
      style,
      priority: priority(),
    })),
  };
}

/** A4, fitted to the page width (and height, where the plan says so), within the sheet's print area. */
function pageSetup(sheet: PlannedSheet): Partial<ExcelJS.PageSetup> {
  const print = sheet.print;
  const common = { paperSize: 9, fitToPage: true, horizontalCentered: true };
  if (!print) return { ...common, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 };
  return {
    ...common,
    orientation: print.orientation,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    // exceljs puts "$" before each part; the rows' "$" make the area absolute, as Excel writes it.
    printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
    ...(print.titleRows && { printTitlesRow: print.titleRows }),
    margins: { left: 0.4, right: 0.4, top: 0.3, bottom: 0.3, header: 0.1, footer: 0.1 },
  };
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: PlannedSheet): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [{}],
    pageSetup: pageSetup(sheet),
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) worksheet.getRow(Number(row)).height = height;
  sheet.columnWidths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
  // A compact table body: exceljs writes the first data row (and so the styles of its cells);
  // the other rows are added to its output (xlsxTableBodies.ts).
  const cells = [...sheet.cells, ...sheet.tables.flatMap(firstBodyRow)];
  for (const table of sheet.tables) {
    const range = parseRange(table.range);
    if (table.body) range.bottom = range.top + 1;
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = range.top + 1; r <= range.bottom; r++) rows.push(new Array(range.right - range.left + 1).fill(null));
    for (const cell of cells) {
      if (cell.row > range.top && cell.row <= range.bottom && cell.column >= range.left && cell.column <= range.right) {
        rows[cell.row - range.top - 1][cell.column - range.left] = cellValue(cell);
      }
    }
    worksheet.addTable({
      name: table.name,
      ref: table.range.split(":")[0],
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
  for (const cell of cells) {
    const target = worksheet.getCell(cell.row, cell.column);
    target.value = cellValue(cell);
    applyLook(target, cell);
  }
  // exceljs keeps range validations in an untyped model keyed by address.
  const validations = (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const validation of sheet.validations) validations.add(validation.range, validationModel(validation));
  for (const merge of sheet.merges ?? []) worksheet.mergeCells(merge);
  let priority = 0;
  for (const highlight of sheet.highlights ?? []) worksheet.addConditionalFormatting(highlightRules(highlight, () => ++priority));
  return worksheet;
}

/** The .xlsx file of a plan, as bytes (a Uint8Array, so that it needs no Node Buffer in a browser). */
export async function renderXlsx(plan: WorkbookPlan): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Prevention Dividend";
  workbook.calcProperties.fullCalcOnLoad = true;
  const worksheets = plan.sheets.map((sheet) => renderSheet(workbook, sheet));
  // Names of table columns are structured references: exceljs cannot write them (see xlsxTables.ts).
  for (const name of plan.names.filter((candidate) => isCellReference(candidate.reference))) {
    const parsed = parseRange(name.reference);
    const location = { sheetName: parsed.sheet!, top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right };
    (workbook.definedNames as unknown as { addEx(location: object, name: string): void }).addEx(location, name.name);
  }
  // Protection last, without password: formula cells locked, inputs open.
  await Promise.all(
    plan.sheets.map((sheet, i) =>
      sheet.protect
        ? worksheets[i].protect("", {
            selectLockedCells: true,
            selectUnlockedCells: true,
            formatColumns: true,
            formatRows: true,
            sort: true,
            autoFilter: true,
          })
        : Promise.resolve(),
    ),
  );
  // exceljs writes no charts and no calculated columns: they are added to its output.
  // Stored, not compressed: the file is opened again below and compressed once when it is written.
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(new Uint8Array(stored));
  await addTableParts(zip, plan);
  await addChartParts(zip, plan);
  await addTableBodies(zip, plan);
  return zipBytes(zip);
}
