/**
 * What each named result cell of a rendered template must show, computed with the engine
 * (src/engine) from the template's inputs — never from the workbook's own formulas.
 */
import { adjust, fiscalReturn, presentValue } from "../../src/engine/fiscalReturn";
import { monthsByYear, placementValue, preventedPlacements } from "../../src/engine/placements";
import { compareRates, wilsonInterval } from "../../src/engine/proportions";
import { differenceInDifferences } from "../../src/engine/differenceInDifferences";
import { studentTCriticalValue } from "../../src/engine/distributions";
import { summarizeSample, welchTest, type MeanComparison, type TTestResult } from "../../src/engine/means";
import { shareAtHome } from "../../src/engine/kaplanMeier";
import { timeAtHome } from "../../src/engine/timeAtHome";
import { compareTimeAtHome } from "../../src/engine/timeAtHomeComparison";
import { minimumWageInYear } from "../../src/engine/minimumWage";
import { rateBelowMinimumWage, volunteerHours, volunteerValue } from "../../src/engine/volunteering";
import { balance } from "../../src/engine/comparableGroups";
import type { DataValue, InputRow, TemplateDefinition } from "../../src/templates/model";

export type Expected = Record<string, number | string | number[]>;

/** Default values of a definition's named inputs. */
export function inputValues(template: TemplateDefinition): Record<string, number> {
  const values: Record<string, number> = {};
  for (const sheet of template.sheets) {
    for (const row of sheet.rows ?? []) if (row.kind === "input") values[(row as InputRow).name] = row.value;
  }
  return values;
}

function rateResults(eventsTreated: number, nTreated: number, eventsControl: number, nControl: number, confidence: number): Expected {
  const treated = { events: eventsTreated, n: nTreated };
  const control = { events: eventsControl, n: nControl };
  const comparison = compareRates(treated, control, confidence);
  const wilsonTreated = wilsonInterval(treated, confidence);
  const wilsonControl = wilsonInterval(control, confidence);
  return {
    rate_treated: comparison.rateTreated,
    rate_control: comparison.rateControl,
    rate_difference: comparison.difference,
    wilson_lower_treated: wilsonTreated.lower,
    wilson_upper_treated: wilsonTreated.upper,
    wilson_lower_control: wilsonControl.lower,
    wilson_upper_control: wilsonControl.upper,
    difference_lower: comparison.lower,
    difference_upper: comparison.upper,
    p_value: comparison.pValue,
  };
}

