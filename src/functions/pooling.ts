import { inputErrorOf } from "../engine/errors";
import { PoolingError, pooledEffect, rateDifferences, type PooledEffect, type PoolingOptions, type SiteEstimates } from "../engine/pooling";
import { excelResult } from "./excelErrors";
import { pooledCountsOutputs, pooledOutputs, outputKeys, type OutputCatalogue, type PooledKey } from "./outputs";
import { confidenceOf, intervalOf, methodOf, outputOf, siteCounts, siteEstimates, type PooledSites } from "./poolingCells";
import { poolingMessages } from "./poolingMessages";
import { catalogueResult } from "./resultTable";

/* PREVENT.POOLED.COUNTS, PREVENT.POOLED and PREVENT.POOLED.WEIGHTS: one effect pooled across
   sites by random effects (DESIGN §3.7), as metafor's rma computes it. */

const defaultConfidence = 0.95;

function options(method: unknown, interval: unknown, confidence: unknown): PoolingOptions {
  return { method: methodOf(method), interval: intervalOf(interval), confidence: confidenceOf(confidence, defaultConfidence) };
}

/** The engine's coded failures in the display language. */
function pooled(sites: SiteEstimates, chosen: PoolingOptions): PooledEffect {
  try {
    return pooledEffect(sites, chosen);
  } catch (error) {
    if (!(error instanceof PoolingError)) throw error;
    throw inputErrorOf(error.problem, error.reason === "no-convergence" ? poolingMessages.noConvergence() : poolingMessages.outOfReach());
  }
}

function pooledResult(catalogue: OutputCatalogue<PooledKey>, result: PooledEffect, confidence: number, output: unknown): any[][] {
  const key = outputOf(output, outputKeys(catalogue));
  const values: Record<PooledKey, number | null> = {
    estimate: result.estimate,
    se: result.standardError,
    lower: result.lower,
    upper: result.upper,
    p_value: result.pValue,
    tau2: result.tau2,
    i2: result.i2,
    q: result.q,
    q_p_value: result.qPValue,
    pi_lower: result.predictionLower,
    pi_upper: result.predictionUpper,
    k: result.k,
  };
  return catalogueResult(catalogue, values, key, { confidence }, { p_value: poolingMessages.noPValue() });
}

function countsPooled(
  events_treated: unknown,
  n_treated: unknown,
  events_control: unknown,
  n_control: unknown,
  method: unknown,
  interval: unknown,
  confidence: unknown,
): { sites: PooledSites<unknown>; result: PooledEffect; chosen: PoolingOptions } {
  const sites = siteCounts({ events_treated, n_treated, events_control, n_control });
  const chosen = options(method, interval, confidence);
  return { sites, result: pooled(rateDifferences(sites.data), chosen), chosen };
}

/**
 * Pools the difference of two rates (treated − control) across sites — cities, services, years —
 * from each site's counts, by random effects: per site the rate difference and its variance
 * (a site with a zero cell gets 1/2 added to each of its four cells), τ² by REML or
 * DerSimonian–Laird, the interval by Hartung–Knapp or the normal distribution, with Q, I² and
 * the prediction interval for a further site.
 * @customfunction POOLED.COUNTS
 * @param events_treated Per site (one row each): people in the treated group who had the event.
 * @param n_treated Per site: people in the treated group.
 * @param events_control Per site: people in the control group who had the event.
 * @param n_control Per site: people in the control group.
 * @param [method] How the variance between sites is estimated: "REML" (default) or "DL" (DerSimonian–Laird).
 * @param [interval] "HK" (default; Hartung–Knapp, t with k − 1 degrees of freedom) or "normal".
 * @param [confidence] Confidence level of the intervals, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: estimate, se, lower, upper, p_value, tau2, i2, q, q_p_value, pi_lower, pi_upper or k.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function pooledCounts(
  events_treated: any[][],
  n_treated: any[][],
  events_control: any[][],
  n_control: any[][],
  method?: string,
  interval?: string,
  confidence?: number,
  output?: string,
): any[][] {
  return excelResult(() => {
    const { result, chosen } = countsPooled(events_treated, n_treated, events_control, n_control, method, interval, confidence);
    return pooledResult(pooledCountsOutputs, result, chosen.confidence, output);
  });
}

/**
 * Pools any per-site estimate (a mean difference, an adjusted difference) with its standard error
 * across sites by random effects, as PREVENT.POOLED.COUNTS does with rate differences.
 * @customfunction POOLED
 * @param estimates Per site (one row each): the estimate.
 * @param standard_errors Per site: the standard error of its estimate (greater than 0).
 * @param [method] How the variance between sites is estimated: "REML" (default) or "DL" (DerSimonian–Laird).
 * @param [interval] "HK" (default; Hartung–Knapp, t with k − 1 degrees of freedom) or "normal".
 * @param [confidence] Confidence level of the intervals, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: estimate, se, lower, upper, p_value, tau2, i2, q, q_p_value, pi_lower, pi_upper or k.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function pooledEstimates(
  estimates: any[][],
  standard_errors: any[][],
  method?: string,
  interval?: string,
  confidence?: number,
  output?: string,
): any[][] {
  return excelResult(() => {
    const sites = siteEstimates({ estimates, standard_errors });
    const chosen = options(method, interval, confidence);
    return pooledResult(pooledOutputs, pooled(sites.data, chosen), chosen.confidence, output);
  });
}

/**
 * Spills each site's weight in the pooled difference of PREVENT.POOLED.COUNTS, in percent (they
 * add up to 100): one cell per row of the ranges, an empty cell for a row without a site.
 * @customfunction POOLED.WEIGHTS
 * @param events_treated Per site (one row each): people in the treated group who had the event.
 * @param n_treated Per site: people in the treated group.
 * @param events_control Per site: people in the control group who had the event.
 * @param n_control Per site: people in the control group.
 * @param [method] How the variance between sites is estimated: "REML" (default) or "DL" (DerSimonian–Laird).
 * @param [interval] "HK" (default) or "normal"; the weights are the same for both.
 * @param [confidence] Confidence level (default 0.95); the weights do not depend on it.
 * @returns One column of weights in percent, one per row of the ranges.
 */
export function pooledWeights(
  events_treated: any[][],
  n_treated: any[][],
  events_control: any[][],
  n_control: any[][],
  method?: string,
  interval?: string,
  confidence?: number,
): any[][] {
  return excelResult(() => {
    const { sites, result } = countsPooled(events_treated, n_treated, events_control, n_control, method, interval, confidence);
    const column: (number | string)[][] = Array.from({ length: sites.cells }, () => [""]);
    sites.indexOfSite.forEach((index, s) => (column[index][0] = result.weightsPercent[s]));
    return column;
  });
}
