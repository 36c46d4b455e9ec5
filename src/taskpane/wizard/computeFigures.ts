/**
 * The wizard's numbers, computed by the engine from the cells the ranges hold. Loaded with
 * import() so that the engine and its distributions stay out of the pane's first chunk. The
 * cells are coerced exactly as the PREVENT functions coerce them, so the sentence and the
 * formulas agree.
 */
import { adjustedEffect, balance } from "../../engine/comparableGroups";
import { differenceInDifferences } from "../../engine/differenceInDifferences";
import { summarizeSample, welchTest } from "../../engine/means";
import { evalues, riskRatio } from "../../engine/confounding";
import { isInputError } from "../../engine/errors";
import { detectableDifference } from "../../engine/power";
import { compareRates, type EventCount } from "../../engine/proportions";
import { binaryOutcomes, numbers } from "../../functions/cells";
import type { CellContent } from "../../shared/cellContent";
import { stackedGroups, type CovariateCells, type GroupFields } from "./adjustmentCells";
import type { AdjustedFigures, ComparisonFigures, OutcomeKind, Robustness } from "./figures";

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
    return {
      kind: "binary",
      confidence,
      ...compareRates(treated, control, confidence),
      robustness: robustness(treated, control, confidence),
    };
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

/** The power the sentence names when it says what the comparison could have detected. */
export const sentencePower = 0.8;

function robustness(treated: EventCount, control: EventCount, confidence: number): Robustness | null {
  if (treated.events === 0 || control.events === 0) return null;
  const ratio = riskRatio(treated, control, confidence);
  const { evalue, evalueLimit } = evalues(ratio.riskRatio, [ratio.lower, ratio.upper]);
  let detectable: number | null = null;
  try {
    detectable = detectableDifference(treated.n, control.n, control.events / control.n, sentencePower, confidence);
  } catch (error) {
    if (!isInputError(error)) throw error;
  }
  return { evalue, evalueLimit, detectable, power: sentencePower, nTreated: treated.n, nControl: control.n };
}

/** The effect on the served adjusted for the covariates by logistic regression, as the block's PREVENT.ADJUSTED computes it. */
export function computeAdjustment(
  outcome: { treated: CellContent[][]; control: CellContent[][] },
  covariates: CovariateCells[],
  confidence: number,
  fields: GroupFields,
): AdjustedFigures {
  const input = stackedGroups(outcome, covariates, fields);
  const effect = adjustedEffect(input.data, input.outcome as Float64Array, "regression", confidence);
  return {
    confidence,
    covariates: covariates.map((covariate) => covariate.name),
    effect,
    balance: balance(input.data, null),
    evalues: effect.riskRatio === null ? null : evalues(effect.riskRatio, [effect.rrLower!, effect.rrUpper!]),
  };
}
