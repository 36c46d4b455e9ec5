/**
 * Formula text as an .xlsx file must hold it: functions newer than Excel 2007 carry the `_xlfn.`
 * prefix there (without it Excel and LibreOffice show #NAME?), while the definitions and Office.js
 * write them without it.
 */

/** Functions newer than Excel 2007: in .xlsx files they must carry the `_xlfn.` prefix. */
export const functionsNeedingPrefix = [
  "NORM.S.INV",
  "NORM.S.DIST",
  "NORM.INV",
  "NORM.DIST",
  "T.INV.2T",
  "T.DIST.2T",
  "T.DIST",
  "T.INV",
  "CHISQ.DIST.RT",
  "BETA.DIST",
  "BETA.INV",
  "PERCENTILE.INC",
  "STDEV.S",
  "VAR.S",
  "IFNA",
  "IFS",
  "CONCAT",
  "TEXTJOIN",
  "DAYS",
  "ISFORMULA",
];

const prefixPattern = new RegExp(
  `(?<![A-Za-z0-9_.])(${functionsNeedingPrefix.map((name) => name.replace(/\./g, "\\.")).join("|")})\\(`,
  "g",
);

/** Adds `_xlfn.` to the functions that need it in a file; text in quotes is left alone. */
export function withFilePrefixes(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(prefixPattern, "_xlfn.$1(")))
    .join("");
}
