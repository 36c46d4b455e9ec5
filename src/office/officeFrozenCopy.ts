/**
 * Freeze for sharing with Office.js: (1) the sheets' names and ids, the workbook's name and each
 * used range's size; (2) the used ranges' values, formulas and number formats; (3) the copies.
 * Reading and writing each take one sync, or as many as Excel's payload limit needs (see
 * requestBudget.ts): three syncs for sheets of ordinary size. On a failure of a write, the copies that got added are removed again
 * (found by name among sheets whose id is new).
 *
 * Requirement sets: Workbook.name ExcelApi 1.7 (below it the title says "this workbook"),
 * notes 1.18 (below it the formulas are listed under the data); everything else 1.1.
 */
import { message } from "../shared/message";
import { rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { chooseNaming } from "../templates/naming";
import type { ExcelHost } from "./excelHost";
import { frozenBaseName, frozenSheet, type FreezeReport, type FreezeRequest, type FrozenSheet } from "./frozenCopy";
import { frozenCellBytes, readInBands } from "./bandedReads";
import { blockRows, jsonBytes, operationBytes, requests, type RequestStep, type RowsStep } from "./requestBudget";
import { FreezeError } from "./workbookPort";

/**
 * Most cells of one sheet's copy. Read and written in bands (see readInBands in bandedReads.ts, and copySteps), a copy
 * is limited by the time it takes, not by Excel's payload limit: a Monte Carlo sheet of 10,000
 * iterations (about 10,040 rows × 30 columns, 301,200 cells) fits with room.
 */
const largestCopy = 500_000;

export const notesOmitted = "notes with the formulas (ExcelApi 1.18; the formulas are listed below the data)";
export const workbookNameOmitted = "the workbook's name (ExcelApi 1.7)";

/** A text is written with Excel's text prefix, so that "=…", "00123" or "#N/A" stay the text they were. */
function asWritten(content: CellContent): CellContent {
  if (typeof content === "string" && content !== "") return `'${content}`;
  return content ?? "";
}

export async function freezeWithOffice(host: ExcelHost, request: FreezeRequest): Promise<FreezeReport> {
  if (request.sheets.length === 0) return { sheets: [], frozenCells: 0, omitted: [] };
  const omitted: string[] = [];
  const notes = host.supports("1.18");
  if (!notes) omitted.push(notesOmitted);
  const named = host.supports("1.7");
  if (!named) omitted.push(workbookNameOmitted);
  return host.run(async (context) => {
    const workbook = context.workbook;
    workbook.worksheets.load("items/name,items/id");
    if (named) workbook.load("name");
    const used = request.sheets.map((sheet) => workbook.worksheets.getItem(sheet).getUsedRange().load("address,cellCount"));
    await context.sync();
    const tooLarge = used.find((range) => range.cellCount > largestCopy);
    if (tooLarge)
      throw new FreezeError(
        message("office.freeze.tooLarge", { address: tooLarge.address, cells: tooLarge.cellCount, largest: largestCopy }),
      );
    const contents = await readInBands(
      context,
      used.map((range) => range.address),
      { numberFormats: true, cellBytes: frozenCellBytes },
    );

    const idsBefore = new Set(workbook.worksheets.items.map((sheet) => sheet.id));
    const bases = request.sheets.map((sheet) => frozenBaseName(sheet, request.texts));
    const naming = chooseNaming(
      { sheetNames: bases, definedNames: [] },
      workbook.worksheets.items.map((sheet) => sheet.name),
      [],
    );
    const bookName = named ? workbook.name : request.texts.unnamedWorkbook;
    const copies = request.sheets.map((sheet, i) =>
      frozenSheet(
        {
          sheet,
          address: used[i].address,
          ...contents[i],
        },
        naming.sheet(bases[i]),
        bookName,
        request,
        notes,
      ),
    );
    try {
      for (const request of requests(copies.flatMap((copy) => copySteps(workbook, copy)))) {
        for (const step of request) step.queue();
        await context.sync();
      }
    } catch (error) {
      const left = await removeCopies(
        context,
        copies.map((copy) => copy.name),
        idsBefore,
      );
      const reason = error instanceof Error ? error.message : String(error);
      throw new FreezeError(
        left.length === 0
          ? message("office.freeze.nothingLeft", { reason })
          : message("office.freeze.copiesLeft", { reason, sheets: left }),
        error,
      );
    }
    return { sheets: copies.map((copy) => copy.name), frozenCells: copies.reduce((sum, copy) => sum + copy.frozenCells, 0), omitted };
  });
}

/** The copy added, its cells in row bands, its notes: each written as the requests have room. */
function copySteps(workbook: Excel.Workbook, copy: FrozenSheet): (RequestStep | RowsStep)[] {
  let sheet: Excel.Worksheet;
  const add: RequestStep = {
    bytes: jsonBytes(copy.name) + 3 * operationBytes,
    queue: () => {
      sheet = workbook.worksheets.add(copy.name);
      sheet.getRange("A1").format.font.bold = true;
    },
  };
  const written = copy.cells.map((row) => row.map(asWritten));
  const width = copy.cells[0].length;
  // Three calls a band: the range, its formulas, its number formats.
  const cells = blockRows([written, copy.numberFormats], 3, (first, last) => {
    const block = sheet.getRange(rangeAddress(first + 1, 1, last + 1, width));
    block.formulas = written.slice(first, last + 1) as string[][];
    // A null leaves the cell's format as it is (Range.numberFormat, ExcelApi 1.1).
    block.numberFormat = copy.numberFormats.slice(first, last + 1) as unknown as string[][];
  });
  // A note is two calls (its cell's range, the note) and its text.
  const notes: RowsStep = {
    fixedBytes: 0,
    rowBytes: copy.notes.map((note) => 2 * operationBytes + jsonBytes(note.text)),
    queueRows: (first, last) => {
      for (const note of copy.notes.slice(first, last + 1))
        sheet.notes.add(sheet.getRange(rangeAddress(note.row, note.column, note.row, note.column)), note.text);
    },
  };
  return [add, cells, notes];
}

/** Removes the copies this freeze added; returns the names it could not remove (all of them when it could not look). */
async function removeCopies(context: Excel.RequestContext, names: string[], idsBefore: Set<string>): Promise<string[]> {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const look = async () => {
    context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    return context.workbook.worksheets.items.filter((sheet) => wanted.has(sheet.name.toLowerCase()) && !idsBefore.has(sheet.id));
  };
  try {
    for (const sheet of await look()) sheet.delete();
    await context.sync();
    return (await look()).map((sheet) => sheet.name);
  } catch {
    return names;
  }
}
