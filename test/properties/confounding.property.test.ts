import fc from "fast-check";
import { evalueOf } from "../../src/engine/confounding";
import { normalCriticalValue, normalQuantile } from "../../src/engine/distributions";
import { newtonSteps } from "../../src/templates/definitions/confoundingRows";
import { detectableDifference, sampleSize, twoProportionPower } from "../../src/engine/power";
import { detectable, evalueFromCounts, evalueFromRatio, plannedSampleSize } from "../../src/functions/confounding";
import { anyCell, isFiniteNumber, isSpill, likelyCell, returnsResultOrExcelError } from "./arbitraryCells";

const parameters = { numRuns: 300 };
const isResult = (result: unknown[][]): boolean =>
  isSpill(result) && (result[0].length === 2 || (result.length === 1 && result[0].length === 1 && isFiniteNumber(result[0][0])));
const anyArgument = fc.oneof(likelyCell, anyCell, fc.constantFrom<unknown>(null, 0.8, 0.95, "evalue", "n_total", "risk_ratio"));

describe("the functions never fail other than with #VALUE! or #N/A", () => {
  test("PREVENT.EVALUE", () => {
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: 6, maxLength: 6 }), (args) =>
        returnsResultOrExcelError(() => evalueFromCounts(...(args as [number, number, number, number, number, string])), isResult),
      ),
      parameters,
    );
  });
  test("PREVENT.EVALUE.RR", () => {
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: 4, maxLength: 4 }), (args) =>
        returnsResultOrExcelError(() => evalueFromRatio(...(args as [number, number, number, string])), isResult),
      ),
      parameters,
    );
  });
  test("PREVENT.DETECTABLE", () => {
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: 5, maxLength: 5 }), (args) =>
        returnsResultOrExcelError(() => detectable(...(args as [number, number, number, number, number])), isFiniteNumber),
      ),
      parameters,
    );
  });
  test("PREVENT.SAMPLESIZE", () => {
    fc.assert(
      fc.property(fc.array(anyArgument, { minLength: 6, maxLength: 6 }), (args) =>
        returnsResultOrExcelError(() => plannedSampleSize(...(args as [number, number, number, number, number, string])), isResult),
      ),
      parameters,
    );
  });
});

const rate = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const power = fc.double({ min: 0.5, max: 0.99, noNaN: true });
const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99);

describe("what the numbers must satisfy", () => {
  test("an E-value is at least 1, the same for RR and 1/RR, and grows away from 1", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (ratio) => {
        const e = evalueOf(ratio);
        return e >= 1 && Math.abs(e - evalueOf(1 / ratio)) <= 1e-9 * e && evalueOf(ratio >= 1 ? ratio * 1.1 : ratio / 1.1) > e;
      }),
      parameters,
    );
  });

  test("the interval's E-value is at most the ratio's, and 1 exactly when the interval contains 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        (a, extraT, c, extraC) => {
          const [[, , lower], [, , upper], [, , evalue], [, , limit]] = [
            evalueFromCounts(a, a + extraT, c, c + extraC, 0.95, "rr_lower"),
            evalueFromCounts(a, a + extraT, c, c + extraC, 0.95, "rr_upper"),
            evalueFromCounts(a, a + extraT, c, c + extraC, 0.95, "evalue"),
            evalueFromCounts(a, a + extraT, c, c + extraC, 0.95, "evalue_limit"),
          ].map((cell) => [0, 0, cell[0][0] as number]);
          const contains = lower <= 1 && upper >= 1;
          return limit <= evalue + 1e-12 && (contains ? limit === 1 : limit > 1);
        },
      ),
      parameters,
    );
  });

  test("the detectable difference has the power asked for, and shrinks with more people", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 20000 }),
        fc.integer({ min: 20, max: 20000 }),
        rate,
        power,
        confidence,
        (nt, nc, pc, p, level) => {
          let difference: number;
          try {
            difference = detectableDifference(nt, nc, pc, p, level);
          } catch {
            return twoProportionPower(nt, nc, 0, pc, level) < p;
          }
          const reached = twoProportionPower(nt, nc, pc + difference, pc, level);
          let larger: number;
          try {
            larger = detectableDifference(2 * nt, 2 * nc, pc, p, level);
          } catch {
            return false;
          }
          return difference < 0 && Math.abs(reached - p) < 1e-9 && larger > difference;
        },
      ),
      parameters,
    );
  });

  test("the sample size reaches the power, and one person fewer in the treated group (at the exact ratio) would not", () => {
    fc.assert(
      fc.property(rate, rate, power, confidence, fc.constantFrom(0.5, 1, 1.5, 2, 3), (pc, pt, p, level, ratio) => {
        fc.pre(Math.abs(pc - pt) > 0.01);
        const size = sampleSize(pc, pt, p, level, ratio);
        const exact = twoProportionPower(size.exactTreated, ratio * size.exactTreated, pt, pc, level);
        return (
          Math.abs(exact - p) < 1e-9 &&
          twoProportionPower(size.nTreated, size.nControl, pt, pc, level) >= p - 1e-12 &&
          size.nTreated - 1 < size.exactTreated &&
          size.nControl >= ratio * size.nTreated - 1e-9 &&
          size.nTotal === size.nTreated + size.nControl
        );
      }),
      parameters,
    );
  });
});

/** The templates' method (src/templates/definitions/confoundingRows.ts): Newton's method from a treated rate of 0, written out here. */
function newtonFromZero(nt: number, nc: number, pc: number, power: number, z: number, steps: number): number {
  const zb = normalQuantile(power);
  const w = nt / (nt + nc);
  const s = 1 / nt + 1 / nc;
  let x = 0;
  for (let i = 0; i < steps; i++) {
    const pooled = pc + w * (x - pc);
    const a = Math.sqrt(pooled * (1 - pooled) * s);
    const b = Math.sqrt((x * (1 - x)) / nt + (pc * (1 - pc)) / nc);
    const g = pc - x - z * a - zb * b;
    const slope = -1 - (z * s * w * (1 - 2 * pooled)) / (2 * a) - (zb * (1 - 2 * x)) / (2 * nt * b);
    x -= g / slope;
  }
  return x - pc;
}

test(`${newtonSteps} Newton steps from 0, as the templates take them, reach the detectable difference to 1e-12`, () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 10, max: 1000000 }),
      fc.integer({ min: 10, max: 1000000 }),
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      power,
      confidence,
      (nt, nc, pc, p, level) => {
        let expected: number;
        try {
          expected = detectableDifference(nt, nc, pc, p, level);
        } catch {
          return true;
        }
        return Math.abs(newtonFromZero(nt, nc, pc, p, normalCriticalValue(level), newtonSteps) - expected) < 1e-12;
      },
    ),
    { numRuns: 2000 },
  );
});
