/**
 * The codes of the templates' code columns (group, wave) and choice cells. A data table stores the English code;
 * the layout writes, validates and counts it in the language of the workbook ("gefördert" and
 * "Vergleich" on a German sheet), and the CSV reader and the functions that read a group column
 * take every spelling listed here, in either language, whatever the case, spaces or umlauts.
 */
import type { Language } from "./language";

type Text = Record<Language, string>;

export const codeTexts: Readonly<Record<string, Text>> = {
  treated: { de: "gefördert", en: "treated" },
  control: { de: "Vergleich", en: "control" },
  before: { de: "vorher", en: "before" },
  after: { de: "nachher", en: "after" },
  // Where the business case takes its evidence from (its Evidence sheet's switch).
  from_cohort: { de: "vom Kohortenblatt", en: "from the cohort sheet" },
  typed_in: { de: "eingegeben", en: "typed in" },
};

/** Other spellings a file may use for a code, besides its German and English text. */
const otherSpellings: Readonly<Record<string, readonly string[]>> = {
  treated: [
    "beraten",
    "beratene",
    "geförderte",
    "Programm",
    "Programmgruppe",
    "Teilnahme",
    "Intervention",
    "served",
    "counselled",
    "counseled",
    "1",
  ],
  control: ["Vergleichsgruppe", "Kontrolle", "Kontrollgruppe", "comparison", "0"],
  before: ["vor", "davor", "pre", "baseline"],
  after: ["nach", "danach", "post"],
};

/** Spellings of yes and no in a yes/no column ("x" and a blank where the template says so). */
export const yesSpellings: readonly string[] = ["1", "ja", "j", "yes", "y", "x", "wahr", "true"];
export const noSpellings: readonly string[] = ["0", "nein", "n", "no", "falsch", "false"];

/**
 * A name or code as it is compared: lower case, umlauts and ß spelt out (ä = ae, ß = ss), and
 * everything but letters and digits left out, so "Ende der Beobachtung", "ende_der_beobachtung"
 * and "ENDE DER BEOBACHTUNG" are one name.
 */
export function comparable(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

/** The text a code is written as in a workbook of that language; a text that is no code stays as it is. */
export function codeText(code: string, language: Language): string {
  return codeTexts[code]?.[language] ?? code;
}

/** Every spelling of a code the reader takes, compared as `comparable` does. */
export function codeSpellings(code: string): string[] {
  const texts = codeTexts[code];
  return [code, ...(texts ? [texts.de, texts.en] : []), ...(otherSpellings[code] ?? [])].map(comparable);
}

/** The code among `options` that a field spells, or null. */
export function matchingCode(options: readonly string[], raw: string): string | null {
  const spelt = comparable(raw);
  if (spelt === "") return null;
  return options.find((option) => codeSpellings(option).includes(spelt)) ?? null;
}
