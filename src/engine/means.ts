import { requireConfidence } from "./checks";
import { studentTCriticalValue, twoSidedStudentTPValue } from "./distributions";
import { invalidValue, notEnoughData } from "./errors";

/** Size, mean and sample variance (divisor n − 1) of one group's values; variance NaN below two values. */
export interface SampleSummary {
  n: number;
  mean: number;
  variance: number;
}

/**
 * Mean and variance in one pass without keeping the values. Sums are taken of the deviations
 * from the first value, so values that share a large common part (costs around 1,000,000) lose
 * no digits; no value lies so far from the mean that the shift itself costs precision.
 */
export class SampleAccumulator {
  private count = 0;
  private shift = 0;
  private sumOfDeviations = 0;
  private sumOfSquaredDeviations = 0;

  add(value: number): void {
    if (this.count === 0) this.shift = value;
    this.count++;
    const deviation = value - this.shift;
    this.sumOfDeviations += deviation;
    this.sumOfSquaredDeviations += deviation * deviation;
  }

  summary(): SampleSummary {
    const n = this.count;
    const meanDeviation = this.sumOfDeviations / n;
    return {
      n,
      mean: n === 0 ? NaN : this.shift + meanDeviation,
      variance: n < 2 ? NaN : Math.max(0, (this.sumOfSquaredDeviations - this.sumOfDeviations * meanDeviation) / (n - 1)),
    };
  }
}

export function summarizeSample(values: Iterable<number>): SampleSummary {
  const accumulator = new SampleAccumulator();
  for (const value of values) accumulator.add(value);
  return accumulator.summary();
}

/** A group whose spread can be estimated: at least two values, and mean and variance within double range. */
export function requireSpread(sample: SampleSummary, name: string): SampleSummary {
  if (sample.n < 2) {
    throw notEnoughData("engine.spread", { argument: name, n: sample.n });
  }
  if (!Number.isFinite(sample.mean) || !Number.isFinite(sample.variance)) {
    throw invalidValue("engine.meanTooLarge", { argument: name });
  }
  return sample;
}

/** Standard error of a sum or difference of independent means, with Welch–Satterthwaite degrees of freedom. */
export interface CombinedStandardError {
  standardError: number;
  degreesOfFreedom: number;
}

/**
 * se = √(Σ sᵢ²/nᵢ); df = se⁴ / Σ (sᵢ²/nᵢ)²/(nᵢ − 1) (Welch 1947, Satterthwaite 1946). df is
 * computed from each group's share of se², which cannot overflow or underflow where se⁴ would.
 * `#N/A` when every group has zero spread: the difference cannot be tested.
 */
export function welchSatterthwaite(samples: readonly SampleSummary[], names: readonly string[]): CombinedStandardError {
  let varianceOfSum = 0;
  for (const sample of samples) varianceOfSum += sample.variance / sample.n;
  if (!Number.isFinite(varianceOfSum)) {
    throw invalidValue("engine.standardErrorTooLarge", { arguments: names });
  }
  if (varianceOfSum === 0) {
    throw notEnoughData("engine.noSpread", { arguments: names });
  }
  let inverseDegreesOfFreedom = 0;
  for (const sample of samples) {
    const share = sample.variance / sample.n / varianceOfSum;
    inverseDegreesOfFreedom += (share * share) / (sample.n - 1);
  }
  return { standardError: Math.sqrt(varianceOfSum), degreesOfFreedom: 1 / inverseDegreesOfFreedom };
}

/** A difference with its t interval and two-sided p-value. */
export interface TTestResult {
  difference: number;
  standardError: number;
  degreesOfFreedom: number;
  lower: number;
  upper: number;
  pValue: number;
}

/** Interval difference ± t(df)·se and two-sided p from t = difference / se. */
export function tTest(difference: number, combined: CombinedStandardError, confidence: number, names: readonly string[]): TTestResult {
  const { standardError, degreesOfFreedom } = combined;
  const margin = studentTCriticalValue(confidence, degreesOfFreedom) * standardError;
  const result = {
    difference,
    standardError,
    degreesOfFreedom,
    lower: difference - margin,
    upper: difference + margin,
    pValue: twoSidedStudentTPValue(difference / standardError, degreesOfFreedom),
  };
  for (const value of Object.values(result)) {
    if (!Number.isFinite(value)) {
      throw invalidValue("engine.differenceTooLarge", { arguments: names });
    }
  }
  return result;
}

export interface MeanComparison extends TTestResult {
  meanTreated: number;
  meanControl: number;
  nTreated: number;
  nControl: number;
}

/** Treated minus control mean with Welch's unequal-variance t interval and p-value (R: t.test(var.equal = FALSE)). */
export function welchTest(
  treated: SampleSummary,
  control: SampleSummary,
  confidence: number,
  names: { treated: string; control: string } = { treated: "treated", control: "control" },
): MeanComparison {
  requireConfidence(confidence);
  requireSpread(treated, names.treated);
  requireSpread(control, names.control);
  const groupNames = [names.treated, names.control];
  const test = tTest(treated.mean - control.mean, welchSatterthwaite([treated, control], groupNames), confidence, groupNames);
  return { ...test, meanTreated: treated.mean, meanControl: control.mean, nTreated: treated.n, nControl: control.n };
}
