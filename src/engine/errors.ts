/**
 * Problems with the data or parameters handed to the engine. The engine throws only these;
 * `functions/` turns them into Excel errors (#VALUE! for a wrong value, #N/A for too little data).
 */
export type InputProblem = "invalid-value" | "not-enough-data";

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** A value that cannot be right (text in a number range, a rate above 1, a negative count). */
export function invalidValue(message: string): InputError {
  return new InputError("invalid-value", message);
}

/** Data that are valid but too few to compute the result (an empty group, a single value). */
export function notEnoughData(message: string): InputError {
  return new InputError("not-enough-data", message);
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
