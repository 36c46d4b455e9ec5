import type { Language } from "../shared/language";

/** The pane formats numbers with the shared formatters (src/shared/formatting.ts). */
export { formatNumber, formatPercent, formatPercentagePoints, formatPlain, formatPValue } from "../shared/formatting";

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
