import { requireConfidence, requireCount } from "./checks";
import { normalCriticalValue, twoSidedNormalPValue } from "./distributions";
import { invalidValue, notEnoughData } from "./errors";

/** How many people a group has and how many of them had the event (e.g. moved into a care home). */
export interface EventCount {
  events: number;
  n: number;
}

export interface ConfidenceInterval {
  lower: number;
  upper: number;
}

/** Beyond this many people per group the exact test would take seconds; no planning cohort is this large. */
export const largestGroup = 1e9;

/** Checks aggregate counts as typed by a user: whole numbers, events ≤ n, n within reach of the exact test. */
export function requireEventCount(events: number, n: number, eventsArgument: string, nArgument: string): EventCount {
  requireCount(events, eventsArgument);
  requireCount(n, nArgument);
  if (n > largestGroup) {
    throw invalidValue("engine.groupTooLarge", { argument: nArgument, value: n });
  }
  if (events > n) throw invalidValue("engine.eventsAboveN", { argument: eventsArgument, events, nArgument, n });
  return { events, n };
}

/**
 * Wilson's score interval for one rate, without continuity correction (Wilson 1927; R:
 * prop.test(x, n, correct = FALSE)$conf.int). Exactly 0 and 1 at the boundaries, as R returns them.
 */
export function wilsonInterval({ events, n }: EventCount, confidence: number): ConfidenceInterval {
  const z = normalCriticalValue(confidence);
  const rate = events / n;
  const zSquaredOverN = (z * z) / n;
  const centre = rate + zSquaredOverN / 2;
  const halfWidth = z * Math.sqrt((rate * (1 - rate)) / n + zSquaredOverN / (4 * n));
  const denominator = 1 + zSquaredOverN;
  return {
    lower: events === 0 ? 0 : (centre - halfWidth) / denominator,
    upper: events === n ? 1 : (centre + halfWidth) / denominator,
  };
}

/**
 * Newcombe's hybrid score interval for the difference of two independent rates, treated minus
 * control (Newcombe 1998, Statistics in Medicine 17:873–890, method 10): each side combines the
 * distances from the two rates to their Wilson bounds.
 */
export function newcombeInterval(treated: EventCount, control: EventCount, confidence: number): ConfidenceInterval {
  const rateTreated = treated.events / treated.n;
  const rateControl = control.events / control.n;
  const difference = rateTreated - rateControl;
  const wilsonTreated = wilsonInterval(treated, confidence);
  const wilsonControl = wilsonInterval(control, confidence);
  return {
    lower: difference - Math.hypot(rateTreated - wilsonTreated.lower, wilsonControl.upper - rateControl),
    upper: difference + Math.hypot(wilsonTreated.upper - rateTreated, rateControl - wilsonControl.lower),
  };
}

/**
 * Two-sided p-value of the two-proportion z-test with pooled variance, the same as Pearson's
 * chi-square test without continuity correction (R: prop.test(correct = FALSE)). 1 when the
 * pooled rate is 0 or 1: with nobody or everybody having the event, the groups do not differ.
 */
export function twoProportionZTest(treated: EventCount, control: EventCount): number {
  const pooledRate = (treated.events + control.events) / (treated.n + control.n);
  if (pooledRate === 0 || pooledRate === 1) return 1;
  const difference = treated.events / treated.n - control.events / control.n;
  const standardError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / treated.n + 1 / control.n));
  return twoSidedNormalPValue(difference / standardError);
}

/** R's fisher.test counts a table as at least as extreme when its probability is within this factor. */
const fisherRelativeTolerance = 1 + 1e-7;

/**
 * Two-sided p-value of Fisher's exact test on the 2×2 table (events / no events × treated /
 * control), as R's fisher.test computes it: the probability, given all margins, of every table
 * whose probability is at most that of the observed one (× 1 + 1e-7).
 *
 * The number of events among the treated is hypergeometric. Its log probabilities come from
 * Loader's saddle-point formula (as R's dhyper), so any count is reached in one step; sums walk
 * outwards by the ratio of neighbouring terms and stop once the rest cannot change the result.
 * The work is bounded by about ten standard deviations of the distribution, whatever the groups' size.
 */
export function fisherExactTest(treated: EventCount, control: EventCount): number {
  const draws = treated.n;
  const events = treated.events + control.events;
  const nonEvents = treated.n + control.n - events;
  const lowest = Math.max(0, draws - nonEvents);
  const highest = Math.min(draws, events);
  if (lowest === highest) return 1;
  const mostLikely = Math.min(highest, Math.max(lowest, Math.floor(((draws + 1) * (events + 1)) / (events + nonEvents + 2))));
  // P(x + 1) / P(x) and P(x − 1) / P(x) for the hypergeometric distribution.
  const ratioUp = (x: number) => ((events - x) * (draws - x)) / ((x + 1) * (nonEvents - draws + x + 1));
  const ratioDown = (x: number) => (x * (nonEvents - draws + x)) / ((events - x + 1) * (draws - x + 1));
  // Parameters in R's order (dhyper(x, m = treated, n = control, k = events)): the rounding is R's too.
  const logAtMode = logHypergeometric(mostLikely, treated.n, control.n, events);
  /** P(x) / P(most likely count); 0 where R's exp(log density − max) underflows too. */
  const relative = (x: number) => Math.exp(logHypergeometric(x, treated.n, control.n, events) - logAtMode);

  const observed = treated.events;
  const threshold = relative(observed) * fisherRelativeTolerance;
  if (threshold === 0) return 0;
  const total = 1 + sumOutwards(mostLikely, 1, highest, 1, ratioUp) + sumOutwards(mostLikely, -1, lowest, 1, ratioDown);

  // The tables at most as likely as the observed one are the two tails beyond the innermost
  // counts whose probability is at most the threshold; P falls monotonically away from the mode.
  const innermost = (step: 1 | -1, end: number): number | null => {
    if (relative(end) > threshold) return null;
    let near = mostLikely; // P(near) > threshold unless near is the mode and the mode itself counts
    if (relative(near) <= threshold) return near;
    let far = end;
    while (Math.abs(far - near) > 1) {
      const middle = near + step * Math.floor(Math.abs(far - near) / 2);
      if (relative(middle) <= threshold) far = middle;
      else near = middle;
    }
    return far;
  };
  const tail = (step: 1 | -1, end: number, ratio: (x: number) => number): number => {
    const from = innermost(step, end);
    if (from === null) return 0;
    const first = relative(from);
    // The most likely count belongs to both sides; the upper side counts it.
    return (from === mostLikely && step === -1 ? 0 : first) + sumOutwards(from, step, end, first, ratio);
  };
  return Math.min(1, (tail(1, highest, ratioUp) + tail(-1, lowest, ratioDown)) / total);
}

