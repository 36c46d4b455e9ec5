import {
  normalCdf,
  normalCriticalValue,
  normalQuantile,
  studentTCdf,
  studentTCriticalValue,
  studentTQuantile,
  twoSidedNormalPValue,
  twoSidedStudentTPValue,
} from "../../src/engine/distributions";
import { comparisonsReference } from "../reference/comparisonsReference";
import { expectAgreement } from "../support/agreement";

const { distributions } = comparisonsReference;

describe("distributions agree with R's qnorm, pnorm, qt and pt", () => {
  test.each(distributions.normal_quantile)("qnorm($probability)", ({ probability, value }) => {
    expectAgreement(normalQuantile(probability), value, "normal quantile");
  });
  test.each(distributions.normal_cdf)("pnorm($z)", ({ z, value }) => {
    expectAgreement(normalCdf(z), value, "normal cdf");
  });
  test.each(distributions.t_quantile)("qt($probability, $df)", ({ probability, df, value }) => {
    expectAgreement(studentTQuantile(probability, df), value, "t quantile");
  });
  test.each(distributions.t_cdf)("pt($t, $df)", ({ t, df, value }) => {
    expectAgreement(studentTCdf(t, df), value, "t cdf");
  });
});

describe("normal quantile at the edges, as R's qnorm", () => {
  test("0 and 1 give −∞ and +∞, outside [0, 1] or NaN gives NaN", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });

  test("symmetric about 0.5", () => {
    for (const p of [0.3, 0.01, 1e-5]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 9);
  });
});

describe("two-sided helpers", () => {
  test("the 95 % critical values are qnorm(0.975) and qt(0.975, df)", () => {
    expectAgreement(normalCriticalValue(0.95), distributions.normal_quantile[0].value, "z");
    const oneDegree = distributions.t_quantile.find((point) => point.df === 1 && point.probability === 0.975)!;
    expectAgreement(studentTCriticalValue(0.95, 1), oneDegree.value, "t");
  });

  test("a z of ±1.959963984540054 leaves 5 % in both tails together", () => {
    // pnorm(-1.959963984540054) = 0.025 (R), so the two-sided p is 0.05.
    expectAgreement(twoSidedNormalPValue(-1.959963984540054), 0.05, "p");
    expectAgreement(twoSidedNormalPValue(1.959963984540054), 0.05, "p");
  });

  test("the two-sided t p-value is twice the lower tail of −|t|", () => {
    const point = distributions.t_cdf[0]; // pt(-2.1, 4)
    expectAgreement(twoSidedStudentTPValue(2.1, 4), 2 * point.value, "p");
    expectAgreement(twoSidedStudentTPValue(-2.1, 4), 2 * point.value, "p");
  });
});
