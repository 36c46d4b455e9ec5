import fc from "fast-check";
import { minimumWage, volunteerHours, volunteerValue } from "../../src/functions/volunteering";
import { anyCell, likelyCell, isFiniteNumber, returnsResultOrExcelError } from "./arbitraryCells";

// The generated arguments are deliberately of any type.
const call = (f: (...args: any[]) => unknown, args: unknown[]) => () => f(...args);

describe("arbitrary input gives a valid result or #VALUE!/#N/A with a message", () => {
  test("VOLUNTEERHOURS", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 3, maxLength: 3 }), (args) =>
        returnsResultOrExcelError(call(volunteerHours, args), isFiniteNumber),
      ),
    );
  });

  test("VOLUNTEERVALUE", () => {
    fc.assert(
      fc.property(fc.array(likelyCell, { minLength: 3, maxLength: 3 }), (args) =>
        returnsResultOrExcelError(call(volunteerValue, args), isFiniteNumber),
      ),
    );
  });

  test("MINWAGE", () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, fc.integer({ min: 40000, max: 50000 })), (date) =>
        returnsResultOrExcelError(call(minimumWage, [date]), isFiniteNumber),
      ),
    );
  });
});

describe("on valid input", () => {
  test("MINWAGE never falls as the date moves on (Excel serials 2015-01-01 … 2030-12-31)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 42005, max: 47848 }), fc.integer({ min: 0, max: 2000 }), (day, later) => {
        expect(minimumWage(day + later)).toBeGreaterThanOrEqual(minimumWage(day));
      }),
      { numRuns: 300 },
    );
  });

  test("VOLUNTEERVALUE with MINWAGE equals hours × MINWAGE on 1 January", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 2015, max: 2040 }), (hours, year) => {
        expect(volunteerValue(hours, "MINWAGE", year)).toBe(hours * minimumWage(`${year}-01-01`));
      }),
      { numRuns: 300 },
    );
  });
});
