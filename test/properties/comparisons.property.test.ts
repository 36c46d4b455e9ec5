import fc from "fast-check";
import { fisherExactTest, newcombeInterval, twoProportionZTest } from "../../src/engine/proportions";
import { differenceInDifferencesOfMeans, meanDifference, rateDifference, rateDifferenceFromCounts } from "../../src/functions/comparisons";
import { anyCell, anyRange, isFiniteNumber, isSpill, returnsResultOrExcelError } from "./arbitraryCells";

const rateKeys = ["rate_treated", "rate_control", "difference", "lower", "upper", "p_value", "fisher_p", "nnt", "n_treated", "n_control"];
const meanKeys = ["mean_treated", "mean_control", "difference", "lower", "upper", "p_value", "df", "n_treated", "n_control"];
const differenceInDifferencesKeys = ["difference", "se", "df", "lower", "upper", "p_value"];

const anyConfidence: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, "", 0.95, 0.9, 0.99, 0.5, 1e-12, 1 - 1e-12, 0, 1, -0.5, 95, NaN, Infinity, true, "95%"),
  fc.double(),
);
const anyOutput = (keys: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom<unknown>(null, "", ...keys, ...keys.map((key) => ` ${key.toUpperCase()} `)), anyCell);

/** A single value or a table as the functions return them. */
const isResult = (result: unknown[][]): boolean =>
  isSpill(result) && (result[0].length === 2 || (result.length === 1 && result[0].length === 1 && isFiniteNumber(result[0][0])));

/** Outcome ranges that are mostly valid: 0/1, booleans and blanks, now and then something else. */
const outcomeCell = fc.oneof(
  { weight: 100, arbitrary: fc.constantFrom<unknown>(0, 1, 0, 1, true, false, null, "") },
  { weight: 1, arbitrary: anyCell },
);
const outcomeRange = fc
  .array(fc.array(outcomeCell, { minLength: 1, maxLength: 3 }), { minLength: 0, maxLength: 40 })
  .map((rows) => rows.map((row) => row.slice(0, rows[0]?.length ?? 1)));

/** Number ranges that are mostly valid, with values from tiny to huge. */
const numberCell = fc.oneof(
  { weight: 60, arbitrary: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -50, max: 50 })) },
  { weight: 4, arbitrary: fc.constantFrom<unknown>(5e-324, 1e-300, -1e-300, 0, 1e12, null, "") },
  { weight: 2, arbitrary: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom<unknown>(1e308, -1e308)) },
  { weight: 1, arbitrary: anyCell },
);
const numberRange = fc.array(fc.tuple(numberCell), { minLength: 0, maxLength: 30 });

const parameters = { numRuns: 300 };

/** The statistics of a spilled rate table, in key order. */
function rateTable(table: unknown[][]): Record<string, unknown> {
  return Object.fromEntries(rateKeys.map((key, i) => [key, table[i][1]]));
}

describe("PREVENT.RATEDIFF never fails other than with #VALUE! or #N/A", () => {
  test("any input", () => {
    fc.assert(
      fc.property(anyRange, anyRange, anyConfidence, anyOutput(rateKeys), (treated, control, confidence, output) =>
        returnsResultOrExcelError(() => rateDifference(treated as never, control as never, confidence as never, output as never), isResult),
      ),
      parameters,
    );
  });

  test("mostly valid outcomes: bounds hold around the difference, p-values are probabilities", () => {
    fc.assert(
      fc.property(outcomeRange, outcomeRange, fc.constantFrom(null, 0.8, 0.95, 0.999), (treated, control, confidence) =>
        returnsResultOrExcelError(
          () => rateDifference(treated, control, confidence as never, null as never),
          (table) => {
            const value = rateTable(table);
            const [lower, difference, upper] = [value.lower, value.difference, value.upper] as number[];
            return (
              isResult(table) &&
              -1 - 1e-12 <= lower &&
              lower <= difference + 1e-12 &&
              difference <= upper + 1e-12 &&
              upper <= 1 + 1e-12 &&
              [value.p_value, value.fisher_p].every((p) => (p as number) >= 0 && (p as number) <= 1)
            );
          },
        ),
      ),
      parameters,
    );
  });
});

