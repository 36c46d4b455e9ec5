/**
 * The ranges of PREVENT.POOLED.COUNTS, PREVENT.POOLED and PREVENT.POOLED.WEIGHTS turned into one
 * entry per site: each argument is a column (or row) with one cell per site, read in row order.
 * A site whose cells are all blank (null or "") is left out, e.g. the spare rows of a table; a
 * site with only some of them blank is named. Messages in the display language.
 */
import { inputErrorOf, type InputError } from "../engine/errors";
import type { HeterogeneityMethod, PooledInterval, SiteCounts, SiteEstimates } from "../engine/pooling";
import { isBlank } from "./cells";
import type { Message } from "../shared/message";
import { poolingMessages, type CellPlace } from "./poolingMessages";

/** Most people a group may count (far beyond any municipality; keeps every variance above zero). */
export const largestSiteGroup = 1e15;
/** Largest size of an estimate or standard error (and smallest of a standard error) that pools without overflow. */
const reach = 1e40;

function wrong(entry: Message): InputError {
  return inputErrorOf("invalid-value", entry);
}

function tooLittle(entry: Message): InputError {
  return inputErrorOf("not-enough-data", entry);
}

interface SiteColumn {
  argument: string;
  cells: unknown[];
  place(index: number): CellPlace;
}

function siteColumn(value: unknown, argument: string): SiteColumn {
  const range: unknown[][] = Array.isArray(value) ? (value as unknown[][]) : isBlank(value) ? [] : [[value]];
  if (!range.every(Array.isArray)) throw wrong(poolingMessages.notARange(argument));
  const width = range[0]?.length ?? 0;
  if (range.some((row) => row.length !== width)) {
    throw wrong(poolingMessages.notRectangular(argument));
  }
  const cells: unknown[] = [];
  for (const row of range) for (const cell of row) cells.push(cell);
  const shape: CellPlace["shape"] = width === 1 ? "column" : range.length === 1 ? "row" : "block";
  return {
    argument,
    cells,
    place: (index) => ({ row: Math.floor(index / Math.max(width, 1)), column: index % Math.max(width, 1), shape }),
  };
}

function sameLength(columns: SiteColumn[]): void {
  const first = columns[0];
  for (const column of columns.slice(1)) {
    if (column.cells.length !== first.cells.length) {
      throw wrong(poolingMessages.differentLengths(column.argument, column.cells.length, first.argument, first.cells.length));
    }
  }
}

/** Indices of the sites to read: every index where not all columns are blank; a partly blank site is named. */
function filledSites(columns: SiteColumn[]): number[] {
  const sites: number[] = [];
  for (let i = 0; i < columns[0].cells.length; i++) {
    const blank = columns.map((column) => isBlank(column.cells[i]));
    if (blank.every(Boolean)) continue;
    const empty = blank.indexOf(true);
    if (empty >= 0) throw wrong(poolingMessages.emptyCell(columns[empty].argument, columns[empty].place(i)));
    sites.push(i);
  }
  if (sites.length < 2) throw tooLittle(poolingMessages.tooFewSites(columns[0].argument, sites.length));
  return sites;
}

function countAt(column: SiteColumn, i: number): number {
  const cell = column.cells[i];
  if (typeof cell !== "number" || !Number.isInteger(cell) || cell < 0) {
    throw wrong(poolingMessages.notACount(column.argument, column.place(i), cell));
  }
  if (cell > largestSiteGroup) throw wrong(poolingMessages.tooLargeCount(column.argument, column.place(i), cell, largestSiteGroup));
  return cell;
}

export interface PooledSites<T> {
  data: T;
  /** The position (0-based, in row order) of each site read, in the first argument's range. */
  indexOfSite: number[];
  /** Cells per argument: the length of the WEIGHTS column. */
  cells: number;
}

