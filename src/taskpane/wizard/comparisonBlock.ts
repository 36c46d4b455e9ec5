import type { CellContent } from "../../shared/cellContent";
import { cellAddress, parseRange, quotedSheet, rangeAddress, type ParsedRange } from "../../shared/addresses";
import {
  differenceInDifferencesOutputs,
  meanDifferenceOutputs,
  outputLabel,
  rateDifferenceOutputs,
  type OutputCatalogue,
} from "../../functions/outputs";
import { adjustmentRowCount, adjustmentRows, blockColumnCount, type CovariateRanges } from "./adjustmentBlock";
import { strings, type Language } from "../strings";
import { formatCode } from "../../templates/numberFormats";
import type { OutcomeKind } from "./figures";
import { comparisonNativeForm, type ComparisonFunction, type NativeForm } from "./nativeForms";

/**
 * The labelled block of PREVENT formulas the wizard writes: a title, the ranges compared, the
 * confidence level (an input cell the formulas refer to), one row per result key and the
 * sentence. Two columns: label and value. Each value cell carries its native form too
 * (nativeForms.ts), for an Excel where the PREVENT functions cannot run.
 */
export interface ComparisonRequest {
  outcome: OutcomeKind;
  /** Absolute, sheet-qualified ranges: [treated, control], or for before/after
   * [treated before, treated after, control before, control after]. */
  ranges: string[];
  confidence: number;
  /** Yes/no outcome only: covariates to check the balance of and to adjust for, none for a plain comparison. */
  covariates?: CovariateRanges[];
}

interface FunctionLayout {
  catalogue: OutputCatalogue & { functionName: ComparisonFunction };
  rangeLabels: (keyof RangeLabels)[];
}

type RangeLabels = Pick<
  ReturnType<() => (typeof strings)["en"]>,
  "treatedRange" | "controlRange" | "treatedBefore" | "treatedAfter" | "controlBefore" | "controlAfter"
>;

/** The function each outcome kind is compared with; its keys, labels and number formats come from the functions' catalogue. */
const layouts: Record<OutcomeKind, FunctionLayout> = {
  binary: { catalogue: { ...rateDifferenceOutputs, functionName: "PREVENT.RATEDIFF" }, rangeLabels: ["treatedRange", "controlRange"] },
  number: { catalogue: { ...meanDifferenceOutputs, functionName: "PREVENT.MEANDIFF" }, rangeLabels: ["treatedRange", "controlRange"] },
  beforeAfter: {
    catalogue: { ...differenceInDifferencesOutputs, functionName: "PREVENT.DID" },
    rangeLabels: ["treatedBefore", "treatedAfter", "controlBefore", "controlAfter"],
  },
};

const titles: Record<OutcomeKind, "blockTitleBinary" | "blockTitleNumber" | "blockTitleBeforeAfter"> = {
  binary: "blockTitleBinary",
  number: "blockTitleNumber",
  beforeAfter: "blockTitleBeforeAfter",
};

export function rangeLabelKeys(outcome: OutcomeKind): (keyof RangeLabels)[] {
  return layouts[outcome].rangeLabels;
}

/** "Cohort!$C$2:$C$241": a typed range made absolute, on `defaultSheet` when it names none. */
export function absoluteRange(typed: string, defaultSheet: string): string {
  const range = parseRange(typed);
  return `${quotedSheet(range.sheet ?? defaultSheet)}!${rangeAddress(range.top, range.left, range.bottom, range.right, true)}`;
}

export function blockRowCount(outcome: OutcomeKind, covariates = 0): number {
  const layout = layouts[outcome];
  return 1 + layout.rangeLabels.length + 1 + layout.catalogue.outputs.length + 1 + adjustmentRowCount(covariates);
}

/** The sheet-qualified address the block covers when it starts at `topLeft`. */
export function blockAddress(topLeft: ParsedRange & { sheet: string }, outcome: OutcomeKind, covariates = 0): string {
  const bottom = topLeft.top + blockRowCount(outcome, covariates) - 1;
  const right = topLeft.left + blockColumnCount(covariates) - 1;
  return `${quotedSheet(topLeft.sheet)}!${rangeAddress(topLeft.top, topLeft.left, bottom, right)}`;
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

/** Outputs that are p-values: below 0.001 they read "< 0,001" / "< 0.001", in the pane's language. */
const pValueKeys = new Set(["p_value", "fisher_p"]);

/** The cells of the block, row by row, the number format of each and its native form, for a block whose top-left cell is `topLeft`. */
export function comparisonBlock(
  request: ComparisonRequest,
  topLeft: ParsedRange,
  sentence: string,
  language: Language,
  adjustedReading = "",
): ComparisonBlock {
  const layout = layouts[request.outcome];
  const text = strings[language];
  const rows: CellContent[][] = [[text[titles[request.outcome]], ""]];
  layout.rangeLabels.forEach((label, index) => rows.push([text[label], request.ranges[index]]));
  const confidenceRow = topLeft.top + rows.length;
  rows.push([text.confidence, request.confidence]);
  const numberFormats: (string | null)[][] = rows.map(() => [null, null]);
  numberFormats[numberFormats.length - 1][1] = "0%";
  const nativeForms: (NativeForm | null)[][] = rows.map(() => [null, null]);
  const confidenceCell = cellAddress(confidenceRow, topLeft.left + 1, true);
  const { functionName } = layout.catalogue;
  const argumentsText = request.ranges.join(", ");
  for (const output of layout.catalogue.outputs) {
    const label = outputLabel(output, language, { confidence: request.confidence });
    rows.push([label, `=${functionName}(${argumentsText}, ${confidenceCell}, "${output.key}")`]);
    numberFormats.push([null, pValueKeys.has(output.key) ? formatCode("pValue", language) : output.numberFormat]);
    nativeForms.push([null, comparisonNativeForm(functionName, request.ranges, confidenceCell, output.key)]);
  }
  rows.push([`${text.blockReading} ${text.blockReadingNote}`, sentence]);
  numberFormats.push([null, null]);
  nativeForms.push([null, null]);
  const covariates = request.covariates ?? [];
  if (covariates.length === 0) return { cells: rows, numberFormats, nativeForms };
  const width = blockColumnCount(covariates.length);
  const widen = <T>(row: T[], fill: T) => [...row, ...new Array<T>(width - row.length).fill(fill)];
  const adjustment = adjustmentRows(
    { ranges: request.ranges, confidence: request.confidence, covariates, confidenceCell, reading: adjustedReading },
    { top: topLeft.top + rows.length, left: topLeft.left },
    language,
  );
  return {
    cells: [...rows.map((row) => widen<CellContent>(row, "")), ...adjustment.rows],
    numberFormats: [...numberFormats.map((row) => widen<string | null>(row, null)), ...adjustment.formats],
    nativeForms: [...nativeForms.map((row) => widen<NativeForm | null>(row, null)), ...adjustment.nativeForms],
  };
}
