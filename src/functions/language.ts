import { officeDisplayLanguage } from "../office/officeHost";

export type Language = "en" | "de";

/** A language tag reduced to the two languages the add-in speaks; English unless it is German. */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("de") ? "de" : "en";
}

/** The Office display language; English when unknown. */
export function displayLanguage(): Language {
  return languageOf(officeDisplayLanguage());
}