export function counsellingCaseExpected(template: TemplateDefinition, optimismBiasByGrade: number[]): Expected {
  const v = inputValues(template);
  const rates = rateResults(v.events_treated, v.n_treated, v.events_control, v.n_control, v.confidence);
  const optimismBias = optimismBiasByGrade[v.design_grade - 1];
  const gross = preventedPlacements(v.households_served, rates.rate_treated as number, rates.rate_control as number);
  const net = adjust(gross, { deadweight: 0, attribution: v.attribution, displacement: v.displacement, optimismBias });
  const horizon = v.horizon;
  const yearsShown = 10;
  const growth = (year: number) => (1 + v.cost_growth) ** (year - 1);
  const inHorizon = (year: number) => (year <= horizon ? 1 : 0);
  const row = (amount: (year: number) => number) => Array.from({ length: yearsShown }, (_, i) => amount(i + 1));
  const cost = row((year) => v.posts_fte * v.cost_per_post * growth(year) * inHorizon(year));
  const costCounty = cost.map((amount) => amount * v.county_cost_share);
  const costCity = cost.map((amount) => amount * (1 - v.county_cost_share));
  const months = monthsByYear(v.months_avoided);
  // Each year's prevented placements save the months of monthsByYear in that and later years.
  const avoidedMonths = (year: number) => months.slice(0, year).reduce((sum, m) => sum + m, 0) * inHorizon(year);
  const monthly = {
    county: v.hzp_share * v.hzp_monthly_cost - v.county_cost_at_home,
    city: v.city_monthly_saving,
    insurance: v.insurance_care_home - v.insurance_at_home,
    residents: v.resident_own_share * (1 - v.hzp_share) - v.resident_cost_at_home,
  };
  const benefit = (saving: number) => row((year) => net * saving * avoidedMonths(year) * growth(year));
  const benefitCounty = benefit(monthly.county);
  const benefitCity = benefit(monthly.city);
  const benefitInsurance = benefit(monthly.insurance);
  const benefitResidents = benefit(monthly.residents);
  const benefitPublic = row((year) => benefitCounty[year - 1] + benefitCity[year - 1] + benefitInsurance[year - 1]);
  const minus = (a: number[], b: number[]) => a.map((x, i) => x - b[i]);
  const netCounty = minus(benefitCounty, costCounty);
  const netCountyCity = minus(
    benefitCounty.map((x, i) => x + benefitCity[i]),
    cost,
  );
  const netPublic = minus(benefitPublic, cost);
  const publicReturn = fiscalReturn(cost.slice(0, horizon), benefitPublic.slice(0, horizon), v.discount_rate);
  const countyReturn = fiscalReturn(costCounty.slice(0, horizon), benefitCounty.slice(0, horizon), v.discount_rate);
  const pv = (amounts: number[]) => presentValue(amounts, v.discount_rate);
  const value = (careHome: number, atHome: number, share = 1) =>
    placementValue({
      monthsAvoided: v.months_avoided,
      monthlyCostCareHome: careHome,
      monthlyCostAtHome: atHome,
      share,
      discountRate: v.discount_rate,
      costGrowth: v.cost_growth,
    });
  const grid: Expected = {};
  for (const [name, amounts] of Object.entries({
    benefit_county_row: benefitCounty,
    benefit_city_row: benefitCity,
    benefit_insurance_row: benefitInsurance,
    benefit_residents_row: benefitResidents,
    cost_county_row: costCounty,
    cost_city_row: costCity,
    net_county_row: netCounty,
    net_county_city_row: netCountyCity,
    net_public_row: netPublic,
  })) {
    grid[name] = amounts;
    grid[`${name}_current_year`] = amounts[0];
    grid[`${name}_next_year`] = amounts[1];
    grid[`${name}_present_value`] = pv(amounts);
  }
  return {
    ...rates,
    optimism_bias: optimismBias,
    prevented_gross: gross,
    prevented_low: -v.households_served * (rates.difference_upper as number),
    prevented_high: -v.households_served * (rates.difference_lower as number),
    prevented_net: net,
    county_monthly_saving: monthly.county,
    insurance_monthly_saving: monthly.insurance,
    resident_monthly_saving: monthly.residents,
    cost_row: cost,
    benefit_public_row: benefitPublic,
    ...grid,
    placement_value_county: value(v.hzp_monthly_cost, v.county_cost_at_home / v.hzp_share, v.hzp_share),
    placement_value_city: 0,
    placement_value_insurance: value(v.insurance_care_home, v.insurance_at_home),
    placement_value_residents: value(v.resident_own_share * (1 - v.hzp_share), v.resident_cost_at_home),
    pv_costs: publicReturn.pvCosts,
    pv_benefits_public: publicReturn.pvBenefits,
    npv_county: countyReturn.npv,
    npv_public: publicReturn.npv,
    bcr_county: countyReturn.bcr!,
    bcr_county_city: (pv(benefitCounty) + pv(benefitCity)) / pv(cost),
    bcr_public: publicReturn.bcr!,
    roi_public: publicReturn.roi!,
    break_even_county: (net * pv(costCounty)) / pv(benefitCounty),
    break_even_public: pv(benefitPublic) > 0 ? (net * pv(cost)) / pv(benefitPublic) : "not reachable",
  };
}

/** Cohort rows as the table holds them: id, group, start, entry (or null), end — dates as serials. */
export function placementCohortExpected(template: TemplateDefinition, rows: DataValue[][]): Expected {
  const v = inputValues(template);
  const people = rows.map(([, group, start, entry, end]) => ({
    group,
    start: start as number,
    entry: entry as number | null,
    end: end as number,
  }));
  const count = (group: string) => people.filter((person) => person.group === group);
  const entered = (group: string) => count(group).filter((person) => person.entry !== null && person.entry - person.start <= 730).length;
  const monthsHome = (group: string) => {
    const list = count(group).map((person) => ((person.entry ?? person.end) - person.start) / (365.25 / 12));
    return list.reduce((sum, m) => sum + m, 0) / list.length;
  };
  const rates = rateResults(entered("treated"), count("treated").length, entered("control"), count("control").length, v.confidence);
  return {
    n_treated: count("treated").length,
    n_control: count("control").length,
    events_treated: entered("treated"),
    events_control: entered("control"),
    short_follow_up: people.filter((person) => person.entry === null && person.end - person.start < 730).length,
    ...rates,
    months_home_treated: monthsHome("treated"),
    months_home_control: monthsHome("control"),
    months_home_difference: monthsHome("treated") - monthsHome("control"),
    ...timeAtHomeExpected(people, v.rmst_horizon),
    cohort_prevented: preventedPlacements(v.cohort_served_per_year, rates.rate_treated as number, rates.rate_control as number),
    cohort_prevented_low: -v.cohort_served_per_year * (rates.difference_upper as number),
    cohort_prevented_high: -v.cohort_served_per_year * (rates.difference_lower as number),
    // columns 5–7 of the cohort table: age, care grade, living alone
    ...balanceExpected("age", rows, 1, 5, "treated"),
    ...balanceExpected("care_grade", rows, 1, 6, "treated"),
    ...balanceExpected("living_alone", rows, 1, 7, "treated"),
  };
}

