import { differenceInDifferences } from "../../src/engine/differenceInDifferences";
import { summarizeSample } from "../../src/engine/means";
import { comparisonsReference } from "../reference/comparisonsReference";
import { expectAgreement } from "../support/agreement";
import { problemOf } from "../support/inputProblem";

function samples(tb: number[], ta: number[], cb: number[], ca: number[]) {
  return {
    treatedBefore: summarizeSample(tb),
    treatedAfter: summarizeSample(ta),
    controlBefore: summarizeSample(cb),
    controlAfter: summarizeSample(ca),
  };
}

describe("differenceInDifferences agrees with the Welch–Satterthwaite formula written out in R", () => {
  test.each(comparisonsReference.differences_in_differences)("$name", (reference) => {
    const result = differenceInDifferences(
      samples(reference.treated_before, reference.treated_after, reference.control_before, reference.control_after),
      reference.confidence,
    );
    expectAgreement(result.difference, reference.difference, "difference");
    expectAgreement(result.standardError, reference.se, "se");
    expectAgreement(result.degreesOfFreedom, reference.df, "df");
    expectAgreement(result.lower, reference.lower, "lower");
    expectAgreement(result.upper, reference.upper, "upper");
    expectAgreement(result.pValue, reference.p_value, "p_value");
  });
});

describe("worked by hand", () => {
  test("small vectors: DiD = (16 − 11) − (12 − 10.5) = 3.5", () => {
    // Means: treated 11 → 16, control 10.5 → 12. Variances 1, 3.333…, 0.5, 1:
    // se² = 1/3 + (10/3)/4 + 0.5/2 + 1/3 = 1.75, se = √1.75.
    const result = differenceInDifferences(samples([10, 12, 11], [15, 17, 14, 18], [10, 11], [12, 11, 13]), 0.95);
    expect(result.difference).toBeCloseTo(3.5, 13);
    expect(result.standardError).toBeCloseTo(Math.sqrt(1.75), 13);
  });

  test("reversing treated and control reverses the sign and keeps se and p", () => {
    const forward = differenceInDifferences(samples([1, 2, 4], [3, 5, 6], [2, 2.5], [2, 3, 3.5]), 0.9);
    const reversed = differenceInDifferences(samples([2, 2.5], [2, 3, 3.5], [1, 2, 4], [3, 5, 6]), 0.9);
    expect(reversed.difference).toBeCloseTo(-forward.difference, 14);
    expect(reversed.lower).toBeCloseTo(-forward.upper, 14);
    expect(reversed.pValue).toBeCloseTo(forward.pValue, 14);
  });
});

describe("errors", () => {
  test("a sample with fewer than two values names its argument", () => {
    expect(problemOf(() => differenceInDifferences(samples([1, 2], [3, 4], [5], [6, 7]), 0.95))).toEqual({
      problem: "not-enough-data",
      message: "control_before: needs at least two values to estimate the spread, has 1",
    });
  });

  test("no spread in any of the four samples: not enough data", () => {
    expect(() => differenceInDifferences(samples([1, 1], [2, 2], [3, 3], [4, 4]), 0.95)).toThrow(
      /treated_before, treated_after, control_before, control_after: all values within each group are equal/,
    );
  });
});
