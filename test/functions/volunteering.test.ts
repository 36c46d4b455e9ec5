import { minimumWage, volunteerHours, volunteerValue } from "../../src/functions/volunteering";
import { thrownExcelError } from "../support/thrownExcelError";

const omitted = null as unknown as undefined;

describe("PREVENT.VOLUNTEERHOURS", () => {
  test("volunteer-log.csv: shopping help, 9 volunteers × 3 hours × 48 weeks = 1,296", () => {
    expect(volunteerHours(9, 3, 48)).toBe(1296);
  });

  test("weeks omitted: 52", () => {
    // 6 × 2 × 52 = 624
    expect(volunteerHours(6, 2, omitted)).toBe(624);
  });

  test("200 hours a week is #VALUE!", () => {
    expect(thrownExcelError(() => volunteerHours(1, 200))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "hours_per_week: 200 is more than the 168 hours of a week" }),
    );
  });
});

describe("PREVENT.VOLUNTEERVALUE", () => {
  test("a number rate: 1,296 hours × 8 EUR = 10,368 (below the minimum wage, still computed)", () => {
    expect(volunteerValue(1296, 8, omitted)).toBe(10368);
  });

  test('"MINWAGE" in any case, or rate omitted: 1 January of year', () => {
    // 1,000 × 12.82 (2025); 1,000 × 9.50 (2021)
    expect(volunteerValue(1000, "minwage", 2025)).toBeCloseTo(12820, 9);
    expect(volunteerValue(1000, omitted, 2021)).toBeCloseTo(9500, 9);
  });

  test('"MINWAGE" without a year is #VALUE! saying what is missing', () => {
    expect(thrownExcelError(() => volunteerValue(1000, "MINWAGE", omitted)).message).toMatch(/^year: needed with rate "MINWAGE"/);
  });

  test('"MINWAGE" for 2013 is #N/A with a message', () => {
    const error = thrownExcelError(() => volunteerValue(1000, "MINWAGE", 2013));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/before 2015/);
  });

  test("other text as rate is #VALUE!", () => {
    expect(thrownExcelError(() => volunteerValue(10, "Tarif", omitted)).message).toBe("rate: 'Tarif' is neither a number nor \"MINWAGE\"");
  });
});

describe("PREVENT.MINWAGE", () => {
  test("an Excel date serial: 44743 = 2022-07-01 → 10.45", () => {
    expect(minimumWage(44743)).toBe(10.45);
  });

  test("an ISO text date: 2022-10-01 → 12.00", () => {
    expect(minimumWage("2022-10-01")).toBe(12);
  });

  test("2014-12-31 is #N/A with a message", () => {
    const error = thrownExcelError(() => minimumWage("2014-12-31"));
    expect(error).toEqual(expect.objectContaining({ code: "#N/A", message: expect.stringContaining("before 2015-01-01") }));
  });

  test("a boolean or a blank is #VALUE!", () => {
    expect(thrownExcelError(() => minimumWage(true)).code).toBe("#VALUE!");
    expect(thrownExcelError(() => minimumWage(null)).message).toBe("date: is empty");
  });
});
