/**
 * The data rows of a compact table body (PlannedTable.body), written straight into exceljs's
 * output: one cell object per value would take gigabytes at 200,000 rows. exceljs writes the
 * header and the first data row, which gives the style index of each column; the rows below
 * repeat those styles. A computed column is one shared formula (ECMA-376 Part 1, §18.3.1.40):
 * its text is the same in every row (structured references to the row and ROW()), so the
 * file holds it once. Texts are inline strings: a value from the data is never a formula.
 */
import type JSZip from "jszip";
import { columnLetters, parseRange, rangeAddress } from "../shared/addresses";
import type { DataValue } from "./model";
import type { PlannedCell, PlannedTable, PlannedTableBody, WorkbookPlan } from "./plan";
import { withFilePrefixes } from "./xlsxFormulaPrefixes";
import { escapeXml, text, worksheetParts } from "./xlsxCharts";

/** The cells of a compact body's first data row, for exceljs to write (and style). */
export function firstBodyRow(table: PlannedTable): PlannedCell[] {
  const body = table.body;
  if (!body) return [];
  const { top, left } = parseRange(table.range);
  return body.columns.map((column, c) => ({
    row: top + 1,
    column: left + c,
    content: column.formula ?? body.rows[0]?.[c] ?? null,
    literal: column.formula === null,
    style: column.style,
    numberFormat: column.numberFormat,
    locked: column.locked,
  }));
}

// Characters XML 1.0 does not allow, written as Excel's _xHHHH_ escapes; a literal "_x" that
// looks like an escape gets its underscore escaped (ECMA-376 Part 1, §22.9.2.19, ST_Xstring).
// eslint-disable-next-line no-control-regex -- these control characters are exactly what the pattern is for
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapeLike = /_(x[0-9A-Fa-f]{4}_)/g;

/** A text as a file's string holds it: what Excel would read as an _xHHHH_ escape is escaped itself. */
export function storedText(value: string): string {
  return value
    .replace(escapeLike, "_x005F_$1")
    .replace(notInXml, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function inlineText(value: string): string {
  const escaped = escapeXml(storedText(value));
  return /^\s|\s$/.test(value) ? `<is><t xml:space="preserve">${escaped}</t></is>` : `<is><t>${escaped}</t></is>`;
}

function valueCell(reference: string, style: string, value: DataValue | boolean | undefined): string {
  if (value === null || value === undefined) return `<c r="${reference}"${style}/>`;
  if (typeof value === "number") return `<c r="${reference}"${style}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${reference}"${style} t="inlineStr">${inlineText(value)}</c>`;
}

/** The <row> elements of a body, in pieces of a few thousand rows (one string would be too long). */
function bodyRows(body: PlannedTableBody, top: number, left: number, styles: string[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const letters = body.columns.map((_, c) => columnLetters(left + c));
  const firstRow = top + 1;
  const lastRow = top + body.rowCount;
  const formulas = body.columns.map((column, c) => {
    if (!column.formula) return null;
    const formula = escapeXml(withFilePrefixes(column.formula.replace(/^=/, "")));
    return {
      first: `<f t="shared" ref="${letters[c]}${firstRow}:${letters[c]}${lastRow}" si="${c}">${formula}</f>`,
      next: `<f t="shared" si="${c}"/>`,
    };
  });
  const pieces: Uint8Array[] = [];
  let rows: string[] = [];
  for (let i = 0; i < body.rowCount; i++) {
    const r = firstRow + i;
    const values = body.rows[i];
    let xml = `<row r="${r}">`;
    for (let c = 0; c < letters.length; c++) {
      const formula = formulas[c];
      if (formula) xml += `<c r="${letters[c]}${r}"${styles[c]}>${i === 0 ? formula.first : formula.next}</c>`;
      else xml += valueCell(`${letters[c]}${r}`, styles[c], values?.[c]);
    }
    rows.push(`${xml}</row>`);
    if (rows.length === 4096) {
      pieces.push(encoder.encode(rows.join("")));
      rows = [];
    }
  }
  pieces.push(encoder.encode(rows.join("")));
  return pieces;
}

function concatenate(pieces: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let offset = 0;
  for (let i = 0; i < pieces.length; i++) {
    bytes.set(pieces[i], offset);
    offset += pieces[i].length;
    pieces[i] = new Uint8Array(0); // let the piece go before the next one is copied
  }
  return bytes;
}

/** Replaces exceljs's first data row of each compact body with all of its rows, and widens the table to them. */
export async function addTableBodies(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const parts = await worksheetParts(zip);
  const tableParts = Object.keys(zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
  for (const [i, sheet] of plan.sheets.entries()) {
    for (const table of sheet.tables) {
      if (!table.body) continue;
      const { top, left, right, bottom } = parseRange(table.range);
      const sheetXml = await text(zip, parts[i]);
      const firstRow = new RegExp(`<row r="${top + 1}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml);
      if (!firstRow) throw new Error(`xlsx: table ${table.name} has no row ${top + 1} in ${parts[i]}`);
      if (sheetXml.includes('t="shared"')) throw new Error(`xlsx: ${parts[i]} already holds shared formulas`);
      const styles = table.body.columns.map((_, c) => {
        const cell = new RegExp(`<c r="${columnLetters(left + c)}${top + 1}"([^>]*?)/?>`).exec(firstRow[1]);
        const style = cell && /\bs="(\d+)"/.exec(cell[1]);
        return style ? ` s="${style[1]}"` : "";
      });
      const encoder = new TextEncoder();
      const before = sheetXml
        .slice(0, firstRow.index)
        .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${rangeAddress(top, left, bottom, right)}"/>`);
      const after = sheetXml.slice(firstRow.index + firstRow[0].length);
      // The fastest deflate level: rows repeat, so it still packs them well, in a fraction of the time.
      const rows = concatenate([encoder.encode(before), ...bodyRows(table.body, top, left, styles), encoder.encode(after)]);
      zip.file(parts[i], rows, { compression: "DEFLATE", compressionOptions: { level: 1 } });
      const oneRow = rangeAddress(top, left, top + 1, right);
      for (const path of tableParts) {
        const xml = await text(zip, path);
        if (!new RegExp(`<table\\b[^>]*\\bname="${table.name}"`, "i").test(xml)) continue;
        zip.file(path, xml.split(`ref="${oneRow}"`).join(`ref="${table.range}"`));
      }
    }
  }
}
