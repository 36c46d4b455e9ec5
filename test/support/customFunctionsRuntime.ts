import { officeDisplayLanguage } from "../../src/office/officeHost";
import { readDisplayLanguageFrom } from "../../src/shared/language";
/**
 * The two pieces of the Excel custom-functions runtime that the functions use, as the runtime
 * defines them (CustomFunctions.Error with an ErrorCode and a message). Installed globally
 * before each test file, as the shared runtime does inside Excel.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

// As in the functions bundle (src/office/functionsRuntime.ts): labels follow Office's display language.
readDisplayLanguageFrom(officeDisplayLanguage);
