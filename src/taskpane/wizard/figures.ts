/** The numbers behind the wizard's sentence, as the engine computes them. Differences are treated minus control. */

export type OutcomeKind = "binary" | "number" | "beforeAfter";

export interface Interval {
  difference: number;
  lower: number;
  upper: number;
  confidence: number;
}

export interface RateFigures extends Interval {
  kind: "binary";
  rateTreated: number;
  rateControl: number;
  nTreated: number;
  nControl: number;
  /** People served per prevented event; null when the rates are equal. */
  peoplePerPreventedEvent: number | null;
}

export interface MeanFigures extends Interval {
  kind: "number";
  meanTreated: number;
  meanControl: number;
  nTreated: number;
  nControl: number;
}

export interface ChangeFigures extends Interval {
  kind: "beforeAfter";
}

export type ComparisonFigures = RateFigures | MeanFigures | ChangeFigures;
