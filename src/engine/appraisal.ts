import { invalidValue } from "./errors";
import { requireFinite } from "./checks";

/** Checks shared by the appraisal functions (placement value, streams, fiscal return). */

/** A yearly rate of discount or growth: any finite number above −1 (−100 % would wipe out every amount). */
export function requireGrowthRate(rate: number, argument: string): number {
  requireFinite(rate, argument);
  if (!(rate > -1)) throw invalidValue(`${argument}: ${rate} must be greater than -1 (-100 %)`);
  return rate;
}

/** Inputs that are each valid can still combine into a number beyond what a double holds. */
export function requireFiniteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw invalidValue(`${what}: the inputs give a result beyond the range of numbers (about ±1.8e308)`);
  }
  return value;
}

/** Longest horizon of an appraisal, in years. */
export const MAXIMUM_YEARS = 100;
