import { invalidValue } from "./errors";
import { LAST_SERIAL } from "../shared/serialDates";
import { message, type MessageValue } from "../shared/message";

/**
 * Time at home per person, from the three dates of a cohort row: start of the service, care-home
 * entry (none while the person still lives at home) and end of follow-up. Dates are Excel serial
 * numbers (days since 1899-12-30, fractions are times of day).
 *
 * Months are days / (365.25 / 12), the average month of the Julian year, so 12 months are 365.25
 * days. The placement-cohort template counts its "months at home" column the same way.
 */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Longest time the survival functions accept as a requested time or horizon: 100 years. */
export const MAXIMUM_MONTHS = 1200;

export interface FollowUpDates {
  start: number;
  /** null: no care-home entry before the end of follow-up. */
  entry: number | null;
  end: number;
}

/** What the survival estimates need of one person: months from the start, and whether it ended in a care home. */
export interface TimeAtHome {
  /** Months from the start to the care-home entry, or to the end of follow-up when there was none. */
  months: number;
  /** true: moved into a care home after `months` (an event); false: still at home then (censored). */
  entered: boolean;
}

/**
 * Where a person's dates are, for error messages: the position in the range of a date argument
 * (e.g. row 14 of end_dates). A function is called only when there is an error to report, which
 * spares building 100,000 positions for a valid range.
 */
export type Where = MessageValue | ((argument: string) => MessageValue);

function positionOf(where: Where, argument: string): MessageValue {
  return typeof where === "function" ? where(argument) : message("engine.datePosition", { argument, where });
}

/** An Excel date serial between 0 and 31 December 9999. */
export function requireDateSerial(serial: number, argument: string, where: Where): number {
  if (!(Number.isFinite(serial) && serial >= 0 && serial < LAST_SERIAL + 1)) {
    throw invalidValue("engine.notADateSerial", { position: positionOf(where, argument), value: serial, last: LAST_SERIAL });
  }
  return serial;
}

/**
 * Months at home of one person. An entry before the start or after the end of follow-up, and an
 * end before the start, cannot be right and are named with `where` (e.g. "row 14"). An entry on
 * the start day counts as an entry after 0 months; an entry on the last day of follow-up counts.
 */
export function timeAtHome(dates: FollowUpDates, where: Where): TimeAtHome {
  const start = requireDateSerial(dates.start, "start_dates", where);
  const end = requireDateSerial(dates.end, "end_dates", where);
  if (end < start) {
    throw invalidValue("engine.endBeforeStart", { position: positionOf(where, "end_dates"), end, start });
  }
  if (dates.entry === null) return { months: (end - start) / DAYS_PER_MONTH, entered: false };
  const entry = requireDateSerial(dates.entry, "entry_dates", where);
  if (entry < start) {
    throw invalidValue("engine.entryBeforeStart", { position: positionOf(where, "entry_dates"), entry, start });
  }
  if (entry > end) {
    throw invalidValue("engine.entryAfterEnd", { position: positionOf(where, "entry_dates"), entry, end });
  }
  return { months: (entry - start) / DAYS_PER_MONTH, entered: true };
}

/** A time in months the survival functions accept: from 0 to 1,200 (100 years). */
export function requireMonths(months: number, argument: string): number {
  if (!(Number.isFinite(months) && months >= 0 && months <= MAXIMUM_MONTHS)) {
    throw invalidValue("engine.months", { argument, value: months, maximum: MAXIMUM_MONTHS });
  }
  return months;
}
