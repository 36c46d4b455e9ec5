/**
 * Freeze for sharing, host-neutral: what the copy of one sheet holds. Both workbook adapters
 * (Office.js and the in-memory one) read a sheet's used range and write what this lays out.
 *
 * The copy holds values only, one row below where they were: row 1 says when and from which
 * workbook it was made. Values only, because a native formula that reads a PREVENT cell (on its
 * own sheet or another) would show #NAME? too without the add-in; the originals keep every formula.
 * A cell whose formula uses a PREVENT function gets a note with that formula, or, where the host
 * has no notes, a line in a block below the data.
 */
import { cellAddress, parseRange, quotedSheet } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";

/** The texts of the copy, in the pane's language. */
export interface FrozenCopyTexts {
  /** Appended to the sheet's name, e.g. " (frozen)". */
  sheetSuffix: string;
  title: (sheet: string, workbook: string, madeAt: string) => string;
  /** The note of a frozen cell; `address` is the cell in the original sheet. */
  note: (address: string, formula: string) => string;
  /** Heading of the block that lists the formulas where the host has no notes. */
  formulasHeading: string;
  /** Said instead of the workbook's name where the host cannot tell it. */
  unnamedWorkbook: string;
}

export interface FreezeRequest {
  /** Names of the sheets to copy, as the workbook spells them. */
  sheets: string[];
  /** ISO 8601 date and time, e.g. "2026-12-01T09:30:00Z". */
  madeAt: string;
  texts: FrozenCopyTexts;
}

export interface FreezeReport {
  /** The copies' names, in the order of the request. */
  sheets: string[];
  /** Cells that held a PREVENT formula and now hold its value. */
  frozenCells: number;
  /** Things left out because the host lacks a requirement set (e.g. notes below ExcelApi 1.18). */
  omitted: string[];
}

/** The used range of a sheet as read: its sheet-local or qualified A1 address and contents. */
export interface UsedCells {
  sheet: string;
  address: string;
  values: CellContent[][];
  formulas: CellContent[][];
  numberFormats?: (string | null)[][];
}

export interface FrozenNote {
  /** 1-based row and column in the copy. */
  row: number;
  column: number;
  text: string;
}

export interface FrozenSheet {
  name: string;
  /** From A1 of the copy: row 1 the title, then the values one row below their original place. */
  cells: CellContent[][];
  numberFormats: (string | null)[][];
  notes: FrozenNote[];
  frozenCells: number;
}

/** Excel limits sheet names to 31 characters. */
const sheetNameLimit = 31;

/** The copy's name before the suffix rule: the original shortened so that the suffix fits. */
export function frozenBaseName(sheet: string, texts: FrozenCopyTexts): string {
  return sheet.slice(0, sheetNameLimit - texts.sheetSuffix.length) + texts.sheetSuffix;
}

export function usesAddinFunctions(formula: CellContent): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /PREVENT\./i.test(formula);
}

/**
 * Lays out the copy of one sheet. With `notes` false (the host has none) the formulas of the
 * frozen cells are listed below the data, one line per cell: its original address and formula.
 */
export function frozenSheet(used: UsedCells, name: string, workbook: string, request: FreezeRequest, notes: boolean): FrozenSheet {
  const { top, left, bottom, right } = parseRange(used.address);
  const width = Math.max(right, notes ? 1 : 2);
  const row = () => new Array<CellContent>(width).fill(null);
  const cells: CellContent[][] = [[request.texts.title(used.sheet, workbook, request.madeAt), ...row().slice(1)]];
  const numberFormats: (string | null)[][] = [new Array<string | null>(width).fill(null)];
  for (let r = 1; r <= bottom; r++) {
    cells.push(row());
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  const frozen: { row: number; column: number; text: string; address: string; formula: string }[] = [];
  for (let i = 0; i <= bottom - top; i++) {
    for (let j = 0; j <= right - left; j++) {
      const value = used.values[i]?.[j] ?? null;
      cells[top + i][left + j - 1] = value === "" ? null : value;
      const format = used.numberFormats?.[i]?.[j];
      if (format && format !== "General") numberFormats[top + i][left + j - 1] = format;
      const formula = used.formulas[i]?.[j];
      if (usesAddinFunctions(formula)) {
        const address = `${quotedSheet(used.sheet)}!${cellAddress(top + i, left + j)}`;
        frozen.push({ row: top + i + 1, column: left + j, text: request.texts.note(address, formula), address, formula });
      }
    }
  }
  if (!notes && frozen.length > 0) {
    cells.push(row(), [request.texts.formulasHeading, ...row().slice(1)]);
    for (const cell of frozen) cells.push([cell.address, cell.formula, ...row().slice(2)]);
    while (numberFormats.length < cells.length) numberFormats.push(new Array<string | null>(width).fill(null));
  }
  return {
    name,
    cells,
    numberFormats,
    notes: notes ? frozen.map(({ row: r, column, text }) => ({ row: r, column, text })) : [],
    frozenCells: frozen.length,
  };
}
