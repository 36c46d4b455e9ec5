import { invalidValue, notEnoughData } from "./errors";
import { message } from "../shared/message";
import { requireCount, requireFinite, requireRate } from "./checks";
import { MAXIMUM_YEARS, requireFiniteResult, requireGrowthRate } from "./appraisal";

/** Annual flows, the conservative adjustments of an impact, and the fiscal return of a programme. */

/**
 * A row of `years` annual amounts: amountₜ = amount · (1+growth)^(t−1) · (1−drop_off)^(t−1),
 * t = 1 … years. Drop-off is the yearly fading of an effect (SROI convention). 0 years give an
 * empty row.
 */
export function stream(amount: number, years: number, growth = 0, dropOff = 0): number[] {
  requireFinite(amount, "amount");
  requireCount(years, "years");
  if (years > MAXIMUM_YEARS) throw invalidValue("engine.tooManyYears", { argument: "years", value: years, maximum: MAXIMUM_YEARS });
  requireGrowthRate(growth, "growth");
  requireRate(dropOff, "drop_off");
  const amounts: number[] = [];
  for (let t = 1; t <= years; t++) {
    amounts.push(requireFiniteResult(amount * (1 + growth) ** (t - 1) * (1 - dropOff) ** (t - 1), message("engine.year", { year: t })));
  }
  return amounts;
}

export interface Adjustments {
  /** Share of the outcome that would have happened anyway (0 when a control group measured it). */
  deadweight: number;
  /** Share of the outcome due to this programme rather than others. */
  attribution: number;
  /** Share of the outcome that only moved elsewhere (e.g. a placement in the neighbouring county). */
  displacement: number;
  /** Correction for over-optimistic estimates, by strength of evidence. */
  optimismBias: number;
}

export const NO_ADJUSTMENT: Adjustments = { deadweight: 0, attribution: 1, displacement: 0, optimismBias: 0 };

/** Net impact = gross · (1−deadweight) · attribution · (1−displacement) · (1−optimism_bias). */
export function adjust(gross: number, adjustments: Adjustments): number {
  requireFinite(gross, "gross");
  requireRate(adjustments.deadweight, "deadweight");
  requireRate(adjustments.attribution, "attribution");
  requireRate(adjustments.displacement, "displacement");
  requireRate(adjustments.optimismBias, "optimism_bias");
  const { deadweight, attribution, displacement, optimismBias } = adjustments;
  return gross * (1 - deadweight) * attribution * (1 - displacement) * (1 - optimismBias);
}

export interface FiscalReturn {
  /** Horizon H: the longer of the two rows; the shorter one counts as 0 in the later years. */
  years: number;
  pvCosts: number;
  pvBenefits: number;
  npv: number;
  /** pv_benefits / pv_costs (the "refinancing ratio": 1 = refinances itself); null unless pv_costs > 0. */
  bcr: number | null;
  /** npv / pv_costs; null unless pv_costs > 0. */
  roi: number | null;
  /**
   * First year in which cumulative undiscounted benefits reach cumulative undiscounted costs;
   * years before the first cost do not count (nothing to pay back yet). Null if never.
   */
  paybackYear: number | null;
}

/** Σₜ amountₜ / (1+rate)^t for t = 1 … n: discounted at the end of each year, as Excel's NPV. */
export function presentValue(amounts: readonly number[], discountRate: number): number {
  let total = 0;
  for (let t = 1; t <= amounts.length; t++) total += amounts[t - 1] / (1 + discountRate) ** t;
  return total;
}

/**
 * Benefit and cost of a programme from annual amounts for years 1 … H. A year missing from the
 * shorter row counts as 0 (a programme paid for five years can save for ten).
 */
export function fiscalReturn(costs: readonly number[], benefits: readonly number[], discountRate = 0): FiscalReturn {
  costs.forEach((amount, index) => requireFinite(amount, `costs: year ${index + 1}`));
  benefits.forEach((amount, index) => requireFinite(amount, `benefits: year ${index + 1}`));
  requireGrowthRate(discountRate, "discount_rate");
  const years = Math.max(costs.length, benefits.length);
  if (years === 0) throw notEnoughData("engine.noAmounts");
  const pvCosts = requireFiniteResult(presentValue(costs, discountRate), "pv_costs");
  const pvBenefits = requireFiniteResult(presentValue(benefits, discountRate), "pv_benefits");
  const npv = requireFiniteResult(pvBenefits - pvCosts, "npv");
  const ratios = pvCosts > 0;
  return {
    years,
    pvCosts,
    pvBenefits,
    npv,
    bcr: ratios ? requireFiniteResult(pvBenefits / pvCosts, "bcr") : null,
    roi: ratios ? requireFiniteResult(npv / pvCosts, "roi") : null,
    paybackYear: paybackYear(costs, benefits, years),
  };
}

function paybackYear(costs: readonly number[], benefits: readonly number[], years: number): number | null {
  let cumulativeCosts = 0;
  let cumulativeBenefits = 0;
  for (let t = 1; t <= years; t++) {
    cumulativeCosts += costs[t - 1] ?? 0;
    cumulativeBenefits += benefits[t - 1] ?? 0;
    // A relative 1e-12 keeps sums such as 0.1 + 0.2 from missing a payback by rounding alone.
    if (cumulativeCosts > 0 && cumulativeBenefits >= cumulativeCosts * (1 - 1e-12)) return t;
  }
  return null;
}
