/**
 * The native check of the model's formula cells (DESIGN §4): every cell where the template put a
 * formula, as rectangles of neighbouring formula cells, counted with ISFORMULA on the Review sheet.
 * A cell typed over (a number, a text, nothing) drops out of the count; the block names the count
 * and the first such cell, and works in any spreadsheet without the add-in.
 */
import { cellAddress, parseRange, quotedSheet, rangeAddress } from "../shared/addresses";
import { quotedText } from "../shared/formulaText";
import { term } from "../shared/message";
import type { Language } from "./model";
import type { PlannedCell, PlannedSheet } from "./plan";
import type { NameSink } from "./sheetBuilder";
import { numberFormats } from "./numberFormats";

/** Workbook names of the block's totals: cells typed over, and the first of them ('Sheet'!C7, empty when none). */
export const formulaCellsChangedName = "review_formula_cells_changed";
export const formulaCellsFirstName = "review_formula_cells_first";

export interface FormulaRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const isFormula = (cell: PlannedCell) => typeof cell.content === "string" && cell.content.startsWith("=") && !cell.literal;

function insideTable(sheet: PlannedSheet, row: number, column: number): boolean {
  return sheet.tables.some((table) => {
    const range = parseRange(table.range);
    return row > range.top && row <= range.bottom && column >= range.left && column <= range.right;
  });
}

/**
 * The formula cells of a sheet as rectangles: runs of neighbouring formula cells along each row,
 * a run joined to the same run of the row above; a table's computed columns as its data rows.
 */
export function formulaRanges(sheet: PlannedSheet): FormulaRange[] {
  const byRow = new Map<number, number[]>();
  for (const cell of sheet.cells) {
    if (!isFormula(cell) || insideTable(sheet, cell.row, cell.column)) continue;
    const columns = byRow.get(cell.row) ?? [];
    columns.push(cell.column);
    byRow.set(cell.row, columns);
  }
  const ranges: FormulaRange[] = [];
  const open = new Map<string, FormulaRange>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = byRow.get(row)!.sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= columns.length; i++) {
      if (i < columns.length && columns[i] === columns[i - 1] + 1) continue;
      const [left, right] = [columns[start], columns[i - 1]];
      const above = open.get(`${left},${right}`);
      if (above && above.bottom === row - 1) above.bottom = row;
      else {
        const range = { sheet: sheet.name, top: row, left, bottom: row, right };
        ranges.push(range);
        open.set(`${left},${right}`, range);
      }
      start = i;
    }
  }
  for (const table of sheet.tables) {
    const area = parseRange(table.range);
    (table.columnFormulas ?? []).forEach((formula, i) => {
      if (formula === null || area.bottom <= area.top) return;
      const column = area.left + i;
      const previous = ranges[ranges.length - 1];
      if (previous && previous.sheet === sheet.name && previous.top === area.top + 1 && previous.right === column - 1)
        previous.right = column;
      else ranges.push({ sheet: sheet.name, top: area.top + 1, left: column, bottom: area.bottom, right: column });
    });
  }
  return ranges;
}

const cells = (range: FormulaRange) => (range.bottom - range.top + 1) * (range.right - range.left + 1);

/** 'Sheet'!B4:D12 (a single cell without the colon), as a formula reference. */
function reference(range: FormulaRange): string {
  const address =
    range.top === range.bottom && range.left === range.right
      ? cellAddress(range.top, range.left)
      : rangeAddress(range.top, range.left, range.bottom, range.right);
  return `${quotedSheet(range.sheet)}!${address}`;
}

/**
 * The first cell of a range that no longer holds a formula, as text ('Sheet'!C7): the largest of
 * (1 − ISFORMULA) × (cells + 1 − position), position counted along the rows from 1; SUMPRODUCT
 * makes Excel and LibreOffice evaluate it over the range without an array formula.
 */
function firstChanged(range: FormulaRange, changedCell: string): string {
  const ref = reference(range);
  const width = range.right - range.left + 1;
  const n = cells(range);
  const position = `(${n}+1-SUMPRODUCT(MAX((1-ISFORMULA(${ref}))*(${n}+1-((ROW(${ref})-${range.top})*${width}+COLUMN(${ref})-${range.left}+1)))))`;
  const row = `${range.top}+INT((${position}-1)/${width})`;
  const column = `${range.left}+MOD(${position}-1,${width})`;
  return `=IF(${changedCell}=0,"",${quotedText(`${quotedSheet(range.sheet)}!`)}&ADDRESS(${row},${column},4))`;
}

/**
 * Appends the block of formula ranges below the last row of the Review sheet, one row per range of
 * the model's other sheets, and names its totals. Columns: A range, B formula cells made by the
 * template, C still formulas now, D typed over, E the first one, F its row of the block (for the total).
 */
export function appendFormulaRanges(review: PlannedSheet, model: PlannedSheet[], language: Language, names: NameSink): void {
  const ranges = model.flatMap(formulaRanges);
  const last = review.cells.reduce((bottom, cell) => Math.max(bottom, cell.row), 0);
  const heading = last + 2;
  const header = heading + 1;
  const total = header + 1;
  const first = total + 1;
  const end = first + ranges.length - 1;
  const put = (row: number, column: number, content: string | number, style: PlannedCell["style"], format?: keyof typeof numberFormats) =>
    review.cells.push({ row, column, content, style, numberFormat: format && numberFormats[format], locked: true });
  put(heading, 1, term("review.formulaRangesHeading")[language], "heading");
  const headers = [
    "review.formulaRangesRange",
    "review.formulaRangesMade",
    "review.formulaRangesStill",
    "review.formulaRangesTypedOver",
    "review.formulaRangesFirst",
    "review.formulaRangesOrder",
  ] as const;
  headers.forEach((key, i) => put(header, i + 1, term(key)[language], "columnHeader"));
  put(total, 1, term("review.formulaRangesTotal")[language], "label");
  put(
    total,
    2,
    ranges.reduce((sum, range) => sum + cells(range), 0),
    "result",
    "number",
  );
  put(total, 3, `=SUM(${rangeAddress(first, 3, end, 3)})`, "result", "number");
  put(total, 4, `=SUM(${rangeAddress(first, 4, end, 4)})`, "keyResult", "number");
  put(
    total,
    5,
    `=IF(${cellAddress(total, 4)}=0,"",INDEX(${rangeAddress(first, 5, end, 5, true)},MIN(${rangeAddress(first, 6, end, 6, true)})))`,
    "result",
    "text",
  );
  ranges.forEach((range, i) => {
    const row = first + i;
    put(row, 1, `${range.sheet}!${reference(range).split("!")[1]}`, "label");
    put(row, 2, cells(range), "result", "number");
    put(row, 3, `=SUMPRODUCT(--ISFORMULA(${reference(range)}))`, "result", "number");
    put(row, 4, `=${cellAddress(row, 2)}-${cellAddress(row, 3)}`, "result", "number");
    put(row, 5, firstChanged(range, cellAddress(row, 4)), "result", "text");
    put(row, 6, `=IF(${cellAddress(row, 4)}>0,${i + 1},"")`, "note", "integer");
  });
  review.cells.sort((a, b) => a.row - b.row || a.column - b.column);
  names.add(formulaCellsChangedName, review.name, cellAddress(total, 4, true));
  names.add(formulaCellsFirstName, review.name, cellAddress(total, 5, true));
}
