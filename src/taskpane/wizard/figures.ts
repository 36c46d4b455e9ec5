/**
 * The numbers behind the wizard's sentence: the engine's own results, tagged with the outcome kind
 * and the confidence level. Differences are treated minus control.
 */
import type { AdjustedEffect, BalanceRow } from "../../engine/comparableGroups";
import type { MeanComparison, TTestResult } from "../../engine/means";
import type { RateComparison } from "../../engine/proportions";

export type OutcomeKind = "binary" | "number" | "beforeAfter";

export interface Interval {
  difference: number;
  lower: number;
  upper: number;
  confidence: number;
}

export type RateFigures = RateComparison & { kind: "binary"; confidence: number };
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
}
