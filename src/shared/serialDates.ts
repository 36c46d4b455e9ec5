/**
 * Excel's date serials: whole days since 1899-12-30 (a fraction is the time of day). Excel counts
 * a 29 February 1900 that never was, so serials below 61 (1 March 1900) do not match the calendar;
 * they are shown as numbers, never as dates.
 */

const MILLISECONDS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** 1900-03-01: from here on, serials and the calendar agree. */
export const FIRST_CALENDAR_SERIAL = 61;
/** 9999-12-31, the last date Excel knows. */
export const LAST_SERIAL = 2_958_465;

/** 2022, 1, 9 → 44570; null when there is no such day (e.g. 29 February 2023). */
export function serialFromCalendarDate(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((time - EPOCH) / MILLISECONDS_PER_DAY);
}

/** "2022-01-09" → 44570; null when the text is not a real calendar date in that form. */
export function serialFromIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? serialFromCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** 44570.75 → "2022-01-09" (the time of day is dropped). Meant for serials from FIRST_CALENDAR_SERIAL on. */
export function isoDateFromSerial(serial: number): string {
  return new Date(EPOCH + Math.floor(serial) * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** A serial for messages: the ISO date where serials and calendar agree, otherwise "serial 12". */
export function serialDateText(serial: number): string {
  return serial >= FIRST_CALENDAR_SERIAL && serial < LAST_SERIAL + 1 ? isoDateFromSerial(serial) : `serial ${serial}`;
}
