/**
 * The part of the wizard's block that covariates add below the comparison of a yes/no outcome: a
 * balance table of PREVENT.BALANCE formulas and the adjusted effect from PREVENT.ADJUSTED. The two
 * groups come as separate ranges, so the formulas stack them, treated rows above comparison rows.
 */
import type { CellContent } from "../../shared/cellContent";
import { cellAddress } from "../../shared/addresses";
import { adjustedOutputs, balanceOutputs, outputLabel } from "../../functions/outputs";
import { smdThreshold } from "../../engine/balanceThreshold";
import { strings, type Language } from "../strings";
import type { NativeForm } from "./nativeForms";

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
): { rows: CellContent[][]; formats: (string | null)[][]; nativeForms: (NativeForm | null)[][] } {
  const { covariates, confidenceCell } = request;
  const text = strings[language];
  const width = blockColumnCount(covariates.length);
  const padded = (cells: CellContent[]) => [...cells, ...new Array(width - cells.length).fill("")];
  const args = stackedArguments(request.ranges, covariates);
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const rows: CellContent[][] = [
    padded([]),
    padded([text.balanceTitle]),
    [text.balanceCovariate, ...[meanTreated, meanControl, smd].map((output) => outputLabel(output, language)), text.balanceFlagHeader],
  ];
  const formats: (string | null)[][] = rows.map(() => new Array(width).fill(null));
  const none = (): (NativeForm | null)[] => new Array(width).fill(null);
  const nativeForms = rows.map(none);
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
    // The flag is a native formula already; it reads the SMD cell, whatever that holds.
    nativeForms.push([
      null,
      ...[meanTreated, meanControl, smd].map(({ key }): NativeForm => ({ kind: "balance", covariate: i, key })),
      null,
    ]);
  });
  rows.push(padded([]), padded([text.adjustedTitle]));
  formats.push(new Array(width).fill(null), new Array(width).fill(null));
  nativeForms.push(none(), none());
  for (const output of adjustedKeys) {
    const label = outputLabel(output, language, { confidence: request.confidence });
    rows.push(
      padded([
        label,
        `=${adjustedOutputs.functionName}(${args.outcome},${args.group},${args.covariates},"regression",${confidenceCell},"${output.key}")`,
      ]),
    );
    formats.push([null, output.numberFormat, ...new Array(width - 2).fill(null)]);
    const row = none();
    row[1] = { kind: "adjusted", key: output.key };
    nativeForms.push(row);
  }
  rows.push(padded([`${text.blockReading} ${text.blockReadingNote}`, request.reading]));
  formats.push(new Array(width).fill(null));
  nativeForms.push(none());
  return { rows, formats, nativeForms };
}
