import * as fs from "fs";
import * as path from "path";
import { NO_ADJUSTMENT, adjust, fiscalReturn, presentValue, stream } from "../../src/engine/fiscalReturn";
import { InputError } from "../../src/engine/errors";
import reference from "../reference/fiscal.json";

/**
 * The spreadsheet's own NPV, recalculated by LibreOffice from test/reference/fiscal-npv.fods:
 *   soffice -env:UserInstallation=file:///tmp/profile --headless \
 *     --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
 *     test/reference/fiscal-npv.fods   (written to test/reference/fiscal-npv.csv, 15 significant digits)
 * Rows 1–5 hold the amounts, row 6 NPV(rate; row) of each.
 */
const spreadsheet = fs
  .readFileSync(path.join(__dirname, "../reference/fiscal-npv.csv"), "utf8")
  .trim()
  .split("\n")
  .map((line) =>
    line
      .split(",")
      .filter((cell) => cell !== "")
      .map(Number),
  );
const spreadsheetNpv = spreadsheet[5];
const relative = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe("stream", () => {
  test("amount × (1+growth)^(t−1) × (1−drop_off)^(t−1)", () => {
    // 1000, 1000·1.03·0.9 = 927, 927·0.927 = 859.329, … (R: fiscal.R)
    const amounts = stream(1000, 5, 0.03, 0.1);
    expect(amounts).toHaveLength(5);
    amounts.forEach((amount, index) => expect(amount).toBeCloseTo(reference.stream[index], 9));
  });

  test("defaults: a flat row", () => {
    expect(stream(250, 3)).toEqual([250, 250, 250]);
  });

  test("0 years give an empty row", () => {
    expect(stream(250, 0)).toEqual([]);
  });

  test.each([
    [100, -1, 0, 0, "years"],
    [100, 2.5, 0, 0, "years"],
    [100, 101, 0, 0, "years"],
    [100, 3, -1.5, 0, "growth"],
    [100, 3, 0, 1.1, "drop_off"],
    [NaN, 3, 0, 0, "amount"],
  ])("rejects amount %p, years %p, growth %p, drop_off %p naming %s", (amount, years, growth, dropOff, argument) => {
    expect(() => stream(amount, years, growth, dropOff)).toThrow(new RegExp(`^${argument}`));
  });

  test("an amount that overflows is an invalid value, not Infinity", () => {
    expect(() => stream(1e308, 100, 10)).toThrow(InputError);
  });
});

describe("adjust", () => {
  test("gross × (1−deadweight) × attribution × (1−displacement) × (1−optimism_bias)", () => {
    // 100 × 0.8 × 0.75 × 0.9 × 0.85 = 45.9
    expect(adjust(100, { deadweight: 0.2, attribution: 0.75, displacement: 0.1, optimismBias: 0.15 })).toBeCloseTo(45.9, 12);
  });

  test("no adjustment keeps the gross", () => {
    expect(adjust(1234.5, NO_ADJUSTMENT)).toBe(1234.5);
  });

  test.each(["deadweight", "attribution", "displacement", "optimismBias"] as const)("rejects %s above 1", (key) => {
    expect(() => adjust(100, { ...NO_ADJUSTMENT, [key]: 1.5 })).toThrow(InputError);
  });
});

describe("presentValue agrees with the spreadsheet's NPV", () => {
  test.each([
    [0, 0.035],
    [1, 0.035],
    [2, 0.035],
    [3, 0.035],
  ])("row %p at %p", (row, rate) => {
    expect(relative(presentValue(spreadsheet[row], rate), spreadsheetNpv[row])).toBeLessThan(1e-13);
  });

  test("a blank year counts as 0 here; NPV skips it and moves year 3 to year 2", () => {
    // 100/1.1 + 0/1.21 + 100/1.331 = 90.909 + 75.131 = 166.04; LibreOffice's NPV gives 100/1.1 + 100/1.21 = 173.55
    expect(presentValue([100, 0, 100], 0.1)).toBeCloseTo(100 / 1.1 + 100 / 1.331, 10);
    expect(spreadsheetNpv[4]).toBeCloseTo(100 / 1.1 + 100 / 1.21, 9);
  });
});

