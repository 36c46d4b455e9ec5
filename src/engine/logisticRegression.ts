import { invalidValue, notEnoughData } from "./errors";
import { message, type MessageValue } from "../shared/message";
import { inverseOrNull } from "./matrixInverse";

/**
 * Logistic regression by maximum likelihood, as R's glm(family = binomial): Newton–Raphson (for the
 * logit link the same as iteratively reweighted least squares), started at all coefficients 0,
 * stopped when the deviance changes by less than 1e-14 relative (R's criterion
 * |dev − dev_old| / (|dev| + 0.1) < epsilon, here with epsilon = 1e-14), at most 100 iterations.
 * The covariance of the coefficients is the inverse Fisher information at the estimate (R's vcov).
 */

/** The columns of a design matrix (the first is usually the intercept, all 1), each named for messages. */
export interface Design {
  columns: Float64Array[];
  /** What each column is called in a message, e.g. "covariates: column 2". */
  names: MessageValue[];
}

export interface LogisticFit {
  coefficients: number[];
  covariance: number[][];
  /** Fitted probability per row. */
  fitted: Float64Array;
  deviance: number;
  iterations: number;
}

const convergenceTolerance = 1e-14;
const maximumIterations = 100;
/** A fitted probability this close to 0 or 1 means the model separates the data. */
const separationMargin = 1e-10;

/** 1 / (1 + e^(−η)) without overflow. */
export function logistic(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

interface Evaluation {
  deviance: number;
  score: Float64Array;
  information: number[][];
  fitted: Float64Array;
}

/** The design matrix row after row in one array: the hot loop then reads memory in order. */
function rowMajor(design: Design): Float64Array {
  const p = design.columns.length;
  const rows = design.columns[0].length;
  const values = new Float64Array(rows * p);
  design.columns.forEach((column, j) => {
    for (let i = 0; i < rows; i++) values[i * p + j] = column[i];
  });
  return values;
}

/** Deviance, score Xᵀ(y − p) and information XᵀWX at the coefficients, in one pass over the rows. */
function evaluate(x: Float64Array, p: number, outcome: Float64Array, coefficients: number[], fitted: Float64Array): Evaluation {
  const rows = outcome.length;
  const beta = Float64Array.from(coefficients);
  const score = new Float64Array(p);
  const upper = new Float64Array(p * p);
  let deviance = 0;
  for (let i = 0, offset = 0; i < rows; i++, offset += p) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += x[offset + j] * beta[j];
    // one exp and one log per row: p = 1/(1 + e^−η), deviance term 2·log(1 + e^∓η), both from e^−|η|
    const small = Math.exp(-Math.abs(eta));
    const probability = eta >= 0 ? 1 / (1 + small) : small / (1 + small);
    fitted[i] = probability;
    const y = outcome[i];
    deviance += 2 * (Math.max(y === 1 ? -eta : eta, 0) + Math.log1p(small));
    const residual = y - probability;
    const weight = probability * (1 - probability);
    for (let j = 0; j < p; j++) {
      const xj = x[offset + j];
      score[j] += xj * residual;
      const weighted = weight * xj;
      const base = j * p;
      for (let k = j; k < p; k++) upper[base + k] += weighted * x[offset + k];
    }
  }
  const information: number[][] = [];
  for (let j = 0; j < p; j++) {
    information.push([]);
    for (let k = 0; k < p; k++) information[j].push(j <= k ? upper[j * p + k] : upper[k * p + j]);
  }
  return { deviance, score, information, fitted };
}

/** The column (other than the intercept) whose coefficient, scaled by the column's spread, is largest. */
function likelySeparatingColumn(design: Design, coefficients: number[]): MessageValue {
  let best = -1;
  let bestSize = -1;
  design.columns.forEach((column, j) => {
    const spread = standardDeviation(column);
    if (spread === 0) return; // the intercept
    const size = Math.abs(coefficients[j]) * spread;
    if (size > bestSize) {
      bestSize = size;
      best = j;
    }
  });
  return best < 0 ? design.names[0] : design.names[best];
}

function standardDeviation(column: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < column.length; i++) mean += column[i];
  mean /= column.length;
  let squares = 0;
  for (let i = 0; i < column.length; i++) squares += (column[i] - mean) ** 2;
  return Math.sqrt(squares / column.length);
}

