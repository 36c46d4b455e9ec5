import { invalidValue } from "./errors";

/** Checks shared by engine functions; each names the argument in its message. */

export function requireFinite(value: number, argument: string): number {
  if (!Number.isFinite(value)) throw invalidValue(`${argument}: ${value} is not a finite number`);
  return value;
}

export function requireConfidence(confidence: number, argument = "confidence"): number {
  requireFinite(confidence, argument);
  if (!(confidence > 0 && confidence < 1)) {
    throw invalidValue(`${argument}: ${confidence} must lie strictly between 0 and 1 (e.g. 0.95)`);
  }
  return confidence;
}

export function requireRate(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value < 0 || value > 1) throw invalidValue(`${argument}: ${value} must lie between 0 and 1`);
  return value;
}

export function requireCount(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value < 0 || !Number.isInteger(value)) {
    throw invalidValue(`${argument}: ${value} must be a whole number of at least 0`);
  }
  return value;
}

export function requireNonNegative(value: number, argument: string): number {
  requireFinite(value, argument);
  if (value < 0) throw invalidValue(`${argument}: ${value} must not be negative`);
  return value;
}
