import { requireConfidence } from "./checks";
import { normalCriticalValue } from "./distributions";
import { notEnoughData } from "./errors";
import { groupTimes, riskSets, type GroupTimes } from "./riskSets";
import { requireMonths, type TimeAtHome } from "./timeAtHome";

/**
 * The Kaplan–Meier estimate of the share of people still living at home over time, as R's
 * survfit(Surv(months, entered) ~ 1, conf.type = "log-log") computes it (survival 3.5).
 */

export interface KaplanMeierCurve {
  people: number;
  entries: number;
  /** Distinct times (months) at which someone entered a care home or left follow-up, ascending. */
  months: number[];
  /** Share still at home just after each time: Π (1 − entries / at risk) over the times so far. */
  atHome: number[];
  /** Greenwood's sum Σ entries / (at risk · (at risk − entries)) so far: the variance of −log(share). Infinite once everyone has entered. */
  greenwood: number[];
  atRisk: number[];
  entered: number[];
  censored: number[];
}

export function kaplanMeier(people: readonly TimeAtHome[]): KaplanMeierCurve {
  return kaplanMeierOfGroup(groupTimes(people));
}

/** The same from one group's sorted times (see groupTimes), when they serve the log-rank test too. */
export function kaplanMeierOfGroup(times: GroupTimes): KaplanMeierCurve {
  const people = times.entries.length + times.censorings.length;
  if (people === 0) throw notEnoughData("engine.noPeople");
  const sets = riskSets([times]);
  const { atRisk, entries: entered, censored } = sets.groups[0];
  const atHome: number[] = [];
  const greenwood: number[] = [];
  let share = 1;
  let sum = 0;
  let entries = 0;
  for (let i = 0; i < sets.months.length; i++) {
    const n = atRisk[i];
    const d = entered[i];
    if (d > 0) {
      share *= (n - d) / n;
      sum += d / (n * (n - d));
      entries += d;
    }
    atHome.push(share);
    greenwood.push(sum);
  }
  return { people, entries, months: sets.months, atHome, greenwood, atRisk, entered, censored };
}

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The log-log interval of a share at home: exp(−exp(log(−log S) ∓ z·se / log S)), se the Greenwood
 * standard error of −log S. Not defined at S = 1 (nobody has entered yet) or S = 0; null there,
 * as survfit's NA.
 */
export function logLogInterval(share: number, greenwood: number, z: number): Interval | null {
  if (!(share > 0 && share < 1)) return null;
  const logShare = Math.log(share);
  const spread = (z * Math.sqrt(greenwood)) / logShare;
  const centre = Math.log(-logShare);
  return { lower: Math.exp(-Math.exp(centre - spread)), upper: Math.exp(-Math.exp(centre + spread)) };
}

export interface ShareAtHome {
  months: number;
  /** null when nobody was followed that long (unless everyone had entered before: then 0). */
  atHome: number | null;
  /** null when the share is 1 (no entry yet), 0 or unknown. */
  interval: Interval | null;
  /** People still at home and followed at least `months`. */
  atRisk: number;
}

/** Index of the last curve time ≤ months, or −1. */
function lastTimeAtOrBefore(curve: KaplanMeierCurve, months: number): number {
  let low = 0;
  let high = curve.months.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (curve.months[middle] <= months) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The share still at home at `months`, as summary(fit, times) reports it, with two differences
 * kept on purpose: beyond the last follow-up the share is unknown (summary, with extend = TRUE,
 * carries the last value on), and at a share of 1 the interval is left empty also before the
 * first time (summary fills in 1 to 1 there).
 */
export function shareAtHome(curve: KaplanMeierCurve, months: number, confidence = 0.95): ShareAtHome {
  requireMonths(months, "times");
  const z = normalCriticalValue(requireConfidence(confidence));
  const i = lastTimeAtOrBefore(curve, months);
  const last = curve.months.length - 1;
  const atRisk = i < 0 ? curve.people : curve.months[i] === months ? curve.atRisk[i] : i < last ? curve.atRisk[i + 1] : 0;
  if (i < 0) return { months, atHome: 1, interval: null, atRisk };
  const share = curve.atHome[i];
  if (months > curve.months[last] && share > 0) return { months, atHome: null, interval: null, atRisk };
  return { months, atHome: share, interval: logLogInterval(share, curve.greenwood[i], z), atRisk };
}

/**
 * survfit's median rule (print.survfit): the first time whose value is below 0.5 + √ε; if that
 * value is 0.5 (within √ε) and the curve drops below it later, the midpoint between that time and
 * the time of the drop. Values that are null are passed over, as R passes over NA.
 */
function firstTimeAtHalf(months: readonly number[], values: readonly (number | null)[]): number | null {
  const tolerance = Math.sqrt(Number.EPSILON);
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null) continue;
    if (first < 0) {
      if (value < 0.5 + tolerance) {
        first = i;
        if (Math.abs(value - 0.5) >= tolerance) return months[i];
      }
    } else if (value < values[first]!) {
      return (months[first] + months[i]) / 2;
    }
  }
  return first < 0 ? null : months[first];
}

export interface MedianTimeToEntry {
  /** Months until half the people have entered a care home; null when the share never fell to one half. */
  median: number | null;
  /** First time the lower limit of the share falls to one half. */
  lower: number | null;
  /** First time the upper limit falls to one half; often null (not reached). */
  upper: number | null;
}

/** The median time to care-home entry and its interval, as print(survfit) shows them. */
export function medianTimeToEntry(curve: KaplanMeierCurve, confidence = 0.95): MedianTimeToEntry {
  const z = normalCriticalValue(requireConfidence(confidence));
  const intervals = curve.atHome.map((share, i) => logLogInterval(share, curve.greenwood[i], z));
  return {
    median: firstTimeAtHalf(curve.months, curve.atHome),
    lower: firstTimeAtHalf(
      curve.months,
      intervals.map((interval) => interval?.lower ?? null),
    ),
    upper: firstTimeAtHalf(
      curve.months,
      intervals.map((interval) => interval?.upper ?? null),
    ),
  };
}

export interface StepLine {
  months: number[];
  atHome: number[];
}

/**
 * The curve as points of a step line for a chart with straight lines between points: (0, 1), then
 * at each entry time a point at the old and one at the new share, ending at `until` (default: the
 * last time of the curve) with the share then. Censoring times add no point.
 */
export function stepLine(curve: KaplanMeierCurve, until = curve.months[curve.months.length - 1]): StepLine {
  const months = [0];
  const atHome = [1];
  let share = 1;
  for (let i = 0; i < curve.months.length && curve.months[i] <= until; i++) {
    if (curve.entered[i] === 0) continue;
    months.push(curve.months[i], curve.months[i]);
    atHome.push(share, curve.atHome[i]);
    share = curve.atHome[i];
  }
  if (until > months[months.length - 1]) {
    months.push(until);
    atHome.push(share);
  }
  return { months, atHome };
}
