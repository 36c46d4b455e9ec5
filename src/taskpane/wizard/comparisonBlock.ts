import type { CellContent } from "../../shared/cellContent";
import { cellAddress, parseRange, quotedSheet, rangeAddress, type ParsedRange } from "../../shared/addresses";
import {
  adjustedOutputs,
  balanceOutputs,
  differenceInDifferencesOutputs,
  meanDifferenceOutputs,
  outputLabel,
  rateDifferenceOutputs,
  type OutputCatalogue,
} from "../../functions/outputs";
import { smdThreshold } from "../../templates/definitions/balanceRows";
import { strings, type Language } from "../strings";
import type { OutcomeKind } from "./figures";

/**
 * The labelled block of PREVENT formulas the wizard writes: a title, the ranges compared, the
 * confidence level (an input cell the formulas refer to), one row per result key and the
 * sentence. Two columns: label and value.
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

/** A covariate's name and its absolute ranges in the treated and in the comparison group (rows as in the outcome ranges). */
export interface CovariateRanges {
  name: string;
  treated: string;
  control: string;
}

interface FunctionLayout {
  catalogue: OutputCatalogue;
  rangeLabels: (keyof RangeLabels)[];
}

type RangeLabels = Pick<
  ReturnType<() => (typeof strings)["en"]>,
  "treatedRange" | "controlRange" | "treatedBefore" | "treatedAfter" | "controlBefore" | "controlAfter"
>;

