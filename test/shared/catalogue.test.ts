/**
 * Every entry of the message catalogue exists in German and English, the two texts differ (a
 * German screen shows no English words), both name the same placeholders, and no key is given
 * twice across the catalogue's sections.
 */
import { catalogue, catalogueSections } from "../../src/shared/catalogue";
import { explainedTerms } from "../../src/shared/catalogue/terms";

/** Texts that are the same word in both languages, or only placeholders and signs. */
const sameInBothLanguages = new Set(["Monte Carlo", "Version"]);

const placeholderPattern = /\{([A-Za-z0-9_]+)(?::[a-z]+(?::[^}]*)?)?\}/g;

function placeholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]).sort();
}

/** The words of a text once its placeholders are taken out: empty for "{argument}: {where}". */
function words(text: string): string {
  return text
    .replace(placeholderPattern, "")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
}

const entries = Object.entries(catalogue) as [string, { de: string; en: string }][];

describe("the message catalogue", () => {
  test("has a German and an English text for every key", () => {
    const incomplete = entries.filter(([, text]) => !(text.de?.trim().length > 0 && text.en?.trim().length > 0)).map(([key]) => key);
    expect(incomplete).toEqual([]);
  });

  test("has no German text identical to the English one, except for a short list of words both languages share", () => {
    const same = entries
      .filter(([key]) => key !== "legacy.text")
      .filter(([, text]) => text.de === text.en && words(text.de) !== "" && !sameInBothLanguages.has(text.de))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  test("names the same placeholders in both languages", () => {
    const differing = entries
      .filter(([, text]) => placeholders(text.de).join() !== placeholders(text.en).join())
      .map(([key, text]) => `${key}: ${placeholders(text.de).join()} ≠ ${placeholders(text.en).join()}`);
    expect(differing).toEqual([]);
  });

  test("gives every key once across its sections", () => {
    const keys = Object.values(catalogueSections).flatMap((section) => Object.keys(section));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.length).toBe(entries.length);
  });

  test("keys start with their section's prefix", () => {
    const prefixes: Record<string, string[]> = {
      common: ["product.", "position.", "value.", "error.", "legacy."],
      engine: ["engine."],
      functions: ["cells.", "functions."],
      pane: ["pane."],
      terms: ["term."],
    };
    const misplaced = Object.entries(catalogueSections).flatMap(([section, texts]) =>
      Object.keys(texts).filter((key) => !(prefixes[section] ?? [`${section}.`]).some((prefix) => key.startsWith(prefix))),
    );
    expect(misplaced).toEqual([]);
  });
});

describe("the statistical terms", () => {
  test.each(explainedTerms)("%s has its word and a one-sentence explanation in both languages", (term) => {
    const explanation = catalogue[`${term}.explained`];
    for (const language of ["de", "en"] as const) {
      expect(catalogue[term][language].length).toBeGreaterThan(2);
      expect(explanation[language]).toMatch(/\.$/);
      // One sentence: no full stop followed by a capital inside it (abbreviations such as "z. B." aside).
      expect(explanation[language].replace(/z\. B\.|e\.g\./g, "")).not.toMatch(/\.\s+\p{Lu}/u);
    }
  });
});
