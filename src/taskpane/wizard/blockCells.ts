/**
 * The wizard's block as it is written: the cells the layout step laid out (layout.ts), each with
 * both its forms from the start, as a template's cell carries its native formula beside its
 * `addinFormula`, turned into the three grids the pane writes.
 */
import type { CellContent } from "../../shared/cellContent";
import type { Bilingual } from "../../shared/bilingual";
import { outputLabel, type OutputDescription } from "../../functions/outputs";
import type { PlannedCell } from "../../templates/plan";
import { strings, type Strings } from "../strings";
import type { NativeForm } from "./nativeForms";

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

/** A pane text in both languages, for the rows of the block. */
export function paneText(key: { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings]): Bilingual {
  return { de: strings.de[key] as string, en: strings.en[key] as string };
}

/** An output's label in both languages; intervals name the confidence level. */
export function outputText(output: OutputDescription, confidence?: number): Bilingual {
  const context = confidence === undefined ? {} : { confidence };
  return { de: outputLabel(output, "de", context), en: outputLabel(output, "en", context) };
}

/**
 * The block's formulas name the ranges they read by placeholders, which the layout step resolves
 * to the ranges' addresses: the user's text never passes through the placeholder syntax.
 */
export function placeholder(key: string): string {
  return `{${key}}`;
}

/** The key of outcome range number `index` (in the order of rangeLabelKeys). */
export function rangeKey(index: number): string {
  return `range${index}`;
}

/** The key of a covariate's range in one group. */
export function covariateKey(index: number, group: "treated" | "control"): string {
  return `covariate${index}_${group}`;
}

/**
 * The native form of a laid-out cell: its value written once (the block's rows carry only
 * NativeForms there), its native formula beside a PREVENT formula, or null when it is the same.
 */
function nativeForm(cell: PlannedCell): NativeForm | null {
  if (cell.writtenOnce) return cell.writtenOnce as NativeForm;
  return cell.addinFormula === undefined ? null : { kind: "formula", formula: cell.content as string };
}

/** The laid-out cells of a block of `height` rows and `width` columns from `origin` as its three grids; empty cells hold "". */
export function blockGrids(cells: PlannedCell[], origin: { top: number; left: number }, height: number, width: number): ComparisonBlock {
  const grid = <T>(empty: T) => Array.from({ length: height }, () => new Array<T>(width).fill(empty));
  const block: ComparisonBlock = {
    cells: grid<CellContent>(""),
    numberFormats: grid<string | null>(null),
    nativeForms: grid<NativeForm | null>(null),
  };
  for (const cell of cells) {
    const [r, c] = [cell.row - origin.top, cell.column - origin.left];
    block.cells[r][c] = cell.addinFormula ?? cell.content;
    block.numberFormats[r][c] = cell.numberFormat ?? null;
    block.nativeForms[r][c] = nativeForm(cell);
  }
  return block;
}
