/** Excel number format codes of the templates, by the keys the definitions use. */
import type { Language, NumberFormatKey } from "./model";

export const numberFormats: Record<NumberFormatKey, string> = {
  euro: '#,##0 "EUR";[Red]-#,##0 "EUR"',
  euroCents: '#,##0.00 "EUR";[Red]-#,##0.00 "EUR"',
  percent: "0.0%",
  percentPrecise: "0.00%",
  number: "#,##0",
  decimal: "#,##0.00",
  decimalPrecise: "0.0000",
  integer: "0",
  ratio: "0.00",
  date: "yyyy-mm-dd",
  // Zero (an empty date written as 0) shows nothing instead of 1899-12-30.
  dateOrBlank: "yyyy-mm-dd;;",
  text: "@",
  percentWhole: "0%",
  oneDecimal: "0.0",
  threeDecimals: "0.000",
};

/**
 * How a result shows its value when that differs from its published format (ResultRow `shownAs`),
 * in the workbook's language: a difference of two rates in percentage points (the value × 100,
 * written beside it), a p-value below 0.001 as "< 0,001".
 */
export const shownFormats: Record<"points" | "share" | "pValue", Record<Language, string>> = {
  points: { de: '0.00" Pp."', en: '0.00" pp"' },
  share: { de: "0.0000", en: "0.0000" },
  pValue: { de: '[<0.001]"< 0,001";0.000', en: '[<0.001]"< 0.001";0.000' },
};

/** The key of an Excel number format code the templates name, e.g. "0.0%" → "percent". */
export function numberFormatKeyOf(code: string): NumberFormatKey {
  const key = (Object.keys(numberFormats) as NumberFormatKey[]).find((candidate) => numberFormats[candidate] === code);
  if (!key) throw new Error(`number format '${code}' has no key in numberFormats`);
  return key;
}
