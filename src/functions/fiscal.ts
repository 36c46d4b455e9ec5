import { message } from "../shared/message";
import { preventedPlacements, placementValue as valueOfPlacement } from "../engine/placements";
import { adjust as adjustImpact, fiscalReturn as returnOfProgramme, stream as annualStream } from "../engine/fiscalReturn";
import { split as splitAmount } from "../engine/costSplit";
import { invalidValue } from "../engine/errors";
import { alignedNumbers, optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";
import { withParameterAddresses } from "./parameterAddresses";
import { fiscalReturnOutputs } from "./outputs";
import { catalogueResult } from "./resultTable";

/**
 * Prevented care-home placements = n_served × (rate_control − rate_treated). Negative when the
 * treated group fared worse (harm is shown, not hidden).
 * @customfunction PREVENTED
 * @param n_served People served by the programme (e.g. households counselled per year).
 * @param rate_treated Placement rate among people served (0 to 1).
 * @param rate_control Placement rate in the comparison group (0 to 1).
 * @returns Prevented placements.
 */
export function prevented(n_served: number, rate_treated: number, rate_control: number): number {
  return excelResult(() =>
    preventedPlacements(
      requiredNumber(n_served, "n_served"),
      requiredNumber(rate_treated, "rate_treated"),
      requiredNumber(rate_control, "rate_control"),
    ),
  );
}

/**
 * Present value, for one cost bearer, of one prevented or delayed care-home placement: the months
 * avoided, 12 a year with the remainder in the last year, each valued at (care-home cost − cost at
 * home) × share, growing by cost_growth a year and discounted at the end of each year as Excel's
 * NPV. Omitted: share 1, discount_rate 0 (undiscounted), cost_growth 0.
 * @customfunction PLACEMENTVALUE
 * @param months_avoided Months of care-home stay avoided per placement (at most 1,200).
 * @param monthly_cost_care_home This bearer's monthly cost for the person in a care home (EUR).
 * @param monthly_cost_at_home This bearer's monthly cost for the person cared for at home (EUR).
 * @param [share] Probability that this bearer carries the cost, 0 to 1 (default 1).
 * @param [discount_rate] Yearly discount rate, e.g. 0.035 (default 0).
 * @param [cost_growth] Yearly growth of the monthly costs, e.g. 0.03 (default 0).
 * @returns Present value of one prevented placement for this bearer (EUR).
 */
export function placementValue(
  months_avoided: number,
  monthly_cost_care_home: number,
  monthly_cost_at_home: number,
  share?: number,
  discount_rate?: number,
  cost_growth?: number,
): number {
  return excelResult(() =>
    valueOfPlacement({
      monthsAvoided: requiredNumber(months_avoided, "months_avoided"),
      monthlyCostCareHome: requiredNumber(monthly_cost_care_home, "monthly_cost_care_home"),
      monthlyCostAtHome: requiredNumber(monthly_cost_at_home, "monthly_cost_at_home"),
      share: optionalNumber(share, "share", 1),
      discountRate: optionalNumber(discount_rate, "discount_rate", 0),
      costGrowth: optionalNumber(cost_growth, "cost_growth", 0),
    }),
  );
}

/**
 * Spills a row of annual amounts: amount × (1+growth)^(t−1) × (1−drop_off)^(t−1) for years t = 1 …
 * years. Drop-off is the yearly fading of an effect. years = 0 gives one empty cell, so SUM and NPV
 * over it give 0.
 * @customfunction STREAM
 * @param amount Amount in year 1.
 * @param years Number of years, a whole number from 0 to 100.
 * @param [growth] Yearly growth, e.g. 0.02 (default 0).
 * @param [drop_off] Yearly fading of the effect, 0 to 1 (default 0).
 * @returns A row of annual amounts.
 */
export function stream(amount: number, years: number, growth?: number, drop_off?: number): any[][] {
  return excelResult(() => {
    const amounts = annualStream(
      requiredNumber(amount, "amount"),
      requiredNumber(years, "years"),
      optionalNumber(growth, "growth", 0),
      optionalNumber(drop_off, "drop_off", 0),
    );
    return amounts.length === 0 ? [[""]] : [amounts];
  });
}

/**
 * Net impact = gross × (1−deadweight) × attribution × (1−displacement) × (1−optimism_bias).
 * With a control group, deadweight is already in the comparison: leave it at 0.
 * @customfunction ADJUST
 * @param gross Gross impact (e.g. prevented placements or EUR saved).
 * @param [deadweight] Share that would have happened anyway, 0 to 1 (default 0).
 * @param [attribution] Share due to this programme, 0 to 1 (default 1).
 * @param [displacement] Share only moved elsewhere, 0 to 1 (default 0).
 * @param [optimism_bias] Correction for optimism, 0 to 1 (default 0).
 * @returns Net impact.
 */
export function adjust(gross: number, deadweight?: number, attribution?: number, displacement?: number, optimism_bias?: number): number {
  return excelResult(() =>
    adjustImpact(requiredNumber(gross, "gross"), {
      deadweight: optionalNumber(deadweight, "deadweight", 0),
      attribution: optionalNumber(attribution, "attribution", 1),
      displacement: optionalNumber(displacement, "displacement", 0),
      optimismBias: optionalNumber(optimism_bias, "optimism_bias", 0),
    }),
  );
}

/**
 * Fiscal return of a programme from annual costs and benefits for years 1 … H, discounted at the
 * end of each year as Excel's NPV. A blank year counts as 0 (Excel's NPV would skip it and move the
 * later years forward); when one row is shorter, its missing later years count as 0. Keys: pv_costs,
 * pv_benefits, npv, bcr (1 = refinances itself), roi, payback_year (first year in which cumulative
 * undiscounted benefits reach cumulative costs), years.
 * @customfunction FISCALRETURN
 * @requiresParameterAddresses
 * @param costs Annual costs, one row or one column (year 1 first).
 * @param benefits Annual benefits (savings), one row or one column (year 1 first).
 * @param [discount_rate] Yearly discount rate, e.g. 0.035 (default 0).
 * @param [output] One value instead of the table: pv_costs, pv_benefits, npv, bcr, roi, payback_year or years.
 * @returns A table of labels and values, or the value of the key given.
 */
export function fiscalReturn(
  costs: any[][],
  benefits: any[][],
  discount_rate?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["costs", "benefits", "discount_rate", "output"], () => {
      const result = returnOfProgramme(
        annualAmounts(costs, "costs"),
        annualAmounts(benefits, "benefits"),
        optionalNumber(discount_rate, "discount_rate", 0),
      );
      return catalogueResult(
        fiscalReturnOutputs,
        {
          pv_costs: result.pvCosts,
          pv_benefits: result.pvBenefits,
          npv: result.npv,
          bcr: result.bcr,
          roi: result.roi,
          payback_year: result.paybackYear,
          years: result.years,
        },
        output,
        {},
        {
          bcr: message("functions.noRatio", { key: "bcr", pvCosts: result.pvCosts }),
          roi: message("functions.noRatio", { key: "roi", pvCosts: result.pvCosts }),
          payback_year: message("functions.noPayback", { years: result.years }),
        },
      );
    }),
  );
}