/** Events and group sizes per site, checked. */
export function siteCounts(ranges: {
  events_treated: unknown;
  n_treated: unknown;
  events_control: unknown;
  n_control: unknown;
}): PooledSites<SiteCounts> {
  const columns = (["events_treated", "n_treated", "events_control", "n_control"] as const).map((argument) =>
    siteColumn(ranges[argument], argument),
  );
  sameLength(columns);
  const sites = filledSites(columns);
  const k = sites.length;
  const data: SiteCounts = {
    eventsTreated: new Float64Array(k),
    nTreated: new Float64Array(k),
    eventsControl: new Float64Array(k),
    nControl: new Float64Array(k),
  };
  const [eventsTreated, nTreated, eventsControl, nControl] = columns;
  sites.forEach((i, s) => {
    const values = columns.map((column) => countAt(column, i));
    for (const [events, n, v] of [
      [eventsTreated, nTreated, 0],
      [eventsControl, nControl, 2],
    ] as const) {
      if (values[v + 1] === 0) throw tooLittle(poolingMessages.emptyGroup(n.argument, n.place(i)));
      if (values[v] > values[v + 1]) {
        throw wrong(poolingMessages.moreEventsThanPeople(events.argument, n.argument, events.place(i), values[v], values[v + 1]));
      }
    }
    data.eventsTreated[s] = values[0];
    data.nTreated[s] = values[1];
    data.eventsControl[s] = values[2];
    data.nControl[s] = values[3];
  });
  return { data, indexOfSite: sites, cells: columns[0].cells.length };
}

/** Estimates and their standard errors per site, checked; variances are the squared standard errors. */
export function siteEstimates(ranges: { estimates: unknown; standard_errors: unknown }): PooledSites<SiteEstimates> {
  const columns = [siteColumn(ranges.estimates, "estimates"), siteColumn(ranges.standard_errors, "standard_errors")];
  sameLength(columns);
  const sites = filledSites(columns);
  const data: SiteEstimates = { estimates: new Float64Array(sites.length), variances: new Float64Array(sites.length) };
  const [estimates, errors] = columns;
  sites.forEach((i, s) => {
    const estimate = estimates.cells[i];
    if (typeof estimate !== "number" || !Number.isFinite(estimate)) {
      throw wrong(poolingMessages.notAnEstimate(estimates.argument, estimates.place(i), estimate));
    }
    if (Math.abs(estimate) > reach) throw wrong(poolingMessages.estimateOutOfReach(estimates.argument, estimates.place(i), estimate));
    const error = errors.cells[i];
    if (typeof error !== "number" || !(error >= 1 / reach && error <= reach)) {
      throw wrong(poolingMessages.notAStandardError(errors.argument, errors.place(i), error));
    }
    data.estimates[s] = estimate;
    data.variances[s] = error * error;
  });
  return { data, indexOfSite: sites, cells: columns[0].cells.length };
}

function choice<T extends string>(value: unknown, argument: string, choices: readonly T[], fallback: T): T {
  if (isBlank(value)) return fallback;
  const found = typeof value === "string" ? choices.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase()) : undefined;
  if (!found) throw wrong(poolingMessages.unknownChoice(argument, value, choices));
  return found;
}

export function methodOf(value: unknown): HeterogeneityMethod {
  return choice(value, "method", ["REML", "DL"] as const, "REML");
}

export function intervalOf(value: unknown): PooledInterval {
  return choice(value, "interval", ["HK", "normal"] as const, "HK");
}

export function confidenceOf(value: unknown, fallback: number): number {
  if (isBlank(value)) return fallback;
  if (typeof value !== "number" || !(value > 0 && value < 1)) throw wrong(poolingMessages.confidence(value));
  return value;
}

/** The output key asked for, lower-cased, or null for the whole table. */
export function outputOf(value: unknown, keys: readonly string[]): string | null {
  if (isBlank(value)) return null;
  const key = typeof value === "string" ? value.trim().toLowerCase() : null;
  if (key === null || !keys.includes(key)) throw wrong(poolingMessages.unknownOutput(value, keys));
  return key;
}
