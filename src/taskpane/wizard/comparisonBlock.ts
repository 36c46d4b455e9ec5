import { parseRange, quotedSheet, rangeAddress, type ParsedRange } from "../../shared/addresses";
import {
  differenceInDifferencesOutputs,
  meanDifferenceOutputs,
  rateDifferenceOutputs,
  type OutputCatalogue,
} from "../../functions/outputs";
import { layoutBlock } from "../../templates/layout";
import type { RowDefinition } from "../../templates/model";
import { numberFormatKeyOf } from "../../templates/numberFormats";
import { adjustmentRows, blockColumnCount, readingRow, type CovariateRanges } from "./adjustmentBlock";
import type { Language, strings } from "../strings";
import type { OutcomeKind } from "./figures";
import { blockGrids, covariateKey, outputText, paneText, placeholder, rangeKey, type ComparisonBlock } from "./blockCells";
import { nativeRateFormula, type ComparisonFunction, type NativeForm } from "./nativeForms";

/**
 * The labelled block of PREVENT formulas the wizard writes: a title, the ranges compared, the
 * confidence level (an input cell the formulas refer to), one row per result key and the
 * sentence. Two columns: label and value. Each value cell carries its native form too
 * (nativeForms.ts), for an Excel where the PREVENT functions cannot run. The block is described
 * as rows and laid out by the templates' layout step (layoutBlock).
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

/**
 * The rows of the block: its formulas name the ranges by placeholder (blockCells.ts) and the
 * confidence level's cell as {@confidence:first}; `sentence` and `adjustedReading` as calculated now.
 */
/** Outputs that are p-values: below 0.001 they read "< 0,001" / "< 0.001", in the pane's language. */
const pValueKeys = new Set(["p_value", "fisher_p"]);
/** Outputs of PREVENT.RATEDIFF that are differences of two rates: written in percentage points (100 × the share). */
const pointsKeys = new Set(["difference", "lower", "upper"]);

function blockRows(request: ComparisonRequest, sentence: string, adjustedReading: string): RowDefinition[] {
  const layout = layouts[request.outcome];
  const { functionName } = layout.catalogue;
  const ranges = request.ranges.map((_, index) => placeholder(rangeKey(index)));
  const confidenceCell = "{@confidence:first}";
  const outputRows = layout.catalogue.outputs.map((output): RowDefinition => {
    const native = functionName === "PREVENT.RATEDIFF" ? nativeRateFormula(ranges[0], ranges[1], confidenceCell, output.key) : null;
    const valueOf: NativeForm = { kind: "valueOf", functionName, ranges: request.ranges, key: output.key };
    const addin = `${functionName}(${ranges.join(", ")}, ${confidenceCell}, "${output.key}")`;
    if (native !== null && pointsKeys.has(output.key)) {
      return {
        kind: "result",
        label: outputText(output, request.confidence),
        formula: `=100*(${native.slice(1)})`,
        addinFormula: `=100*${addin}`,
        format: "points",
      };
    }
    return {
      kind: "result",
      label: outputText(output, request.confidence),
      formula: native ?? "",
      addinFormula: `=${addin}`,
      format: pValueKeys.has(output.key) ? "pValue" : numberFormatKeyOf(output.numberFormat),
      ...(native === null && { writtenOnce: valueOf }),
    };
  });
  return [
    { kind: "title", text: paneText(titles[request.outcome]) },
    ...layout.rangeLabels.map((label, index): RowDefinition => ({ kind: "value", label: paneText(label), value: request.ranges[index] })),
    { kind: "value", key: "confidence", label: paneText("confidence"), value: request.confidence, format: "percentWhole" },
    ...outputRows,
    readingRow(sentence),
    ...adjustmentRows({ confidence: request.confidence, covariates: request.covariates ?? [], reading: adjustedReading }),
  ];
}

/** The block's rows for `covariates` covariates, whatever their ranges: for its size. */
function rowsOfSize(outcome: OutcomeKind, covariates: number): RowDefinition[] {
  const covariate = { name: "", treated: "", control: "" };
  const ranges = layouts[outcome].rangeLabels.map(() => "");
  return blockRows({ outcome, ranges, confidence: 0.95, covariates: Array.from({ length: covariates }, () => covariate) }, "", "");
}

export function blockRowCount(outcome: OutcomeKind, covariates = 0): number {
  return rowsOfSize(outcome, covariates).length;
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
  const rows = blockRows(request, sentence, adjustedReading);
  const covariates = request.covariates ?? [];
  const references: Record<string, string> = {};
  request.ranges.forEach((range, index) => (references[rangeKey(index)] = range));
  covariates.forEach((covariate, index) => {
    references[covariateKey(index, "treated")] = covariate.treated;
    references[covariateKey(index, "control")] = covariate.control;
  });
  const origin = { top: topLeft.top, left: topLeft.left };
  const cells = layoutBlock(rows, { language, origin, references });
  return blockGrids(cells, origin, rows.length, blockColumnCount(covariates.length));
}
