/** The two languages the add-in speaks, and where the host's display language comes from. */
export type Language = "en" | "de";

/** A language tag reduced to the two languages the add-in speaks; English unless it is German. */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("de") ? "de" : "en";
}

/** Where the host's display language tag (e.g. "de-DE") is read from; null where the host does not say. */
export type DisplayLanguageSource = () => string | null;

let displayLanguageSource: DisplayLanguageSource = () => null;

/**
 * Sets where `displayLanguage` reads the host's language. The runtime's entry point sets Office's
 * (src/office/officeHost.ts), so that nothing below the office layer touches Office.js.
 */
export function readDisplayLanguageFrom(source: DisplayLanguageSource): void {
  displayLanguageSource = source;
}

/** The host's display language; English when unknown. */
export function displayLanguage(): Language {
  return languageOf(displayLanguageSource());
}
