/** Excel number format codes of the templates, by the keys the definitions use. */
import type { Language, NumberFormatKey, Text } from "./model";

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
  pValue: '[<0.001]"< 0.001";0.0000',
  points: '0.00" pp"',
  percentWhole: "0%",
  oneDecimal: "0.0",
  threeDecimals: "0.000",
};

/**
 * Formats whose words follow the template's language, whatever the spreadsheet's locale: the
 * words are literal text in the code, the digits follow the locale as in every other cell.
 */
const worded: Partial<Record<NumberFormatKey, Text>> = {
  pValue: { de: '[<0.001]"< 0,001";0.0000', en: numberFormats.pValue },
  points: { de: '0.00" Pp."', en: numberFormats.points },
};

/** The share beside a value shown in percentage points (ResultRow.inPoints). */
export const shareBesidePoints: Text = { de: '0.0000" (Anteil)"', en: '0.0000" (share)"' };

/** The code of a format in the template's language. */
export function formatCode(key: NumberFormatKey, language: Language): string {
  return worded[key]?.[language] ?? numberFormats[key];
}

/** The key of an Excel number format code the templates name, e.g. "0.0%" → "percent" (a worded code in either language). */
export function numberFormatKeyOf(code: string): NumberFormatKey {
  const keys = Object.keys(numberFormats) as NumberFormatKey[];
  const key = keys.find((candidate) => numberFormats[candidate] === code || Object.values(worded[candidate] ?? {}).includes(code));
  if (!key) throw new Error(`number format '${code}' has no key in numberFormats`);
  return key;
}
