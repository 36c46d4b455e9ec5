/**
 * Reads what an upgrade needs from an .xlsx file, without changing it: the sheets, the
 * workbook-scoped names, the tables (name, sheet, range, column names) and the cells of a sheet.
 * The parts are read straight from the package (ECMA-376 Part 1: workbook, relationships,
 * shared strings, worksheets, tables); exceljs cannot load table parts it did not write itself.
 */
import JSZip from "jszip";
import { cellAddress, parseRange } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { CodedError } from "../shared/codedError";
import type { MessageKey, ValuesArgument } from "../shared/message";

export class WorkbookFileError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "WorkbookFileError";
  }
}

export interface FileSheet {
  name: string;
  hidden: boolean;
  path: string;
}

export interface FileTable {
  name: string;
  sheet: string;
  /** A1 range of header and data rows. */
  range: string;
  columns: string[];
}

export interface WorkbookFile {
  sheets: FileSheet[];
  /** Workbook-scoped names and what they refer to ("'Annahmen'!$B$4"). */
  names: Map<string, string>;
  tables: FileTable[];
  /** The cells of a sheet by A1 address ("B4"), values and formulas (without "="). */
  cells(sheet: string): Promise<Map<string, { value: CellContent; formula?: string }>>;
  /** The cells of a sheet's rows 1 … lastRow only: a large sheet is inflated no further than those rows. */
  cellsOfRows(sheet: string, lastRow: number): Promise<Map<string, { value: CellContent; formula?: string }>>;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? unescapeXml(match[1]) : undefined;
}

