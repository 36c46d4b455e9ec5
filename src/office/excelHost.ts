/** The Excel host as the add-in's Office.js code uses it: batches, and which requirement sets it supports. */

/** The host: how to run a batch and which ExcelApi versions it supports. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports(version: string): boolean;
  /** Whether the add-in's PREVENT.* functions can run (CustomFunctionsRuntime 1.1). */
  hasCustomFunctions(): boolean;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    hasCustomFunctions: () => Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.1"),
  };
}
