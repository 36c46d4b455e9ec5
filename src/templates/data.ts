/**
 * Reads a CSV file (shaped like the files in examples/, or as German Excel exports it) into the
 * rows of a template's data table. Bytes in, rows out: no Node APIs, so the task pane reads a
 * file through the same code. Any problem stops with a message naming the file, the line and
 * the column; nothing is guessed silently.
 */
import Papa from "papaparse";
import type { Bilingual } from "../shared/bilingual";
import { bilingual, message, render, type Message } from "../shared/message";
import { FIRST_CALENDAR_SERIAL, isCalendarDate, serialFromCalendarDate } from "../shared/serialDates";
import { emptyMapping, matchColumns, type ColumnMapping, type UnmatchedColumn } from "./columnMatching";
import { codeText, matchingCode, noSpellings, yesSpellings, comparable } from "../shared/dataCodes";
import type { CsvKind, DataColumn, DataValue, TemplateData, TemplateDefinition, Text } from "./model";
import { decodeDataFile, forgivingHeader, showInvisible, UndecodableFileError, type Encoding } from "./textDecoding";

/** A message in both languages. */
export type DataText = Bilingual;

/** A file refused: a catalogue message; `text` holds it in both languages, `message` in English. */
export class DataFileError extends Error {
  readonly text: DataText;
  constructor(readonly entry: Message) {
    super(render(entry, "en"));
    this.name = "DataFileError";
    this.text = bilingual(entry);
  }
}

/** Columns the template needs are not in the file's header: the pane asks which of the file's columns they are. */
export class UnmatchedColumnsError extends DataFileError {
  constructor(
    entry: Message,
    readonly missing: UnmatchedColumn[],
    readonly header: string[],
  ) {
    super(entry);
    this.name = "UnmatchedColumnsError";
  }
}

/** A value of a code column that is none of its codes: the pane asks which code it stands for. */
export class UnknownCodeError extends DataFileError {
  constructor(
    entry: Message,
    readonly csvName: string,
    /** The column's header in the file. */
    readonly header: string,
    readonly value: string,
    readonly options: string[],
  ) {
    super(entry);
    this.name = "UnknownCodeError";
  }
}

/** Where a field is, in both languages: "c.csv, line 3, column 'Gruppe'". */
interface Place {
  file: string;
  line: number;
  header: string;
}
const placeText = ({ file, line, header }: Place): Message => message("dataFiles.place", { file, line: String(line), header });
const joined = (place: Message, reason: Message): Message => message("dataFiles.at", { place, reason });

/** The message of a refused file in the user's language (English where it exists only in English). */
export function dataFileMessage(error: unknown, language: "de" | "en"): string {
  if (error instanceof DataFileError) return error.text?.[language] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** "cohort.csv, line 4, column 'start'" in both languages; no column for a problem of the whole line. */
export function position(file: string, line?: number, column?: string): DataText {
  if (line === undefined) return { de: file, en: file };
  return bilingual(
    column === undefined
      ? message("dataFiles.line", { file, line: String(line) })
      : message("dataFiles.place", { file, line: String(line), header: column }),
  );
}

/** The most data rows a file may have: the figures for this size are in `npm run bench`. */
export const maximumDataRows = 200_000;
/** Excel's limit on the characters of one cell ("Excel specifications and limits"). */
export const maximumCellCharacters = 32_767;
/** Files larger than this are refused before they are read (about 320 bytes per row at the most rows). */
export const maximumFileBytes = 64 * 2 ** 20;

const separators = [",", ";", "\t"] as const;
type Separator = (typeof separators)[number];
const separatorName = (separator: string): Message =>
  separator === "\t" ? message("dataFiles.tab") : message("value.quoted", { text: separator });

/** The text of a file's bytes and its encoding (textDecoding.ts); a file that cannot be decoded with certainty is refused. */
export function decodeText(bytes: Uint8Array, file = "file"): { text: string; encoding: Encoding } {
  try {
    return decodeDataFile(bytes, file);
  } catch (error) {
    if (error instanceof UndecodableFileError) throw new DataFileError(message("dataFiles.undecodable", { text: error.text }));
    throw error;
  }
}

/** The first line of the text, without quoted parts (a quoted header may hold any character). */
function headerLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/"(?:[^"]|"")*"/g, "");
}

