import mt19937 from "@stdlib/random-base-mt19937";
import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { betaQuantileFunction, type Quantile } from "./betaQuantile";
import { invalidValue } from "./errors";
import { requireFinite } from "./checks";

/**
 * Seeded draws for a transparent Monte Carlo sheet.
 *
 * Generator: the 32-bit Mersenne Twister MT19937 (Matsumoto and Nishimura 1998) as implemented by
 * @stdlib/random-base-mt19937, seeded with init_genrand(seed). Each draw takes two of its 32-bit
 * outputs x, y and forms u = (⌊x/32⌋ · 2^25 + ⌊y/128⌋ + 0.5) / 2^52: the top 27 bits of x and
 * 25 of y, centred in their interval, so that u is never 0 or 1 and no quantile is ever infinite.
 * u differs from the reference genrand_res53 value by less than 2^−52. The draw is then the
 * distribution's quantile at u (inverse transform); for beta and PERT it is read from a table
 * built once per shape, within 1e-12 of the exact quantile (betaQuantile.ts). Everything is plain
 * JavaScript arithmetic on doubles (stdlib's quantiles and incomplete beta function use stdlib's own
 * elementary functions), so the same arguments give the same column, bit for bit, in Node and in a
 * browser, and a column's first draws do not depend on how many are asked for.
 *
 * Two columns drawn with the same seed share their u values and move together; give every
 * uncertain input its own seed.
 */

export const DISTRIBUTIONS = ["uniform", "triangular", "pert", "normal", "beta"] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** init_genrand(5489) is MT19937's reference default seed. */
export const DEFAULT_SEED = 5489;
export const LARGEST_SEED = 4_294_967_295;
export const MAXIMUM_ITERATIONS = 100_000;
/** The classic PERT weight of the mode: mean = (low + 4 · mode + high) / 6. */
export const PERT_SHAPE = 4;

const TWO_TO_25 = 33_554_432;
const TWO_TO_52 = 4_503_599_627_370_496;

/** The stream of u values in (0, 1) described above. */
export function uniformStream(seed: number = DEFAULT_SEED): () => number {
  const next = mt19937.factory({ seed: requireSeed(seed) });
  return () => {
    const high = next() >>> 5;
    const low = next() >>> 7;
    return (high * TWO_TO_25 + low + 0.5) / TWO_TO_52;
  };
}

export interface SampleRequest {
  distribution: Distribution;
  iterations: number;
  p1: number;
  p2: number;
  /** Only for triangular and PERT (high); must be null for the two-parameter distributions. */
  p3: number | null;
  seed: number;
}

/** The distribution's name as typed in a cell ("PERT", " normal ") or an error listing the names. */
export function distributionNamed(name: string): Distribution {
  const key = name.trim().toLowerCase();
  const found = DISTRIBUTIONS.find((distribution) => distribution === key);
  if (!found) throw invalidValue("engine.distributionUnknown", { argument: "distribution", name, known: DISTRIBUTIONS });
  return found;
}

export function sample(request: SampleRequest): number[] {
  const iterations = request.iterations;
  requireFinite(iterations, "iterations");
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAXIMUM_ITERATIONS) {
    throw invalidValue("engine.iterations", { argument: "iterations", value: iterations, maximum: MAXIMUM_ITERATIONS });
  }
  const quantile = quantileOf(request);
  const uniform = uniformStream(request.seed);
  const draws = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const draw = quantile(uniform());
    if (!Number.isFinite(draw)) {
      throw invalidValue("engine.drawOutOfRange", { distribution: request.distribution, draw: i + 1 });
    }
    draws[i] = draw;
  }
  return draws;
}

function requireSeed(seed: number): number {
  requireFinite(seed, "seed");
  if (!Number.isInteger(seed) || seed < 1 || seed > LARGEST_SEED) {
    throw invalidValue("engine.seed", { argument: "seed", value: seed, maximum: LARGEST_SEED });
  }
  return seed;
}

function quantileOf({ distribution, p1, p2, p3 }: SampleRequest): Quantile {
  requireFinite(p1, "p1");
  requireFinite(p2, "p2");
  if (distribution === "triangular" || distribution === "pert") {
    if (p3 === null) throw invalidValue("engine.highMissing", { distribution });
    requireFinite(p3, "p3");
    if (!(p1 <= p2 && p2 <= p3)) {
      throw invalidValue("engine.lowModeHigh", { distribution, p1, p2, p3 });
    }
    return distribution === "triangular" ? triangular(p1, p2, p3) : pert(p1, p2, p3);
  }
  if (p3 !== null && p3 !== 0) {
    throw invalidValue("engine.twoParameters", { distribution, p3 });
  }
  switch (distribution) {
    case "uniform":
      if (!(p1 <= p2)) throw invalidValue("engine.lowHigh", { p1, p2 });
      return p1 === p2 ? () => p1 : (u) => p1 + (p2 - p1) * u;
    case "normal":
      if (p2 < 0) throw invalidValue("engine.standardDeviation", { value: p2 });
      // stdlib's quantile rather than AS 241 (normalQuantile in distributions.ts, as R's qnorm):
      // AS 241 takes Math.log, which Node and Chromium round differently for some arguments (214 of
      // 100,000 draws differed in the last bit), and a seed must give the same column everywhere.
      // stdlib's builds its logarithm from arithmetic; it loses digits only far out (relative error
      // 2e-9 at u = 1e-10, below 1e-15 for u above 0.01).
      return p2 === 0 ? () => p1 : (u) => normalQuantile(u, p1, p2);
    case "beta":
      if (!(p1 > 0)) throw invalidValue("engine.betaShape", { parameter: "p1", symbol: "α", value: p1 });
      if (!(p2 > 0)) throw invalidValue("engine.betaShape", { parameter: "p2", symbol: "β", value: p2 });
      return betaQuantileFunction(p1, p2);
  }
}

/** Inverse of the triangular distribution's CDF, with c the mode's position between low and high. */
function triangular(low: number, mode: number, high: number): Quantile {
  if (low === high) return () => low;
  const width = high - low;
  const c = (mode - low) / width;
  return (u) => (u < c ? low + width * Math.sqrt(u * c) : high - width * Math.sqrt((1 - u) * (1 - c)));
}

/** PERT: low + (high − low) · Beta(1 + 4c, 1 + 4(1 − c)), c the mode's position between low and high. */
function pert(low: number, mode: number, high: number): Quantile {
  if (low === high) return () => low;
  const width = high - low;
  const c = (mode - low) / width;
  const standard = betaQuantileFunction(1 + PERT_SHAPE * c, 1 + PERT_SHAPE * (1 - c));
  return (u) => low + width * standard(u);
}
