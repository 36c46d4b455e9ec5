import { requireConfidence } from "./checks";
import { normalCdf, normalQuantile } from "./distributions";
import { invalidValue, notEnoughData } from "./errors";
import { message, type MessageValue } from "../shared/message";
import { fitLogistic, logistic, type Design } from "./logisticRegression";
import { inverseOrNull, quadraticForm } from "./matrixInverse";

/*
 * Comparable groups (DESIGN §3.6): are the served and the comparison group alike in measured
 * covariates (balance), the weights that make the comparison group resemble the served, and the
 * effect on the served adjusted for the covariates, by regression or by weighting.
 * The inputs are complete cases only: the caller has dropped every row with a blank.
 */

export interface ComparableGroups {
  /** 1 = served, 0 = comparison group, one entry per person. */
  group: Float64Array;
  /** One array per covariate, one entry per person. */
  covariates: Float64Array[];
  /** How each covariate is named in a message, e.g. "covariates: column 2". */
  covariateNames: MessageValue[];
}

export interface BalanceRow {
  meanTreated: number;
  meanControl: number;
  /** null when both groups have no spread (or one person only). */
  standardisedMeanDifference: number | null;
  /** null when a group's weighted variance is 0 or undefined. */
  varianceRatio: number | null;
}

export type AdjustmentMethod = "regression" | "weighting";

export interface AdjustedEffect {
  method: AdjustmentMethod;
  rateTreated: number;
  rateControlAdjusted: number;
  /** rateTreated − rateControlAdjusted. */
  difference: number;
  standardError: number;
  lower: number;
  upper: number;
  /** null when the standard error is 0. */
  pValue: number | null;
  /** −1 / difference; null when the difference is 0. */
  numberNeededToTreat: number | null;
  nTreated: number;
  nControl: number;
  /** (Σw)² / Σw² over the comparison group; only for weighting. */
  effectiveNControl: number | null;
  /** rateTreated ÷ rateControlAdjusted with its interval by the delta method on the log scale; null when a rate is 0. */
  riskRatio: number | null;
  rrLower: number | null;
  rrUpper: number | null;
}

function groupSizes(group: Float64Array): { nTreated: number; nControl: number } {
  let nTreated = 0;
  for (let i = 0; i < group.length; i++) nTreated += group[i];
  return { nTreated, nControl: group.length - nTreated };
}

function requireBothGroups(group: Float64Array): { nTreated: number; nControl: number } {
  const sizes = groupSizes(group);
  if (sizes.nTreated === 0) throw notEnoughData("engine.noServed");
  if (sizes.nControl === 0) throw notEnoughData("engine.noComparison");
  return sizes;
}

function requireEnoughRows(rows: number, parameters: number, modelName: MessageValue): void {
  if (rows < parameters + 1) {
    throw notEnoughData("engine.tooFewRows", { model: modelName, rows, parameters, needed: parameters + 1 });
  }
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isConstant(column: Float64Array): boolean {
  for (let i = 1; i < column.length; i++) if (column[i] !== column[0]) return false;
  return true;
}

/** A covariate that is the same for everyone, or the same as another covariate, cannot be adjusted for. */
function requireUsableCovariates(data: ComparableGroups): void {
  data.covariates.forEach((column, j) => {
    const name = data.covariateNames[j];
    if (isConstant(column)) throw invalidValue("engine.constantCovariate", { name });
    for (let k = 0; k < j; k++) {
      if (sameValues(column, data.covariates[k])) {
        throw invalidValue("engine.repeatedCovariate", { name, other: data.covariateNames[k] });
      }
    }
  });
}

function ones(rows: number): Float64Array {
  return new Float64Array(rows).fill(1);
}

// --- balance -------------------------------------------------------------------------------------

interface WeightedMoments {
  mean: number;
  /** Σw(x − m)² / (Σw − Σw²/Σw); NaN when undefined. */
  variance: number;
}

function weightedMoments(values: Float64Array, group: Float64Array, member: number, weights: Float64Array): WeightedMoments {
  let sumWeights = 0;
  let sumSquaredWeights = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (group[i] !== member) continue;
    const w = weights[i];
    sumWeights += w;
    sumSquaredWeights += w * w;
    sum += w * values[i];
  }
  const mean = sum / sumWeights;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    if (group[i] === member) squares += weights[i] * (values[i] - mean) ** 2;
  }
  return { mean, variance: squares / (sumWeights - sumSquaredWeights / sumWeights) };
}

function tooLarge(name: MessageValue) {
  return invalidValue("engine.covariateTooLarge", { name });
}

function definedOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * Per covariate: the weighted mean in each group, the standardised mean difference with the
 * unweighted pooled standard deviation √((s²_served + s²_comparison)/2) (so weighting cannot shrink
 * the yardstick), and the ratio of the weighted variances served ÷ comparison.
 */
