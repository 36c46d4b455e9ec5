import fc from "fast-check";
import { pooledCounts, pooledEstimates, pooledWeights } from "../../src/functions/pooling";
import { anyCell, anyRange, isFiniteNumber, isSpill, returnsResultOrExcelError } from "./arbitraryCells";

const keys = ["estimate", "se", "lower", "upper", "p_value", "tau2", "i2", "q", "q_p_value", "pi_lower", "pi_upper", "k"];
const parameters = { numRuns: 300 };
const column = (values: unknown[]): any[][] => values.map((value) => [value]);

const anyChoice: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, "", "REML", "dl", " HK ", "normal", "knha", "ML"),
  anyCell,
);
const anyConfidence: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom<unknown>(null, 0.95, 0.9, 1e-12, 1 - 1e-12, 0, 1, 95), anyCell);
const anyOutput: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom<unknown>(null, "", ...keys, " TAU2 "), anyCell);

const isResult = (result: unknown[][]): boolean =>
  isSpill(result) && (result[0].length === 2 || (result.length === 1 && result[0].length === 1 && isFiniteNumber(result[0][0])));

/** A site: group sizes from 1 to 5,000 and events within them, zero cells included. */
const site = fc
  .tuple(
    fc.integer({ min: 1, max: 5000 }),
    fc.integer({ min: 1, max: 5000 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([n1, n2, r1, r2]) => [Math.round(r1 * n1), n1, Math.round(r2 * n2), n2]);
const sites = fc.array(site, { minLength: 2, maxLength: 40 });
const methods = fc.constantFrom("REML", "DL");
const intervals = fc.constantFrom("HK", "normal");

function countsOf(rows: number[][]): [any[][], any[][], any[][], any[][]] {
  return [0, 1, 2, 3].map((j) => column(rows.map((row) => row[j]))) as [any[][], any[][], any[][], any[][]];
}

function table(result: unknown[][]): Record<string, number> {
  return Object.fromEntries(keys.map((key, i) => [key, result[i][1] as number]));
}

describe("PREVENT.POOLED.COUNTS, POOLED and POOLED.WEIGHTS never fail other than with #VALUE! or #N/A", () => {
  test("any input to POOLED.COUNTS", () => {
    fc.assert(
      fc.property(
        anyRange,
        anyRange,
        anyRange,
        anyRange,
        anyChoice,
        anyChoice,
        anyConfidence,
        anyOutput,
        (a, b, c, d, method, interval, confidence, output) =>
          returnsResultOrExcelError(
            () =>
              pooledCounts(
                a as never,
                b as never,
                c as never,
                d as never,
                method as never,
                interval as never,
                confidence as never,
                output as never,
              ),
            isResult,
          ),
      ),
      parameters,
    );
  });

  test("mostly plausible counts with now and then a hostile cell", () => {
    const cell = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }) }, { weight: 1, arbitrary: anyCell });
    const rows = fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(rows, anyChoice, anyOutput, (given, method, output) =>
        returnsResultOrExcelError(
          () => pooledCounts(...countsOf(given as number[][]), method as never, null as never, null as never, output as never),
          isResult,
        ),
      ),
      parameters,
    );
  });

  test("any input to POOLED", () => {
    const cell = fc.oneof({ weight: 6, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) }, { weight: 1, arbitrary: anyCell });
    const rows = fc.array(fc.tuple(cell, cell), { minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(rows, anyChoice, anyChoice, anyOutput, (given, method, interval, output) =>
        returnsResultOrExcelError(
          () =>
            pooledEstimates(
              column(given.map((row) => row[0])),
              column(given.map((row) => row[1])),
              method as never,
              interval as never,
              null as never,
              output as never,
            ),
          isResult,
        ),
      ),
      parameters,
    );
  });

  test("any input to POOLED.WEIGHTS: a column of numbers and empty cells", () => {
    fc.assert(
      fc.property(anyRange, anyRange, anyRange, anyRange, anyChoice, (a, b, c, d, method) =>
        returnsResultOrExcelError(
          () => pooledWeights(a as never, b as never, c as never, d as never, method as never, null as never, null as never),
          (result) => isSpill(result) && result.every((row) => row.length === 1),
        ),
      ),
      parameters,
    );
  });
});

describe("on valid counts", () => {
  test("bounds in order, probabilities and I² between 0 and 1, the prediction interval around the confidence interval", () => {
    fc.assert(
      fc.property(sites, methods, intervals, fc.constantFrom(0.8, 0.9, 0.95, 0.99), (rows, method, interval, confidence) => {
        const value = table(pooledCounts(...countsOf(rows), method, interval, confidence, null as never));
        const slack = 1e-12;
        return (
          value.lower <= value.estimate + slack &&
          value.estimate <= value.upper + slack &&
          value.pi_lower <= value.lower + slack &&
          value.upper <= value.pi_upper + slack &&
          [value.p_value, value.q_p_value, value.i2].every((share) => share === ("" as never) || (share >= 0 && share <= 1)) &&
          value.tau2 >= 0 &&
          value.k === rows.length
        );
      }),
      parameters,
    );
  });

  test("the weights add up to 100", () => {
    fc.assert(
      fc.property(sites, methods, (rows, method) => {
        const weights = pooledWeights(...countsOf(rows), method, null as never, null as never).map((row) => row[0] as number);
        return weights.every((weight) => weight > 0) && Math.abs(weights.reduce((sum, weight) => sum + weight, 0) - 100) < 1e-9;
      }),
      parameters,
    );
  });

  test("the order of the sites does not change the result", () => {
    fc.assert(
      fc.property(
        sites.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        methods,
        intervals,
        ([rows, shuffled], method, interval) => {
          const first = table(pooledCounts(...countsOf(rows), method, interval, null as never, null as never));
          const second = table(pooledCounts(...countsOf(shuffled), method, interval, null as never, null as never));
          return keys.every(
            (key) => first[key] === second[key] || Math.abs(first[key] - second[key]) <= 1e-9 * Math.max(1, Math.abs(first[key])),
          );
        },
      ),
      parameters,
    );
  });
});
