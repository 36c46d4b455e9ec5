import { requireConfidence, requireFinite } from "./checks";
import { normalCdf, normalCriticalValue, normalQuantile } from "./distributions";
import { invalidValue, notEnoughData } from "./errors";

/*
 * The power of a comparison of two rates (DESIGN §3.8): what a two-sided two-proportion z-test
 * at a confidence level detects with a given power, for unequal group sizes, and the group sizes
 * a planned evaluation needs. The power of the test at rates p_t, p_c:
 *   Φ((|Δ| − z·√(p̄(1 − p̄)(1/n_t + 1/n_c))) / √(p_t(1 − p_t)/n_t + p_c(1 − p_c)/n_c)),
 * p̄ = (n_t·p_t + n_c·p_c)/(n_t + n_c), z = Φ⁻¹((1 + confidence)/2); the other tail is left out,
 * as R's power.prop.test does by default (strict = FALSE), which it equals at equal sizes.
 */

export interface SampleSize {
  /** The exact solution for the treated group, rounded up. */
  nTreated: number;
  /** ratio × nTreated, rounded up. */
  nControl: number;
  nTotal: number;
  /** The exact solution before rounding. */
  exactTreated: number;
}

function requireProbability(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0 && value < 1)) throw invalidValue("engine.strictlyBetween", { argument, value });
  return value;
}

function requireRate(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0 && value < 1)) {
    throw invalidValue("engine.rateToDetect", { argument, value });
  }
  return value;
}

function requireGroupSize(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0)) throw invalidValue("engine.people", { argument, value });
  return value;
}

/** The power of the two-sided z-test at level `confidence` for groups of nTreated and nControl at these rates. */
export function twoProportionPower(
  nTreated: number,
  nControl: number,
  rateTreated: number,
  rateControl: number,
  confidence: number,
): number {
  const z = normalCriticalValue(confidence);
  const pooled = (nTreated * rateTreated + nControl * rateControl) / (nTreated + nControl);
  const null0 = Math.sqrt(pooled * (1 - pooled) * (1 / nTreated + 1 / nControl));
  const spread = Math.sqrt((rateTreated * (1 - rateTreated)) / nTreated + (rateControl * (1 - rateControl)) / nControl);
  return normalCdf((Math.abs(rateTreated - rateControl) - z * null0) / spread);
}

/**
 * The smallest reduction of the treated group's rate (a negative difference, treated − control)
 * that the test detects with `power`: the treated rate p_t below p_c where the power reaches
 * `power`, found by halving [0, p_c] until its ends are neighbouring doubles.
 */
export function detectableDifference(nTreated: number, nControl: number, rateControl: number, power: number, confidence: number): number {
  requireGroupSize(nTreated, "n_treated");
  requireGroupSize(nControl, "n_control");
  requireRate(rateControl, "rate_control");
  requireProbability(power, "power");
  requireConfidence(confidence);
  const za = normalCriticalValue(confidence);
  const zb = normalQuantile(power);
  const shares = 1 / nTreated + 1 / nControl;
  const weight = nTreated / (nTreated + nControl);
  const controlSpread = (rateControl * (1 - rateControl)) / nControl;
  // Δ − z_a·(null spread) − z_b·(spread): positive where the power exceeds `power`.
  const margin = (rateTreated: number) => {
    const pooled = rateControl + weight * (rateTreated - rateControl);
    return (
      rateControl -
      rateTreated -
      za * Math.sqrt(pooled * (1 - pooled) * shares) -
      zb * Math.sqrt((rateTreated * (1 - rateTreated)) / nTreated + controlSpread)
    );
  };
  if (margin(rateControl) >= 0) return 0;
  if (margin(0) < 0) {
    throw notEnoughData("engine.undetectable", {
      argument: "n_treated, n_control",
      treated: nTreated,
      control: nControl,
      rate: rateControl,
      power,
    });
  }
  let low = 0;
  let high = rateControl;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) break;
    if (margin(middle) >= 0) low = middle;
    else high = middle;
  }
  return low - rateControl;
}

/**
 * People a planned evaluation needs: n_treated solves the power formula exactly for
 * n_control = ratio · n_treated (a closed form, since the pooled rate depends on the ratio only),
 * rounded up; n_control is ratio × n_treated, rounded up.
 */
export function sampleSize(rateControl: number, rateTreated: number, power: number, confidence: number, ratio: number): SampleSize {
  requireRate(rateControl, "rate_control");
  requireRate(rateTreated, "rate_treated");
  if (rateControl === rateTreated) {
    throw invalidValue("engine.noDifference", { argument: "rate_treated", value: rateTreated });
  }
  requireProbability(power, "power");
  requireConfidence(confidence);
  requireFinite(ratio, "ratio");
  if (!(ratio > 0)) throw invalidValue("engine.allocationRatio", { argument: "ratio", value: ratio });
  const za = normalCriticalValue(confidence);
  const zb = normalQuantile(power);
  const pooled = (rateTreated + ratio * rateControl) / (1 + ratio);
  const root =
    za * Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio)) +
    zb * Math.sqrt(rateTreated * (1 - rateTreated) + (rateControl * (1 - rateControl)) / ratio);
  if (!(root > 0)) throw invalidValue("engine.powerTooLow", { argument: "power", value: power });
  const exactTreated = (root / (rateControl - rateTreated)) ** 2;
  const nTreated = Math.ceil(exactTreated);
  const nControl = Math.ceil(ratio * nTreated);
  return { nTreated, nControl, nTotal: nTreated + nControl, exactTreated };
}

export interface EvaluationPlan extends SampleSize {
  /** Months until enough treated people have joined, at `intakePerMonth` a month (rounded up). */
  recruitmentMonths: number;
  /** Recruitment plus the follow-up over which the rates are counted: when the last person's outcome is known. */
  durationMonths: number;
}

/**
 * A planned evaluation: the group sizes of sampleSize, and how long it runs when treated people
 * join at `intakePerMonth` a month (comparison people found alongside) and each must be followed
 * for the `followUpMonths` over which the control rate is counted (e.g. 24 months).
 */
export function evaluationPlan(
  rateControl: number,
  rateTreated: number,
  power: number,
  confidence: number,
  ratio: number,
  followUpMonths: number,
  intakePerMonth: number,
): EvaluationPlan {
  const size = sampleSize(rateControl, rateTreated, power, confidence, ratio);
  requireFinite(followUpMonths, "follow_up_months");
  if (!(followUpMonths > 0)) throw invalidValue("engine.followUpMonths", { argument: "follow_up_months", value: followUpMonths });
  requireFinite(intakePerMonth, "intake_per_month");
  if (!(intakePerMonth > 0)) throw invalidValue("engine.intake", { argument: "intake_per_month", value: intakePerMonth });
  const recruitmentMonths = Math.ceil(size.nTreated / intakePerMonth);
  return { ...size, recruitmentMonths, durationMonths: recruitmentMonths + followUpMonths };
}
