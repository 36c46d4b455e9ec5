/**
 * Reads a CSV file (shaped like the files in examples/, or as German Excel exports it) into the
 * rows of a template's data table. Bytes in, rows out: no Node APIs, so the task pane reads a
 * file through the same code. Any problem stops with a message naming the file, the line and
 * the column; nothing is guessed silently.
 */
import Papa from "papaparse";
import type { Bilingual } from "../shared/bilingual";
import { FIRST_CALENDAR_SERIAL, isCalendarDate, serialFromCalendarDate } from "../shared/serialDates";
import { emptyMapping, matchColumns, type ColumnMapping, type UnmatchedColumn } from "./columnMatching";
import { codeText, matchingCode, noSpellings, yesSpellings, comparable } from "../shared/dataCodes";
import type { CsvKind, DataColumn, DataValue, TemplateData, TemplateDefinition, Text } from "./model";
import { decodeDataFile, forgivingHeader, showInvisible, UndecodableFileError, type Encoding } from "./textDecoding";

/** A message in both languages. */
export type DataText = Bilingual;

/** A file refused; `text` holds the message in both languages where it has been written in both. */
export class DataFileError extends Error {
  /** The message in German and English, where it has both; `message` is the English one. */
  readonly text?: DataText;
  constructor(message: string | DataText) {
    super(typeof message === "string" ? message : message.en);
    this.name = "DataFileError";
    if (typeof message !== "string") this.text = message;
  }
}

/** Columns the template needs are not in the file's header: the pane asks which of the file's columns they are. */
export class UnmatchedColumnsError extends DataFileError {
  constructor(
    message: Text,
    readonly missing: UnmatchedColumn[],
    readonly header: string[],
  ) {
    super(message);
    this.name = "UnmatchedColumnsError";
  }
}

/** A value of a code column that is none of its codes: the pane asks which code it stands for. */
export class UnknownCodeError extends DataFileError {
  constructor(
    message: Text,
    readonly csvName: string,
    /** The column's header in the file. */
    readonly header: string,
    readonly value: string,
    readonly options: string[],
  ) {
    super(message);
    this.name = "UnknownCodeError";
  }
}

/** Where a field is, in both languages: "c.csv, line 3, column 'Gruppe'". */
interface Place {
  file: string;
  line: number;
  header: string;
}
const placeText = ({ file, line, header }: Place): Text => ({
  de: `${file}, Zeile ${line}, Spalte „${header}“`,
  en: `${file}, line ${line}, column '${header}'`,
});
const joined = (place: Text, reason: Text): Text => ({ de: `${place.de}: ${reason.de}`, en: `${place.en}: ${reason.en}` });