function separation(design: Design, coefficients: number[], what: MessageValue, modelName: MessageValue) {
  const column = likelySeparatingColumn(design, coefficients);
  return notEnoughData("engine.separation", { model: modelName, what, column });
}

/**
 * A column (other than a constant one) whose values for outcome 1 all lie on one side of its
 * values for outcome 0, ties allowed: the data are then separated (completely or
 * quasi-completely, Albert & Anderson 1984) and no finite estimate exists whatever the other
 * columns are. One pass over the rows, so that a separating covariate in a million rows is found
 * before the Newton steps walk off towards infinity.
 */
function separatingColumn(design: Design, outcome: Float64Array): { name: MessageValue; higher: boolean } | null {
  for (let j = 0; j < design.columns.length; j++) {
    const column = design.columns[j];
    let [min0, max0, min1, max1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let i = 0; i < column.length; i++) {
      const value = column[i];
      if (outcome[i] === 1) {
        if (value < min1) min1 = value;
        if (value > max1) max1 = value;
      } else {
        if (value < min0) min0 = value;
        if (value > max0) max0 = value;
      }
    }
    // A constant column (the intercept) separates nothing; an outcome of one kind only is found elsewhere.
    if (Math.min(min0, min1) === Math.max(max0, max1) || min0 === Infinity || min1 === Infinity) continue;
    if (max0 <= min1) return { name: design.names[j], higher: true };
    if (max1 <= min0) return { name: design.names[j], higher: false };
  }
  return null;
}

/**
 * Fits the model; `modelName` names it in messages (e.g. "model of being served").
 * A design whose columns are linearly dependent gives #VALUE!; separation (a fitted probability
 * within 1e-10 of 0 or 1) or no convergence in 100 iterations gives #N/A naming the likely column.
 */
export function fitLogistic(design: Design, outcome: Float64Array, modelName: MessageValue): LogisticFit {
  const p = design.columns.length;
  const separating = separatingColumn(design, outcome);
  if (separating)
    throw notEnoughData("guards.separatingColumn", {
      model: modelName,
      column: separating.name,
      direction: separating.higher
        ? { de: "mindestens so hoch ist wie der", en: "at least as high as" }
        : { de: "höchstens so hoch ist wie der", en: "no higher than" },
    });
  const x = rowMajor(design);
  let coefficients = new Array<number>(p).fill(0);
  let current = evaluate(x, p, outcome, coefficients, new Float64Array(outcome.length));
  let converged = false;
  let iterations = 0;
  while (!converged && iterations < maximumIterations) {
    iterations++;
    const inverse = inverseOrNull(current.information);
    if (inverse === null) {
      if (iterations === 1) throw invalidValue("engine.linearlyDependent", { model: modelName });
      throw separation(design, coefficients, message("engine.separation.unbounded"), modelName);
    }
    const step = inverse.map((row) => row.reduce((sum, entry, k) => sum + entry * current.score[k], 0));
    let candidate = coefficients.map((value, j) => value + step[j]);
    let next = evaluate(x, p, outcome, candidate, new Float64Array(outcome.length));
    // Newton's step on a concave log-likelihood rarely overshoots; when it does, halve it (as glm.fit does for an infinite deviance).
    for (let halving = 0; halving < 30 && !(next.deviance <= current.deviance * (1 + 1e-12)); halving++) {
      for (let j = 0; j < p; j++) step[j] /= 2;
      candidate = coefficients.map((value, j) => value + step[j]);
      next = evaluate(x, p, outcome, candidate, new Float64Array(outcome.length));
    }
    converged = Math.abs(next.deviance - current.deviance) / (Math.abs(next.deviance) + 0.1) < convergenceTolerance;
    coefficients = candidate;
    current = next;
  }
  if (!converged)
    throw separation(design, coefficients, message("engine.separation.noConvergence", { iterations: maximumIterations }), modelName);
  for (let i = 0; i < current.fitted.length; i++) {
    const probability = current.fitted[i];
    if (probability < separationMargin || probability > 1 - separationMargin) {
      throw separation(design, coefficients, message("engine.separation.certain"), modelName);
    }
  }
  const covariance = inverseOrNull(current.information);
  if (covariance === null) throw separation(design, coefficients, message("engine.separation.singular"), modelName);
  return { coefficients, covariance, fitted: current.fitted, deviance: current.deviance, iterations };
}