describe("fiscalReturn", () => {
  interface ExpectedReturn {
    pv_costs: number;
    pv_benefits: number;
    npv: number;
    bcr: number | null;
    roi: number | null;
    payback_year: number | null;
    years: number;
  }
  const expectReturn = (actual: ReturnType<typeof fiscalReturn>, expected: ExpectedReturn) => {
    expect(actual.pvCosts).toBeCloseTo(expected.pv_costs, 7);
    expect(actual.pvBenefits).toBeCloseTo(expected.pv_benefits, 7);
    expect(actual.npv).toBeCloseTo(expected.npv, 7);
    expect(actual.bcr).toBeCloseTo(expected.bcr as number, 12);
    expect(actual.roi).toBeCloseTo(expected.roi as number, 12);
    expect(actual.paybackYear).toBe(expected.payback_year);
    expect(actual.years).toBe(expected.years);
  };

  test("one counsellor post: 100,000 EUR a year, 7 placements prevented at 20,000 EUR → BCR 1.4", () => {
    // Source: the post "refinances itself 100 % and yields almost 40,000 EUR extra".
    // Year: benefits 7 × 20,000 = 140,000 against costs 100,000: BCR 1.4, NPV 40,000, ROI 0.4, payback year 1.
    const oneYear = fiscalReturn([100000], [140000]);
    expect(oneYear.bcr).toBeCloseTo(1.4, 12);
    expect(oneYear.npv).toBeCloseTo(40000, 8);
    expect(oneYear.roi).toBeCloseTo(0.4, 12);
    expect(oneYear.paybackYear).toBe(1);
    // Five years at 3.5 %: the ratio stays 1.4; NPV = 40,000 · (1 − 1.035^−5)/0.035 = 180,602.10 (R and LibreOffice)
    const fiveYears = fiscalReturn(stream(100000, 5), stream(140000, 5), 0.035);
    expectReturn(fiveYears, reference.counsellor.five_years);
    expect(relative(fiveYears.pvCosts, spreadsheetNpv[2])).toBeLessThan(1e-13);
    expect(relative(fiveYears.pvBenefits, spreadsheetNpv[3])).toBeLessThan(1e-13);
  });

  test("Schleswig-Holstein: 1.4 M EUR a year against 2.9 M EUR social-assistance savings → ≈ 2.1", () => {
    // 2.9 / 1.4 = 2.0714…; with 2.0 M EUR care-insurance savings: 4.9 / 1.4 = 3.5 (parameters.md)
    const socialAssistance = fiscalReturn([1.4e6], [2.9e6], 0.035);
    expect(socialAssistance.bcr).toBeCloseTo(2.9 / 1.4, 12);
    expect(Number(socialAssistance.bcr!.toFixed(1))).toBe(2.1);
    expect(fiscalReturn([1.4e6], [4.9e6]).bcr).toBeCloseTo(3.5, 12);
  });

  test("costs for 5 years, benefits for 8: the shorter row counts as 0 later; payback in year 8", () => {
    // Bielefeld-sized programme: 180,000 EUR a year for five years (R and LibreOffice's NPV).
    const result = fiscalReturn(stream(180000, 5), [0, 0, 60000, 120000, 180000, 200000, 200000, 200000], 0.035);
    expectReturn(result, reference.fiscal.unequal);
    expect(relative(result.pvCosts, spreadsheetNpv[0])).toBeLessThan(1e-13);
    expect(relative(result.pvBenefits, spreadsheetNpv[1])).toBeLessThan(1e-13);
  });

  test("never paying back gives no payback year", () => {
    expectReturn(fiscalReturn([100, 100], [10, 20], 0.02), reference.fiscal.never);
  });

  test("years before the first cost are not payback years", () => {
    // cumulative costs 0, 100, 100; benefits 10, 60, 120: year 1 has nothing to pay back, year 3 does it
    expect(fiscalReturn([0, 100], [10, 50, 60]).paybackYear).toBe(3);
  });

  test("payback is not missed by rounding: 0.1 + 0.2 against 0.3", () => {
    expect(fiscalReturn([0.3], [0.1, 0.2]).paybackYear).toBe(2);
  });

  test("no costs: no ratio", () => {
    const result = fiscalReturn([0, 0], [5, 5]);
    expect(result.bcr).toBeNull();
    expect(result.roi).toBeNull();
    expect(result.paybackYear).toBeNull();
    expect(result.npv).toBe(10);
  });

  test("no amounts at all is not enough data", () => {
    expect(() => fiscalReturn([], [])).toThrow(expect.objectContaining({ problem: "not-enough-data" }));
  });

  test("a discount rate of −100 % or below is invalid", () => {
    expect(() => fiscalReturn([1], [1], -1)).toThrow(/^discount_rate/);
  });
});