function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b([^>]*?)\\/?>`, "g"))].map((match) => match[1]);
}

/** The text of every <t> inside a fragment (a shared string may be split in runs). */
function texts(fragment: string): string {
  return [...fragment.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((match) => unescapeXml(match[1])).join("");
}

/** A relationship target resolved against the folder of the part that holds it. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

function relationships(xml: string | undefined): { id: string; type: string; target: string }[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((attributes) => ({
    id: attribute(attributes, "Id") ?? "",
    type: attribute(attributes, "Type") ?? "",
    target: attribute(attributes, "Target") ?? "",
  }));
}

function relsPath(part: string): string {
  const parts = part.split("/");
  const file = parts.pop()!;
  return [...parts, "_rels", `${file}.rels`].join("/");
}

/** A part cut short (a broken copy or download) lacks the end tag of its root element. */
function closes(xml: string, root: string): boolean {
  return new RegExp(`<\\/(?:\\w+:)?${root}>\\s*$`).test(xml.slice(-200));
}

/** The streaming read JSZip has but does not declare. */
interface PartStream {
  on(event: "data", callback: (chunk: string) => void): PartStream;
  on(event: "end", callback: () => void): PartStream;
  on(event: "error", callback: (error: Error) => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

/**
 * A worksheet part up to the start of the first row after `lastRow` (rows are written in order),
 * or the whole part when it has no such row.
 */
function sheetTextUpTo(zip: JSZip, path: string, lastRow: number): Promise<string | undefined> {
  const entry = zip.file(path) as (JSZip.JSZipObject & { internalStream(type: "string"): PartStream }) | null;
  if (!entry) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    let text = "";
    let scanned = 0;
    const stream = entry.internalStream("string");
    stream
      .on("data", (chunk) => {
        text += chunk;
        const rowStart = /<(?:\w+:)?row\b[^>]*?\sr="(\d+)"/g;
        rowStart.lastIndex = scanned;
        for (let match = rowStart.exec(text); match; match = rowStart.exec(text)) {
          if (Number(match[1]) > lastRow) {
            stream.pause();
            resolve(text.slice(0, match.index));
            return;
          }
        }
        // A row's start tag may be cut at the chunk's end: look again from shortly before it.
        scanned = Math.max(0, text.length - 200);
      })
      .on("end", () =>
        closes(text, "worksheet") ? resolve(text) : reject(new WorkbookFileError("templates.partCutShort", { part: path })),
      )
      .on("error", reject)
      .resume();
  });
}

async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

function cellValue(attributes: string, inner: string, strings: string[]): { value: CellContent; formula?: string } {
  const type = attribute(attributes, "t");
  const formulaMatch = /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/.exec(inner);
  const formula = formulaMatch ? unescapeXml(formulaMatch[1]) : /<(?:\w+:)?f\b/.test(inner) ? "" : undefined;
  const raw = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  let value: CellContent = "";
  if (type === "inlineStr") value = texts(inner);
  else if (raw !== undefined) {
    if (type === "s") value = strings[Number(raw)] ?? "";
    else if (type === "str" || type === "e") value = unescapeXml(raw);
    else if (type === "b") value = raw === "1";
    else value = Number(raw);
  }
  return formula !== undefined ? { value, formula } : { value };
}

function sheetCells(xml: string, strings: string[]): Map<string, { value: CellContent; formula?: string }> {
  const cells = new Map<string, { value: CellContent; formula?: string }>();
  for (const match of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const address = attribute(match[1], "r");
    if (address) cells.set(address, cellValue(match[1], match[2] ?? "", strings));
  }
  return cells;
}

/** Opens an .xlsx package; a file that is not one is refused with WorkbookFileError. */
export async function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookFile> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFileError("templates.notAWorkbook", { detail: (error as Error).message });
  }
  const workbookXml = await partText(zip, "xl/workbook.xml");
  if (!workbookXml) throw new WorkbookFileError("templates.noWorkbookPart");
  if (!closes(workbookXml, "workbook")) throw new WorkbookFileError("templates.partCutShort", { part: "xl/workbook.xml" });
  const workbookRels = relationships(await partText(zip, relsPath("xl/workbook.xml")));
  const sheets: FileSheet[] = elements(workbookXml, "sheet").map((attributes) => {
    const id = attribute(attributes, "r:id") ?? "";
    const target = workbookRels.find((rel) => rel.id === id)?.target ?? "";
    return {
      name: attribute(attributes, "name") ?? "",
      hidden: (attribute(attributes, "state") ?? "visible") !== "visible",
      path: resolveTarget("xl/workbook.xml", target),
    };
  });
  const names = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    if (attribute(match[1], "localSheetId") !== undefined) continue;
    names.set((attribute(match[1], "name") ?? "").toLowerCase(), unescapeXml(match[2]));
  }
  const tables: FileTable[] = [];
  for (const sheet of sheets) {
    for (const rel of relationships(await partText(zip, relsPath(sheet.path)))) {
      if (!rel.type.endsWith("/table")) continue;
      const xml = await partText(zip, resolveTarget(sheet.path, rel.target));
      if (!xml) continue;
      const head = /<(?:\w+:)?table\b([^>]*)>/.exec(xml)?.[1] ?? "";
      tables.push({
        name: attribute(head, "displayName") ?? attribute(head, "name") ?? "",
        sheet: sheet.name,
        range: attribute(head, "ref") ?? "",
        columns: elements(xml, "tableColumn").map((attributes) => attribute(attributes, "name") ?? ""),
      });
    }
  }
  const sharedXml = await partText(zip, "xl/sharedStrings.xml");
  const strings = sharedXml ? [...sharedXml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((match) => texts(match[1])) : [];
  const read = new Map<string, Map<string, { value: CellContent; formula?: string }>>();
  return {
    sheets,
    names,
    tables,
    async cells(sheetName) {
      const known = read.get(sheetName);
      if (known) return known;
      const sheet = sheets.find((candidate) => candidate.name === sheetName);
      const xml = sheet && (await partText(zip, sheet.path));
      if (!xml) throw new WorkbookFileError("templates.sheetUnreadable", { sheet: sheetName });
      if (!closes(xml, "worksheet")) throw new WorkbookFileError("templates.partCutShort", { part: sheet.path });
      const cells = sheetCells(xml, strings);
      read.set(sheetName, cells);
      return cells;
    },
    async cellsOfRows(sheetName, lastRow) {
      const known = read.get(sheetName);
      if (known) return known;
      const sheet = sheets.find((candidate) => candidate.name === sheetName);
      const xml = sheet && (await sheetTextUpTo(zip, sheet.path, lastRow));
      if (xml === undefined) throw new WorkbookFileError("templates.sheetUnreadable", { sheet: sheetName });
      if (!/<(?:\w+:)?sheetData\b/.test(xml)) throw new WorkbookFileError("templates.partCutShort", { part: sheet!.path });
      return sheetCells(xml, strings);
    },
  };
}

/** The sheet and the address (without $) a workbook name refers to; null for a name that is missing or no longer points to a cell of the file. */
export function namedCell(file: WorkbookFile, name: string): { sheet: string; address: string } | null {
  const reference = file.names.get(name.toLowerCase());
  if (!reference || reference.includes("#REF!")) return null;
  try {
    const range = parseRange(reference);
    if (!range.sheet || !file.sheets.some((sheet) => sheet.name === range.sheet)) return null;
    return { sheet: range.sheet, address: reference.split("!").pop()!.replace(/\$/g, "") };
  } catch {
    return null;
  }
}

/** The cells of a range of a sheet, row by row ("" for an empty cell). */
export async function rangeValues(file: WorkbookFile, sheet: string, range: string): Promise<CellContent[][]> {
  const cells = await file.cells(sheet);
  const { top, left, bottom, right } = parseRange(range);
  const rows: CellContent[][] = [];
  for (let row = top; row <= bottom; row++) {
    const values: CellContent[] = [];
    for (let column = left; column <= right; column++) values.push(cells.get(cellAddress(row, column))?.value ?? "");
    rows.push(values);
  }
  return rows;
}