export function balance(data: ComparableGroups, weights: Float64Array | null): BalanceRow[] {
  requireBothGroups(data.group);
  const unit = ones(data.group.length);
  const used = weights ?? unit;
  for (const member of [1, 0]) {
    let total = 0;
    for (let i = 0; i < used.length; i++) if (data.group[i] === member) total += used[i];
    if (!(total > 0)) {
      throw invalidValue(member === 1 ? "engine.weightsZero.served" : "engine.weightsZero.comparison");
    }
  }
  return data.covariates.map((values, j) => {
    const treated = weightedMoments(values, data.group, 1, used);
    const control = weightedMoments(values, data.group, 0, used);
    if (!Number.isFinite(treated.mean) || !Number.isFinite(control.mean)) throw tooLarge(data.covariateNames[j]);
    const spreadTreated = weights === null ? treated.variance : weightedMoments(values, data.group, 1, unit).variance;
    const spreadControl = weights === null ? control.variance : weightedMoments(values, data.group, 0, unit).variance;
    const pooled = Math.sqrt((spreadTreated + spreadControl) / 2);
    return {
      meanTreated: treated.mean,
      meanControl: control.mean,
      standardisedMeanDifference: pooled > 0 ? definedOrNull((treated.mean - control.mean) / pooled) : null,
      varianceRatio: control.variance > 0 ? definedOrNull(treated.variance / control.variance) : null,
    };
  });
}

// --- weights -------------------------------------------------------------------------------------

const propensityModel = message("engine.model.served");

/**
 * 1 for the served, e/(1 − e) for the comparison group, with e the fitted probability of being
 * served from a logistic regression of group on an intercept and the covariates.
 */
export function propensityWeights(data: ComparableGroups): Float64Array {
  requireBothGroups(data.group);
  requireUsableCovariates(data);
  const design: Design = {
    columns: [ones(data.group.length), ...data.covariates],
    names: [message("engine.separation.intercept"), ...data.covariateNames],
  };
  requireEnoughRows(data.group.length, design.columns.length, propensityModel);
  const fit = fitLogistic(design, data.group, propensityModel);
  const weights = new Float64Array(data.group.length);
  for (let i = 0; i < weights.length; i++) {
    const e = fit.fitted[i];
    weights[i] = data.group[i] === 1 ? 1 : e / (1 - e);
  }
  return weights;
}

// --- adjusted effect -----------------------------------------------------------------------------

interface Estimate {
  rateTreated: number;
  rateControlAdjusted: number;
  standardError: number;
  effectiveNControl: number | null;
  /** Standard error of log(rateTreated / rateControlAdjusted) by the delta method; NaN when a rate is 0. */
  logRatioStandardError: number;
}

function requireBinaryOutcome(outcome: Float64Array): void {
  let events = 0;
  for (let i = 0; i < outcome.length; i++) events += outcome[i];
  if (events === 0 || events === outcome.length) {
    throw notEnoughData(events === 0 ? "engine.outcomeNoEvent" : "engine.outcomeAllEvent");
  }
}

/**
 * Regression: outcome on intercept, group and covariates. Over the served, the mean fitted
 * probability with group set to 1 and to 0; standard error by the delta method with R's vcov.
 */
function byRegression(data: ComparableGroups, outcome: Float64Array): Estimate {
  const modelName = message("engine.model.outcome");
  const design: Design = {
    columns: [ones(data.group.length), data.group, ...data.covariates],
    names: [message("engine.separation.intercept"), "group", ...data.covariateNames],
  };
  requireEnoughRows(outcome.length, design.columns.length, modelName);
  const fit = fitLogistic(design, outcome, modelName);
  const [intercept, groupEffect, ...slopes] = fit.coefficients;
  const k = slopes.length;
  // gradients of mean p1 and mean p0 with respect to (intercept, group, covariates)
  const gradientTreated = new Float64Array(2 + k);
  const gradientControl = new Float64Array(2 + k);
  let sumTreated = 0;
  let sumControl = 0;
  let served = 0;
  for (let i = 0; i < outcome.length; i++) {
    if (data.group[i] !== 1) continue;
    served++;
    let eta0 = intercept;
    for (let j = 0; j < k; j++) eta0 += slopes[j] * data.covariates[j][i];
    const p1 = logistic(eta0 + groupEffect);
    const p0 = logistic(eta0);
    sumTreated += p1;
    sumControl += p0;
    const slope1 = p1 * (1 - p1);
    const slope0 = p0 * (1 - p0);
    gradientTreated[0] += slope1;
    gradientTreated[1] += slope1;
    gradientControl[0] += slope0;
    for (let j = 0; j < k; j++) {
      gradientTreated[2 + j] += slope1 * data.covariates[j][i];
      gradientControl[2 + j] += slope0 * data.covariates[j][i];
    }
  }
  const rateTreated = sumTreated / served;
  const rateControlAdjusted = sumControl / served;
  const gradient = gradientTreated.map((g1, j) => (g1 - gradientControl[j]) / served);
  // log(r1 / r0): ∇r1 / r1 − ∇r0 / r0
  const logGradient = gradientTreated.map((g1, j) => g1 / served / rateTreated - gradientControl[j] / served / rateControlAdjusted);
  return {
    rateTreated,
    rateControlAdjusted,
    standardError: Math.sqrt(quadraticForm(fit.covariance, gradient)),
    effectiveNControl: null,
    logRatioStandardError: Math.sqrt(quadraticForm(fit.covariance, logGradient)),
  };
}

