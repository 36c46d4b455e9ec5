import { adjust, fiscalReturn, placementValue, prevented, split, stream } from "../../src/functions/fiscal";
import reference from "../reference/fiscal.json";
import { thrownExcelError } from "../support/thrownExcelError";

describe("PREVENT.PREVENTED", () => {
  test("the example cohort: 240 served, 34/240 vs 70/230", () => {
    expect(prevented(240, 34 / 240, 70 / 230)).toBeCloseTo(reference.cohort.prevented.point, 10);
  });

  test("a rate above 1 is #VALUE! naming the argument", () => {
    expect(thrownExcelError(() => prevented(240, 1.2, 0.3))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/^rate_treated/) }),
    );
  });

  test("text is #VALUE!", () => {
    expect(thrownExcelError(() => prevented("viele" as unknown as number, 0.1, 0.3)).message).toBe("n_served: 'viele' is not a number");
  });
});

describe("PREVENT.PLACEMENTVALUE", () => {
  test("omitted optional arguments arrive as null: share 1, no discounting, no growth", () => {
    // 10 × (2,500 − 500) = 20,000 (the counsellor example's value per placement)
    expect(placementValue(10, 2500, 500, null as unknown as undefined, null as unknown as undefined, null as unknown as undefined)).toBe(
      reference.counsellor.value_per_placement,
    );
  });

  test("the example cohort's county value with share and discount rate", () => {
    expect(placementValue(25, 1700, 0, 0.38, 0.035)).toBeCloseTo(reference.cohort.value_per_placement.county, 8);
  });

  test("a share of 140 % is #VALUE!", () => {
    expect(thrownExcelError(() => placementValue(12, 2000, 0, 1.4)).code).toBe("#VALUE!");
  });
});

describe("PREVENT.STREAM", () => {
  test("spills a row", () => {
    const row = stream(1000, 5, 0.03, 0.1);
    expect(row).toHaveLength(1);
    row[0].forEach((amount, index) => expect(amount).toBeCloseTo(reference.stream[index], 9));
  });

  test("0 years spill one empty cell", () => {
    expect(stream(1000, 0)).toEqual([[""]]);
  });

  test("more than 100 years is #VALUE!", () => {
    expect(thrownExcelError(() => stream(1, 101))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "years: 101 is more than 100" }),
    );
  });
});

describe("PREVENT.ADJUST", () => {
  test("defaults 0, 1, 0, 0 keep the gross", () => {
    expect(adjust(39.04)).toBe(39.04);
  });

  test("all four adjustments", () => {
    expect(adjust(100, 0.2, 0.75, 0.1, 0.15)).toBeCloseTo(reference.adjust, 12);
  });
});

describe("PREVENT.FISCALRETURN", () => {
  const costs = [[100000, 100000, 100000, 100000, 100000]];
  const benefits = [[140000], [140000], [140000], [140000], [140000]];

  test("a row of costs and a column of benefits, table in English", () => {
    const table = fiscalReturn(costs, benefits, 0.035);
    const expected = reference.counsellor.five_years;
    expect(table.map((row) => row[0])).toEqual([
      "Present value of costs",
      "Present value of benefits",
      "Net present value",
      "Benefit-cost ratio",
      "Return on investment",
      "Payback year",
      "Years counted",
    ]);
    expect(table[0][1]).toBeCloseTo(expected.pv_costs, 7);
    expect(table[1][1]).toBeCloseTo(expected.pv_benefits, 7);
    expect(table[2][1]).toBeCloseTo(expected.npv, 7);
    expect(table[3][1]).toBeCloseTo(1.4, 12);
    expect(table[4][1]).toBeCloseTo(0.4, 12);
    expect(table[5][1]).toBe(1);
    expect(table[6][1]).toBe(5);
  });

  test("single values by key", () => {
    expect(fiscalReturn([[1.4e6]], [[2.9e6]], null as unknown as undefined, "bcr")).toEqual([[expect.closeTo(2.9 / 1.4, 12)]]);
    expect(fiscalReturn([[1.4e6]], [[2.9e6]], 0.035, " NPV ")).toEqual([[expect.closeTo(1.5e6 / 1.035, 6)]]);
  });

  test("no payback: an empty cell in the table, #N/A with a message by key", () => {
    const table = fiscalReturn([[100, 100]], [[10, 20]], 0.02);
    expect(table[5][1]).toBe("");
    const error = thrownExcelError(() => fiscalReturn([[100, 100]], [[10, 20]], 0.02, "payback_year"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("payback_year: cumulative benefits do not reach cumulative costs within the 2 years");
  });

  test("no costs: bcr is #N/A by key", () => {
    expect(thrownExcelError(() => fiscalReturn([[0]], [[10]], 0, "bcr")).code).toBe("#N/A");
  });

  test("blank years inside a row count as 0, trailing blanks are not years", () => {
    // costs 100 in years 1 and 3: 100/1.1 + 100/1.331 = 166.04 (not NPV's 173.55)
    const table = fiscalReturn([[100, null, 100, ""]], [[0]], 0.1);
    expect(table[0][1]).toBeCloseTo(100 / 1.1 + 100 / 1.331, 10);
    expect(table[6][1]).toBe(3);
  });

  test("a two-dimensional range is #VALUE!", () => {
    expect(
      thrownExcelError(() =>
        fiscalReturn(
          [
            [1, 2],
            [3, 4],
          ],
          [[1]],
        ),
      ).message,
    ).toBe("costs: expected one row or one column of annual amounts, got 2 rows × 2 columns");
  });

  test("text in a row names the position", () => {
    expect(thrownExcelError(() => fiscalReturn([[100, "n/a", 100]], [[1]])).message).toBe("column 2 of costs is 'n/a', expected a number");
  });

  test("empty ranges are #N/A", () => {
    expect(thrownExcelError(() => fiscalReturn([[null]], [[""]])).code).toBe("#N/A");
  });

  test("an unknown key is #VALUE! listing the keys", () => {
    expect(thrownExcelError(() => fiscalReturn([[1]], [[2]], 0, "irr")).message).toMatch(
      /pv_costs, pv_benefits, npv, bcr, roi, payback_year, years/,
    );
  });
});

describe("PREVENT.SPLIT", () => {
  test("keeps the shape of the shares: a column", () => {
    expect(split(40000, [[0.5], [0.5]])).toEqual([[20000], [20000]]);
  });

  test("a row with a blank share", () => {
    expect(split(1000, [[0.25, "", 0.75]])).toEqual([[250, 0, 750]]);
  });

  test("the example cohort's county saving shared with the city (Kreis Höxter)", () => {
    const countyTotal = reference.cohort.per_bearer.county.point * 2;
    expect(split(countyTotal, [[0.5], [0.5]])).toEqual([
      [reference.cohort.per_bearer.county.point],
      [reference.cohort.per_bearer.city.point],
    ]);
  });

  test("shares adding to 90 % are #VALUE! naming the sum", () => {
    expect(thrownExcelError(() => split(100, [[0.5], [0.4]]))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "shares: add up to 0.9 (90 %), expected 1 (100 %)" }),
    );
  });

  test("text among the shares names its row", () => {
    expect(thrownExcelError(() => split(100, [[0.5], ["half"]])).message).toBe("row 2 of shares is 'half', expected a number");
  });
});
