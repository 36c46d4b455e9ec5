import { CodedError } from "../shared/codedError";
import { isMessageKey } from "../shared/message";
import type { MessageKey, ValuesArgument } from "../shared/message";

/**
 * Problems with the data or parameters handed to the engine. The engine throws only these: a
 * catalogue code and its values (src/shared/catalogue); `functions/` turns them into Excel errors
 * (#VALUE! for a wrong value, #N/A for too little data) with the message in Office's language.
 */
export type InputProblem = "invalid-value" | "not-enough-data";

export class InputError<K extends MessageKey = MessageKey> extends CodedError<K> {
  readonly problem: InputProblem;

  constructor(problem: InputProblem, code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "InputError";
    this.problem = problem;
  }
}

/** A value that cannot be right (text in a number range, a rate above 1, a negative count). */
export function invalidValue<K extends MessageKey>(code: K, ...values: ValuesArgument<K>): InputError<K>;
/** @deprecated Give a catalogue code and its values; a finished sentence cannot be shown in German. */
export function invalidValue(message: string): InputError<"legacy.text">;
export function invalidValue(codeOrMessage: string, values?: object): InputError {
  return inputError("invalid-value", codeOrMessage, values);
}

/** Data that are valid but too few to compute the result (an empty group, a single value). */
export function notEnoughData<K extends MessageKey>(code: K, ...values: ValuesArgument<K>): InputError<K>;
/** @deprecated Give a catalogue code and its values; a finished sentence cannot be shown in German. */
export function notEnoughData(message: string): InputError<"legacy.text">;
export function notEnoughData(codeOrMessage: string, values?: object): InputError {
  return inputError("not-enough-data", codeOrMessage, values);
}

function inputError(problem: InputProblem, codeOrMessage: string, values: object | undefined): InputError {
  if (values === undefined && !isMessageKey(codeOrMessage)) return new InputError(problem, "legacy.text", { text: codeOrMessage });
  return new (InputError as new (problem: InputProblem, code: string, values: object) => InputError)(problem, codeOrMessage, values ?? {});
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
