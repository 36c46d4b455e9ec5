/**
 * The numbers behind the wizard's sentence: the engine's own results, tagged with the outcome kind
 * and the confidence level. Differences are treated minus control.
 */
import type { AdjustedEffect, BalanceRow } from "../../engine/comparableGroups";
import type { MeanComparison, TTestResult } from "../../engine/means";
import type { RateComparison } from "../../engine/proportions";

export type OutcomeKind = "binary" | "number" | "beforeAfter";

/** Which words the sentence uses for a yes/no outcome: the care-home case of the design, or neutral words. */
export type Wording = "careHome" | "generic";

export interface Interval {
  difference: number;
  lower: number;
  upper: number;
  confidence: number;
}

/** E-values of the risk ratio and, for the sentence when the interval reaches 1, the reduction the comparison could detect. */
export interface Robustness {
  evalue: number;
  evalueLimit: number;
  /** The detectable difference (negative); null when not even a fall to 0 would be detected. */
  detectable: number | null;
  power: number;
  nTreated: number;
  nControl: number;
}

/** `robustness` is null when the risk ratio is undefined (a group without an event). */
export type RateFigures = RateComparison & { kind: "binary"; confidence: number; robustness?: Robustness | null };
export type MeanFigures = MeanComparison & { kind: "number"; confidence: number };
export type ChangeFigures = TTestResult & { kind: "beforeAfter"; confidence: number };

export type ComparisonFigures = RateFigures | MeanFigures | ChangeFigures;

/** The effect on the served adjusted for the named covariates (logistic regression), and the balance of each covariate. */
export interface AdjustedFigures {
  confidence: number;
  /** The covariates as the user named them, in order. */
  covariates: string[];
  effect: AdjustedEffect;
  balance: BalanceRow[];
  /** E-values of the adjusted risk ratio; null when it is undefined. */
  evalues?: { evalue: number; evalueLimit: number } | null;
}
