/**
 * The upper tail of the chi-square distribution, P(χ²_df ≥ x), as R's
 * pchisq(x, df, lower.tail = FALSE): the regularised upper incomplete gamma function Q(df/2, x/2),
 * by its power series below a + 1 and by Lentz's continued fraction above (Numerical Recipes §6.2).
 * Plain: NaN in gives NaN out.
 */
export function chiSquareUpperTail(x: number, degreesOfFreedom: number): number {
  if (Number.isNaN(x) || !(degreesOfFreedom > 0)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const a = degreesOfFreedom / 2;
  const z = x / 2;
  const logPrefix = a * Math.log(z) - z - logGamma(a);
  if (z < a + 1) return 1 - Math.exp(logPrefix) * lowerSeries(a, z);
  return Math.exp(logPrefix) * upperContinuedFraction(a, z);
}

/** Σₙ zⁿ / (a(a+1)…(a+n)): P(a, z) = that · zᵃ e⁻ᶻ / Γ(a). */
function lowerSeries(a: number, z: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100_000; n++) {
    term *= z / (a + n);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/** The continued fraction of Q(a, z) · Γ(a) / (zᵃ e⁻ᶻ), by the modified Lentz method. */
function upperContinuedFraction(a: number, z: number): number {
  const tiny = 1e-300;
  let b = z + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/**
 * log Γ(a) for a > 0: Stirling's series from a ≥ 10 (error below 1e-16 there), smaller arguments
 * shifted up by Γ(a) = Γ(a + n) / (a (a + 1) … (a + n − 1)).
 */
export function logGamma(a: number): number {
  let shift = 0;
  let x = a;
  while (x < 10) {
    shift += Math.log(x);
    x += 1;
  }
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  const series =
    inverse *
    (1 / 12 +
      inverseSquared *
        (-1 / 360 +
          inverseSquared * (1 / 1260 + inverseSquared * (-1 / 1680 + inverseSquared * (1 / 1188 + inverseSquared * (-691 / 360360))))));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}
