/**
 * Structured references to the data of one table column, e.g. "Counselled[Moved within 24 months]".
 * Excel writes them in formulas outside the table; they cover the column's data rows (no header,
 * no totals) and grow with the table. Syntax rules from Microsoft's "Using structured references
 * with Excel tables" (support.microsoft.com, article f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 * a header with a special character is enclosed in a second pair of brackets, unless the only
 * special character is a space; [ ] # and ' are escaped with a single quotation mark.
 */

export interface TableColumnReference {
  table: string;
  column: string;
}

/** Characters that make Excel enclose a column header in double brackets (a space alone does not). */
const needsDoubleBrackets = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;
const escaped = /['[\]#]/g;
/** Table names: a letter, underscore or backslash first, then letters, digits, periods and underscores. */
const tableName = /^[\p{L}_\\][\p{L}\p{N}._\\]*$/u;

export function structuredReference(table: string, column: string): string {
  const header = column.replace(escaped, "'$&");
  // A leading @ would read as "this row" ([@Column]); inside a second pair of brackets it is the name.
  return needsDoubleBrackets.test(column) || column.startsWith("@") ? `${table}[[${header}]]` : `${table}[${header}]`;
}

/** The characters of a header with their escape quotes resolved: which ones were escaped. */
function characters(text: string): { character: string; escaped: boolean }[] {
  const result: { character: string; escaped: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" && i + 1 < text.length) result.push({ character: text[++i], escaped: true });
    else result.push({ character: text[i], escaped: false });
  }
  return result;
}

const bracket = (item: { character: string; escaped: boolean } | undefined, which: string) =>
  item !== undefined && !item.escaped && item.character === which;

/**
 * "Table[Column]" or "Table[[Column]]" → its parts; null for anything else (A1 addresses,
 * special items such as [#Totals], column ranges). Spaces around the reference are ignored.
 */
export function parseStructuredReference(text: string): TableColumnReference | null {
  const match = /^([^[\]']+)\[(.*)\]$/s.exec(text.trim());
  if (!match || !tableName.test(match[1])) return null;
  let header = characters(match[2]);
  const doubled = bracket(header[0], "[");
  if (doubled) {
    if (!bracket(header[header.length - 1], "]")) return null;
    header = header.slice(1, -1);
  }
  if (header.some((item) => bracket(item, "[") || bracket(item, "]"))) return null;
  // An unescaped # starts a special item ([#Totals]), a single-bracketed @ the current row ([@Column]).
  const first = header[0];
  if (first && !first.escaped && (first.character === "#" || (first.character === "@" && !doubled))) return null;
  const column = header.map((item) => item.character).join("");
  return column.trim() === "" ? null : { table: match[1], column };
}

/** Whether two references name the same column; Excel compares table and column names without case. */
export function sameColumn(a: TableColumnReference, b: TableColumnReference): boolean {
  return a.table.toLowerCase() === b.table.toLowerCase() && a.column.toLowerCase() === b.column.toLowerCase();
}
