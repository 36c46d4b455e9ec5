import mt19937 from "@stdlib/random-base-mt19937";
import { betaQuantileFunction } from "../../src/engine/betaQuantile";
import { DEFAULT_SEED, distributionNamed, sample, uniformStream, type Distribution, type SampleRequest } from "../../src/engine/sampling";
import reference from "../reference/fiscal.json";
import recorded from "../reference/sample-draws.json";
import samplingReference from "../reference/sampling.json";

describe("generator", () => {
  test("MT19937 with init_genrand(5489) gives the published reference outputs", () => {
    // Matsumoto and Nishimura's mt19937ar.c: the first outputs for the default seed 5489
    const next = mt19937.factory({ seed: DEFAULT_SEED });
    expect([next(), next(), next(), next(), next()]).toEqual([3499211612, 581869302, 3890346734, 3586334585, 545404204]);
  });

  test("u values built from those outputs, as computed in R from the published integers", () => {
    const u = uniformStream();
    expect([u(), u(), u()]).toEqual(reference.sampling.first_uniforms);
  });

  test("u differs from genrand_res53 by less than 2^−52 (its first values: 0.8147236863931789, 0.9057919370756192)", () => {
    const u = uniformStream();
    expect(Math.abs(u() - 0.8147236863931789)).toBeLessThan(2 ** -52);
    expect(Math.abs(u() - 0.9057919370756192)).toBeLessThan(2 ** -52);
  });

  test("same seed, same column; another seed, another column", () => {
    const request: SampleRequest = { distribution: "pert", iterations: 1000, p1: 1, p2: 3, p3: 10, seed: 99 };
    expect(sample(request)).toEqual(sample(request));
    expect(sample({ ...request, seed: 100 })).not.toEqual(sample(request));
  });

  test("a column's first draws do not depend on how many are asked for", () => {
    const request: SampleRequest = { distribution: "beta", iterations: 5000, p1: 2, p2: 50, p3: null, seed: 31 };
    expect(sample({ ...request, iterations: 20 })).toEqual(sample(request).slice(0, 20));
  });

  test.each(recorded.cases.map((entry) => [entry.name, entry] as const))("the draws recorded in sample-draws.json: %s", (_, entry) => {
    const draws = sample({ ...entry, distribution: entry.distribution as Distribution, iterations: entry.draws.length });
    draws.forEach((draw, index) => expect(Object.is(draw, entry.draws[index])).toBe(true));
  });
});

describe("normal draws against R's qnorm of the same uniforms (test/reference/sampling.R builds them from MT19937 itself)", () => {
  test.each(samplingReference.normal.map((entry) => [entry.seed, entry.draws.length, entry] as const))(
    "seed %d, %d draws",
    (seed, count, entry) => {
      const u = uniformStream(seed);
      entry.uniforms.forEach((expected) => expect(u()).toBe(expected));
      const draws = sample({ distribution: "normal", iterations: count, p1: entry.mean, p2: entry.sd, p3: null, seed });
      // Two quantile algorithms on the same u: they may differ by rounding in the last places, no more.
      const worst = Math.max(...draws.map((draw, i) => Math.abs(draw - entry.draws[i]) / Math.abs(entry.draws[i])));
      expect(worst).toBeLessThanOrEqual(1e-15);
    },
  );
});

/** The largest of |x − r| / |r| over a column and its reference. */
function largestRelativeError(draws: number[], reference: number[]): number {
  expect(draws).toHaveLength(reference.length);
  return Math.max(...draws.map((draw, i) => Math.abs(draw - reference[i]) / Math.abs(reference[i])));
}

/*
 * Beta and PERT draws read a table built per shape (src/engine/betaQuantile.ts) to 1e-12 of the
 * distance to the nearer end of (0, 1); the requirement is agreement with R's qbeta to 1e-9. The
 * uniforms include the far tails (1e-12, 1 − 1e-12), where the draw is stdlib's quantile, and both
 * sides of the table's outermost anchors 2^−20 and 1 − 2^−20.
 */
