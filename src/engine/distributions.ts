import normalCdfAt from "@stdlib/stats-base-dists-normal-cdf";
import studentTCdfAt from "@stdlib/stats-base-dists-t-cdf";
import studentTQuantileAt from "@stdlib/stats-base-dists-t-quantile";

/**
 * The standard normal and Student's t distributions, as R's pnorm/qnorm and pt/qt compute them.
 * Every function is plain: no checks, NaN in gives NaN out. Callers validate their arguments.
 */

/** P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return normalCdfAt(z, 0, 1);
}

/**
 * The z with P(Z ≤ z) = probability: Wichura's algorithm AS 241 (PPND16; Applied Statistics 37
 * (1988) 477–484), accurate to about 1 part in 10¹⁶ and the method of R's qnorm. The @stdlib
 * normal quantile goes through erfinv(2p − 1), which loses digits in the tails (relative error
 * 4e-7 at p = 1e-12, infinite below 1e-17); an interval at 0.999999 confidence needs those tails.
 */
export function normalQuantile(probability: number): number {
  if (Number.isNaN(probability) || probability < 0 || probability > 1) return NaN;
  if (probability === 0) return -Infinity;
  if (probability === 1) return Infinity;
  const q = probability - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return q * rational(r, centralNumerator, centralDenominator);
  }
  const r = Math.sqrt(-Math.log(q < 0 ? probability : 1 - probability));
  const z = r <= 5 ? rational(r - 1.6, middleNumerator, middleDenominator) : rational(r - 5, tailNumerator, tailDenominator);
  return q < 0 ? -z : z;
}

/** Σ aᵢ xⁱ / Σ bᵢ xⁱ with coefficients listed from the constant term up (b₀ = 1). */
function rational(x: number, numerator: readonly number[], denominator: readonly number[]): number {
  let top = 0;
  let bottom = 0;
  for (let i = numerator.length - 1; i >= 0; i--) {
    top = top * x + numerator[i];
    bottom = bottom * x + denominator[i];
  }
  return top / bottom;
}

// AS 241 coefficients as published (Wichura 1988): |p − 0.5| ≤ 0.425, then r = √−log(min(p, 1−p)) ≤ 5, then beyond.
// They carry more digits than a double holds; written as published, they round to the nearest double.
/* eslint-disable no-loss-of-precision */
const centralNumerator = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
];
const centralDenominator = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
];
const middleNumerator = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const middleDenominator = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966,
  5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const tailNumerator = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const tailDenominator = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5,
  1.4215117583164458887e-7, 2.04426310338993978564e-15,
];
/* eslint-enable no-loss-of-precision */

/** P(T ≤ t) for Student's t with `degreesOfFreedom` (need not be a whole number). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  return studentTCdfAt(t, degreesOfFreedom);
}

/** The t with P(T ≤ t) = probability. */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  return studentTQuantileAt(probability, degreesOfFreedom);
}

/**
 * The z that leaves (1 − confidence)/2 in each tail: 1.959964… for 0.95 (R: −qnorm((1 − confidence)/2)).
 * Taken from the lower tail, where 1 − confidence is exact: (1 + confidence)/2 rounds to 1 (z = ∞)
 * for confidence = 1 − 2⁻⁵³.
 */
export function normalCriticalValue(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}

/** The t that leaves (1 − confidence)/2 in each tail (R: −qt((1 − confidence)/2, df)), from the lower tail as above. */
export function studentTCriticalValue(confidence: number, degreesOfFreedom: number): number {
  return -studentTQuantile((1 - confidence) / 2, degreesOfFreedom);
}

/** Two-sided p-value of a standard normal test statistic: P(|Z| ≥ |z|). */
export function twoSidedNormalPValue(z: number): number {
  return 2 * normalCdf(-Math.abs(z));
}

/** Two-sided p-value of a t statistic: P(|T| ≥ |t|). */
export function twoSidedStudentTPValue(t: number, degreesOfFreedom: number): number {
  return 2 * studentTCdf(-Math.abs(t), degreesOfFreedom);
}
