/**
 * Structured references that the templates write into formulas and names, in the form both the
 * .xlsx file and Office.js accept (the file has no "@" shorthand: [@Start] is written
 * Table[[#This Row],[Start]]). Header escaping follows src/office/structuredReference.ts.
 */
import { structuredReference } from "../shared/structuredReference";

/** The header of a column as it stands inside the outer brackets of a reference: "[Start]", "[Tage: Beratene]". */
function bracketedColumn(table: string, column: string): string {
  const inner = structuredReference(table, column).slice(table.length + 1, -1);
  // Double-bracketed headers come back as "[…]"; a single-bracketed one never starts with "[".
  return inner.startsWith("[") ? inner : `[${inner}]`;
}

/** The data rows of a column: cohort_table[Gruppe]. */
export function columnReference(table: string, column: string): string {
  return structuredReference(table, column);
}

/** The cell of a column in the formula's own row: cohort_table[[#This Row],[Beginn]]. */
export function thisRowReference(table: string, column: string): string {
  return `${table}[[#This Row],${bracketedColumn(table, column)}]`;
}

/** Header and data rows of a column: cohort_table[[#All],[Beginn]]. */
export function wholeColumnReference(table: string, column: string): string {
  return `${table}[[#All],${bracketedColumn(table, column)}]`;
}
