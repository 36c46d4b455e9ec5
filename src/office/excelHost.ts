import { wasAssociated } from "./functionRegistry";

/** The Excel host as the add-in's Office.js code uses it: batches, and which requirement sets it supports. */

/** The host: how to run a batch and which ExcelApi versions it supports. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  supports(version: string): boolean;
  /** Whether the add-in's PREVENT.* functions can run here (see officeHost). */
  hasCustomFunctions(): boolean;
}

/**
 * Custom functions: CustomFunctionsRuntime 1.2, which CustomFunctions.Error with a message needs
 * (CustomFunctionsRuntime requirement sets), since 1.1 has been reported supported on perpetual
 * builds that do not run custom functions; and the probe that this runtime associated the
 * functions (functionRegistry.ts). The probe cannot see whether Excel registered the metadata
 * (functions.json unreachable gives #NAME? in the cells); the README's hosting section covers that.
 */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    hasCustomFunctions: () => Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.2") && wasAssociated("RATEDIFF"),
  };
}
