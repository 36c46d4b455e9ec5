import type { Language } from "./language";

/**
 * The one shape of a text a user sees: careful German and English. Template labels, output labels
 * and the catalogue's entries all have it.
 */
export interface Bilingual {
  readonly de: string;
  readonly en: string;
}

export function inLanguage(text: Bilingual, language: Language): string {
  return text[language];
}

export function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Bilingual).de === "string" &&
    typeof (value as Bilingual).en === "string"
  );
}
