import { invalidValue } from "./errors";
import type { MessageValue } from "../shared/message";
import { requireFinite } from "./checks";

/** Checks shared by the appraisal functions (placement value, streams, fiscal return). */

/** A yearly rate of discount or growth: any finite number above −1 (−100 % would wipe out every amount). */
export function requireGrowthRate(rate: number, argument: MessageValue): number {
  requireFinite(rate, argument);
  if (!(rate > -1)) throw invalidValue("engine.growthRate", { argument, value: rate });
  return rate;
}

/** Inputs that are each valid can still combine into a number beyond what a double holds. */
export function requireFiniteResult(value: number, what: MessageValue): number {
  if (!Number.isFinite(value)) {
    throw invalidValue("engine.resultOutOfRange", { what });
  }
  return value;
}

/** Longest horizon of an appraisal, in years. */
export const MAXIMUM_YEARS = 100;