/** The function each outcome kind is compared with; its keys, labels and number formats come from the functions' catalogue. */
const layouts: Record<OutcomeKind, FunctionLayout> = {
  binary: { catalogue: rateDifferenceOutputs, rangeLabels: ["treatedRange", "controlRange"] },
  number: { catalogue: meanDifferenceOutputs, rangeLabels: ["treatedRange", "controlRange"] },
  beforeAfter: {
    catalogue: differenceInDifferencesOutputs,
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

/** The keys of PREVENT.ADJUSTED the block shows: those of the regression method. */
const adjustedKeys = adjustedOutputs.outputs.filter((output) => output.key !== "effective_n_control");

/** Blank row, title and column headers of the balance table, then one row per covariate. */
function balanceRowCount(covariates: number): number {
  return covariates === 0 ? 0 : 3 + covariates;
}

/** Blank row, title, one row per key and the reading of the adjusted effect. */
function adjustedRowCount(covariates: number): number {
  return covariates === 0 ? 0 : 2 + adjustedKeys.length + 1;
}

export function blockRowCount(outcome: OutcomeKind, covariates = 0): number {
  const layout = layouts[outcome];
  return 1 + layout.rangeLabels.length + 1 + layout.catalogue.outputs.length + 1 + balanceRowCount(covariates) + adjustedRowCount(covariates);
}

/** Label and value; with covariates the balance table's five: name, mean treated, mean comparison, SMD, flag. */
export function blockColumnCount(covariates = 0): number {
  return covariates === 0 ? 2 : 5;
}

/** The sheet-qualified address the block covers when it starts at `topLeft`. */
export function blockAddress(topLeft: ParsedRange & { sheet: string }, outcome: OutcomeKind, covariates = 0): string {
  const bottom = topLeft.top + blockRowCount(outcome, covariates) - 1;
  const right = topLeft.left + blockColumnCount(covariates) - 1;
  return `${quotedSheet(topLeft.sheet)}!${rangeAddress(topLeft.top, topLeft.left, bottom, right)}`;
}

/** VSTACK(treated, comparison) with blank cells kept blank: VSTACK alone would turn them into 0. */
function stacked(treated: string, control: string): string {
  return `VSTACK(IF(ISBLANK(${treated}),"",${treated}),IF(ISBLANK(${control}),"",${control}))`;
}

/** The outcome, group and covariate arguments of PREVENT.BALANCE and PREVENT.ADJUSTED: treated rows above comparison rows. */
function stackedArguments(ranges: string[], covariates: CovariateRanges[]) {
  const [treated, control] = ranges;
  const columns = covariates.map((covariate) => stacked(covariate.treated, covariate.control));
  return {
    outcome: stacked(treated, control),
    group: `VSTACK(SEQUENCE(ROWS(${treated}),1,1,0),SEQUENCE(ROWS(${control}),1,0,0))`,
    covariates: columns.length === 1 ? columns[0] : `HSTACK(${columns.join(",")})`,
  };
}

/**
 * The balance table (one row per covariate: name, mean treated, mean comparison, SMD, a flag where
 * |SMD| > 0.1) and the adjusted effect (PREVENT.ADJUSTED by regression), starting at sheet row `top`.
 */
function adjustmentRows(
  request: ComparisonRequest,
  covariates: CovariateRanges[],
  top: number,
  left: number,
  confidenceCell: string,
  adjustedReading: string,
  language: Language,
): { rows: CellContent[][]; formats: (string | null)[][] } {
  const text = strings[language];
  const width = blockColumnCount(covariates.length);
  const padded = (cells: CellContent[]) => [...cells, ...new Array(width - cells.length).fill("")];
  const args = stackedArguments(request.ranges, covariates);
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const rows: CellContent[][] = [padded([]), padded([text.balanceTitle]), [text.balanceCovariate, ...[meanTreated, meanControl, smd].map((output) => outputLabel(output, language)), text.balanceFlagHeader]];
  const formats: (string | null)[][] = rows.map(() => new Array(width).fill(null));
  covariates.forEach((covariate, i) => {
    const balance = (key: string) => `=INDEX(${balanceOutputs.functionName}(${args.covariates},${args.group},,"${key}"),${i + 1})`;
    const smdCell = cellAddress(top + rows.length, left + 3);
    rows.push([
      covariate.name,
      balance(meanTreated.key),
      balance(meanControl.key),
      balance(smd.key),
      `=IF(ISNUMBER(${smdCell}),IF(ABS(${smdCell})>${smdThreshold},"${text.balanceFlag}",""),"")`,
    ]);
    formats.push([null, meanTreated.numberFormat, meanControl.numberFormat, smd.numberFormat, null]);
  });
  rows.push(padded([]), padded([text.adjustedTitle]));
  formats.push(new Array(width).fill(null), new Array(width).fill(null));
  for (const output of adjustedKeys) {
    const label = outputLabel(output, language, { confidence: request.confidence });
    rows.push(padded([label, `=${adjustedOutputs.functionName}(${args.outcome},${args.group},${args.covariates},"regression",${confidenceCell},"${output.key}")`]));
    formats.push([null, output.numberFormat, ...new Array(width - 2).fill(null)]);
  }
  rows.push(padded([`${text.blockReading} ${text.blockReadingNote}`, adjustedReading]));
  formats.push(new Array(width).fill(null));
  return { rows, formats };
}

/** The cells of the block, row by row, and the number format of each, for a block whose top-left cell is `topLeft`. */
export function comparisonBlock(
  request: ComparisonRequest,
  topLeft: ParsedRange,
  sentence: string,
  language: Language,
  adjustedReading = "",
): { cells: CellContent[][]; numberFormats: (string | null)[][] } {
  const layout = layouts[request.outcome];
  const text = strings[language];
  const rows: CellContent[][] = [[text[titles[request.outcome]], ""]];
  layout.rangeLabels.forEach((label, index) => rows.push([text[label], request.ranges[index]]));
  const confidenceRow = topLeft.top + rows.length;
  rows.push([text.confidence, request.confidence]);
  const numberFormats: (string | null)[][] = rows.map(() => [null, null]);
  numberFormats[numberFormats.length - 1][1] = "0%";
  const confidenceCell = cellAddress(confidenceRow, topLeft.left + 1, true);
  const argumentsText = request.ranges.join(", ");
  for (const output of layout.catalogue.outputs) {
    const label = outputLabel(output, language, { confidence: request.confidence });
    rows.push([label, `=${layout.catalogue.functionName}(${argumentsText}, ${confidenceCell}, "${output.key}")`]);
    numberFormats.push([null, output.numberFormat]);
  }
  rows.push([`${text.blockReading} ${text.blockReadingNote}`, sentence]);
  numberFormats.push([null, null]);
  const covariates = request.covariates ?? [];
  if (covariates.length === 0) return { cells: rows, numberFormats };
  const width = blockColumnCount(covariates.length);
  const widen = <T,>(row: T[], fill: T) => [...row, ...new Array<T>(width - row.length).fill(fill)];
  const adjustment = adjustmentRows(request, covariates, topLeft.top + rows.length, topLeft.left, confidenceCell, adjustedReading, language);
  return {
    cells: [...rows.map((row) => widen<CellContent>(row, "")), ...adjustment.rows],
    numberFormats: [...numberFormats.map((row) => widen<string | null>(row, null)), ...adjustment.formats],
  };
}