/** The separator that splits the header line into the most fields; comma when there is none. */
export function detectSeparator(text: string): Separator {
  const header = headerLine(text);
  let best: Separator = ",";
  for (const separator of separators) if (header.split(separator).length > header.split(best).length) best = separator;
  return best;
}

/** One parsed row: its fields and the line of the file it starts on (1-based). */
export interface CsvRow {
  fields: string[];
  line: number;
}

/** The parser's complaints about quotes, in the words of this add-in's other messages. */
const quoteProblems: Record<string, Message> = {
  MissingQuotes: message("dataFiles.missingQuotes"),
  InvalidQuotes: message("dataFiles.invalidQuotes"),
};

/** Parses CSV text: quoted fields (also over several lines), CRLF or LF. */
export function parseCsvRows(text: string, separator: Separator, file: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step(result) {
      const error = result.errors[0];
      if (error)
        throw new DataFileError(
          joined(
            message("dataFiles.line", { file, line: String(line) }),
            quoteProblems[error.code] ?? message("dataFiles.unreadable", { detail: error.message }),
          ),
        );
      rows.push({ fields: result.data, line });
      // The next row starts one line on, plus the line breaks inside quoted fields.
      line += 1;
      for (const field of result.data) for (let i = field.indexOf("\n"); i >= 0; i = field.indexOf("\n", i + 1)) line++;
    },
  });
  return rows.filter((row) => !(row.fields.length === 1 && row.fields[0] === ""));
}

/** Parses comma-separated text (as LibreOffice writes it) into rows of fields. */
export function parseCsv(text: string, separator: Separator = ","): string[][] {
  return parseCsvRows(text.replace(/^\uFEFF/, ""), separator, "CSV").map((row) => row.fields);
}

/**
 * "2022-01-09", or "09.01.2022" as German Excel writes it (day first; the dots say so): its
 * serial, "early" for a real day before 1 March 1900 (Excel's dates before it are off by its
 * phantom 29 February 1900, or do not exist), null when it is not a date in either form.
 */
