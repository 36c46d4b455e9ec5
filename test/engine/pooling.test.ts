/**
 * The pooling engine against metafor 3.8 (test/reference/pooling.R): per-site rate differences as
 * escalc(measure = "RD"), and rma with REML or DL, Hartung–Knapp or normal intervals, predict and
 * weights. Every figure agrees to 1e-12 (absolute, or relative above 1).
 */
import { chiSquareUpperTail } from "../../src/engine/chiSquare";
import { pooledEffect, pooledRateDifference, rateDifferences, type PooledEffect, type SiteCounts } from "../../src/engine/pooling";
import { isInputError } from "../../src/engine/errors";
import { expectAgreement } from "../support/agreement";
import { fitKeys, poolingReference, type PooledFit } from "../reference/poolingReference";

/** The largest difference from metafor found is 4e-15; 1e-12 leaves room for other machines. */
const tolerance = 1e-12;

function siteCounts(reference: {
  events_treated: number[];
  n_treated: number[];
  events_control: number[];
  n_control: number[];
}): SiteCounts {
  return {
    eventsTreated: Float64Array.from(reference.events_treated),
    nTreated: Float64Array.from(reference.n_treated),
    eventsControl: Float64Array.from(reference.events_control),
    nControl: Float64Array.from(reference.n_control),
  };
}

function valueOf(result: PooledEffect, key: (typeof fitKeys)[number]): number | null {
  const values = {
    estimate: result.estimate,
    se: result.standardError,
    lower: result.lower,
    upper: result.upper,
    p_value: result.pValue,
    tau2: result.tau2,
    i2: result.i2,
    q: result.q,
    q_p_value: result.qPValue,
    pi_lower: result.predictionLower,
    pi_upper: result.predictionUpper,
    k: result.k,
  };
  return values[key];
}

function expectFit(result: PooledEffect, fit: PooledFit, what: string): void {
  for (const key of fitKeys) expectAgreement(valueOf(result, key) as number, fit[key], `${what}: ${key}`, tolerance);
  fit.weights.forEach((weight, i) => expectAgreement(result.weightsPercent[i], weight, `${what}: weight of site ${i + 1}`, tolerance));
}

const fitName = (fit: PooledFit) => `${fit.method}, ${fit.interval}, ${fit.confidence * 100} %`;

describe('rate differences per site, as escalc(measure = "RD")', () => {
  test.each(poolingReference.counts.map((c) => [c.name, c] as const))("%s", (_name, reference) => {
    const { estimates, variances } = rateDifferences(siteCounts(reference));
    reference.yi.forEach((y, i) => {
      expectAgreement(estimates[i], y, `site ${i + 1}: difference`, 1e-15);
      expectAgreement(variances[i], reference.vi[i], `site ${i + 1}: variance`, 1e-15);
    });
  });
});

describe("pooled rate differences agree with metafor's rma", () => {
  const cases = poolingReference.counts.flatMap((reference) =>
    reference.fits.map((fit) => [`${reference.name}: ${fitName(fit)}`, reference, fit] as const),
  );
  test.each(cases)("%s", (_name, reference, fit) => {
    const result = pooledRateDifference(siteCounts(reference), { method: fit.method, interval: fit.interval, confidence: fit.confidence });
    expectFit(result, fit, _name);
  });
});

describe("pooled estimates with standard errors agree with metafor's rma(yi, sei = …)", () => {
  const cases = poolingReference.estimates.flatMap((reference) =>
    reference.fits.map((fit) => [`${reference.name}: ${fitName(fit)}`, reference, fit] as const),
  );
  test.each(cases)("%s", (_name, reference, fit) => {
    const sites = {
      estimates: Float64Array.from(reference.estimates),
      variances: Float64Array.from(reference.standard_errors, (se) => se * se),
    };
    expectFit(pooledEffect(sites, { method: fit.method, interval: fit.interval, confidence: fit.confidence }), fit, _name);
  });
});

test.each(poolingReference.chi_square.map((c) => [c.x, c.df, c.value] as const))(
  "chi-square upper tail at %p with %p degrees of freedom agrees with pchisq",
  (x, df, value) => {
    expect(Math.abs(chiSquareUpperTail(x, df) - value)).toBeLessThanOrEqual(1e-14 + 1e-12 * value);
  },
);

describe("what the engine refuses", () => {
  const one = { estimates: Float64Array.of(-0.1), variances: Float64Array.of(0.01) };
  test("one site is too few (not enough data)", () => {
    let caught: unknown;
    try {
      pooledEffect(one, { method: "REML", interval: "HK", confidence: 0.95 });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught) && caught.problem).toBe("not-enough-data");
  });
  test("a zero variance is a wrong value", () => {
    const sites = { estimates: Float64Array.of(-0.1, 0.2), variances: Float64Array.of(0.01, 0) };
    expect(() => pooledEffect(sites, { method: "DL", interval: "normal", confidence: 0.95 })).toThrow(/variance 0/);
  });
});
