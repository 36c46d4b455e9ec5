/**
 * The part of the wizard's block that covariates add below the comparison of a yes/no outcome: a
 * balance table of PREVENT.BALANCE formulas and the adjusted effect from PREVENT.ADJUSTED. The two
 * groups come as separate ranges, so the formulas stack them, treated rows above comparison rows.
 */
import { cellAddress } from "../../shared/addresses";
import { adjustedOutputs, balanceOutputs, outputLabel } from "../../functions/outputs";
import { smdThreshold } from "../../engine/balanceThreshold";
import { strings, type Language } from "../strings";
import { plain, type BlockCell } from "./blockCells";

/** A covariate's name and its absolute ranges in the treated and in the comparison group (rows as in the outcome ranges). */
export interface CovariateRanges {
  name: string;
  treated: string;
  control: string;
}

export interface AdjustmentRequest {
  /** Absolute ranges of the outcome: [treated, control]. */
  ranges: string[];
  confidence: number;
  covariates: CovariateRanges[];
  /** The block's confidence-level cell, e.g. $L$5. */
  confidenceCell: string;
  /** The reading of the adjusted effect. */
  reading: string;
}

/** The keys of PREVENT.ADJUSTED the block shows: those of the regression method, without the risk ratio (read in the sentence). */
const notShown = new Set(["effective_n_control", "risk_ratio", "rr_lower", "rr_upper"]);
const adjustedKeys = adjustedOutputs.outputs.filter((output) => !notShown.has(output.key));

/** Blank row, title and column headers of the balance table, then one row per covariate. */
function balanceRowCount(covariates: number): number {
  return covariates === 0 ? 0 : 3 + covariates;
}

/** Blank row, title, one row per key and the reading of the adjusted effect. */
function adjustedRowCount(covariates: number): number {
  return covariates === 0 ? 0 : 2 + adjustedKeys.length + 1;
}

/** The rows covariates add to the block: none without covariates. */
export function adjustmentRowCount(covariates: number): number {
  return balanceRowCount(covariates) + adjustedRowCount(covariates);
}

/** Label and value; with covariates the balance table's five: name, mean treated, mean comparison, SMD, flag. */
export function blockColumnCount(covariates = 0): number {
  return covariates === 0 ? 2 : 5;
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
 * |SMD| > 0.1) and the adjusted effect (PREVENT.ADJUSTED by regression), starting at sheet row `top`
 * and column `left`.
 */
export function adjustmentRows(
  request: AdjustmentRequest,
  { top, left }: { top: number; left: number },
  language: Language,
): BlockCell[][] {
  const { covariates, confidenceCell } = request;
  const text = strings[language];
  const args = stackedArguments(request.ranges, covariates);
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const rows: BlockCell[][] = [
    [],
    [plain(text.balanceTitle)],
    [
      plain(text.balanceCovariate),
      ...[meanTreated, meanControl, smd].map((output) => plain(outputLabel(output, language))),
      plain(text.balanceFlagHeader),
    ],
  ];
  covariates.forEach((covariate, i) => {
    const balance = ({ key, numberFormat }: (typeof balanceOutputs.outputs)[number]): BlockCell => ({
      content: `=INDEX(${balanceOutputs.functionName}(${args.covariates},${args.group},,"${key}"),${i + 1})`,
      numberFormat,
      native: { kind: "balance", covariate: i, key },
    });
    const smdCell = cellAddress(top + rows.length, left + 3);
    rows.push([
      plain(covariate.name),
      balance(meanTreated),
      balance(meanControl),
      balance(smd),
      // The flag is a native formula already; it reads the SMD cell, whatever that holds.
      plain(`=IF(ISNUMBER(${smdCell}),IF(ABS(${smdCell})>${smdThreshold},"${text.balanceFlag}",""),"")`),
    ]);
  });
  rows.push([], [plain(text.adjustedTitle)]);
  for (const output of adjustedKeys) {
    rows.push([
      plain(outputLabel(output, language, { confidence: request.confidence })),
      {
        content: `=${adjustedOutputs.functionName}(${args.outcome},${args.group},${args.covariates},"regression",${confidenceCell},"${output.key}")`,
        numberFormat: output.numberFormat,
        native: { kind: "adjusted", key: output.key },
      },
    ]);
  }
  rows.push([plain(`${text.blockReading} ${text.blockReadingNote}`), plain(request.reading)]);
  return rows;
}
