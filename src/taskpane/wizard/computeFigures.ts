/**
 * The wizard's numbers, computed by the engine from the cells the ranges hold. Loaded with
 * import() so that the engine and its distributions stay out of the pane's first chunk. The
 * cells are coerced exactly as the PREVENT functions coerce them, so the sentence and the
 * formulas agree.
 */
import { adjustedEffect, balance } from "../../engine/comparableGroups";
import { differenceInDifferences } from "../../engine/differenceInDifferences";
import { summarizeSample, welchTest } from "../../engine/means";
import { compareRates } from "../../engine/proportions";
import { binaryOutcomes, numbers } from "../../functions/cells";
import type { CellContent } from "../../shared/cellContent";
import { stackedGroups, type CovariateCells, type GroupFields } from "./adjustmentCells";
import type { AdjustedFigures, ComparisonFigures, OutcomeKind } from "./figures";

/** Argument names as the PREVENT functions call them, so that messages match the cells' errors. */
export const argumentNames: Record<OutcomeKind, string[]> = {
  binary: ["treated", "control"],
  number: ["treated", "control"],
  beforeAfter: ["treated_before", "treated_after", "control_before", "control_after"],
};

export function computeFigures(outcome: OutcomeKind, ranges: CellContent[][][], confidence: number): ComparisonFigures {
  const names = argumentNames[outcome];
  if (outcome === "binary") {
    const [treated, control] = ranges.map((values, i) => binaryOutcomes(values, names[i]));
    return { kind: "binary", confidence, ...compareRates(treated, control, confidence) };
  }
  const samples = ranges.map((values, i) => summarizeSample(numbers(values, names[i])));
  if (outcome === "number") {
    return { kind: "number", confidence, ...welchTest(samples[0], samples[1], confidence) };
  }
  const [treatedBefore, treatedAfter, controlBefore, controlAfter] = samples;
  return {
    kind: "beforeAfter",
    confidence,
    ...differenceInDifferences({ treatedBefore, treatedAfter, controlBefore, controlAfter }, confidence),
  };
}

/** The effect on the served adjusted for the covariates by logistic regression, as the block's PREVENT.ADJUSTED computes it. */
export function computeAdjustment(
  outcome: { treated: CellContent[][]; control: CellContent[][] },
  covariates: CovariateCells[],
  confidence: number,
  fields: GroupFields,
): AdjustedFigures {
  const input = stackedGroups(outcome, covariates, fields);
  return {
    confidence,
    covariates: covariates.map((covariate) => covariate.name),
    effect: adjustedEffect(input.data, input.outcome as Float64Array, "regression", confidence),
    balance: balance(input.data, null),
  };
}
