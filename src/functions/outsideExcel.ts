/*
 * Loaded before the function files. Inside Excel, Office.js provides the global CustomFunctions
 * (associate, Error, ErrorCode). Opened in a plain browser (the task pane's preview mode) it is
 * missing, and the generated `CustomFunctions.associate(...)` calls would stop the page's script;
 * a stand-in with the same shape keeps the functions callable and registers nothing.
 */
const runtime = globalThis as { CustomFunctions?: unknown };

if (typeof runtime.CustomFunctions === "undefined") {
  class ExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  runtime.CustomFunctions = {
    associate: () => undefined,
    Error: ExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
}

export {};
