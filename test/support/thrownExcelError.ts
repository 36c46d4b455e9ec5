/**
 * Runs a custom function that must fail; returns the code and message of the CustomFunctions.Error
 * it throws. Anything else it throws (a TypeError from a bug, say) is thrown on, so that the test fails.
 */
export function thrownExcelError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message ?? "" };
    throw error;
  }
  throw new Error("expected a CustomFunctions.Error, but nothing was thrown");
}
