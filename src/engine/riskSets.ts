import { invalidValue } from "./errors";
import type { TimeAtHome } from "./timeAtHome";

/**
 * The people still at home and followed at each distinct time, per group: what Kaplan–Meier and
 * the log-rank test are computed from.
 *
 * Ties follow R's survival package: entries and the end of follow-up at the same time are counted
 * together, and whoever is censored at a time still counts as at risk at that time (the entries
 * are taken to come first).
 */

/** One group's times, sorted ascending. */
export interface GroupTimes {
  /** Months to each care-home entry. */
  entries: Float64Array;
  /** Months to each end of follow-up without an entry. */
  censorings: Float64Array;
}

/** Sorts one group's times; each must be a finite number of months, at least 0. */
export function groupTimes(people: readonly TimeAtHome[]): GroupTimes {
  let entryCount = 0;
  for (const person of people) {
    if (!(person.months >= 0 && person.months < Infinity)) {
      throw invalidValue("engine.timeAtHome", { value: person.months });
    }
    if (person.entered) entryCount++;
  }
  const entries = new Float64Array(entryCount);
  const censorings = new Float64Array(people.length - entryCount);
  let e = 0;
  let c = 0;
  for (const person of people) {
    if (person.entered) entries[e++] = person.months;
    else censorings[c++] = person.months;
  }
  // Typed arrays sort numerically.
  entries.sort();
  censorings.sort();
  return { entries, censorings };
}

export interface GroupRiskSets {
  /** People at risk just before each time: still at home and followed at least that long. */
  atRisk: number[];
  /** Care-home entries at each time. */
  entries: number[];
  /** Ends of follow-up without entry at each time. */
  censored: number[];
}

export interface RiskSets {
  /** The distinct times (months) at which anyone in any group entered a care home or left follow-up. */
  months: number[];
  /** Per group, in the order given, one value per time. */
  groups: GroupRiskSets[];
}

/** Walks the sorted times of all groups together. */
export function riskSets(groups: readonly GroupTimes[]): RiskSets {
  const months: number[] = [];
  const result: GroupRiskSets[] = groups.map(() => ({ atRisk: [], entries: [], censored: [] }));
  const nextEntry = groups.map(() => 0);
  const nextCensoring = groups.map(() => 0);
  const remaining = groups.map((group) => group.entries.length + group.censorings.length);
  for (;;) {
    let time = Infinity;
    groups.forEach((group, g) => {
      if (nextEntry[g] < group.entries.length) time = Math.min(time, group.entries[nextEntry[g]]);
      if (nextCensoring[g] < group.censorings.length) time = Math.min(time, group.censorings[nextCensoring[g]]);
    });
    if (time === Infinity) break;
    months.push(time);
    groups.forEach((group, g) => {
      let entries = 0;
      while (nextEntry[g] < group.entries.length && group.entries[nextEntry[g]] === time) {
        nextEntry[g]++;
        entries++;
      }
      let censored = 0;
      while (nextCensoring[g] < group.censorings.length && group.censorings[nextCensoring[g]] === time) {
        nextCensoring[g]++;
        censored++;
      }
      result[g].atRisk.push(remaining[g]);
      result[g].entries.push(entries);
      result[g].censored.push(censored);
      remaining[g] -= entries + censored;
    });
  }
  return { months, groups: result };
}
