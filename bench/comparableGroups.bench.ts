import { adjustedDifference, balanceTable, weightsColumn } from "../src/functions/comparableGroups";
import { againstBareLoop, pseudoRandom, type BenchSection, type Measurement } from "./harness";

/* PREVENT.ADJUSTED (both methods), PREVENT.WEIGHTS and PREVENT.BALANCE on 100,000 people with five
   covariates, the ranges built as Excel passes them (any[][]), against the bare loop that only reads
   and sums the same cells. The design asks for at most 200 ms per call; each is a logistic
   regression of a handful of Newton steps over all rows. */

const rows = 100_000;
const repetitions = 7;
const warmup = 2;
const targetMilliseconds = 200;

function logistic(eta: number): number {
  return 1 / (1 + Math.exp(-eta));
}

/** Age, care grade, living alone and two further measures; the served are older, frailer and more often alone. */
function people() {
  const next = pseudoRandom(14);
  const covariates: number[][] = [];
  const group: number[][] = [];
  const outcome: number[][] = [];
  for (let row = 0; row < rows; row++) {
    const age = 65 + Math.floor(next() * 35);
    const grade = Math.floor(next() * 6);
    const alone = next() < 0.45 ? 1 : 0;
    const mobility = Math.round(next() * 1000) / 10;
    const visits = Math.floor(next() * 12);
    const served = next() < logistic(-4 + 0.04 * age + 0.2 * grade + 0.6 * alone - 0.005 * mobility) ? 1 : 0;
    const moved = next() < logistic(-5 - 0.5 * served + 0.04 * age + 0.3 * grade + 0.4 * alone + 0.02 * visits) ? 1 : 0;
    covariates.push([age, grade, alone, mobility, visits]);
    group.push([served]);
    outcome.push([moved]);
  }
  return { covariates, group, outcome };
}

function measure(name: string, ranges: unknown[][][], run: () => unknown): Measurement {
  const measurement = againstBareLoop(name, ranges, run, repetitions, warmup);
  return { ...measurement, name: `${name} (target ≤ ${targetMilliseconds} ms)` };
}

/**
 * PREVENT.WEIGHTS over a whole sheet (1,048,576 rows) whose second covariate tells the groups
 * apart: the answer is #N/A (separation), and it must come within a second, not after the Newton
 * steps have walked towards infinite coefficients.
 */
function separatedWeights(): Measurement {
  const sheetRows = 1_048_576;
  const next = pseudoRandom(25);
  const group: number[][] = new Array(sheetRows);
  const covariates: number[][] = new Array(sheetRows);
  for (let row = 0; row < sheetRows; row++) {
    const served = next() < 0.3 ? 1 : 0;
    group[row] = [served];
    covariates[row] = [65 + Math.floor(next() * 35), served === 1 ? 3 + Math.floor(next() * 3) : Math.floor(next() * 3)];
  }
  const run = () => {
    try {
      weightsColumn(group, covariates);
    } catch (error) {
      return error;
    }
    throw new Error("WEIGHTS should have stopped at the separating covariate");
  };
  const measurement = againstBareLoop("WEIGHTS, 1,048,576 rows, a covariate separates the groups (#N/A)", [group, covariates], run, 3, 1);
  return { ...measurement, name: `${measurement.name} (target ≤ 1,000 ms)` };
}

export const section: BenchSection = {
  title: "Comparable groups (PREVENT.ADJUSTED, WEIGHTS, BALANCE) on 100,000 people × 5 covariates, median of 7 runs",
  measure() {
    const { covariates, group, outcome } = people();
    const omitted = null as never;
    const all = [outcome, group, covariates];
    const weights = weightsColumn(group, covariates);
    return [
      measure("ADJUSTED by regression", all, () => adjustedDifference(outcome, group, covariates, "regression", omitted, omitted)),
      measure("ADJUSTED by weighting", all, () => adjustedDifference(outcome, group, covariates, "weighting", omitted, omitted)),
      measure("WEIGHTS", [group, covariates], () => weightsColumn(group, covariates)),
      measure("BALANCE with weights", [group, covariates, weights], () => balanceTable(covariates, group, weights, omitted)),
      separatedWeights(),
    ];
  },
};
