import { isInputError } from "../engine/errors";

/**
 * Runs a custom function's body and turns every failure into an Excel error. Excel shows a
 * message only on #VALUE! and #N/A, so those are the only two codes used: a wrong value gives
 * #VALUE!, too little data gives #N/A. Nothing escapes as an uncaught exception.
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
  if (isInputError(error)) {
    const code = error.problem === "not-enough-data" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `could not compute: ${detail}`);
}
