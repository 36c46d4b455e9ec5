/**
 * Excel's date serials (1900 date system): a fraction is the time of day. Excel counts a
 * 29 February 1900 that never was (serial 60), kept from Lotus 1-2-3: serial 1 is 1900-01-01,
 * 59 is 1900-02-28, 60 the phantom 29 February, 61 is 1900-03-01, and from there on a serial is
 * the number of days since 1899-12-30. Before 1900-01-01 there is no serial (0 shows as
 * "1900-01-00"). Dates before 1 March 1900 are never written as dates: their weekdays and
 * differences across the phantom day are wrong in Excel, and a serial of 1 to 60 read back from
 * a sheet cannot tell one system's day from another's.
 */

const MILLISECONDS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** 1900-03-01: from here on, serials and the calendar agree. */
export const FIRST_CALENDAR_SERIAL = 61;
/** Excel's phantom 1900-02-29. */
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel knows. */
export const LAST_SERIAL = 2_958_465;

/** Whole days from 1899-12-30 to the date (negative before it). */
function daysSinceEpoch(time: number): number {
  return Math.round((time - EPOCH) / MILLISECONDS_PER_DAY);
}

/** Whether the day exists in the (proleptic Gregorian) calendar: 2024, 2, 30 does not. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * 2022, 1, 9 → 44570; 1900, 2, 28 → 59; 1900, 3, 1 → 61. Null when there is no such day
 * (e.g. 29 February 2023 or 1900) or Excel has no serial for it (before 1900-01-01, after 9999-12-31).
 */
export function serialFromCalendarDate(year: number, month: number, day: number): number | null {
  if (!isCalendarDate(year, month, day)) return null;
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  const days = daysSinceEpoch(date.getTime());
  // Before 1 March 1900 Excel counts from 1899-12-31: one day less than the days since 1899-12-30.
  const serial = days >= FIRST_CALENDAR_SERIAL ? days : days - 1;
  return serial >= 1 && serial <= LAST_SERIAL ? serial : null;
}

/** "2022-01-09" → 44570; null when the text is not a real calendar date in that form (or has no serial). */
export function serialFromIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? serialFromCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * 44570.75 → "2022-01-09" (the time of day is dropped); 59 → "1900-02-28", 60 → "1900-02-29"
 * (what Excel shows for its phantom day), 61 → "1900-03-01". Meant for serials from 1 to LAST_SERIAL.
 */
export function isoDateFromSerial(serial: number): string {
  const whole = Math.floor(serial);
  if (whole === PHANTOM_LEAP_DAY) return "1900-02-29";
  const days = whole >= FIRST_CALENDAR_SERIAL ? whole : whole + 1;
  return new Date(EPOCH + days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** A serial for messages: the ISO date where serials and calendar agree, otherwise "serial 12". */
export function serialDateText(serial: number): string {
  return serial >= FIRST_CALENDAR_SERIAL && serial < LAST_SERIAL + 1 ? isoDateFromSerial(serial) : `serial ${serial}`;
}
