/**
 * The counselling business case's key results from its inputs, computed as the workbook's
 * formulas compute them (definitions/counsellingCase.ts): prevented placements from the two
 * rates, adjusted for attribution, displacement and the design's optimism bias; yearly costs and
 * savings per cost bearer over the horizon; the current and next budget year, present values
 * (discounted at year end, as Excel's NPV) and benefit-cost ratios per scope.
 */
import { adjust, presentValue } from "./fiscalReturn";
import { preventedPlacements } from "./placements";
import { requireCount, requireFinite, requireNonNegative, requireRate } from "./checks";
import { invalidValue } from "./errors";
import { requireGrowthRate } from "./appraisal";

/** The inputs the key results depend on, by their workbook names. */
export interface BusinessCaseInputs {
  posts_fte: number;
  cost_per_post: number;
  county_cost_share: number;
  households_served: number;
  months_avoided: number;
  hzp_share: number;
  hzp_monthly_cost: number;
  county_cost_at_home: number;
  city_monthly_saving: number;
  insurance_care_home: number;
  insurance_at_home: number;
  resident_own_share: number;
  resident_cost_at_home: number;
  discount_rate: number;
  cost_growth: number;
  horizon: number;
  attribution: number;
  displacement: number;
  events_treated: number;
  n_treated: number;
  events_control: number;
  n_control: number;
  design_grade: number;
}

export const businessCaseInputNames: readonly (keyof BusinessCaseInputs)[] = [
  "posts_fte",
  "cost_per_post",
  "county_cost_share",
  "households_served",
  "months_avoided",
  "hzp_share",
  "hzp_monthly_cost",
  "county_cost_at_home",
  "city_monthly_saving",
  "insurance_care_home",
  "insurance_at_home",
  "resident_own_share",
  "resident_cost_at_home",
  "discount_rate",
  "cost_growth",
  "horizon",
  "attribution",
  "displacement",
  "events_treated",
  "n_treated",
  "events_control",
  "n_control",
  "design_grade",
];

type Row = "benefit_county_row" | "benefit_city_row" | "benefit_insurance_row" | "benefit_residents_row";
type NetRow = "net_county_row" | "net_county_city_row" | "net_public_row";
type Period = "current_year" | "next_year" | "present_value";

/**
 * By the workbook's names. A ratio whose costs have no present value is NaN (the workbook shows
 * #DIV/0! there).
 */
export type BusinessCaseResults = Record<`${Row | NetRow}_${Period}` | "bcr_county" | "bcr_county_city" | "bcr_public", number>;

function requireWholeBetween(value: number, argument: string, low: number, high: number): number {
  requireCount(value, argument);
  if (value < low || value > high) throw invalidValue("engine.wholeBetween", { argument, value, low, high });
  return value;
}

/**
 * The key results of a business case. `optimismBiasByGrade` is the Evidence sheet's correction
 * for Maryland levels 1 … 5, in that order.
 */
export function businessCaseResults(inputs: BusinessCaseInputs, optimismBiasByGrade: readonly number[]): BusinessCaseResults {
  for (const name of businessCaseInputNames) requireFinite(inputs[name], name);
  const v = inputs;
  const horizon = requireWholeBetween(v.horizon, "horizon", 1, 100);
  const grade = requireWholeBetween(v.design_grade, "design_grade", 1, optimismBiasByGrade.length);
  requireCount(v.events_treated, "events_treated");
  requireCount(v.events_control, "events_control");
  requireNonNegative(v.months_avoided, "months_avoided");
  requireRate(v.county_cost_share, "county_cost_share");
  requireGrowthRate(v.discount_rate, "discount_rate");
  requireGrowthRate(v.cost_growth, "cost_growth");
  const gross = preventedPlacements(v.households_served, v.events_treated / v.n_treated, v.events_control / v.n_control);
  const net = adjust(gross, {
    deadweight: 0,
    attribution: v.attribution,
    displacement: v.displacement,
    optimismBias: optimismBiasByGrade[grade - 1],
  });
  const years = Array.from({ length: horizon }, (_, i) => i + 1);
  const growth = (year: number) => (1 + v.cost_growth) ** (year - 1);
  const cost = years.map((year) => v.posts_fte * v.cost_per_post * growth(year));
  const costCounty = cost.map((amount) => amount * v.county_cost_share);
  // Each year's prevented placements save their months in that year and the next ones, up to months_avoided in all.
  const saving = (monthly: number) => years.map((year) => net * monthly * Math.min(12 * year, v.months_avoided) * growth(year));
  const benefit: Record<Row, number[]> = {
    benefit_county_row: saving(v.hzp_share * v.hzp_monthly_cost - v.county_cost_at_home),
    benefit_city_row: saving(v.city_monthly_saving),
    benefit_insurance_row: saving(v.insurance_care_home - v.insurance_at_home),
    benefit_residents_row: saving(v.resident_own_share * (1 - v.hzp_share) - v.resident_cost_at_home),
  };
  const county = benefit.benefit_county_row;
  const city = benefit.benefit_city_row;
  const insurance = benefit.benefit_insurance_row;
  const rows: Record<Row | NetRow, number[]> = {
    ...benefit,
    net_county_row: years.map((_, i) => county[i] - costCounty[i]),
    net_county_city_row: years.map((_, i) => county[i] + city[i] - cost[i]),
    net_public_row: years.map((_, i) => county[i] + city[i] + insurance[i] - cost[i]),
  };
  const pv = (amounts: readonly number[]) => presentValue(amounts, v.discount_rate);
  const results: Partial<BusinessCaseResults> = {};
  for (const [name, amounts] of Object.entries(rows) as [Row | NetRow, number[]][]) {
    results[`${name}_current_year`] = amounts[0];
    results[`${name}_next_year`] = amounts[1] ?? 0;
    results[`${name}_present_value`] = pv(amounts);
  }
  const ratio = (benefits: number, costs: number) => (costs === 0 ? Number.NaN : benefits / costs);
  const pvPublic = pv(years.map((_, i) => county[i] + city[i] + insurance[i]));
  results.bcr_county = ratio(pv(county), pv(costCounty));
  results.bcr_county_city = ratio(pv(county) + pv(city), pv(cost));
  results.bcr_public = ratio(pvPublic, pv(cost));
  return results as BusinessCaseResults;
}
