import { invalidValue } from "./errors";
import { message } from "../shared/message";
import { requireNonNegative, requireRate } from "./checks";
import { requireFiniteResult, requireGrowthRate } from "./appraisal";

/**
 * Care-home placements prevented by a service, and what one prevented (or delayed) placement is
 * worth to one cost bearer.
 */

/** Longest delay of a care-home entry the functions accept: 100 years, far beyond any stay. */
export const MAXIMUM_MONTHS_AVOIDED = 1200;

/**
 * Prevented placements = n_served × (rate_control − rate_treated). Negative when the treated
 * group fared worse: that harm is reported, not hidden.
 */
export function preventedPlacements(nServed: number, rateTreated: number, rateControl: number): number {
  requireNonNegative(nServed, "n_served");
  requireRate(rateTreated, "rate_treated");
  requireRate(rateControl, "rate_control");
  return requireFiniteResult(nServed * (rateControl - rateTreated), message("engine.resultOf.prevented"));
}

/**
 * Months of an avoided stay spread over years: 12 a year, the remainder (possibly a fraction of
 * a month) in the last year. 25 months → [12, 12, 1]; 0 months → [].
 */
export function monthsByYear(monthsAvoided: number): number[] {
  const years: number[] = [];
  let left = monthsAvoided;
  while (left > 0) {
    const months = Math.min(12, left);
    years.push(months);
    left -= months;
  }
  return years;
}

export interface PlacementValueInputs {
  monthsAvoided: number;
  /** This bearer's monthly cost of the person in a care home. */
  monthlyCostCareHome: number;
  /** This bearer's monthly cost of the same person cared for at home. */
  monthlyCostAtHome: number;
  /** Probability that this bearer carries the cost (e.g. the share of residents on Hilfe zur Pflege). */
  share: number;
  discountRate: number;
  /** Yearly growth of the monthly costs. */
  costGrowth: number;
}

/**
 * Present value, for one cost bearer, of one prevented placement:
 * Σₜ mₜ · (cost_care_home − cost_at_home) · share · (1+cost_growth)^(t−1) / (1+discount_rate)^t,
 * with year t holding mₜ of the avoided months (see monthsByYear). Discounting at the end of each
 * year, as Excel's NPV. Negative when care at home costs this bearer more than the care home
 * (the care insurance for care grade 3, for instance).
 */
export function placementValue(inputs: PlacementValueInputs): number {
  const months = requireNonNegative(inputs.monthsAvoided, "months_avoided");
  if (months > MAXIMUM_MONTHS_AVOIDED) {
    throw invalidValue("engine.monthsAvoided", { argument: "months_avoided", value: months, maximum: MAXIMUM_MONTHS_AVOIDED });
  }
  requireNonNegative(inputs.monthlyCostCareHome, "monthly_cost_care_home");
  requireNonNegative(inputs.monthlyCostAtHome, "monthly_cost_at_home");
  requireRate(inputs.share, "share");
  requireGrowthRate(inputs.discountRate, "discount_rate");
  requireGrowthRate(inputs.costGrowth, "cost_growth");
  const monthlySaving = (inputs.monthlyCostCareHome - inputs.monthlyCostAtHome) * inputs.share;
  let value = 0;
  // The same spreading as monthsByYear, without building the array: templates call this per row.
  for (let year = 1, left = months; left > 0; year++, left -= 12) {
    const monthsInYear = Math.min(12, left);
    value += (monthsInYear * monthlySaving * (1 + inputs.costGrowth) ** (year - 1)) / (1 + inputs.discountRate) ** year;
  }
  return requireFiniteResult(value, message("engine.resultOf.placementValue"));
}
