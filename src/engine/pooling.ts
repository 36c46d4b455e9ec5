/**
 * Random-effects pooling of one effect across sites (municipalities, services, years), as
 * DESIGN §3.7 and metafor 3.8's rma.uni compute it for a model with an intercept only:
 * τ² by REML (Fisher scoring) or DerSimonian–Laird, intervals by Hartung–Knapp or the normal
 * distribution, Cochran's Q, I², and the prediction interval for a new site.
 */
import { chiSquareUpperTail } from "./chiSquare";
import { requireConfidence } from "./checks";
import { normalCriticalValue, studentTCriticalValue, twoSidedNormalPValue, twoSidedStudentTPValue } from "./distributions";
import { InputError, type InputProblem } from "./errors";
import type { MessageKey, ValuesArgument } from "../shared/message";

export type HeterogeneityMethod = "REML" | "DL";
export type PooledInterval = "HK" | "normal";

export interface PoolingOptions {
  method: HeterogeneityMethod;
  interval: PooledInterval;
  confidence: number;
}

/** What the consolidation's native formulas compute: DerSimonian–Laird with Hartung–Knapp. */
export const closedFormPooling: Omit<PoolingOptions, "confidence"> = { method: "DL", interval: "HK" };

/** Per site: its estimate and the variance of that estimate. */
export interface SiteEstimates {
  estimates: Float64Array;
  variances: Float64Array;
}

export interface PooledEffect {
  estimate: number;
  standardError: number;
  lower: number;
  upper: number;
  /** Two-sided; null when estimate and standard error are both 0 (no test statistic). */
  pValue: number | null;
  tau2: number;
  /** Share of the total variance due to heterogeneity (metafor's I², as 0–1). */
  i2: number;
  q: number;
  qPValue: number;
  predictionLower: number;
  predictionUpper: number;
  k: number;
  /** Each site's random-effects weight in percent of their sum. */
  weightsPercent: Float64Array;
  /** Fisher scoring steps for REML (0 for DL). */
  iterations: number;
}

export type PoolingProblemCode = "too-few-sites" | "no-convergence" | "out-of-reach";

/** A pooling failure with a code, so that the edges can say it in the user's language. */
export class PoolingError<K extends MessageKey = MessageKey> extends InputError<K> {
  constructor(
    problem: InputProblem,
    readonly reason: PoolingProblemCode,
    code: K,
    ...values: ValuesArgument<K>
  ) {
    super(problem, code, ...values);
    this.name = "PoolingError";
  }
}

/** Convergence of REML: the change of τ² between steps (metafor's `threshold`). */
export const remlThreshold = 1e-12;
const remlMaximumSteps = 1000;
/** metafor's `tol` for its check that REML did not stop below the likelihood at τ² = 0. */
const likelihoodTolerance = Math.pow(2, -52) ** 0.25;

/** Sums of the weights wᵢ = 1/(vᵢ + τ²) that every step needs. */
interface WeightedSums {
  sumW: number;
  mean: number;
  /** Σ wᵢ (yᵢ − μ)². */
  residual: number;
}

function weightedSums(y: Float64Array, v: Float64Array, tau2: number): WeightedSums {
  let sumW = 0;
  let sumWY = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / (v[i] + tau2);
    sumW += w;
    sumWY += w * y[i];
  }
  const mean = sumWY / sumW;
  let residual = 0;
  for (let i = 0; i < y.length; i++) {
    const r = y[i] - mean;
    residual += (r * r) / (v[i] + tau2);
  }
  return { sumW, mean, residual };
}

/**
 * One Fisher scoring step of REML for an intercept-only model, with P = W − w wᵀ/Σw:
 * (yᵀPPy − tr P) / tr PP, written out in sums (metafor's adj).
 */
