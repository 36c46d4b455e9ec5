import { monthsByYear, placementValue, preventedPlacements, type PlacementValueInputs } from "../../src/engine/placements";
import { InputError } from "../../src/engine/errors";
import reference from "../reference/fiscal.json";

const base: PlacementValueInputs = {
  monthsAvoided: 12,
  monthlyCostCareHome: 2000,
  monthlyCostAtHome: 500,
  share: 1,
  discountRate: 0,
  costGrowth: 0,
};

describe("preventedPlacements", () => {
  test("n_served × (rate_control − rate_treated)", () => {
    // 240 × (0.30 − 0.10) = 240 × 0.20 = 48
    expect(preventedPlacements(240, 0.1, 0.3)).toBeCloseTo(48, 12);
  });

  test("harm is reported as a negative number", () => {
    // 50 × (0.10 − 0.20) = −5
    expect(preventedPlacements(50, 0.2, 0.1)).toBeCloseTo(-5, 12);
  });

  test("the example cohort: 34 of 240 vs 70 of 230 moved within 24 months", () => {
    // 240 · 70/230 − 34 = 73.0435 − 34 = 39.0435 (R: test/reference/fiscal.R)
    expect(preventedPlacements(240, 34 / 240, 70 / 230)).toBeCloseTo(reference.cohort.prevented.point, 10);
  });

  test("the Newcombe interval of the difference becomes an interval of prevented placements", () => {
    // Holding the control rate, the treated rate at p_c + bound reproduces n · (−bound):
    // R gives the Newcombe bounds −0.23589 and −0.08787, so 240 · 0.08787 = 21.09 and 240 · 0.23589 = 56.61.
    const { rate_control, lower, upper } = reference.cohort;
    expect(preventedPlacements(240, rate_control + upper, rate_control)).toBeCloseTo(reference.cohort.prevented.lower, 10);
    expect(preventedPlacements(240, rate_control + lower, rate_control)).toBeCloseTo(reference.cohort.prevented.upper, 10);
  });

  test.each([
    [-1, 0.1, 0.2, "n_served"],
    [10, 1.2, 0.2, "rate_treated"],
    [10, 0.1, -0.1, "rate_control"],
    [NaN, 0.1, 0.2, "n_served"],
  ])("rejects %p, %p, %p naming %s", (n, treated, control, argument) => {
    expect(() => preventedPlacements(n, treated, control)).toThrow(new RegExp(`^${argument}`));
  });
});

describe("monthsByYear", () => {
  test("12 a year, the remainder in the last year", () => {
    expect(monthsByYear(25)).toEqual([12, 12, 1]);
    expect(monthsByYear(24)).toEqual([12, 12]);
    expect(monthsByYear(7.5)).toEqual([7.5]);
    expect(monthsByYear(0)).toEqual([]);
  });
});

describe("placementValue", () => {
  test("one year undiscounted: months × saving × share", () => {
    // 12 × (2,000 − 500) × 0.4 = 7,200
    expect(placementValue({ ...base, share: 0.4 })).toBeCloseTo(7200, 9);
  });

  test("discounting at the end of year 1, as Excel's NPV", () => {
    // 12 × 1,500 / 1.05 = 18,000 / 1.05 = 17,142.857142857…
    expect(placementValue({ ...base, discountRate: 0.05 })).toBeCloseTo(18000 / 1.05, 9);
  });

  test("25 months spread 12, 12, 1 with cost growth", () => {
    // 12·1500/1.1 + 12·1500·1.1/1.1² + 1·1500·1.1²/1.1³ = 16,363.636 + 16,363.636 + 1,363.636 = 34,090.909…
    // (growth and discount cancel year by year: each year is m·1500/1.1)
    expect(placementValue({ ...base, monthsAvoided: 25, discountRate: 0.1, costGrowth: 0.1 })).toBeCloseTo((25 * 1500) / 1.1, 8);
  });

  test("cases computed in R from the definition", () => {
    // months 30 (12, 12, 6), 4,560 vs 1,497, share 0.5, 3.5 % discount, 2 % cost growth
    expect(
      placementValue({
        monthsAvoided: 30,
        monthlyCostCareHome: 4560,
        monthlyCostAtHome: 1497,
        share: 0.5,
        discountRate: 0.035,
        costGrowth: 0.02,
      }),
    ).toBeCloseTo(reference.placement_value.growth_case, 8);
    // months 13.5 (12, 1.5), 2,000 vs 800, 5 %
    expect(
      placementValue({ ...base, monthsAvoided: 13.5, monthlyCostCareHome: 2000, monthlyCostAtHome: 800, discountRate: 0.05 }),
    ).toBeCloseTo(reference.placement_value.fraction_case, 8);
  });

  test("negative for a bearer who pays more at home (care insurance, care grade 3: 1,319 vs 1,497)", () => {
    // 12 × (1,319 − 1,497) = 12 × −178 = −2,136
    expect(placementValue({ ...base, monthlyCostCareHome: 1319, monthlyCostAtHome: 1497 })).toBeCloseTo(-2136, 9);
  });

  test("0 months are worth 0", () => {
    expect(placementValue({ ...base, monthsAvoided: 0 })).toBe(0);
  });

  test("the example cohort's value per placement for each cost bearer (parameters.md defaults)", () => {
    // 25 months (average stay, Caritas 2024), 3.5 % (Green Book), care grade 3; see fiscal.R.
    const cohort = { ...base, monthsAvoided: 25, discountRate: 0.035 };
    const county = placementValue({ ...cohort, monthlyCostCareHome: 1700, monthlyCostAtHome: 0, share: 0.38 });
    const careInsurance = placementValue({ ...cohort, monthlyCostCareHome: 1319, monthlyCostAtHome: 1497 });
    const residents = placementValue({ ...cohort, monthlyCostCareHome: 3245, monthlyCostAtHome: 0, share: 0.62 });
    expect(county).toBeCloseTo(reference.cohort.value_per_placement.county, 8);
    expect(careInsurance).toBeCloseTo(reference.cohort.value_per_placement.care_insurance, 8);
    expect(residents).toBeCloseTo(reference.cohort.value_per_placement.residents, 8);
    // by hand for the county: 1,700 · 0.38 = 646 a month; 7,752/1.035 + 7,752/1.035² + 646/1.035³ = 15,309.09
    expect(county).toBeCloseTo(7752 / 1.035 + 7752 / 1.035 ** 2 + 646 / 1.035 ** 3, 8);
  });

  test.each<[Partial<PlacementValueInputs>, string]>([
    [{ monthsAvoided: -1 }, "months_avoided"],
    [{ monthsAvoided: 1201 }, "months_avoided"],
    [{ monthlyCostCareHome: -5 }, "monthly_cost_care_home"],
    [{ monthlyCostAtHome: Infinity }, "monthly_cost_at_home"],
    [{ share: 1.5 }, "share"],
    [{ discountRate: -1 }, "discount_rate"],
    [{ costGrowth: -2 }, "cost_growth"],
  ])("rejects %p naming %s", (change, argument) => {
    const attempt = () => placementValue({ ...base, ...change });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(new RegExp(`^${argument}`));
  });
});
