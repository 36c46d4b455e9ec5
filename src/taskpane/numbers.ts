import type { Language } from "../shared/language";

const locales: Record<Language, string> = { en: "en-GB", de: "de-DE" };

/** A number with a fixed count of decimals in the pane's language; negative numbers carry a true minus sign. */
export function formatNumber(value: number, decimals: number, language: Language): string {
  const text = new Intl.NumberFormat(locales[language], {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  return text.replace("-", "\u2212");
}

/** A number as typed by hand: up to four decimals, no trailing zeros ("0.035", "1,700"). */
export function formatPlain(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 4 }).format(value).replace("-", "\u2212");
}

/** "95 %" in both languages: the space before the percent sign follows DIN 5008 and the design's wording. */
export function formatPercent(share: number, language: Language): string {
  const decimals = Math.abs(share * 100 - Math.round(share * 100)) < 1e-9 ? 0 : 1;
  return `${formatNumber(share * 100, decimals, language)}\u00a0%`;
}

const thousandsGrouping = (separator: string) => new RegExp(`^[-+]?\\d{1,3}(\\${separator}\\d{3})+$`);

/**
 * Reads a number typed in the pane's language ("1.700,5" in German, "1,700.5" in English); a
 * decimal sign of the other language is accepted where it cannot be a thousands separator
 * ("0.95" in German, "0,95" in English). Null when the text is not a number.
 */
export function parseTypedNumber(text: string, language: Language): number | null {
  let cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace("\u2212", "-");
  if (cleaned === "") return null;
  const [thousands, decimal] = language === "de" ? [".", ","] : [",", "."];
  const hasDecimalSign = cleaned.includes(decimal);
  if (hasDecimalSign || thousandsGrouping(thousands).test(cleaned)) {
    cleaned = cleaned.split(thousands).join("").replace(decimal, ".");
  } else {
    cleaned = cleaned.replace(thousands, ".");
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
