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
import type { OutcomeKind } from "./figures";
import { blockGrids, plain, type BlockCell, type ComparisonBlock } from "./blockCells";
import { comparisonNativeForm, type ComparisonFunction } from "./nativeForms";

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
  const rows: BlockCell[][] = [[plain(text[titles[request.outcome]])]];
  layout.rangeLabels.forEach((label, index) => rows.push([plain(text[label]), plain(request.ranges[index])]));
  const confidenceCell = cellAddress(topLeft.top + rows.length, topLeft.left + 1, true);
  rows.push([plain(text.confidence), { content: request.confidence, numberFormat: "0%" }]);
  const { functionName } = layout.catalogue;
  const argumentsText = request.ranges.join(", ");
  for (const output of layout.catalogue.outputs) {
    rows.push([
      plain(outputLabel(output, language, { confidence: request.confidence })),
      {
        content: `=${functionName}(${argumentsText}, ${confidenceCell}, "${output.key}")`,
        numberFormat: output.numberFormat,
        native: comparisonNativeForm(functionName, request.ranges, confidenceCell, output.key),
      },
    ]);
  }
  rows.push([plain(`${text.blockReading} ${text.blockReadingNote}`), plain(sentence)]);
  const covariates = request.covariates ?? [];
  const adjustment =
    covariates.length === 0
      ? []
      : adjustmentRows(
          { ranges: request.ranges, confidence: request.confidence, covariates, confidenceCell, reading: adjustedReading },
          { top: topLeft.top + rows.length, left: topLeft.left },
          language,
        );
  return blockGrids([...rows, ...adjustment], blockColumnCount(covariates.length));
}
