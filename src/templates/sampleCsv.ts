/**
 * What a data card tells about the CSV file a template takes: the columns it needs, in the
 * user's language, with their codes; and a sample file built from the template's example rows,
 * written as Excel writes CSV in that language (German: semicolons, decimal commas, dates as
 * TT.MM.JJJJ; English: commas, ISO dates), which the reader takes back as it is.
 */
import { codeText } from "../shared/dataCodes";
import { isoDateFromSerial } from "../shared/serialDates";
import { optionalColumn } from "./columnMatching";
import type { DataColumn, DataTableDefinition, DataValue, Language, TemplateDefinition } from "./model";

/** A column of the file, as the card lists it. */
export interface FileColumn {
  /** The name the sample file gives it: the sheet's header in German, the CSV name in English. */
  name: string;
  /** The file may leave the column out (its cells stay blank). */
  optional: boolean;
  /** A field may be blank (e.g. no care-home entry). */
  mayBeBlank: boolean;
  /** The values it takes, in the language (codes; yes/no), or null for a number, text or date. */
  values: string[] | null;
  kind: "text" | "number" | "date" | "code" | "flag";
}

/** The data table a CSV file fills, if the template has one. */
export function csvTable(definition: TemplateDefinition): DataTableDefinition | null {
  return definition.sheets.find((sheet) => sheet.table?.columns.some((column) => column.csv))?.table ?? null;
}

const fileName = (column: DataColumn, language: Language) => (language === "de" ? column.header.de : column.csv!.column);

export function fileColumns(definition: TemplateDefinition, language: Language): FileColumn[] {
  const table = csvTable(definition);
  if (!table) return [];
  return table.columns.flatMap((column): FileColumn[] => {
    if (!column.csv) return [];
    const kind = column.csv.kind;
    const base = {
      name: fileName(column, language),
      optional: optionalColumn(column),
      mayBeBlank: optionalColumn(column) || kind === "optionalDate",
    };
    if (typeof kind === "object" && "options" in kind)
      return [{ ...base, kind: "code", values: kind.options.map((option) => codeText(option, language)) }];
    if (typeof kind === "object")
      return [{ ...base, kind: "flag", values: language === "de" ? ["1", "0", "ja", "nein", "x"] : ["1", "0", "yes", "no", "x"] }];
    const plain = kind === "optionalDate" ? "date" : kind === "optionalNumber" ? "number" : kind;
    return [{ ...base, kind: plain, values: null }];
  });
}

function field(value: DataValue, column: DataColumn, language: Language, separator: string): string {
  if (value === null || value === undefined) return "";
  const kind = column.csv!.kind;
  if (typeof value === "number" && (kind === "date" || kind === "optionalDate")) {
    const iso = isoDateFromSerial(value);
    return language === "de" ? iso.split("-").reverse().join(".") : iso;
  }
  if (typeof value === "number" && typeof kind === "object" && "flag" in kind)
    return language === "de" ? (value === 1 ? "ja" : "nein") : value === 1 ? "yes" : "no";
  if (typeof value === "number") return language === "de" ? String(value).replace(".", ",") : String(value);
  const text = typeof kind === "object" && "options" in kind ? codeText(value, language) : value;
  return text.includes(separator) || text.includes('"') || /[\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sample CSV of a template (with a byte order mark, so that Excel opens it as UTF-8). */
export function sampleCsv(definition: TemplateDefinition, language: Language): string {
  const table = csvTable(definition);
  if (!table) return "";
  const separator = language === "de" ? ";" : ",";
  const columns = table.columns.map((column, c) => ({ column, c })).filter(({ column }) => column.csv);
  const lines = [
    columns.map(({ column }) => fileName(column, language)).join(separator),
    ...table.exampleRows.map((row) => columns.map(({ column, c }) => field(row[c] ?? null, column, language, separator)).join(separator)),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