/** The message of a refused file in the user's language (English where it exists only in English). */
export function dataFileMessage(error: unknown, language: "de" | "en"): string {
  if (error instanceof DataFileError) return error.text?.[language] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/** "cohort.csv, line 4, column 'start'" in both languages; no column for a problem of the whole line. */
export function position(file: string, line?: number, column?: string): DataText {
  if (line === undefined) return { de: file, en: file };
  const at = { de: `${file}, Zeile ${line}`, en: `${file}, line ${line}` };
  return column === undefined ? at : { de: `${at.de}, Spalte „${column}“`, en: `${at.en}, column '${column}'` };
}

/** The most data rows a file may have: the figures for this size are in `npm run bench`. */
export const maximumDataRows = 200_000;
/** Excel's limit on the characters of one cell ("Excel specifications and limits"). */
export const maximumCellCharacters = 32_767;
/** Files larger than this are refused before they are read (about 320 bytes per row at the most rows). */
export const maximumFileBytes = 64 * 2 ** 20;

const separators = [",", ";", "\t"] as const;
type Separator = (typeof separators)[number];
const separatorName = (separator: string) => (separator === "\t" ? "tab" : `'${separator}'`);

/** The text of a file's bytes and its encoding (textDecoding.ts); a file that cannot be decoded with certainty is refused. */
export function decodeText(bytes: Uint8Array, file = "file"): { text: string; encoding: Encoding } {
  try {
    return decodeDataFile(bytes, file);
  } catch (error) {
    if (error instanceof UndecodableFileError) throw new DataFileError(error.text);
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
const quoteProblems: Record<string, string> = {
  MissingQuotes: 'a field opens with a quote (") that is never closed, so the rest of the file would be read as that one field',
  InvalidQuotes: 'a quoted field goes on after its closing quote ("); inside a quoted field, write a quote as two quotes ("")',
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
      if (error) throw new DataFileError(`${file}, line ${line}: ${quoteProblems[error.code] ?? error.message}`);
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
function readNumber(raw: string, separator: Separator): number | Text {
  if (separator !== "," && groupedThousands.test(raw))
    return {
      de: `„${raw}“ könnte eine Zahl mit Tausenderpunkt sein; bitte ohne Tausendertrennzeichen schreiben`,
      en: `'${raw}' could be a number with a thousands separator; write it without one`,
    };
  const text = separator === "," ? raw : raw.replace(/^([+-]?\d*),(\d)/, "$1.$2");
  if (!plainNumber.test(text)) {
    if (separator === "," && /^[+-]?\d*,\d/.test(raw))
      return {
        de: `„${raw}“ ist keine Zahl (ein Dezimalkomma braucht eine Datei, die mit „;“ oder Tabulator getrennt ist)`,
        en: `'${raw}' is not a number (a decimal comma needs a file separated by ';' or tab)`,
      };
    return { de: `„${raw}“ ist keine Zahl`, en: `'${raw}' is not a number` };
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : { de: `„${raw}“ ist keine endliche Zahl`, en: `'${raw}' is not a finite number` };
}

/** The template's own data validation of the column, applied to a value read from the file. */
function outsideValidation(value: number, column: DataColumn): Text | null {
  const rule = column.validation;
  if (!rule || (rule.kind !== "decimal" && rule.kind !== "whole")) return null;
  const german = (number: number) => number.toLocaleString("de-DE", { maximumFractionDigits: 10 });
  if (rule.kind === "whole" && !Number.isInteger(value))
    return { de: `${german(value)} ist keine ganze Zahl`, en: `${value} is not a whole number` };
  if (value < rule.minimum || value > rule.maximum)
    return {
      de: `${german(value)} liegt außerhalb von ${german(rule.minimum)} bis ${german(rule.maximum)}, dem Bereich, den das Blatt zulässt`,
      en: `${value} is outside ${rule.minimum}–${rule.maximum}, the range the sheet allows`,
    };
  return null;
}

/** "gefördert oder Vergleich" / "treated or control" (with the codes as a file may also write them). */
function codeList(options: string[]): Text {
  return {
    de: options.map((option) => codeText(option, "de")).join(" oder "),
    en: options.join(", "),
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
  const fail = (reason: Text) => new DataFileError(joined(placeText(place), reason));
  if (typeof kind === "object") {
    if ("flag" in kind) {
      const spelt = comparable(raw);
      if (spelt === "") return kind.flag.blank;
      if (yesSpellings.includes(spelt)) return 1;
      if (noSpellings.includes(spelt)) return 0;
      throw fail({
        de: `„${raw}“ ist weder ja noch nein (erwartet 1 oder 0, ja oder nein, x${kind.flag.blank === 0 ? " oder leer" : ""})`,
        en: `'${raw}' is neither yes nor no (expected 1 or 0, yes or no, x${kind.flag.blank === 0 ? " or blank" : ""})`,
      });
    }
    const code = codes[raw] ?? codes[raw.trim()] ?? matchingCode(kind.options, raw);
    if (code) return code;
    const options = codeList(kind.options);
    throw new UnknownCodeError(
      joined(placeText(place), {
        de: `„${raw}“ ist keiner der Werte ${options.de}; welcher Wert was bedeutet, lässt sich beim Einlesen zuordnen`,
        en: `'${raw}' is not one of ${options.en}; which value means what can be set when the file is read`,
      }),
      column.csv!.column,
      place.header,
      raw,
      kind.options,
    );
  }
  switch (kind) {
    case "text":
      if (raw === "") throw fail({ de: "leer, erwartet ein Text", en: "empty, expected a text" });
      return raw;
    case "optionalNumber":
    case "number": {
      if (kind === "optionalNumber" && raw === "") return null;
      if (raw === "") throw fail({ de: "leer, erwartet eine Zahl", en: "empty, expected a number" });
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
      if (serial === null)
        throw fail({
          de: `„${raw}“ ist kein Datum der Form TT.MM.JJJJ oder JJJJ-MM-TT`,
          en: `'${raw}' is not a date of the form YYYY-MM-DD or DD.MM.YYYY`,
        });
      if (serial === "early")
        throw fail({
          de: `${raw} liegt vor dem 1. März 1900, dem ersten Datum, das die Tabelle aufnehmen kann (Excel zählt davor einen 29. Februar 1900, den es nicht gab). Bitte prüfen Sie das Datum.`,
          en: `${raw} is before 1 March 1900, the first date the sheet can hold (before it Excel counts a 29 February 1900 that never was). Check the date.`,
        });
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
): Text | null {
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
      return bound === "notBefore"
        ? {
            de: `${where.de}: ${raw[c]} liegt vor ${raw[other]} in der Spalte „${headers[other]}“ derselben Zeile; dieses Datum kann nicht davor liegen. Bitte die Daten berichtigen oder die Zeile weglassen.`,
            en: `${where.en}: ${raw[c]} is before ${raw[other]} in the column '${headers[other]}' of the same line; this date cannot come before it. Correct the dates or leave the line out.`,
          }
        : {
            de: `${where.de}: ${raw[c]} liegt nach ${raw[other]} in der Spalte „${headers[other]}“ derselben Zeile; dieses Datum kann nicht danach liegen. Bitte die Daten berichtigen oder die Zeile weglassen.`,
            en: `${where.en}: ${raw[c]} is after ${raw[other]} in the column '${headers[other]}' of the same line; this date cannot come after it. Correct the dates or leave the line out.`,
          };
    }
  }
  return null;
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
  const germanSeparator = (candidate: string) => (candidate === "\t" ? "Tabulator" : `„${candidate}“`);
  const cause: Text =
    others.length > 0
      ? {
          de: `; die Kopfzeile enthält auch ${others.map(germanSeparator).join(" und ")}: Die Datei mischt Trennzeichen (gelesen mit ${germanSeparator(separator)})`,
          en: `; the header line also contains ${others.map(separatorName).join(" and ")}: the file mixes separators (read with ${separatorName(separator)})`,
        }
      : { de: "", en: "" };
  const found = {
    de: shownHeader.map((name) => `„${showInvisible(name.trim(), "de")}“`).join(", "),
    en: shownHeader.map((name) => `'${showInvisible(name.trim(), "en")}'`).join(", "),
  };
  const [first, ...more] = missing;
  const message: Text =
    more.length === 0
      ? {
          de: `${file}, Zeile 1: Die Spalte „${first.header.de}“ (${first.csvName}) fehlt (gefunden: ${found.de})${cause.de}`,
          en: `${file}, line 1: column '${first.csvName}' is missing (found: ${found.en})${cause.en}`,
        }
      : {
          de: `${file}, Zeile 1: Es fehlen die Spalten ${missing.map((column) => `„${column.header.de}“ (${column.csvName})`).join(", ")} (gefunden: ${found.de})${cause.de}`,
          en: `${file}, line 1: columns ${missing.map((column) => `'${column.csvName}'`).join(", ")} are missing (found: ${found.en})${cause.en}`,
        };
  return new UnmatchedColumnsError(message, missing, header);
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
export function describeReading(file: string, reading: DataFileReading): string {
  const rows = reading.data.rows.length;
  return `${file}: ${rows.toLocaleString("en")} ${rows === 1 ? "row" : "rows"}, ${reading.encoding}, separated by ${separatorName(reading.separator)}`;
}

/** readTemplateData, with the encoding and separator it found. */
export function readDataFile(
  template: TemplateDefinition,
  content: Uint8Array | string,
  file: string,
  mapping: ColumnMapping = emptyMapping,
): DataFileReading {
  const table = template.sheets.find((sheet) => sheet.table)?.table;
  if (!table) throw new DataFileError(`${file}: the template ${template.id} has no data table to fill`);
  const decoded = typeof content === "string" ? { text: content, encoding: "UTF-8" as const } : decodeText(content, file);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const separator = detectSeparator(text);
  const lines = parseCsvRows(text, separator, file);
  const header = (lines[0]?.fields ?? []).map(forgivingHeader);
  // Optional columns (e.g. covariates) may be missing from a file: their cells stay empty.
  const { positions, missing, twice } = matchColumns(table, header, mapping);
  if (twice.length > 0)
    throw new DataFileError({
      de: `${file}, Zeile 1: Die Spalte „${twice[0].header}“ (${twice[0].csvName}) kommt zweimal vor`,
      en: `${file}, line 1: column '${twice[0].csvName}' appears twice`,
    });
  if (missing.length > 0) throw missingColumns(file, missing, header, lines[0]?.fields ?? [], separator, headerLine(text));
  const body = lines.slice(1).filter((row) => !row.fields.every((field) => field.trim() === ""));
  if (body.length === 0) throw new DataFileError(`${file}: no data rows after the header`);
  if (body.length > maximumDataRows) {
    throw new DataFileError(
      `${file}: ${body.length.toLocaleString("en")} data rows; at most ${maximumDataRows.toLocaleString("en")} are supported`,
    );
  }
  const rows = body.map(({ fields, line }) => {
    if (fields.length !== header.length) {
      throw new DataFileError(
        `${file}, line ${line}: ${fields.length} fields where the header has ${header.length} (separator ${separatorName(separator)})`,
      );
    }
    const raw = positions.map((position) => (position < 0 ? "" : fields[position].trim()));
    const values = table.columns.map((column, c) => {
      if (!column.csv || positions[c] < 0) return null;
      const place = { file, line, header: header[positions[c]] };
      if (raw[c].length > maximumCellCharacters) {
        const length = { de: raw[c].length.toLocaleString("de-DE"), en: raw[c].length.toLocaleString("en") };
        throw new DataFileError(
          joined(placeText(place), {
            de: `Das Feld hat ${length.de} Zeichen; eine Excel-Zelle fasst höchstens 32.767. Kürzen Sie den Text in der Datei.`,
            en: `the field has ${length.en} characters; an Excel cell holds at most 32,767. Shorten the text in the file.`,
          }),
        );
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
