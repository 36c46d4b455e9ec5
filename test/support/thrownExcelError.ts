/** Runs a custom function that must fail; returns the Excel error it throws (code and message). */
export function thrownExcelError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected an Excel error, but nothing was thrown");
}