function remlStep(y: Float64Array, v: Float64Array, tau2: number): number {
  const { sumW, mean } = weightedSums(y, v, tau2);
  let sumW2 = 0;
  let sumW3Share = 0;
  let sumW2R2 = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / (v[i] + tau2);
    const w2 = w * w;
    const r = y[i] - mean;
    sumW2 += w2;
    sumW3Share += w2 * (w / sumW);
    sumW2R2 += w2 * r * r;
  }
  const traceP = sumW - sumW2 / sumW;
  const ratio = sumW2 / sumW;
  const tracePP = sumW2 - 2 * sumW3Share + ratio * ratio;
  return (sumW2R2 - traceP) / tracePP;
}

/** The restricted log-likelihood up to a constant: −½ Σ log(vᵢ + τ²) − ½ log Σwᵢ − ½ Σwᵢ(yᵢ − μ)². */
function restrictedLogLikelihood(y: Float64Array, v: Float64Array, tau2: number): number {
  const { sumW, residual } = weightedSums(y, v, tau2);
  let logDeterminant = 0;
  for (let i = 0; i < v.length; i++) logDeterminant += Math.log(v[i] + tau2);
  return -0.5 * logDeterminant - 0.5 * Math.log(sumW) - 0.5 * residual;
}

/** τ² by REML as metafor finds it: from the Hedges estimate, Fisher scoring with step halving at 0. */
function remlTau2(y: Float64Array, v: Float64Array): { tau2: number; iterations: number } {
  const k = y.length;
  let mean = 0;
  let sumV = 0;
  for (let i = 0; i < k; i++) {
    mean += y[i];
    sumV += v[i];
  }
  mean /= k;
  let squares = 0;
  for (let i = 0; i < k; i++) squares += (y[i] - mean) ** 2;
  let tau2 = Math.max(0, (squares - sumV * (1 - 1 / k)) / (k - 1));
  let change = Infinity;
  let iterations = 0;
  while (change > remlThreshold) {
    if (++iterations > remlMaximumSteps) {
      throw new PoolingError("not-enough-data", "no-convergence", "pooling.noConvergence", { steps: remlMaximumSteps });
    }
    let step = remlStep(y, v, tau2);
    if (Number.isNaN(step)) step = 0;
    if (tau2 === 0 && step < 0) step = 0;
    while (tau2 + step < 0) step /= 2;
    const previous = tau2;
    tau2 += step;
    change = Math.abs(tau2 - previous);
  }
  if (tau2 > remlThreshold && restrictedLogLikelihood(y, v, 0) - restrictedLogLikelihood(y, v, tau2) > likelihoodTolerance) {
    tau2 = 0;
  }
  return { tau2, iterations };
}

/** Cochran's Q with fixed-effect weights 1/vᵢ, and Σwᵢ − Σwᵢ²/Σwᵢ (the trace of P at τ² = 0). */
function fixedEffectHeterogeneity(y: Float64Array, v: Float64Array): { q: number; traceP: number } {
  let sumW = 0;
  let sumWY = 0;
  for (let i = 0; i < y.length; i++) {
    sumW += 1 / v[i];
    sumWY += y[i] / v[i];
  }
  const mean = sumWY / sumW;
  let q = 0;
  let sumW2Share = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / v[i];
    q += w * (y[i] - mean) * (y[i] - mean);
    sumW2Share += w * (w / sumW);
  }
  return { q, traceP: sumW - sumW2Share };
}

/** Checks what the engine is handed directly (the Excel adapters check cells first, in the user's language). */
function requireSites({ estimates, variances }: SiteEstimates): void {
  if (estimates.length !== variances.length) {
    throw new PoolingError("invalid-value", "out-of-reach", "pooling.lengthsDiffer", {
      estimates: estimates.length,
      variances: variances.length,
    });
  }
  if (estimates.length < 2) {
    throw new PoolingError("not-enough-data", "too-few-sites", "pooling.tooFewSites", { sites: estimates.length });
  }
  for (let i = 0; i < estimates.length; i++) {
    if (!Number.isFinite(estimates[i]) || !(variances[i] > 0) || !Number.isFinite(variances[i])) {
      throw new PoolingError("invalid-value", "out-of-reach", "pooling.siteOutOfReach", {
        site: i + 1,
        estimate: estimates[i],
        variance: variances[i],
      });
    }
  }
}

