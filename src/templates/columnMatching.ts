/**
 * Which column of a CSV file fills which column of a template's data table. A file's header is
 * taken in the template's German or English words, as its CSV name or as the sheet's header,
 * whatever the case, spaces, underscores or umlaut spelling; what still does not match can be
 * named in a mapping (the pane's mapping step, the command line's --map), which also says which
 * of the file's values stand for which code ("B" for served).
 */
import { codeTexts, comparable } from "../shared/dataCodes";
import type { DataColumn, DataTableDefinition, Text } from "./model";

/** What the user said about a file: the file's header for a template column, and the file's values for codes. */
export interface ColumnMapping {
  /** By the column's CSV name (e.g. "follow_up_end"): the header in the file. */
  columns: Record<string, string>;
  /** By the column's CSV name: the file's value for each code (e.g. { B: "treated", K: "control" }). */
  codes: Record<string, Record<string, string>>;
}

export const emptyMapping: ColumnMapping = { columns: {}, codes: {} };

/** A header without its part in brackets: "Kennung (pseudonym)" → "Kennung". */
const withoutBrackets = (header: string) => header.replace(/\s*\([^)]*\)\s*/g, " ").trim();

/** Every name a file may give the column, compared as `comparable` does. */
export function columnNames(column: DataColumn): string[] {
  if (!column.csv) return [];
  const names = [column.csv.column, column.header.de, column.header.en, ...(column.csv.also ?? [])];
  return [...new Set(names.flatMap((name) => [name, withoutBrackets(name)]).map(comparable))].filter((name) => name !== "");
}

/** Whether a column may be missing from a file (its cells stay blank). */
export function optionalColumn(column: DataColumn): boolean {
  const kind = column.csv?.kind;
  return kind === "optionalNumber" || (typeof kind === "object" && "flag" in kind);
}

/** A column of the template that the file does not have, as the mapping step asks for it. */
export interface UnmatchedColumn {
  csvName: string;
  header: Text;
}

/** The position in the file's header of each column of the table (-1: not read), or what is missing. */
export function matchColumns(
  table: DataTableDefinition,
  header: string[],
  mapping: ColumnMapping,
): { positions: number[]; missing: UnmatchedColumn[]; twice: { csvName: string; header: string }[] } {
  const spelt = header.map(comparable);
  const missing: UnmatchedColumn[] = [];
  const twice: { csvName: string; header: string }[] = [];
  const positions = table.columns.map((column) => {
    if (!column.csv) return -1;
    const mapped = mapping.columns[column.csv.column];
    const wanted = mapped !== undefined ? [comparable(mapped)] : columnNames(column);
    const found = spelt.flatMap((name, position) => (wanted.includes(name) ? [position] : []));
    if (found.length > 1) twice.push({ csvName: column.csv.column, header: header[found[0]] });
    if (found.length === 0 && !optionalColumn(column)) missing.push({ csvName: column.csv.column, header: column.header });
    return found[0] ?? -1;
  });
  return { positions, missing, twice };
}

/** The codes a column takes, when it is a code column. */
export function columnCodes(column: DataColumn): string[] {
  const kind = column.csv?.kind;
  return typeof kind === "object" && "options" in kind ? kind.options : [];
}

/** The code's words, e.g. "treated (gefördert)", for the mapping step and the sample file. */
export function codeWords(code: string): Text {
  return codeTexts[code] ?? { de: code, en: code };
}

/**
 * The mapping as the command line writes it: `--map COLUMN=HEADER` names the file's header of a
 * template column, `--map COLUMN.CODE=VALUE` the file's value of a code; COLUMN in the
 * template's words (German or English), CODE one of the column's codes.
 */
export function parseMapEntry(table: DataTableDefinition, entry: string, into: ColumnMapping): { problem: Text } | ColumnMapping {
  const equals = entry.indexOf("=");
  if (equals <= 0)
    return {
      problem: {
        de: `--map „${entry}“: erwartet SPALTE=ÜBERSCHRIFT oder SPALTE.CODE=WERT`,
        en: `--map '${entry}': expected COLUMN=HEADER or COLUMN.CODE=VALUE`,
      },
    };
  const left = entry.slice(0, equals).trim();
  const value = entry.slice(equals + 1).trim();
  const dot = left.lastIndexOf(".");
  const columnPart = dot > 0 ? left.slice(0, dot) : left;
  const column = table.columns.find((candidate) => columnNames(candidate).includes(comparable(columnPart)));
  if (!column?.csv) {
    const known = table.columns.flatMap((candidate) => (candidate.csv ? [candidate.csv.column] : [])).join(", ");
    return {
      problem: {
        de: `--map „${entry}“: Die Vorlage hat keine Spalte „${columnPart}“ (Spalten: ${known})`,
        en: `--map '${entry}': the template has no column '${columnPart}' (columns: ${known})`,
      },
    };
  }
  const csvName = column.csv.column;
  if (dot <= 0) return { ...into, columns: { ...into.columns, [csvName]: value } };
  const codes = columnCodes(column);
  const codePart = comparable(left.slice(dot + 1));
  const code = codes.find((candidate) => [candidate, codeWords(candidate).de, codeWords(candidate).en].map(comparable).includes(codePart));
  if (!code) {
    return {
      problem: {
        de: `--map „${entry}“: Die Spalte ${csvName} hat keinen Code „${left.slice(dot + 1)}“ (Codes: ${codes.join(", ") || "keine"})`,
        en: `--map '${entry}': column ${csvName} has no code '${left.slice(dot + 1)}' (codes: ${codes.join(", ") || "none"})`,
      },
    };
  }
  return { ...into, codes: { ...into.codes, [csvName]: { ...into.codes[csvName], [value]: code } } };
}