function serialFromDate(text: string): number | "early" | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = german
    ? [Number(german[3]), Number(german[2]), Number(german[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [NaN, NaN, NaN];
  if (!isCalendarDate(year, month, day)) return null;
  const serial = serialFromCalendarDate(year, month, day);
  return serial === null || serial < FIRST_CALENDAR_SERIAL ? "early" : serial;
}

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const groupedThousands = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;

/** A decimal number; a decimal comma only where the separator is not a comma. */
function readNumber(raw: string, separator: Separator): number | Message {
  if (separator !== "," && groupedThousands.test(raw)) return message("dataFiles.thousands", { raw });
  const text = separator === "," ? raw : raw.replace(/^([+-]?\d*),(\d)/, "$1.$2");
  if (!plainNumber.test(text)) {
    if (separator === "," && /^[+-]?\d*,\d/.test(raw)) return message("dataFiles.decimalComma", { raw });
    return message("dataFiles.notANumber", { raw });
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : message("dataFiles.notFinite", { raw });
}

/** The template's own data validation of the column, applied to a value read from the file. */
function outsideValidation(value: number, column: DataColumn): Message | null {
  const rule = column.validation;
  if (!rule || (rule.kind !== "decimal" && rule.kind !== "whole")) return null;
  // German with its decimal comma and thousands points, English as the number is written in code.
  const shown = (number: number): Bilingual => ({ de: number.toLocaleString("de-DE", { maximumFractionDigits: 10 }), en: String(number) });
  if (rule.kind === "whole" && !Number.isInteger(value)) return message("dataFiles.notWhole", { value: shown(value) });
  if (value < rule.minimum || value > rule.maximum)
    return message("dataFiles.outsideRange", { value: shown(value), minimum: shown(rule.minimum), maximum: shown(rule.maximum) });
  return null;
}

/** "gefördert oder Vergleich" / "treated or control" (with the codes as a file may also write them). */
function codeList(options: string[]): Text {
  return {
    de: options.map((option) => codeText(option, "de")).join(render(message("dataFiles.or"), "de")),
    en: options.join(render(message("dataFiles.or"), "en")),
  };
}

function readField(
  raw: string,
  kind: CsvKind,
  column: DataColumn,
  separator: Separator,
  place: Place,
  codes: Record<string, string>,
): DataValue {
  const fail = (reason: Message) => new DataFileError(joined(placeText(place), reason));
  if (typeof kind === "object") {
    if ("flag" in kind) {
      const spelt = comparable(raw);
      if (spelt === "") return kind.flag.blank;
      if (yesSpellings.includes(spelt)) return 1;
      if (noSpellings.includes(spelt)) return 0;
      throw fail(kind.flag.blank === 0 ? message("dataFiles.notYesNoOrBlank", { raw }) : message("dataFiles.notYesNo", { raw }));
    }
    const code = codes[raw] ?? codes[raw.trim()] ?? matchingCode(kind.options, raw);
    if (code) return code;
    throw new UnknownCodeError(
      joined(placeText(place), message("dataFiles.unknownCode", { raw, options: codeList(kind.options) })),
      column.csv!.column,
      place.header,
      raw,
      kind.options,
    );
  }
  switch (kind) {
    case "text":
      if (raw === "") throw fail(message("dataFiles.emptyText"));
      return raw;
    case "optionalNumber":
    case "number": {
      if (kind === "optionalNumber" && raw === "") return null;
      if (raw === "") throw fail(message("dataFiles.emptyNumber"));
      const value = readNumber(raw, separator);
      if (typeof value !== "number") throw fail(value);
      const outside = outsideValidation(value, column);
      if (outside) throw fail(outside);
      return value;
    }
    case "optionalDate":
    case "date": {
      if (kind === "optionalDate" && raw === "") return null;
      const serial = serialFromDate(raw);
      if (serial === null) throw fail(message("dataFiles.notADate", { raw }));
      if (serial === "early") throw fail(message("dataFiles.tooEarly", { raw }));
      return serial;
    }
  }
}

/**
 * Dates of one row in the order the template says (an entry neither before the start nor after
 * the end of follow-up; the end not before the start): the first that is out of order, or null.
 */
function datesOutOfOrder(
  columns: DataColumn[],
  values: DataValue[],
  raw: string[],
  headers: string[],
  place: Omit<Place, "header">,
): Message | null {
  const index = (key: string) => columns.findIndex((column) => column.key === key);
  for (const [c, column] of columns.entries()) {
    const value = values[c];
    if (typeof value !== "number") continue;
    for (const [bound, key] of [
      ["notBefore", column.csv?.notBefore],
      ["notAfter", column.csv?.notAfter],
    ] as const) {
      if (!key) continue;
      const other = index(key);
      const limit = values[other];
      if (typeof limit !== "number") continue;
      if (bound === "notBefore" ? value >= limit : value <= limit) continue;
      const where = placeText({ ...place, header: headers[c] });
      const dates = { where, value: raw[c], other: raw[other], header: headers[other] };
      return bound === "notBefore" ? message("dataFiles.dateBefore", dates) : message("dataFiles.dateAfter", dates);
    }
  }
  return null;
}

/** German names a column by its header (German, or as the file has it) and its file name; English by its file name. */
function fileColumn(header: string, csvName: string): Bilingual {
  return {
    de: render(message("dataFiles.columnWithHeader", { header, csvName }), "de"),
    en: render(message("value.quoted", { text: csvName }), "en"),
  };
}

function missingColumns(
  file: string,
  missing: UnmatchedColumn[],
  header: string[],
  shownHeader: string[],
  separator: Separator,
  line: string,
): DataFileError {
  const others = separators.filter((candidate) => candidate !== separator && line.includes(candidate));
  const inBoth = (texts: (language: "de" | "en") => string): Bilingual => ({ de: texts("de"), en: texts("en") });
  const cause: Message | string =
    others.length > 0
      ? message("dataFiles.mixedSeparators", {
          others: inBoth((language) =>
            others.map((other) => render(separatorName(other), language)).join(render(message("dataFiles.and"), language)),
          ),
          separator: separatorName(separator),
        })
      : "";
  const found = shownHeader.map((name) =>
    inBoth((language) => render(message("value.quoted", { text: showInvisible(name.trim(), language) }), language)),
  );
  const column = ({ header, csvName }: UnmatchedColumn) => fileColumn(header.de, csvName);
  const [first, ...more] = missing;
  const entry =
    more.length === 0
      ? message("dataFiles.columnMissing", { file, column: column(first), found, cause })
      : message("dataFiles.columnsMissing", { file, columns: missing.map(column), found, cause });
  return new UnmatchedColumnsError(entry, missing, header);
}

/**
 * The rows for the template's data table from the bytes of a CSV file (a string is taken as
 * already decoded); `file` names the file in messages.
 */
export function readTemplateData(
  template: TemplateDefinition,
  content: Uint8Array | string,
  file: string,
  mapping: ColumnMapping = emptyMapping,
): TemplateData {
  return readDataFile(template, content, file, mapping).data;
}

/** What was read from a file and how: said back to the user, so that nothing is guessed silently. */
export interface DataFileReading {
  data: TemplateData;
  encoding: Encoding;
  separator: Separator;
}

/** "cohort.csv: 240 rows, UTF-8, separated by ','". */
export function describeReading(file: string, reading: DataFileReading, language: "de" | "en" = "en"): string {
  return render(
    message("dataFiles.reading", {
      file,
      rows: reading.data.rows.length,
      encoding: reading.encoding,
      separator: separatorName(reading.separator),
    }),
    language,
  );
}

/** readTemplateData, with the encoding and separator it found. */
export function readDataFile(
  template: TemplateDefinition,
  content: Uint8Array | string,
  file: string,
  mapping: ColumnMapping = emptyMapping,
): DataFileReading {
  const table = template.sheets.find((sheet) => sheet.table)?.table;
  if (!table) throw new DataFileError(message("dataFiles.noTable", { file, template: template.id }));
  const decoded = typeof content === "string" ? { text: content, encoding: "UTF-8" as const } : decodeText(content, file);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text);
  const lines = parseCsvRows(text, separator, file);
  const header = (lines[0]?.fields ?? []).map(forgivingHeader);
  // Optional columns (e.g. covariates) may be missing from a file: their cells stay empty.
  const { positions, missing, twice } = matchColumns(table, header, mapping);
  if (twice.length > 0)
    throw new DataFileError(message("dataFiles.columnTwice", { file, column: fileColumn(twice[0].header, twice[0].csvName) }));
  if (missing.length > 0) throw missingColumns(file, missing, header, lines[0]?.fields ?? [], separator, headerLine(text));
  const body = lines.slice(1).filter((row) => !row.fields.every((field) => field.trim() === ""));
  if (body.length === 0) throw new DataFileError(message("dataFiles.noRows", { file }));
  if (body.length > maximumDataRows) {
    throw new DataFileError(message("dataFiles.tooManyRows", { file, rows: body.length, maximum: maximumDataRows }));
  }
  const rows = body.map(({ fields, line }) => {
    if (fields.length !== header.length) {
      throw new DataFileError(
        message("dataFiles.fieldCount", {
          file,
          line: String(line),
          fields: fields.length,
          header: header.length,
          separator: separatorName(separator),
        }),
      );
    }
    const raw = positions.map((position) => (position < 0 ? "" : fields[position].trim()));
    const values = table.columns.map((column, c) => {
      if (!column.csv || positions[c] < 0) return null;
      const place = { file, line, header: header[positions[c]] };
      if (raw[c].length > maximumCellCharacters) {
        throw new DataFileError(joined(placeText(place), message("dataFiles.fieldTooLong", { length: raw[c].length })));
      }
      return readField(raw[c], column.csv.kind, column, separator, place, mapping.codes[column.csv.column] ?? {});
    });
    const disorder = datesOutOfOrder(
      table.columns,
      values,
      raw,
      positions.map((position) => header[position] ?? ""),
      { file, line },
    );
    if (disorder) throw new DataFileError(disorder);
    return values;
  });
  return { data: { table: table.name, rows }, encoding: decoded.encoding, separator };
}
