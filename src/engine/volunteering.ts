import { invalidValue } from "./errors";
import { message } from "../shared/message";
import { requireFinite, requireNonNegative } from "./checks";
import { requireFiniteResult } from "./appraisal";
import { minimumWageInYear, type MinimumWage } from "./minimumWage";

/**
 * Volunteer hours and their value. The value of volunteer labour is an input the programme gets
 * for free, kept apart from fiscal savings.
 */

/** A week has 168 hours. */
const HOURS_IN_A_WEEK = 168;
/** A year has 52.18 weeks; 53 allows a calendar year counted in ISO weeks. */
const MOST_WEEKS_IN_A_YEAR = 53;
/** Every week of the year, unless the planner gives fewer for holidays and breaks. */
export const DEFAULT_WEEKS_PER_YEAR = 52;

export function volunteerHours(volunteers: number, hoursPerWeek: number, weeksPerYear = DEFAULT_WEEKS_PER_YEAR): number {
  requireNonNegative(volunteers, "volunteers");
  requireNonNegative(hoursPerWeek, "hours_per_week");
  if (hoursPerWeek > HOURS_IN_A_WEEK) {
    throw invalidValue("engine.hoursPerWeek", { argument: "hours_per_week", value: hoursPerWeek, maximum: HOURS_IN_A_WEEK });
  }
  requireNonNegative(weeksPerYear, "weeks_per_year");
  if (weeksPerYear > MOST_WEEKS_IN_A_YEAR) {
    throw invalidValue("engine.weeksPerYear", { argument: "weeks_per_year", value: weeksPerYear, maximum: MOST_WEEKS_IN_A_YEAR });
  }
  return requireFiniteResult(volunteers * hoursPerWeek * weeksPerYear, message("engine.resultOf.volunteerHours"));
}

/** The hourly rate: EUR per hour, or the statutory minimum wage in force on 1 January of a year. */
export type VolunteerRate = { euroPerHour: number } | { minimumWageOfYear: number };

/** Value = hours × rate (replacement cost). */
export function volunteerValue(hours: number, rate: VolunteerRate): number {
  requireNonNegative(hours, "hours");
  const euroPerHour =
    "euroPerHour" in rate ? requireNonNegative(rate.euroPerHour, "rate") : minimumWageInYear(rate.minimumWageOfYear).euroPerHour;
  return requireFiniteResult(hours * euroPerHour, message("engine.resultOf.volunteerValue"));
}

export interface MinimumWageCheck {
  /** True when the rate is below the minimum wage in force on 1 January of the year. */
  below: boolean;
  /** That minimum wage; null for years before 2015, when there was none. */
  minimumWage: MinimumWage | null;
}

/**
 * Whether an hourly rate lies below the statutory minimum wage of a year, for the volunteer
 * template's warning (the source document's 8 EUR/hour has been below it since 2015).
 */
export function rateBelowMinimumWage(euroPerHour: number, year: number): MinimumWageCheck {
  requireFinite(euroPerHour, "rate");
  requireFinite(year, "year");
  if (Number.isInteger(year) && year >= 1900 && year < 2015) return { below: false, minimumWage: null };
  const minimumWage = minimumWageInYear(year);
  return { below: euroPerHour < minimumWage.euroPerHour, minimumWage };
}