describe("PREVENT.RATEDIFF.COUNTS never fails other than with #VALUE! or #N/A", () => {
  const anyCount: fc.Arbitrary<unknown> = fc.oneof(
    fc.integer({ min: 0, max: 300 }),
    anyCell,
    fc.constantFrom<unknown>(1e9, 1e9 + 1, 2 ** 53, 1e308),
  );
  test("any input", () => {
    fc.assert(
      fc.property(anyCount, anyCount, anyCount, anyCount, anyConfidence, anyOutput(rateKeys), (a, b, c, d, confidence, output) =>
        returnsResultOrExcelError(
          () => rateDifferenceFromCounts(a as never, b as never, c as never, d as never, confidence as never, output as never),
          isResult,
        ),
      ),
      parameters,
    );
  });

  test("valid counts give the same table as RATEDIFF on the same people", () => {
    const group = fc.integer({ min: 0, max: 60 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(group, group, ([eventsTreated, nTreated], [eventsControl, nControl]) => {
        const column = (events: number, n: number) => Array.from({ length: n }, (_, i) => [i < events ? 1 : 0]);
        const run = (f: () => unknown[][]) => {
          try {
            return f();
          } catch (error) {
            return (error as { code: string }).code;
          }
        };
        const fromCounts = run(() =>
          rateDifferenceFromCounts(eventsTreated, nTreated, eventsControl, nControl, null as never, null as never),
        );
        const fromRanges = run(() =>
          rateDifference(column(eventsTreated, nTreated), column(eventsControl, nControl), null as never, null as never),
        );
        expect(fromCounts).toEqual(fromRanges);
      }),
      { numRuns: 100 },
    );
  });

  test("very large groups still finish: 10^9 people", () => {
    const table = rateDifferenceFromCounts(120_000_000, 1e9, 150_000_000, 1e9, null as never, null as never);
    expect(isResult(table)).toBe(true);
  });
});

describe("PREVENT.MEANDIFF never fails other than with #VALUE! or #N/A", () => {
  test("any input", () => {
    fc.assert(
      fc.property(anyRange, anyRange, anyConfidence, anyOutput(meanKeys), (treated, control, confidence, output) =>
        returnsResultOrExcelError(() => meanDifference(treated as never, control as never, confidence as never, output as never), isResult),
      ),
      parameters,
    );
  });

  test("mostly valid numbers, tiny to huge: the interval holds the difference", () => {
    fc.assert(
      fc.property(numberRange, numberRange, fc.constantFrom(null, 0.9, 0.95), (treated, control, confidence) =>
        returnsResultOrExcelError(
          () => meanDifference(treated, control, confidence as never, null as never),
          (table) => {
            const [lower, upper, p] = [table[3][1], table[4][1], table[5][1]] as number[];
            const difference = table[2][1] as number;
            return isResult(table) && lower <= difference && difference <= upper && p >= 0 && p <= 1;
          },
        ),
      ),
      parameters,
    );
  });
});

describe("PREVENT.DID never fails other than with #VALUE! or #N/A", () => {
  test("any input", () => {
    fc.assert(
      fc.property(
        anyRange,
        anyRange,
        anyRange,
        anyRange,
        anyConfidence,
        anyOutput(differenceInDifferencesKeys),
        (a, b, c, d, confidence, output) =>
          returnsResultOrExcelError(
            () => differenceInDifferencesOfMeans(a as never, b as never, c as never, d as never, confidence as never, output as never),
            isResult,
          ),
      ),
      parameters,
    );
  });

  test("mostly valid numbers", () => {
    fc.assert(
      fc.property(numberRange, numberRange, numberRange, numberRange, (a, b, c, d) =>
        returnsResultOrExcelError(() => differenceInDifferencesOfMeans(a, b, c, d, null as never, null as never), isResult),
      ),
      parameters,
    );
  });
});

describe("treated minus control: swapping the groups mirrors the result", () => {
  const group = fc.integer({ min: 1, max: 200 }).chain((n) => fc.record({ events: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));
  test("Newcombe interval, z-test and Fisher p", () => {
    fc.assert(
      fc.property(group, group, fc.double({ min: 0.5, max: 0.999, noNaN: true }), (treated, control, confidence) => {
        const forward = newcombeInterval(treated, control, confidence);
        const backward = newcombeInterval(control, treated, confidence);
        expect(backward.lower).toBeCloseTo(-forward.upper, 12);
        expect(backward.upper).toBeCloseTo(-forward.lower, 12);
        expect(twoProportionZTest(control, treated)).toBeCloseTo(twoProportionZTest(treated, control), 12);
        expect(fisherExactTest(control, treated)).toBeCloseTo(fisherExactTest(treated, control), 12);
      }),
      parameters,
    );
  });
});