/**
 * Weighting: the propensity weights; the weighted least-squares fit of outcome on intercept and
 * group, with the HC0 sandwich variance (X'WX)⁻¹ (Σ w²e² x x') (X'WX)⁻¹ of the group coefficient,
 * as R's sandwich::vcovHC(lm(y ~ g, weights = w), type = "HC0").
 */
function byWeighting(data: ComparableGroups, outcome: Float64Array): Estimate {
  const weights = propensityWeights(data);
  const { group } = data;
  let sumTreated = 0;
  let nTreated = 0;
  let sumWeights = 0;
  let sumSquaredWeights = 0;
  let sumWeightedOutcome = 0;
  for (let i = 0; i < outcome.length; i++) {
    if (group[i] === 1) {
      sumTreated += outcome[i];
      nTreated++;
    } else {
      sumWeights += weights[i];
      sumSquaredWeights += weights[i] ** 2;
      sumWeightedOutcome += weights[i] * outcome[i];
    }
  }
  const rateTreated = sumTreated / nTreated;
  const rateControlAdjusted = sumWeightedOutcome / sumWeights;
  // X = (1, g): X'WX and the meat Σ (w e)² x x', e the residual from the fitted group mean.
  const bread = [
    [sumWeights + nTreated, nTreated],
    [nTreated, nTreated],
  ];
  const meat = [
    [0, 0],
    [0, 0],
  ];
  for (let i = 0; i < outcome.length; i++) {
    const g = group[i];
    const w = weights[i];
    const score = (w * (outcome[i] - (g === 1 ? rateTreated : rateControlAdjusted))) ** 2;
    meat[0][0] += score;
    meat[0][1] += score * g;
    meat[1][1] += score * g;
  }
  meat[1][0] = meat[0][1];
  const inverse = inverseOrNull(bread);
  if (inverse === null) throw notEnoughData("engine.noComparisonAfterWeighting");
  // the group coefficient's variance: row 2 of (X'WX)⁻¹ on both sides of the meat
  const variance = quadraticForm(meat, inverse[1]);
  // log(r1 / r0) with r0 the intercept and r1 intercept + group: gradient h, variance (B⁻¹h)' meat (B⁻¹h)
  const h = [1 / rateTreated - 1 / rateControlAdjusted, 1 / rateTreated];
  const spread = [0, 1].map((row) => inverse[row][0] * h[0] + inverse[row][1] * h[1]);
  return {
    rateTreated,
    rateControlAdjusted,
    standardError: Math.sqrt(variance),
    effectiveNControl: (sumWeights * sumWeights) / sumSquaredWeights,
    logRatioStandardError: Math.sqrt(quadraticForm(meat, spread)),
  };
}

/** The effect on the served, adjusted for the covariates, with a normal interval and p-value. */
export function adjustedEffect(
  data: ComparableGroups,
  outcome: Float64Array,
  method: AdjustmentMethod,
  confidence: number,
): AdjustedEffect {
  requireConfidence(confidence);
  const sizes = requireBothGroups(data.group);
  requireBinaryOutcome(outcome);
  requireUsableCovariates(data);
  const estimate = method === "regression" ? byRegression(data, outcome) : byWeighting(data, outcome);
  if (![estimate.rateTreated, estimate.rateControlAdjusted, estimate.standardError].every(Number.isFinite)) {
    throw notEnoughData("engine.noFiniteEstimate", { method });
  }
  const difference = estimate.rateTreated - estimate.rateControlAdjusted;
  const z = normalQuantile((1 + confidence) / 2);
  const se = estimate.standardError;
  const ratio = estimate.rateTreated / estimate.rateControlAdjusted;
  const logSe = estimate.logRatioStandardError;
  const ratioDefined = estimate.rateTreated > 0 && estimate.rateControlAdjusted > 0 && Number.isFinite(ratio) && Number.isFinite(logSe);
  return {
    method,
    rateTreated: estimate.rateTreated,
    rateControlAdjusted: estimate.rateControlAdjusted,
    difference,
    standardError: se,
    lower: difference - z * se,
    upper: difference + z * se,
    pValue: se > 0 ? 2 * normalCdf(-Math.abs(difference / se)) : null,
    numberNeededToTreat: difference !== 0 ? -1 / difference : null,
    ...sizes,
    effectiveNControl: estimate.effectiveNControl,
    riskRatio: ratioDefined ? ratio : null,
    rrLower: ratioDefined ? ratio * Math.exp(-z * logSe) : null,
    rrUpper: ratioDefined ? ratio * Math.exp(z * logSe) : null,
  };
}