describe("beta quantiles against R's qbeta (test/reference/sampling.R)", () => {
  const uniforms = samplingReference.quantile_uniforms;

  test.each(samplingReference.beta.map((entry) => [entry.alpha, entry.beta, entry] as const))("Beta(%p, %p)", (alpha, beta, entry) => {
    const quantile = betaQuantileFunction(alpha, beta);
    expect(largestRelativeError(uniforms.map(quantile), entry.quantiles)).toBeLessThanOrEqual(1e-11);
  });

  test("the tails of Beta(0.5, 0.5) keep their digits: the quantile at 1e-12 is about 2.5e-24", () => {
    // F(x) = (2/π) asin(√x), so x = sin²(πu/2) ≈ (πu/2)² = 2.4674e-24 at u = 1e-12
    const quantile = betaQuantileFunction(0.5, 0.5);
    expect(quantile(1e-12) / (Math.PI * 0.5e-12) ** 2).toBeCloseTo(1, 12);
    expect(1 - quantile(0.5)).toBeCloseTo(0.5, 15);
  });

  test.each(samplingReference.pert.map((entry) => [entry.low, entry.mode, entry.high, entry.seed, entry] as const))(
    "PERT(%p, %p, %p) draws with seed %p",
    (low, mode, high, seed, entry) => {
      const draws = sample({ distribution: "pert", iterations: entry.draws.length, p1: low, p2: mode, p3: high, seed });
      expect(largestRelativeError(draws, entry.draws)).toBeLessThanOrEqual(1e-11);
    },
  );

  test("Beta(35, 207) draws with seed 4294967295", () => {
    const { seed, alpha, beta, draws } = samplingReference.recorded_beta;
    expect(
      largestRelativeError(sample({ distribution: "beta", iterations: draws.length, p1: alpha, p2: beta, p3: null, seed }), draws),
    ).toBeLessThanOrEqual(1e-11);
  });

  test("the PERT and beta columns recorded in sample-draws.json agree with R", () => {
    const recordedPert = recorded.cases.find((entry) => entry.distribution === "pert");
    const recordedBeta = recorded.cases.find((entry) => entry.distribution === "beta");
    expect(recordedPert?.seed).toBe(samplingReference.pert[0].seed);
    expect(recordedBeta?.seed).toBe(samplingReference.recorded_beta.seed);
    expect(largestRelativeError(recordedPert?.draws ?? [], samplingReference.pert[0].draws)).toBeLessThanOrEqual(1e-11);
    expect(largestRelativeError(recordedBeta?.draws ?? [], samplingReference.recorded_beta.draws)).toBeLessThanOrEqual(1e-11);
  });

  test("a shape asked for again gives the same function, and shapes far outside the table's reach still give stdlib's quantile", () => {
    expect(betaQuantileFunction(35, 207)).toBe(betaQuantileFunction(35, 207));
    // Beta(0.01, 0.01): almost all mass within 1e-30 of 0 or 1; the median is ½ by symmetry
    expect(betaQuantileFunction(0.01, 0.01)(0.5)).toBeCloseTo(0.5, 12);
  });
});

/*
 * Each distribution against theory over n = 100,000 draws. The theory (mean μ, variance σ², fourth
 * central moment μ₄, quantiles q_p) comes from test/reference/fiscal.R (closed forms and integrate()).
 * Tolerances are 5 standard errors of each statistic at this sample size:
 * - mean: x̄ has standard error σ/√n, so |x̄ − μ| ≤ 5σ/√n;
 * - variance: s² = Σ(x − x̄)²/(n−1) has variance (μ₄ − σ⁴ (n−3)/(n−1))/n ≈ (μ₄ − σ⁴)/n, so
 *   |s² − σ²| ≤ 5 √((μ₄ − σ⁴)/n);
 * - quantiles: the share of draws at or below the theoretical quantile q_p is a binomial proportion
 *   with mean p and standard error √(p(1−p)/n), so |F̂(q_p) − p| ≤ 5 √(p(1−p)/n).
 * A correct generator fails one such check with probability about 6e-7; the draws are seeded, so
 * the outcome is the same on every run.
 */
const n = 100_000;
const theory = reference.sampling.distributions;
const probabilities = reference.sampling.probabilities;

const cases: [string, Omit<SampleRequest, "iterations" | "seed">, keyof typeof theory][] = [
  ["uniform(2, 5)", { distribution: "uniform", p1: 2, p2: 5, p3: null }, "uniform"],
  ["triangular(1, 2, 6)", { distribution: "triangular", p1: 1, p2: 2, p3: 6 }, "triangular"],
  ["pert(10, 20, 60)", { distribution: "pert", p1: 10, p2: 20, p3: 60 }, "pert"],
  ["normal(100, 15)", { distribution: "normal", p1: 100, p2: 15, p3: null }, "normal"],
  ["beta(35, 207)", { distribution: "beta", p1: 35, p2: 207, p3: null }, "beta"],
  ["beta(0.5, 0.5)", { distribution: "beta", p1: 0.5, p2: 0.5, p3: null }, "beta_u_shaped"],
];

