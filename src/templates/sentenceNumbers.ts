/**
 * Numbers inside sentences built by native formulas, written as the template's language writes
 * them whatever the spreadsheet's locale: FIXED and TEXT follow the locale of the Excel or
 * LibreOffice that opens the file, so a German sentence would read "1,234.5" in an English Excel.
 * The digits are put together from whole numbers (ROUND, INT, MOD), which print the same everywhere.
 */
import type { Language } from "./model";

const separators: Record<Language, { thousands: string; decimal: string }> = {
  de: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

/** Three digits with leading zeros. */
const group = (value: string) => `RIGHT("00"&${value},3)`;

/** A whole number ≥ 0 below 10^12 with thousands separators. */
function grouped(whole: string, thousands: string): string {
  const part = (divisor: string, modulus?: string) => (modulus ? `INT(MOD(${whole},${modulus})/${divisor})` : `INT(${whole}/${divisor})`);
  const s = `"${thousands}"`;
  return (
    `IF(${whole}>=1E9,${part("1E9")}&${s}&${group(part("1E6", "1E9"))}&${s}&${group(part("1E3", "1E6"))}&${s}&${group(`MOD(${whole},1E3)`)},` +
    `IF(${whole}>=1E6,${part("1E6")}&${s}&${group(part("1E3", "1E6"))}&${s}&${group(`MOD(${whole},1E3)`)},` +
    `IF(${whole}>=1E3,${part("1E3")}&${s}&${group(`MOD(${whole},1E3)`)},${whole}&"")))`
  );
}

/** A formula expression giving the text of `expression` rounded to `decimals` places, e.g. "−1.234,5". */
export function spelled(expression: string, decimals: number, language: Language): string {
  const { thousands, decimal } = separators[language];
  const scale = 10 ** decimals;
  const scaled = `ROUND(ABS(${expression})*${scale},0)`;
  const whole = decimals === 0 ? scaled : `INT(${scaled}/${scale})`;
  const sign = `IF(ROUND(${expression}*${scale},0)<0,"−","")`;
  const fraction = decimals === 0 ? "" : `&"${decimal}"&RIGHT("${"0".repeat(decimals)}"&MOD(${scaled},${scale}),${decimals})`;
  return `${sign}&${grouped(whole, thousands)}${fraction}`;
}

/** A share as percent, e.g. "38,0 %" / "38.0%". */
export function spelledPercent(expression: string, decimals: number, language: Language): string {
  return `${spelled(`100*(${expression})`, decimals, language)}&"${language === "de" ? " %" : "%"}"`;
}

/** A difference of shares in percentage points, e.g. "−15,2 Prozentpunkte". */
export function spelledPoints(expression: string, decimals: number, language: Language): string {
  return `${spelled(`100*(${expression})`, decimals, language)}&"${language === "de" ? " Prozentpunkte" : " percentage points"}"`;
}

/** A date serial as "03.12.2026" / "2026-12-03". */
export function spelledDate(expression: string, language: Language): string {
  const two = (part: string) => `RIGHT("0"&${part}(${expression}),2)`;
  return language === "de"
    ? `${two("DAY")}&"."&${two("MONTH")}&"."&YEAR(${expression})`
    : `YEAR(${expression})&"-"&${two("MONTH")}&"-"&${two("DAY")}`;
}
