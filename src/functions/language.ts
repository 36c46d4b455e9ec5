export type Language = "en" | "de";

/** The Office display language, reduced to the two the add-in speaks; English when unknown. */
export function displayLanguage(): Language {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" && language.toLowerCase().startsWith("de") ? "de" : "en";
  } catch {
    return "en";
  }
}