/**
 * Σ P(x) / P(mode) for x beyond `from` (exclusive) up to `end`, starting from the term at `from`.
 * Outward ratios only shrink, so the rest after a term is at most term · ratio / (1 − ratio):
 * the walk stops when that is below 1e-17 of the sum so far (or the terms leave the normal range).
 */
function sumOutwards(from: number, step: 1 | -1, end: number, first: number, ratio: (x: number) => number): number {
  let sum = first;
  let term = first;
  for (let x = from; x !== end; x += step) {
    const next = ratio(x);
    term *= next;
    if (term < 1e-300) break;
    sum += term;
    if (next < 1 && term * next < 1e-17 * sum * (1 - next)) break;
  }
  return sum - first;
}

/** log P(X = x) for X ~ hypergeometric(white, black, drawn): R's dhyper(x, white, black, drawn, log = TRUE). */
export function logHypergeometric(x: number, white: number, black: number, drawn: number): number {
  const population = white + black;
  const p = drawn / population;
  const q = (population - drawn) / population;
  return logBinomialRaw(x, white, p, q) + logBinomialRaw(drawn - x, black, p, q) - logBinomialRaw(drawn, population, p, q);
}

const halfLogTwoPi = 0.5 * Math.log(2 * Math.PI);

/** Loader (2000), "Fast and accurate computation of binomial probabilities": R's dbinom_raw, log scale. */
function logBinomialRaw(x: number, n: number, p: number, q: number): number {
  if (p === 0) return x === 0 ? 0 : -Infinity;
  if (q === 0) return x === n ? 0 : -Infinity;
  if (x === 0) return n === 0 ? 0 : p < 0.1 ? -deviance(n, n * q) - n * p : n * Math.log(q);
  if (x === n) return q < 0.1 ? -deviance(n, n * p) - n * q : n * Math.log(p);
  if (x < 0 || x > n) return -Infinity;
  const lc = stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, n * p) - deviance(n - x, n * q);
  return lc - halfLogTwoPi - 0.5 * (Math.log(x) + Math.log1p(-x / n));
}

/** log(n!) − log(√(2π n) (n/e)^n) for whole n ≥ 1: summed logs below 16, the asymptotic series above (as R's stirlerr). */
function stirlingError(n: number): number {
  if (n <= 15) {
    let logFactorial = 0;
    for (let k = 2; k <= n; k++) logFactorial += Math.log(k);
    return logFactorial - (n + 0.5) * Math.log(n) + n - halfLogTwoPi;
  }
  const nn = n * n;
  const [s0, s1, s2, s3, s4] = [1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188];
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x log(x / np) + np − x, by its series where x is close to np (R's bd0). */
function deviance(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    if (Math.abs(s) < Number.MIN_VALUE * 2 ** 52) return s;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
  }
  return x * Math.log(x / np) + np - x;
}

export interface RateComparison {
  rateTreated: number;
  rateControl: number;
  /** rateTreated − rateControl. */
  difference: number;
  lower: number;
  upper: number;
  pValue: number;
  fisherPValue: number;
  /** People served per prevented event, 1 / (rateControl − rateTreated); null when the rates are equal. */
  numberNeededToTreat: number | null;
  nTreated: number;
  nControl: number;
}

export interface GroupNames {
  treated: string;
  control: string;
}

/** Treated versus control on a yes/no outcome: difference of rates, Newcombe interval, z-test and Fisher p. */
export function compareRates(
  treated: EventCount,
  control: EventCount,
  confidence: number,
  names: GroupNames = { treated: "treated", control: "control" },
): RateComparison {
  requireConfidence(confidence);
  for (const [group, name] of [
    [treated, names.treated],
    [control, names.control],
  ] as const) {
    if (group.n === 0) throw notEnoughData("engine.emptyGroup", { argument: name });
  }
  const rateTreated = treated.events / treated.n;
  const rateControl = control.events / control.n;
  const difference = rateTreated - rateControl;
  const interval = newcombeInterval(treated, control, confidence);
  return {
    rateTreated,
    rateControl,
    difference,
    lower: interval.lower,
    upper: interval.upper,
    pValue: twoProportionZTest(treated, control),
    fisherPValue: fisherExactTest(treated, control),
    numberNeededToTreat: difference === 0 ? null : 1 / (rateControl - rateTreated),
    nTreated: treated.n,
    nControl: control.n,
  };
}