/**
 * Spills amount × share for each cost bearer, in the shape of shares. Shares must add up to 1
 * (100 %, ± 1e-9); a blank share counts as 0 and its bearer gets 0.
 * @customfunction SPLIT
 * @requiresParameterAddresses
 * @param amount Amount to divide (e.g. the yearly saving).
 * @param shares Each bearer's share, 0 to 1, adding up to 1.
 * @returns Each bearer's part of the amount.
 */
export function split(amount: number, shares: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["amount", "shares"], () => {
      const grid = Array.isArray(shares) ? shares : [[shares]];
      const parts = splitAmount(requiredNumber(amount, "amount"), alignedNumbers(grid, "shares"));
      let next = 0;
      return (grid as unknown[][]).map((row) => row.map(() => parts[next++]));
    }),
  );
}

/**
 * One row or one column of annual amounts, year 1 first. Blanks inside count as 0 (nothing in that
 * year); trailing blanks are not years.
 */
function annualAmounts(range: unknown, argument: string): number[] {
  if (Array.isArray(range) && range.length > 1 && Array.isArray(range[0]) && range[0].length > 1) {
    throw invalidValue("cells.annualAmounts", { argument, rows: range.length, columns: range[0].length });
  }
  const amounts = alignedNumbers(range, argument);
  while (amounts.length > 0 && amounts[amounts.length - 1] === null) amounts.pop();
  return amounts.map((amount) => amount ?? 0);
}