/**
 * The balance block of one covariate: the rows where it is a number, treated = 1 in the group
 * column; means, SMD ("" where undefined).
 */
export function balanceExpected(key: string, rows: DataValue[][], groupColumn: number, valueColumn: number, treated: string): Expected {
  const filled = rows.filter((row) => typeof row[valueColumn] === "number");
  const names = [`balance_${key}_treated`, `balance_${key}_control`, `balance_${key}_smd`];
  // A group without any value: the sheet shows empty cells.
  if (new Set(filled.map((person) => person[groupColumn] === treated)).size < 2) return Object.fromEntries(names.map((name) => [name, ""]));
  const [row] = balance(
    {
      group: Float64Array.from(filled.map((person) => (person[groupColumn] === treated ? 1 : 0))),
      covariates: [Float64Array.from(filled.map((person) => person[valueColumn] as number))],
      covariateNames: [key],
    },
    null,
  );
  return {
    [`balance_${key}_treated`]: row.meanTreated,
    [`balance_${key}_control`]: row.meanControl,
    [`balance_${key}_smd`]: row.standardisedMeanDifference ?? "",
  };
}

/** Activity rows: activity, volunteers, hours per week, weeks per year, rate (null = minimum wage). */
export function volunteerHoursExpected(template: TemplateDefinition, rows: DataValue[][]): Expected {
  const v = inputValues(template);
  const minimumWage = minimumWageInYear(v.valuation_year).euroPerHour;
  let hours = 0;
  let value = 0;
  let below = 0;
  for (const [, volunteers, hoursPerWeek, weeks, rate] of rows) {
    const activityHours = volunteerHours(volunteers as number, hoursPerWeek as number, weeks as number);
    const euroPerHour = rate === null ? minimumWage : (rate as number);
    hours += activityHours;
    value += volunteerValue(activityHours, rate === null ? { minimumWageOfYear: v.valuation_year } : { euroPerHour });
    if (rateBelowMinimumWage(euroPerHour, v.valuation_year).below) below += 1;
  }
  return {
    minimum_wage: minimumWage,
    volunteer_hours_total: hours,
    volunteer_value_total: value,
    volunteer_value_net: value - v.coordination_cost,
    rates_below_minimum_wage: below,
  };
}

/** Observation rows: id, group, wave, value. */
export function groupComparisonExpected(template: TemplateDefinition, rows: DataValue[][]): Expected {
  const v = inputValues(template);
  const sample = (group: string, wave: string) =>
    summarizeSample(rows.filter((row) => row[1] === group && row[2] === wave).map((row) => row[3] as number));
  const samples = {
    treatedBefore: sample("treated", "before"),
    treatedAfter: sample("treated", "after"),
    controlBefore: sample("control", "before"),
    controlAfter: sample("control", "after"),
  };
  const grid: Expected = {};
  for (const [key, summary] of Object.entries({
    treated_before: samples.treatedBefore,
    treated_after: samples.treatedAfter,
    control_before: samples.controlBefore,
    control_after: samples.controlAfter,
  })) {
    grid[`n_${key}`] = summary.n;
    grid[`mean_${key}`] = summary.mean;
    grid[`variance_${key}`] = summary.variance;
  }
  const means = welchTest(samples.treatedAfter, samples.controlAfter, v.confidence);
  const did = differenceInDifferences(samples, v.confidence);
  const rates = rateResults(v.events_treated, v.n_treated, v.events_control, v.n_control, v.confidence);
  return {
    ...rates,
    ...grid,
    mean_difference: means.difference,
    mean_se: means.standardError,
    mean_df: means.degreesOfFreedom,
    mean_t_critical: studentTCriticalValue(v.confidence, means.degreesOfFreedom),
    mean_lower: means.lower,
    mean_upper: means.upper,
    mean_p_value: means.pValue,
    // columns 4–5 of the data table: the two covariates, over both waves
    ...balanceExpected("covariate_1", rows, 1, 4, "treated"),
    ...balanceExpected("covariate_2", rows, 1, 5, "treated"),
    did_change_treated: samples.treatedAfter.mean - samples.treatedBefore.mean,
    did_change_control: samples.controlAfter.mean - samples.controlBefore.mean,
    did_difference: did.difference,
    did_se: did.standardError,
    did_df: did.degreesOfFreedom,
    did_t_critical: studentTCriticalValue(v.confidence, did.degreesOfFreedom),
    did_lower: did.lower,
    did_upper: did.upper,
    did_p_value: did.pValue,
    ...groupComparisonSentences(v, rates, means, did, {
      treated: samples.treatedAfter.mean - samples.treatedBefore.mean,
      control: samples.controlAfter.mean - samples.controlBefore.mean,
    }),
  };
}

