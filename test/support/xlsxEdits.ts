/**
 * Changes a user makes to a workbook, done on the package's parts (the fixtures' tables are
 * parts exceljs cannot load): typed values, rows added at the end of a table, names or a marker
 * removed. Sheets and names are found as xlsxReading.ts finds them.
 */
import JSZip from "jszip";
import { cellAddress, columnLetters, parseRange } from "../../src/shared/addresses";
import { readWorkbookFile } from "../../src/templates/xlsxReading";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cellXml(address: string, value: number | string): string {
  return typeof value === "number"
    ? `<c r="${address}"><v>${value}</v></c>`
    : `<c r="${address}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
}

/** Sets a cell's value (a typed value replaces any formula), creating the cell or its row when needed. */
function setCell(xml: string, address: string, value: number | string): string {
  const existing = new RegExp(`<c r="${address}"(?:\\s[^>]*?)?(?:\\/>|>[\\s\\S]*?<\\/c>)`);
  if (existing.test(xml)) return xml.replace(existing, cellXml(address, value));
  const row = parseRange(address).top;
  const rowPattern = new RegExp(`<row r="${row}"([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/row>)`);
  const match = rowPattern.exec(xml);
  const column = parseRange(address).left;
  if (match) {
    const cells = [...(match[2] ?? "").matchAll(/<c r="([A-Z]+)\d+"[\s\S]*?(?:\/>|<\/c>)/g)];
    const before = cells.filter((cell) => parseRange(`${cell[1]}1`).left < column).map((cell) => cell[0]);
    const after = cells.filter((cell) => parseRange(`${cell[1]}1`).left > column).map((cell) => cell[0]);
    return xml.replace(rowPattern, `<row r="${row}"${match[1]}>${[...before, cellXml(address, value), ...after].join("")}</row>`);
  }
  const rows = [...xml.matchAll(/<row r="(\d+)"/g)];
  const next = rows.find((candidate) => Number(candidate[1]) > row);
  const fresh = `<row r="${row}">${cellXml(address, value)}</row>`;
  if (next) return xml.slice(0, next.index) + fresh + xml.slice(next.index);
  return xml.replace("</sheetData>", `${fresh}</sheetData>`).replace("<sheetData/>", `<sheetData>${fresh}</sheetData>`);
}

async function sheetPath(zip: JSZip, bytes: Uint8Array, sheet: string): Promise<string> {
  const file = await readWorkbookFile(bytes);
  const found = file.sheets.find((candidate) => candidate.name === sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found.path;
}

export interface WorkbookEdits {
  /** Values typed into named cells, by workbook name. */
  inputs?: Record<string, number | string>;
  /** Rows added to a table, by its name: values by column header. */
  rows?: Record<string, Record<string, number | string>[]>;
  /** Cells typed into a sheet: sheet → address → value (e.g. the marker's version). */
  cells?: Record<string, Record<string, number | string>>;
  /** Workbook names deleted (e.g. an input renamed in the Name Manager: the old name is gone). */
  removeNames?: string[];
}

export async function editWorkbook(bytes: Uint8Array, edits: WorkbookEdits): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = await readWorkbookFile(bytes);
  const changes = new Map<string, { address: string; value: number | string }[]>();
  const change = (sheet: string, address: string, value: number | string) => {
    const path = file.sheets.find((candidate) => candidate.name === sheet)!.path;
    changes.set(path, [...(changes.get(path) ?? []), { address, value }]);
  };
  for (const [name, value] of Object.entries(edits.inputs ?? {})) {
    const reference = file.names.get(name.toLowerCase());
    if (!reference) throw new Error(`no name ${name}`);
    const range = parseRange(reference);
    change(range.sheet!, cellAddress(range.top, range.left), value);
  }
  for (const [sheet, cells] of Object.entries(edits.cells ?? {}))
    for (const [address, value] of Object.entries(cells)) change(sheet, address, value);
  for (const [tableName, added] of Object.entries(edits.rows ?? {})) {
    const table = file.tables.find((candidate) => candidate.name === tableName);
    if (!table) throw new Error(`no table ${tableName}`);
    const range = parseRange(table.range);
    added.forEach((values, i) => {
      for (const [header, value] of Object.entries(values)) {
        const column = table.columns.indexOf(header);
        if (column < 0) throw new Error(`table ${tableName}: no column ${header}`);
        change(table.sheet, cellAddress(range.bottom + 1 + i, range.left + column), value);
      }
    });
    const grown = `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom + added.length}`;
    for (const path of Object.keys(zip.files).filter((candidate) => candidate.startsWith("xl/tables/") && !zip.files[candidate].dir)) {
      const xml = await zip.file(path)!.async("string");
      if (!new RegExp(`displayName="${tableName}"`).test(xml)) continue;
      zip.file(path, xml.replace(new RegExp(`ref="${table.range}"`, "g"), `ref="${grown}"`));
    }
  }
  for (const [path, list] of changes) {
    let xml = await zip.file(path)!.async("string");
    for (const { address, value } of list) xml = setCell(xml, address, value);
    zip.file(path, xml);
  }
  if (edits.removeNames?.length) {
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    let edited = workbook;
    for (const name of edits.removeNames)
      edited = edited.replace(new RegExp(`<definedName name="${name}"[^>]*>[^<]*</definedName>`, "i"), "");
    zip.file("xl/workbook.xml", edited);
  }
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

export { sheetPath };
