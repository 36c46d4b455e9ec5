/**
 * Numbers, shares, percentage points, p-values and dates as each language writes them, through
 * `Intl`: "1.234,5" and "95 %" in German, "1,234.5" in English. Negative numbers carry a true minus
 * sign. Every text of the add-in formats numbers here.
 */
import type { Language } from "./language";
import { FIRST_CALENDAR_SERIAL, LAST_SERIAL, isoDateFromSerial } from "./serialDates";

export const locales: Record<Language, string> = { en: "en-GB", de: "de-DE" };

const MINUS = "\u2212";
const NARROW_SPACE = "\u00a0";

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[language], options);
    formatters.set(key, format);
  }
  return format;
}

function withMinus(text: string): string {
  return text.replace("-", MINUS);
}

/** A number with a fixed count of decimals ("1.234,50" with 2 in German). */
export function formatNumber(value: number, decimals: number, language: Language): string {
  return withMinus(numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value));
}

/** A number as typed by hand: up to four decimals, no trailing zeros ("0,035", "1.700"). */
export function formatPlain(value: number, language: Language): string {
  return withMinus(numberFormat(language, { maximumFractionDigits: 4 }).format(value));
}

/**
 * A number exactly enough to recognise what was typed (up to ten significant digits): the values
 * that messages quote back ("0,95", "1.000.000.000", "1,5e−12" stays readable as "0,0000000000015").
 */
export function formatValue(value: number, language: Language): string {
  if (Number.isNaN(value)) return language === "de" ? "keine Zahl" : "not a number";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : `${MINUS}∞`;
  if (value !== 0 && Math.abs(value) < 1e-6) {
    return withMinus(
      value
        .toExponential(3)
        .replace(/\.?0+e/, "e")
        .replace(".", language === "de" ? "," : "."),
    );
  }
  return withMinus(numberFormat(language, { maximumSignificantDigits: 10 }).format(value));
}

/** A whole count with thousands separators: "100.000" / "100,000". */
export function formatCount(value: number, language: Language): string {
  return withMinus(numberFormat(language, { maximumFractionDigits: 0 }).format(value));
}

/** A share as a percentage, "95 %" in both languages (DIN 5008), one decimal where it has one. */
export function formatPercent(share: number, language: Language): string {
  const decimals = Math.abs(share * 100 - Math.round(share * 100)) < 1e-9 ? 0 : 1;
  return `${formatNumber(share * 100, decimals, language)}${NARROW_SPACE}%`;
}

/** A difference of two shares in percentage points: "−3,2 Prozentpunkte" / "−3.2 percentage points". */
export function formatPercentagePoints(difference: number, language: Language, decimals = 1): string {
  const points = formatNumber(difference * 100, decimals, language);
  return `${points}${NARROW_SPACE}${language === "de" ? "Prozentpunkte" : "percentage points"}`;
}

/** A p-value with three decimals; below 0.001 as "< 0,001" / "< 0.001". */
export function formatPValue(p: number, language: Language): string {
  if (p < 0.001) return `<${NARROW_SPACE}${formatNumber(0.001, 3, language)}`;
  return formatNumber(p, 3, language);
}

/** An Excel date serial as a date: "01.07.2022" in German, "2022-07-01" in English; other serials as numbers. */
export function formatDate(serial: number, language: Language): string {
  if (!(serial >= FIRST_CALENDAR_SERIAL && serial < LAST_SERIAL + 1)) return formatValue(serial, language);
  const iso = isoDateFromSerial(serial);
  if (language === "en") return iso;
  const [year, month, day] = iso.split("-");
  return `${day}.${month}.${year}`;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** Which of the forms `one` and `other` a count takes in this language. */
export function pluralCategory(count: number, language: Language): "one" | "other" {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(locales[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === "one" ? "one" : "other";
}

/** A list joined as the language joins it: "A, B und C" / "A, B and C". */
export function formatList(items: readonly string[], language: Language, kind: "conjunction" | "disjunction" = "conjunction"): string {
  const word = language === "de" ? (kind === "conjunction" ? "und" : "oder") : kind === "conjunction" ? "and" : "or";
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}