/**
 * The English sentences, built here from the engine's numbers with JavaScript's own rounding
 * (toFixed), so a wrong cell reference or rounding in the workbook's text formula shows.
 */
function groupComparisonSentences(
  v: Record<string, number>,
  rates: Expected,
  means: MeanComparison,
  did: TTestResult,
  change: { treated: number; control: number },
): Expected {
  const d = v.sentence_decimals;
  const fixed = (x: number, places = d) => x.toFixed(places);
  const level = `${Math.round(100 * v.confidence * 100) / 100}%`;
  const p = (x: number) => (x < 0.001 ? "< 0.001" : `= ${x.toFixed(3)}`);
  const verdict = (lower: number, upper: number) =>
    lower > 0
      ? "The treated group lies higher, by more than chance alone explains at this confidence level."
      : upper < 0
        ? "The treated group lies lower, by more than chance alone explains at this confidence level."
        : "The interval includes zero: the data do not rule out that there is no difference.";
  const r = (key: string) => rates[key] as number;
  return {
    rate_sentence:
      `Treated group: ${fixed(100 * r("rate_treated"))}%, control group: ${fixed(100 * r("rate_control"))}%; difference ${fixed(100 * r("rate_difference"))} percentage points ` +
      `(${level} interval ${fixed(100 * r("difference_lower"))} to ${fixed(100 * r("difference_upper"))}, p ${p(r("p_value"))}). ${verdict(r("difference_lower"), r("difference_upper"))}`,
    mean_sentence:
      `Mean after: ${fixed(means.meanTreated)} in the treated group, ${fixed(means.meanControl)} in the control group; difference ${fixed(means.difference)} ` +
      `(${level} interval ${fixed(means.lower)} to ${fixed(means.upper)}, p ${p(means.pValue)}). ${verdict(means.lower, means.upper)}`,
    did_sentence:
      `From before to after, the treated group changed by ${fixed(change.treated)} and the control group by ${fixed(change.control)}; difference in differences ${fixed(did.difference)} ` +
      `(${level} interval ${fixed(did.lower)} to ${fixed(did.upper)}, p ${p(did.pValue)}). ${verdict(did.lower, did.upper)}`,
  };
}

/**
 * Kaplan–Meier shares at 6, 12, 24 and 36 months, restricted means up to the horizon (engine,
 * checked against R's survival package), and the step curve the KM curve sheet plots: a start at
 * (0, 100 %), then per person k the share just before and at the k-th shortest time of the group.
 */
function timeAtHomeExpected(people: { group: DataValue; start: number; entry: number | null; end: number }[], horizon: number): Expected {
  const times = (group: string) => people.filter((person) => person.group === group).map((person, i) => timeAtHome(person, `row ${i + 2}`));
  const comparison = compareTimeAtHome(times("treated"), times("control"), horizon);
  const expected: Expected = {
    rmst_treated: comparison.treated.restrictedMean.months,
    rmst_control: comparison.control.restrictedMean.months,
    rmst_difference: comparison.monthsDelayed,
  };
  for (const group of ["treated", "control"] as const) {
    const curve = comparison[group].curve;
    for (const months of [6, 12, 24, 36]) expected[`km_${months}_${group}`] = shareAtHome(curve, months).atHome ?? "";
    const sorted = times(group)
      .map((person) => person.months)
      .sort((a, b) => a - b);
    const shareAt = (month: number) => {
      const index = curve.months.indexOf(month);
      return curve.atHome[index];
    };
    const shareBefore = (month: number) => {
      const index = curve.months.indexOf(month);
      return index === 0 ? 1 : curve.atHome[index - 1];
    };
    const points: number[] = [1];
    for (let k = 1; k <= people.length; k++) {
      const month = sorted[Math.min(k, sorted.length) - 1];
      points.push(shareBefore(month), shareAt(month));
    }
    expected[`curve_${group}_share`] = points;
  }
  return expected;
}
