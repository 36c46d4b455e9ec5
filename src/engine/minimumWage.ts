import { invalidValue, notEnoughData } from "./errors";
import { requireFinite } from "./checks";
import { LAST_SERIAL, serialFromIsoDate } from "../shared/serialDates";

/**
 * The German statutory minimum wage (EUR per hour, gross), as a dated table with its legal source.
 * Each rate holds from its date until the next one; the last rate holds until a new regulation
 * changes it. Figures: reference/parameters.md (Mindestlohngesetz and the
 * Mindestlohnanpassungsverordnungen; 2026–2027 from the minimum wage commission's decision of June 2025).
 * The sources are cited the same way in every language: German titles and ISO dates.
 */
export interface MinimumWage {
  /** First day in force, ISO date. */
  from: string;
  euroPerHour: number;
  source: string;
}

const MILOV2 = "Zweite Mindestlohnanpassungsverordnung, 2018-11-13";
const MILOV3 = "Dritte Mindestlohnanpassungsverordnung, 2020-11-09";
const MILOV4 = "Vierte Mindestlohnanpassungsverordnung, 2023-11-24";
const COMMISSION_2025 = "Mindestlohnkommission 2025-06; Fünfte Mindestlohnanpassungsverordnung";

export const MINIMUM_WAGES: readonly MinimumWage[] = [
  { from: "2015-01-01", euroPerHour: 8.5, source: "Mindestlohngesetz (MiLoG) § 1 Abs. 2, 2014-08-11" },
  { from: "2017-01-01", euroPerHour: 8.84, source: "Mindestlohnanpassungsverordnung, 2016-11-15" },
  { from: "2019-01-01", euroPerHour: 9.19, source: MILOV2 },
  { from: "2020-01-01", euroPerHour: 9.35, source: MILOV2 },
  { from: "2021-01-01", euroPerHour: 9.5, source: MILOV3 },
  { from: "2021-07-01", euroPerHour: 9.6, source: MILOV3 },
  { from: "2022-01-01", euroPerHour: 9.82, source: MILOV3 },
  { from: "2022-07-01", euroPerHour: 10.45, source: MILOV3 },
  { from: "2022-10-01", euroPerHour: 12.0, source: "Mindestlohnerhöhungsgesetz, 2022-06-28 (MiLoG § 1 Abs. 2)" },
  { from: "2024-01-01", euroPerHour: 12.41, source: MILOV4 },
  { from: "2025-01-01", euroPerHour: 12.82, source: MILOV4 },
  { from: "2026-01-01", euroPerHour: 13.9, source: COMMISSION_2025 },
  { from: "2027-01-01", euroPerHour: 14.6, source: COMMISSION_2025 },
];

export function excelSerialFromIsoDate(text: string, argument = "date"): number {
  const serial = serialFromIsoDate(text);
  if (serial === null) throw invalidValue("engine.notADateText", { argument, text });
  return serial;
}

const TABLE = MINIMUM_WAGES.map((wage) => ({ wage, fromSerial: excelSerialFromIsoDate(wage.from) }));

/** A date as an Excel serial number (a fraction of a day is the time and is ignored) or an ISO date text. */
export type CalendarDate = number | string;

function serialOf(date: CalendarDate, argument: string): number {
  if (typeof date === "string") return excelSerialFromIsoDate(date, argument);
  requireFinite(date, argument);
  if (date < 1 || date > LAST_SERIAL) {
    throw invalidValue("engine.notAnExcelDate", { argument, value: date, last: LAST_SERIAL });
  }
  return Math.floor(date);
}

/** The statutory minimum wage in force on a date; before 2015-01-01 there was none (not enough data). */
export function minimumWageOn(date: CalendarDate, argument = "date"): MinimumWage {
  const serial = serialOf(date, argument);
  let found: MinimumWage | null = null;
  for (const entry of TABLE) if (entry.fromSerial <= serial) found = entry.wage;
  if (found === null) {
    if (typeof date === "number" && date >= 1900 && date <= 2100) {
      throw notEnoughData("engine.beforeMinimumWageYear", { argument, date: serial, year: String(date) });
    }
    throw notEnoughData("engine.beforeMinimumWage", { argument, date: serial });
  }
  return found;
}

/** The minimum wage in force on 1 January of `year`. */
export function minimumWageInYear(year: number, argument = "year"): MinimumWage {
  requireFinite(year, argument);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw invalidValue("engine.notAYear", { argument, value: year });
  }
  if (year < 2015) {
    throw notEnoughData("engine.yearBeforeMinimumWage", { argument, year: String(year) });
  }
  return minimumWageOn(`${year}-01-01`, argument);
}
