import fc from "fast-check";
import { adjust, fiscalReturn, placementValue, prevented, split, stream } from "../../src/functions/fiscal";
import { anyCell, likelyCell, likelyRange, isFiniteNumber, isSpill, numberRange, returnsResultOrExcelError } from "./arbitraryCells";

/* Excel hands the functions anything: they return a valid value or #VALUE!/#N/A with a message. */
// The generated arguments are deliberately of any type.
const call = (f: (...args: any[]) => unknown, args: unknown[]) => () => f(...args);

describe("arbitrary input gives a valid result or #VALUE!/#N/A with a message", () => {
  test("PREVENTED", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 3, maxLength: 3 }), (args) =>
        returnsResultOrExcelError(call(prevented, args), isFiniteNumber),
      ),
    );
  });

  test("PLACEMENTVALUE", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 6, maxLength: 6 }), (args) =>
        returnsResultOrExcelError(call(placementValue, args), isFiniteNumber),
      ),
      { numRuns: 300 },
    );
  });

  test("STREAM", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 4, maxLength: 4 }), (args) => returnsResultOrExcelError(call(stream, args), isSpill)),
    );
  });

  test("ADJUST", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 5, maxLength: 5 }), (args) =>
        returnsResultOrExcelError(call(adjust, args), isFiniteNumber),
      ),
    );
  });

  test("FISCALRETURN", () => {
    fc.assert(
      fc.property(
        likelyRange,
        likelyRange,
        fc.oneof(likelyCell, fc.constant(0.035)),
        fc.oneof(anyCell, fc.constantFrom("bcr", "payback_year", null)),
        (costs, benefits, rate, output) => returnsResultOrExcelError(call(fiscalReturn, [costs, benefits, rate, output]), isSpill),
      ),
      { numRuns: 300 },
    );
  });

  test("SPLIT", () => {
    fc.assert(
      fc.property(likelyCell, fc.oneof(likelyRange, fc.constant([[0.5], [0.5]]), fc.constant([[0.25, null, 0.75]])), (amount, shares) =>
        returnsResultOrExcelError(call(split, [amount, shares]), isSpill),
      ),
    );
  });
});

describe("arithmetic on valid input", () => {
  const rate = fc.double({ min: 0, max: 1, noNaN: true });

  test("PREVENTED changes sign when the groups are swapped", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), rate, rate, (n, treated, control) => {
        expect(prevented(n, treated, control)).toBeCloseTo(-prevented(n, control, treated), 6);
      }),
      { numRuns: 300 },
    );
  });

  test("PLACEMENTVALUE is proportional to share and never exceeds the undiscounted total when rates are ≥ 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        rate,
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (months, home, atHome, share, discount) => {
          const full = placementValue(months, home, atHome, 1, discount);
          expect(placementValue(months, home, atHome, share, discount)).toBeCloseTo(full * share, 3);
          expect(Math.abs(full)).toBeLessThanOrEqual(months * Math.abs(home - atHome) * (1 + 1e-12));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("STREAM spills `years` amounts (one empty cell for 0)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 100 }), rate, (amount, years, dropOff) => {
        const row = stream(amount, years, 0, dropOff);
        expect(row[0]).toHaveLength(Math.max(years, 1));
        if (years > 0) expect(row[0][0]).toBe(amount);
      }),
      { numRuns: 300 },
    );
  });

  test("FISCALRETURN: npv = pv_benefits − pv_costs and bcr · pv_costs = pv_benefits", () => {
    fc.assert(
      fc.property(
        numberRange(1, 1e6, { min: 1, max: 30 }),
        numberRange(0, 1e6, { min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (costs, benefits, discount) => {
          const [pvCosts, pvBenefits, npv, bcr] = fiscalReturn([costs], [benefits], discount).map((row) => row[1] as number);
          expect(npv).toBeCloseTo(pvBenefits - pvCosts, 6);
          expect(bcr * pvCosts).toBeCloseTo(pvBenefits, 4);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("SPLIT adds up to the amount", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), numberRange(0, 1, { min: 1, max: 8 }), (amount, weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        fc.pre(total > 0.01);
        const shares = weights.map((weight) => [weight / total]);
        fc.pre(Math.abs(shares.reduce((sum, [share]) => sum + share, 0) - 1) <= 1e-9);
        const parts = split(amount, shares).map((row) => row[0] as number);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBeCloseTo(amount, 3);
      }),
      { numRuns: 300 },
    );
  });
});