describe.each(cases)("%s over 100,000 draws", (_, request, key) => {
  const expected = theory[key];
  const draws = sample({ ...request, iterations: n, seed: 20240601 });
  const mean = draws.reduce((sum, x) => sum + x, 0) / n;
  const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (n - 1);

  test("has 100,000 finite draws", () => {
    expect(draws).toHaveLength(n);
    expect(draws.every(Number.isFinite)).toBe(true);
  });

  test("mean within 5 standard errors", () => {
    expect(Math.abs(mean - expected.mean)).toBeLessThanOrEqual((5 * Math.sqrt(expected.variance)) / Math.sqrt(n));
  });

  test("variance within 5 standard errors", () => {
    const standardError = Math.sqrt((expected.fourth_moment - expected.variance ** 2) / n);
    expect(Math.abs(variance - expected.variance)).toBeLessThanOrEqual(5 * standardError);
  });

  test.each(probabilities.map((p, index) => [p, index]))("share below the %p quantile within 5 standard errors", (p, index) => {
    const below = draws.filter((x) => x <= expected.quantiles[index]).length / n;
    expect(Math.abs(below - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe("the checks can tell distributions apart", () => {
  test("triangular draws fail the PERT quantile check", () => {
    const draws = sample({ distribution: "triangular", iterations: n, p1: 10, p2: 20, p3: 60, seed: 3 });
    const p = 0.95;
    const below = draws.filter((x) => x <= theory.pert.quantiles[probabilities.indexOf(p)]).length / n;
    expect(Math.abs(below - p)).toBeGreaterThan(5 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe("arguments", () => {
  const base: SampleRequest = { distribution: "uniform", iterations: 10, p1: 0, p2: 1, p3: null, seed: 1 };

  test("degenerate ranges give constant columns", () => {
    expect(sample({ ...base, p1: 3, p2: 3 })).toEqual(new Array(10).fill(3));
    expect(sample({ ...base, distribution: "pert", p1: 3, p2: 3, p3: 3 })).toEqual(new Array(10).fill(3));
    expect(sample({ ...base, distribution: "normal", p1: 7, p2: 0 })).toEqual(new Array(10).fill(7));
  });

  test("names are read case-insensitively", () => {
    expect(distributionNamed(" PERT ")).toBe("pert");
    expect(() => distributionNamed("gamma")).toThrow("distribution: 'gamma' is not one of uniform, triangular, pert, normal, beta");
  });

  test.each<[Partial<SampleRequest>, RegExp]>([
    [{ iterations: 100_001 }, /^iterations: 100001 must be a whole number from 1 to 100,000/],
    [{ iterations: 0 }, /^iterations/],
    [{ iterations: 2.5 }, /^iterations/],
    [{ seed: 0 }, /^seed/],
    [{ seed: 2 ** 32 }, /^seed/],
    [{ p1: 2, p2: 1 }, /^uniform: needs low ≤ high/],
    [{ p3: 4 }, /^p3: uniform takes two parameters/],
    [{ distribution: "triangular" }, /^p3: triangular needs low, mode and high/],
    [{ distribution: "pert", p1: 0, p2: 5, p3: 4 }, /^pert: needs low ≤ mode ≤ high/],
    [{ distribution: "normal", p2: -1 }, /^normal: p2/],
    [{ distribution: "beta", p1: 0 }, /^beta: p1/],
    [{ distribution: "beta", p1: 2, p2: -3 }, /^beta: p2/],
    [{ p1: -1e308, p2: 1e308 }, /^uniform: draw 1 is beyond the range of numbers/],
  ])("rejects %p", (change, message) => {
    expect(() => sample({ ...base, ...change })).toThrow(
      expect.objectContaining({ problem: "invalid-value", message: expect.stringMatching(message) }),
    );
  });

  test("p3 = 0 is taken as empty for two-parameter distributions (a blank cell on Excel desktop)", () => {
    expect(sample({ ...base, p3: 0 })).toEqual(sample(base));
  });
});
