import { rateBelowMinimumWage, volunteerHours, volunteerValue } from "../../src/engine/volunteering";

describe("volunteerHours", () => {
  test("volunteers × hours per week × weeks (volunteer-log.csv, visiting service)", () => {
    // 18 × 2.5 × 46 = 2,070
    expect(volunteerHours(18, 2.5, 46)).toBe(2070);
  });

  test("weeks default to 52", () => {
    // 12 × 4 × 52 = 2,496
    expect(volunteerHours(12, 4)).toBe(2496);
  });

  test.each([
    [-1, 2, 40, "volunteers"],
    [5, 169, 40, "hours_per_week"],
    [5, 2, 54, "weeks_per_year"],
    [5, NaN, 40, "hours_per_week"],
  ])("rejects %p, %p, %p naming %s", (volunteers, hours, weeks, argument) => {
    expect(() => volunteerHours(volunteers, hours, weeks)).toThrow(new RegExp(`^${argument}`));
  });
});

describe("volunteerValue", () => {
  test("hours × rate; the source's 8 EUR still computes", () => {
    // 2,070 × 8 = 16,560
    expect(volunteerValue(2070, { euroPerHour: 8 })).toBe(16560);
  });

  test("MINWAGE: the rate in force on 1 January of the year", () => {
    // 1,000 × 12.82 (2025) = 12,820; 1,000 × 9.82 (2022, before the July and October rises) = 9,820
    expect(volunteerValue(1000, { minimumWageOfYear: 2025 })).toBeCloseTo(12820, 9);
    expect(volunteerValue(1000, { minimumWageOfYear: 2022 })).toBeCloseTo(9820, 9);
  });

  test("MINWAGE before 2015 is not enough data", () => {
    expect(() => volunteerValue(10, { minimumWageOfYear: 2013 })).toThrow(expect.objectContaining({ problem: "not-enough-data" }));
  });

  test("negative hours or rate are invalid", () => {
    expect(() => volunteerValue(-1, { euroPerHour: 8 })).toThrow(/^hours/);
    expect(() => volunteerValue(1, { euroPerHour: -8 })).toThrow(/^rate/);
  });
});

describe("rateBelowMinimumWage", () => {
  test("the source's 8 EUR is below the minimum wage of 2025 (12.82)", () => {
    const check = rateBelowMinimumWage(8, 2025);
    expect(check.below).toBe(true);
    expect(check.minimumWage?.euroPerHour).toBe(12.82);
  });

  test("a rate at the minimum wage is not below it", () => {
    expect(rateBelowMinimumWage(12.82, 2025).below).toBe(false);
    expect(rateBelowMinimumWage(9.5, 2021).below).toBe(false);
  });

  test("before 2015 there is nothing to be below", () => {
    expect(rateBelowMinimumWage(8, 2013)).toEqual({ below: false, minimumWage: null });
  });
});
