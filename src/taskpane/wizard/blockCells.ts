/**
 * The cells of the wizard's block, each with both its forms from the start, as a template's cell
 * carries its native formula beside its `addinFormula`: what it holds with the add-in's functions,
 * its number format, and what it holds where the PREVENT functions cannot run (nativeForms.ts).
 */
import type { CellContent } from "../../shared/cellContent";
import type { NativeForm } from "./nativeForms";

export interface BlockCell {
  /** With the add-in's functions: a PREVENT formula, a label, a range, the confidence level. */
  content: CellContent;
  /** Excel number format code; none leaves the cell's format alone. */
  numberFormat?: string;
  /** Where the PREVENT functions cannot run; none: the cell is the same there. */
  native?: NativeForm;
}

/** A cell that is the same with and without the add-in's functions and keeps its format (a label, a range, a reading). */
export function plain(content: CellContent): BlockCell {
  return { content };
}

/**
 * A block as the wizard writes it: the cells with PREVENT formulas, their number formats, and
 * for each cell its native form, null where the cell is the same without the add-in (labels, the
 * ranges, the confidence level, the readings). All three of the same shape.
 */
export interface ComparisonBlock {
  cells: CellContent[][];
  numberFormats: (string | null)[][];
  nativeForms: (NativeForm | null)[][];
}

/** Rows of cells as the three grids of a block, each row filled to `width` columns with empty cells. */
export function blockGrids(rows: BlockCell[][], width: number): ComparisonBlock {
  const filled = rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => plain(""))]);
  return {
    cells: filled.map((row) => row.map((cell) => cell.content)),
    numberFormats: filled.map((row) => row.map((cell) => cell.numberFormat ?? null)),
    nativeForms: filled.map((row) => row.map((cell) => cell.native ?? null)),
  };
}
