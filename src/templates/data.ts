/**
 * Reads a CSV (shaped like the files in examples/) into the rows of a template's data table.
 * Any problem stops with a message naming the file, the line and the column.
 */
import type { CsvKind, DataValue, TemplateData, TemplateDefinition } from "./model";
import { serialFromIsoDate } from "../shared/serialDates";

export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

/** Parses CSV text (commas, double quotes doubled inside quoted fields) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readField(raw: string, kind: CsvKind, where: string): DataValue {
  if (typeof kind === "object") {
    if (!kind.options.includes(raw)) throw new DataFileError(`${where}: '${raw}' is not one of ${kind.options.join(", ")}`);
    return raw;
  }
  switch (kind) {
    case "text":
      if (raw === "") throw new DataFileError(`${where}: empty, expected a text`);
      return raw;
    case "optionalNumber":
    case "number": {
      if (kind === "optionalNumber" && raw === "") return null;
      const value = Number(raw);
      if (raw === "" || !Number.isFinite(value)) throw new DataFileError(`${where}: '${raw}' is not a number`);
      return value;
    }
    case "optionalDate":
    case "date": {
      if (kind === "optionalDate" && raw === "") return null;
      const serial = serialFromIsoDate(raw);
      if (serial === null) throw new DataFileError(`${where}: '${raw}' is not a date of the form YYYY-MM-DD`);
      return serial;
    }
  }
}

/** The rows for the template's data table from CSV text; `file` names the file in messages. */
export function readTemplateData(template: TemplateDefinition, csvText: string, file: string): TemplateData {
  const table = template.sheets.find((sheet) => sheet.table)?.table;
  if (!table) throw new DataFileError(`${file}: the template ${template.id} has no data table to fill`);
  const lines = parseCsv(csvText.replace(/^\uFEFF/, "")).map((fields) => fields.map((field) => field.trim()));
  const header = lines[0] ?? [];
  const positions = table.columns.map((column) => {
    if (!column.csv) return -1;
    const position = header.indexOf(column.csv.column);
    if (position < 0 && column.csv.kind === "optionalNumber") return -1;
    if (position < 0) throw new DataFileError(`${file}, line 1: column '${column.csv.column}' is missing (found: ${header.join(", ")})`);
    return position;
  });
  const rows: DataValue[][] = [];
  lines.slice(1).forEach((fields, index) => {
    if (fields.every((field) => field === "")) return;
    const lineNumber = index + 2;
    rows.push(
      table.columns.map((column, c) => {
        if (!column.csv || positions[c] < 0) return null;
        const where = `${file}, line ${lineNumber}, column '${column.csv.column}'`;
        return readField(fields[positions[c]] ?? "", column.csv.kind, where);
      }),
    );
  });
  if (rows.length === 0) throw new DataFileError(`${file}: no data rows after the header`);
  return { table: table.name, rows };
}
