import { volunteerHours as hoursOfVolunteers, volunteerValue as valueOfHours, type VolunteerRate } from "../engine/volunteering";
import { minimumWageOn, type CalendarDate } from "../engine/minimumWage";
import { invalidValue } from "../engine/errors";
import { optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";

/**
 * Volunteer hours a year = volunteers × hours per week × weeks per year (default 52, every week;
 * give fewer for holidays and breaks).
 * @customfunction VOLUNTEERHOURS
 * @param volunteers Number of volunteers.
 * @param hours_per_week Hours each volunteer gives per week (at most 168).
 * @param [weeks_per_year] Weeks of activity per year, at most 53 (default 52).
 * @returns Volunteer hours per year.
 */
export function volunteerHours(volunteers: number, hours_per_week: number, weeks_per_year?: number): number {
  return excelResult(() =>
    hoursOfVolunteers(
      requiredNumber(volunteers, "volunteers"),
      requiredNumber(hours_per_week, "hours_per_week"),
      optionalNumber(weeks_per_year, "weeks_per_year", 52),
    ),
  );
}

/**
 * Value of volunteer hours = hours × rate. rate is EUR per hour or "MINWAGE" (the default): the
 * German statutory minimum wage in force on 1 January of year, which MINWAGE needs. A rate below
 * the minimum wage still computes; the volunteer template warns about it.
 * @customfunction VOLUNTEERVALUE
 * @param hours Volunteer hours.
 * @param [rate] EUR per hour, or "MINWAGE" (default).
 * @param [year] Year whose minimum wage applies (needed with "MINWAGE"), e.g. 2025.
 * @returns Value in EUR.
 */
export function volunteerValue(hours: number, rate?: any, year?: number): number {
  return excelResult(() => valueOfHours(requiredNumber(hours, "hours"), rateOf(rate, year)));
}

/**
 * The German statutory minimum wage (EUR per hour) in force on a date. Before 2015-01-01, when it
 * began, #N/A. After the last decided change, the last decided rate.
 * @customfunction MINWAGE
 * @param date An Excel date, or a text date such as "2022-07-01".
 * @returns EUR per hour.
 */
export function minimumWage(date: any): number {
  return excelResult(() => minimumWageOn(calendarDate(date)).euroPerHour);
}

const MINIMUM_WAGE_KEY = "minwage";

function rateOf(rate: unknown, year: unknown): VolunteerRate {
  const cell = Array.isArray(rate) ? (rate as unknown[][])[0]?.[0] : rate;
  const isKey =
    cell === null || cell === undefined || cell === "" || (typeof cell === "string" && cell.trim().toLowerCase() === MINIMUM_WAGE_KEY);
  if (!isKey) {
    if (typeof cell === "string") throw invalidValue("functions.rateText", { text: cell });
    optionalNumber(year, "year", 0);
    return { euroPerHour: requiredNumber(cell, "rate") };
  }
  if (year === null || year === undefined || year === "") {
    throw invalidValue("functions.yearForMinimumWage");
  }
  return { minimumWageOfYear: requiredNumber(year, "year") };
}

function calendarDate(value: unknown): CalendarDate {
  const cell = Array.isArray(value) ? (value as unknown[][])[0]?.[0] : value;
  if (typeof cell === "string" && cell.trim() !== "") return cell;
  return requiredNumber(cell, "date");
}
