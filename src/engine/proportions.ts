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
    throw invalidValue(`${nArgument}: ${n} is more people than this function handles (at most 1,000,000,000)`);
  }
  if (events > n) throw invalidValue(`${eventsArgument}: ${events} is more than ${nArgument} (${n})`);
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
 * The number of events among the treated is hypergeometric. Its probabilities are walked
 * outwards from the most likely count by the ratio of neighbouring terms, relative to that
 * count; far out they underflow to 0, where R's exp(log density − max) gives 0 as well.
 */
export function fisherExactTest(treated: EventCount, control: EventCount): number {
  const draws = treated.n;
  const events = treated.events + control.events;
  const nonEvents = treated.n + control.n - events;
  const lowest = Math.max(0, draws - nonEvents);
  const highest = Math.min(draws, events);
  if (lowest === highest) return 1;
  const mostLikely = Math.min(
    highest,
    Math.max(lowest, Math.floor(((draws + 1) * (events + 1)) / (events + nonEvents + 2))),
  );
  // P(x + 1) / P(x) and P(x − 1) / P(x) for the hypergeometric distribution.
  const ratioUp = (x: number) => ((events - x) * (draws - x)) / ((x + 1) * (nonEvents - draws + x + 1));
  const ratioDown = (x: number) => (x * (nonEvents - draws + x)) / ((events - x + 1) * (draws - x + 1));

  const observed = treated.events;
  let observedProbability = 1;
  if (observed > mostLikely) {
    for (let x = mostLikely; x < observed && observedProbability > 0; x++) observedProbability *= ratioUp(x);
  } else {
    for (let x = mostLikely; x > observed && observedProbability > 0; x--) observedProbability *= ratioDown(x);
  }
  const threshold = observedProbability * fisherRelativeTolerance;

  // Far out, once the terms are extreme and their remaining sum (at most term · ratio / (1 − ratio),
  // the ratios only shrink outwards) is below 1e-17 of the observed probability, p cannot change.
  const negligible = observedProbability * 1e-17;
  let total = 1;
  let extreme = 1 <= threshold ? 1 : 0;
  const walk = (ratio: (x: number) => number, step: 1 | -1, end: number) => {
    let term = 1;
    for (let x = mostLikely; x !== end; x += step) {
      const nextRatio = ratio(x);
      term *= nextRatio;
      if (term === 0) return;
      total += term;
      if (term <= threshold) {
        extreme += term;
        if (term * nextRatio < negligible * (1 - nextRatio)) return;
      }
    }
  };
  walk(ratioUp, 1, highest);
  walk(ratioDown, -1, lowest);
  return Math.min(1, extreme / total);
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
    if (group.n === 0) throw notEnoughData(`${name}: the group is empty, there is no rate to compare`);
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
