import { SampleAccumulator, summarizeSample, welchSatterthwaite, welchTest } from "../../src/engine/means";
import { comparisonsReference } from "../reference/comparisonsReference";
import { expectAgreement } from "../support/agreement";
import { problemOf } from "../support/inputProblem";

describe("welchTest agrees with R's t.test(var.equal = FALSE)", () => {
  test.each(comparisonsReference.means)("$name", (reference) => {
    const result = welchTest(summarizeSample(reference.treated), summarizeSample(reference.control), reference.confidence);
    expectAgreement(result.meanTreated, reference.mean_treated, "mean_treated");
    expectAgreement(result.meanControl, reference.mean_control, "mean_control");
    expectAgreement(result.difference, reference.difference, "difference");
    expectAgreement(result.lower, reference.lower, "lower");
    expectAgreement(result.upper, reference.upper, "upper");
    expectAgreement(result.pValue, reference.p_value, "p_value");
    expectAgreement(result.degreesOfFreedom, reference.df, "df");
    expectAgreement(result.difference / result.standardError, reference.t, "t");
    expect(result.nTreated).toBe(reference.n_treated);
    expect(result.nControl).toBe(reference.n_control);
  });
});

describe("sample summaries, worked by hand", () => {
  test("1, 2, 3, 4: mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 3 = 5/3", () => {
    const summary = summarizeSample([1, 2, 3, 4]);
    expect(summary).toEqual({ n: 4, mean: 2.5, variance: 5 / 3 });
  });

  test("values sharing a large common part keep their spread: 1e9 + 1, 1e9 + 2, 1e9 + 3 → variance 1", () => {
    expect(summarizeSample([1e9 + 1, 1e9 + 2, 1e9 + 3]).variance).toBe(1);
  });

  test("a first value far from the rest: 1e6, 0, 0, 0 → mean 250000, variance 2.5e11", () => {
    // Σ(x − 250000)² = 750000² + 3 · 250000² = 7.5e11; / 3 = 2.5e11
    const summary = summarizeSample([1e6, 0, 0, 0]);
    expect(summary.mean).toBe(250000);
    expect(summary.variance).toBeCloseTo(2.5e11, 0);
  });

  test("one value has no variance, none has no mean", () => {
    expect(summarizeSample([7]).variance).toBeNaN();
    expect(summarizeSample([]).mean).toBeNaN();
    const accumulator = new SampleAccumulator();
    accumulator.add(3);
    accumulator.add(3);
    expect(accumulator.summary()).toEqual({ n: 2, mean: 3, variance: 0 });
  });

  test("Welch–Satterthwaite with equal groups: df = 2(n − 1)", () => {
    // Two groups of 5 with variance 2: se² = 2/5 + 2/5, df = se⁴ / (2 · (2/5)² / 4) = 8.
    const group = { n: 5, mean: 0, variance: 2 };
    const combined = welchSatterthwaite([group, group], ["a", "b"]);
    expect(combined.standardError).toBeCloseTo(Math.sqrt(0.8), 15);
    expect(combined.degreesOfFreedom).toBeCloseTo(8, 12);
  });
});

describe("errors", () => {
  test("fewer than two values in a group: not enough data, naming the group", () => {
    expect(problemOf(() => welchTest(summarizeSample([1]), summarizeSample([1, 2]), 0.95))).toEqual({
      problem: "not-enough-data",
      message: "treated: needs at least two values to estimate the spread, has 1",
    });
    expect(problemOf(() => welchTest(summarizeSample([1, 2]), summarizeSample([]), 0.95)).message).toBe(
      "control: needs at least two values to estimate the spread, has 0",
    );
  });

  test("both groups without spread: not enough data", () => {
    const { problem, message } = problemOf(() => welchTest(summarizeSample([2, 2]), summarizeSample([3, 3, 3]), 0.95));
    expect(problem).toBe("not-enough-data");
    expect(message).toMatch(/^treated, control: all values within each group are equal/);
  });

  test("values too large for doubles: a wrong value", () => {
    const { problem } = problemOf(() => welchTest(summarizeSample([1e308, -1e308]), summarizeSample([1, 2]), 0.95));
    expect(problem).toBe("invalid-value");
  });

  test("confidence outside (0, 1): a wrong value", () => {
    expect(problemOf(() => welchTest(summarizeSample([1, 2]), summarizeSample([1, 3]), 1)).message).toMatch(/^confidence: /);
  });
});