/** Random-effects pooling of per-site estimates with their variances (DESIGN §3.7). */
export function pooledEffect(sites: SiteEstimates, options: PoolingOptions): PooledEffect {
  requireSites(sites);
  requireConfidence(options.confidence);
  const { estimates: y, variances: v } = sites;
  const k = y.length;
  const { q, traceP } = fixedEffectHeterogeneity(y, v);
  let tau2: number;
  let iterations = 0;
  if (options.method === "DL") {
    tau2 = Math.max(0, (q - (k - 1)) / traceP);
  } else {
    ({ tau2, iterations } = remlTau2(y, v));
  }
  const { sumW, mean, residual } = weightedSums(y, v, tau2);
  const hartungKnapp = options.interval === "HK";
  // metafor sets the Hartung–Knapp factor to 0 when the weighted residual is within rounding of 0.
  const variance = hartungKnapp ? (residual <= Math.pow(2, -52) ? 0 : residual / (k - 1)) / sumW : 1 / sumW;
  const standardError = Math.sqrt(variance);
  const critical = hartungKnapp ? studentTCriticalValue(options.confidence, k - 1) : normalCriticalValue(options.confidence);
  const statistic = mean / standardError;
  const pValue = Number.isNaN(statistic) ? null : hartungKnapp ? twoSidedStudentTPValue(statistic, k - 1) : twoSidedNormalPValue(statistic);
  const predictionHalfWidth = critical * Math.sqrt(variance + tau2);
  const typicalVariance = (k - 1) / traceP;
  const weightsPercent = new Float64Array(k);
  for (let i = 0; i < k; i++) weightsPercent[i] = 100 / (v[i] + tau2) / sumW;
  const result: PooledEffect = {
    estimate: mean,
    standardError,
    lower: mean - critical * standardError,
    upper: mean + critical * standardError,
    pValue,
    tau2,
    i2: tau2 / (typicalVariance + tau2),
    q,
    qPValue: chiSquareUpperTail(q, k - 1),
    predictionLower: mean - predictionHalfWidth,
    predictionUpper: mean + predictionHalfWidth,
    k,
    weightsPercent,
    iterations,
  };
  const numbers = [result.estimate, result.standardError, result.lower, result.upper, tau2, result.i2, q, result.qPValue];
  if (!numbers.every(Number.isFinite) || !Number.isFinite(predictionHalfWidth)) {
    throw new PoolingError("invalid-value", "out-of-reach", "pooling.outOfReach");
  }
  return result;
}

/** Events and people of both groups at each site. */
export interface SiteCounts {
  eventsTreated: Float64Array;
  nTreated: Float64Array;
  eventsControl: Float64Array;
  nControl: Float64Array;
}

/**
 * Per site the rate difference (treated − control) and its variance, as metafor's
 * escalc(measure = "RD") with its defaults: a site with a zero cell (no event or only events in a
 * group) gets 1/2 added to each of its four cells, so each of its groups grows by 1.
 */
export function rateDifferences(counts: SiteCounts): SiteEstimates {
  const k = counts.eventsTreated.length;
  const estimates = new Float64Array(k);
  const variances = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let a = counts.eventsTreated[i];
    let n1 = counts.nTreated[i];
    let c = counts.eventsControl[i];
    let n2 = counts.nControl[i];
    if (a === 0 || a === n1 || c === 0 || c === n2) {
      a += 0.5;
      c += 0.5;
      n1 += 1;
      n2 += 1;
    }
    const p1 = a / n1;
    const p2 = c / n2;
    estimates[i] = p1 - p2;
    variances[i] = (p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2;
  }
  return { estimates, variances };
}

/** Rate differences pooled across sites: rateDifferences, then pooledEffect. */
export function pooledRateDifference(counts: SiteCounts, options: PoolingOptions): PooledEffect {
  return pooledEffect(rateDifferences(counts), options);
}
