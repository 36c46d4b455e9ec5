/*
 * Loaded before the function files. Inside Excel, Office.js provides the global CustomFunctions
 * with associate, Error and ErrorCode. In a plain browser (the task pane's preview mode) it is
 * missing, or Office.js defines only `associate`; the functions would then fail where they build
 * an Excel error. Outside Excel this fills in what is missing, with the runtime's shape, and keeps
 * each function under its id in `associated`, so that the bundle can be checked in a browser
 * against the results in Node.
 */
import { recordAssociation } from "./functionRegistry";

type Implementation = (...args: unknown[]) => unknown;

interface RuntimeShape {
  associate?: (id: string, implementation: Implementation) => void;
  Error?: unknown;
  ErrorCode?: unknown;
  associated?: Map<string, Implementation>;
}

const global = globalThis as { CustomFunctions?: RuntimeShape };
const runtime: RuntimeShape = global.CustomFunctions ?? {};

if (typeof runtime.Error === "undefined") {
  class ExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  const associated = new Map<string, Implementation>();
  const officeAssociate = runtime.associate?.bind(runtime);
  runtime.Error = ExcelError;
  runtime.ErrorCode = { invalidValue: "#VALUE!", notAvailable: "#N/A" };
  runtime.associated = associated;
  runtime.associate = (id, implementation) => {
    associated.set(id, implementation);
    officeAssociate?.(id, implementation);
  };
  global.CustomFunctions = runtime;
}

// Inside Excel too: every association is recorded for the pane's probe (functionRegistry.ts).
const associate = runtime.associate?.bind(runtime);
runtime.associate = (id, implementation) => {
  recordAssociation(id);
  associate?.(id, implementation);
};
global.CustomFunctions = runtime;
