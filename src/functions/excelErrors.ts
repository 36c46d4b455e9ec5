import { isInputError } from "../engine/errors";
import { errorText } from "../shared/codedError";
import { displayLanguage } from "../shared/language";

/**
 * Runs a custom function's body and turns every failure into an Excel error. Excel shows a
 * message only on #VALUE! and #N/A, so those are the only two codes used: a wrong value gives
 * #VALUE!, too little data gives #N/A. Nothing escapes as an uncaught exception. The message
 * follows Office's display language.
 */
export function excelResult<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  const text = errorText(error, displayLanguage());
  if (isInputError(error) && error.problem === "not-enough-data")
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, text);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}
