import fc from "fast-check";
import { sample } from "../../src/functions/sampling";
import { anyCell, likelyCell, isSpill, returnsResultOrExcelError } from "./arbitraryCells";

// The generated arguments are deliberately of any type.
const call = (f: (...args: any[]) => unknown, args: unknown[]) => () => f(...args);

const distribution = fc.oneof(fc.constantFrom("uniform", "triangular", "pert", "normal", "beta", "Beta", "gamma"), anyCell);
/** Mostly small counts, so that valid calls stay quick; anyCell brings 0, huge, negative and text. */
const iterations = fc.oneof(fc.integer({ min: 1, max: 300 }), anyCell);
const optional = (plausible: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: plausible, weight: 3 }, { arbitrary: anyCell, weight: 1 });

test("SAMPLE: arbitrary input gives a column of finite draws or #VALUE!/#N/A with a message", () => {
  fc.assert(
    fc.property(
      distribution,
      iterations,
      likelyCell,
      likelyCell,
      optional(likelyCell),
      optional(fc.integer({ min: 1, max: 4294967295 })),
      (name, count, p1, p2, p3, seed) =>
        returnsResultOrExcelError(
          call(sample, [name, count, p1, p2, p3, seed]),
          (result) => isSpill(result) && (result as unknown[][])[0].length === 1,
        ),
    ),
  );
});

test("SAMPLE: bounded distributions stay within their bounds, and the same arguments give the same column", () => {
  const bounds = fc.tuple(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  );
  fc.assert(
    fc.property(
      fc.constantFrom("uniform", "triangular", "pert"),
      bounds,
      fc.integer({ min: 1, max: 4294967295 }),
      (name, [low, width, position], seed) => {
        const high = low + width;
        const mode = low + width * position;
        const args = name === "uniform" ? [low, high, null] : [low, Math.min(Math.max(mode, low), high), high];
        const column = sample(name, 50, args[0] as number, args[1] as number, args[2] as number, seed);
        column.forEach(([draw]) => {
          expect(draw).toBeGreaterThanOrEqual(low);
          expect(draw).toBeLessThanOrEqual(high);
        });
        expect(sample(name, 50, args[0] as number, args[1] as number, args[2] as number, seed)).toEqual(column);
      },
    ),
  );
});
