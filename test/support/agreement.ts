/**
 * The accuracy DESIGN §3.1 asks of interval bounds and p-values: agreement with the reference to
 * 1e-9, absolute, or relative where the reference value exceeds 1 in size.
 */
export const referenceTolerance = 1e-9;

export function agreesWithReference(actual: number, expected: number, tolerance = referenceTolerance): boolean {
  if (!Number.isFinite(expected)) return actual === expected;
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

export function expectAgreement(actual: number, expected: number, what: string, tolerance = referenceTolerance): void {
  if (!agreesWithReference(actual, expected, tolerance)) {
    throw new Error(`${what}: ${actual} differs from the reference ${expected} by ${Math.abs(actual - expected)}`);
  }
}
