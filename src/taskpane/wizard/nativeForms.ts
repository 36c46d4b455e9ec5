/**
 * What a value cell of the wizard's block holds where the PREVENT functions cannot run (Excel
 * without CustomFunctionsRuntime 1.2, or the functions not associated in this runtime). The block's
 * rows carry it from the start, as a template's result row: its native `formula` beside its
 * `addinFormula`, or the value `writtenOnce`. A native formula where Excel has one — the two
 * rates, their difference, Newcombe's interval from two Wilson intervals and the pooled z-test,
 * written from the same formula text as the templates' (rateFormulaText.ts) — and otherwise the
 * value the add-in's function gives now, fixed. LET needs Excel 2021 or Microsoft 365, which the
 * add-in needs anyway.
 */
import type { AdjustedKey, BalanceKey } from "../../functions/outputs";
import { newcombeBound, pooledZTestP, twoSidedZ, wilsonBound } from "../../templates/definitions/rateFormulaText";

/** The statistics functions whose value the block can fix when it has no native formula. */
export type ComparisonFunction = "PREVENT.RATEDIFF" | "PREVENT.MEANDIFF" | "PREVENT.DID";

export type NativeForm =
  /** An Excel formula that computes the same. */
  | { kind: "formula"; formula: string }
  /** The function's output `key` over `ranges`, computed when the block is written. */
  | { kind: "valueOf"; functionName: ComparisonFunction; ranges: string[]; key: string }
  /** An output of the adjusted effect the pane computed. */
  | { kind: "adjusted"; key: AdjustedKey }
  /** A balance figure of covariate number `covariate` (0-based) the pane computed. */
  | { kind: "balance"; covariate: number; key: BalanceKey };

/**
 * Events and people of a 1/0 or TRUE/FALSE range, blanks skipped, as PREVENT.RATEDIFF counts them.
 * --cell turns TRUE into 1 and a blank into 0; counting by length treats TRUE like 1, so the
 * formula gives the same in LibreOffice, where TRUE is the number 1 (SUM and COUNT differ there).
 */
function counts(range: string, events: string, people: string): string {
  return `${events},SUMPRODUCT(IFERROR(--${range},0)),${people},SUMPRODUCT(--(LEN(${range})>0))`;
}

const treated = { rate: "p1", lower: wilsonBound("p1", "n1", "z", "-"), upper: wilsonBound("p1", "n1", "z", "+") };
const control = { rate: "p0", lower: wilsonBound("p0", "n0", "z", "-"), upper: wilsonBound("p0", "n0", "z", "+") };

/** The LET's result by output key: the variables below, or the interval and test over them. */
const rateResults: Record<string, string> = {
  rate_treated: "p1",
  rate_control: "p0",
  difference: "d",
  lower: newcombeBound("lower", "d", treated, control),
  upper: newcombeBound("upper", "d", treated, control),
  p_value: pooledZTestP("d", "pp", "n1", "n0"),
};

/** The native formula of a rate comparison's output, or null where Excel has none (Fisher's test, NNT). */
export function nativeRateFormula(treatedRange: string, controlRange: string, confidenceCell: string, key: string): string | null {
  const result = rateResults[key];
  if (!result) return null;
  return (
    `=LET(${counts(treatedRange, "e1", "n1")},${counts(controlRange, "e0", "n0")},` +
    `p1,e1/n1,p0,e0/n0,d,p1-p0,pp,(e1+e0)/(n1+n0),z,${twoSidedZ(confidenceCell)},${result})`
  );
}
