/**
 * The workbook port over Office.js: reading ranges, tables, names and the selection, writing a
 * block of cells and named inputs. Template insertion is the renderer's (officeTemplateRenderer.ts).
 * Requirement sets: ExcelApi 1.1 (Range.address already names the sheet; Table.worksheet would
 * need 1.2), except workbook names and settings (1.4; NamedItem.formula 1.7), the used range as a null object
 * on a blank sheet (Worksheet.getUsedRangeOrNullObject, 1.4) and the selection's areas
 * (Workbook.getSelectedRanges, 1.9; below it a selection of several areas is told by
 * getSelectedRange failing).
 */
import { CodedError } from "../shared/codedError";
import { parseRange, quotedSheet, rangeAddress, type ParsedRange } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { parseStructuredReference } from "../shared/structuredReference";
import type { TemplateInsertion } from "../templates/plan";
import { officeHost, type ExcelHost } from "./excelHost";
import type { FreezeReport, FreezeRequest } from "./frozenCopy";
import { freezeWithOffice } from "./officeFrozenCopy";
import { insertTemplateWithOffice } from "./officeTemplateRenderer";
import { dataCellBytes, readInBands } from "./bandedReads";
import { trialsWithOffice } from "./officeTrials";
import { oneAtATime } from "./workbookActions";
import {
  largestRead,
  SelectionNotOneBlockError,
  type InsertionReport,
  type NamedInput,
  type RangeSnapshot,
  type SelectedRange,
  type TableColumn,
  type Trial,
  type WorkbookPort,
} from "./workbookPort";

/** A read refused before anything was fetched, because the range is larger than `largestRead`. */
export class RangeTooLargeError extends CodedError<"office.rangeTooLarge"> {
  constructor(
    readonly address: string,
    readonly cells: number,
  ) {
    super("office.rangeTooLarge", { address, cells, largest: largestRead });
    this.name = "RangeTooLargeError";
  }
}

/** The part of `asked` inside `used` (a sheet-qualified address), sheet-qualified as `used` is; null when they do not meet. */
function intersection(asked: ParsedRange, used: string): string | null {
  const within = parseRange(used);
  const [top, left] = [Math.max(asked.top, within.top), Math.max(asked.left, within.left)];
  const [bottom, right] = [Math.min(asked.bottom, within.bottom), Math.min(asked.right, within.right)];
  if (top > bottom || left > right) return null;
  return `${within.sheet === null ? "" : `${quotedSheet(within.sheet)}!`}${rangeAddress(top, left, bottom, right)}`;
}

function splitAddress(address: string): { sheet: string | null; local: string } {
  const parsed = parseRange(address);
  return { sheet: parsed.sheet, local: rangeAddress(parsed.top, parsed.left, parsed.bottom, parsed.right) };
}

export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly host: ExcelHost = officeHost()) {}

  /**
   * Only the address: a whole column or sheet may be selected, and its cells are not needed. A
   * selection of several areas, which getSelectedRange refuses, is a SelectionNotOneBlockError.
   */
  async selectedRange(): Promise<SelectedRange> {
    if (this.host.supports("1.9")) {
      return this.host.run(async (context) => {
        const areas = context.workbook.getSelectedRanges().load("address,areaCount");
        await context.sync();
        if (areas.areaCount !== 1) throw new SelectionNotOneBlockError();
        return { address: areas.address };
      });
    }
    try {
      return await this.host.run(async (context) => {
        const range = context.workbook.getSelectedRange().load("address");
        await context.sync();
        return { address: range.address };
      });
    } catch {
      throw new SelectionNotOneBlockError();
    }
  }

  async readRange(address: string): Promise<RangeSnapshot> {
    return (await this.readRanges([address]))[0];
  }

  /**
   * The sizes of all ranges in one sync, then their cells in row bands that keep each answer under
   * Excel's payload limit (bandedReads.ts): one more sync for ranges of ordinary size.
   */
  async readRanges(addresses: string[]): Promise<RangeSnapshot[]> {
    if (addresses.length === 0) return [];
    return this.host.run(async (context) => {
      const ranges = addresses.map((address) => this.rangeOf(context, address).load("address,cellCount"));
      await context.sync();
      const tooLarge = ranges.find((range) => range.cellCount > largestRead);
      if (tooLarge) throw new RangeTooLargeError(tooLarge.address, tooLarge.cellCount);
      const contents = await readInBands(
        context,
        ranges.map((range) => range.address),
        { numberFormats: false, cellBytes: dataCellBytes },
      );
      return ranges.map((range, i) => ({ address: range.address, values: contents[i].values, formulas: contents[i].formulas }));
    });
  }

  /**
   * One sync for all of them: each sheet's used range, intersected here. getUsedRange would answer
   * the top-left cell of a blank sheet, so that a range typed there would not count as empty;
   * getUsedRangeOrNullObject (ExcelApi 1.4) gives a null object instead.
   */
  async usedParts(addresses: string[]): Promise<(string | null)[]> {
    if (addresses.length === 0) return [];
    return this.host.run(async (context) => {
      const parts = addresses.map((address) => {
        const { sheet, local } = splitAddress(address);
        const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
        return { asked: parseRange(local), used: worksheet.getUsedRangeOrNullObject(true).load("address") };
      });
      await context.sync();
      return parts.map(({ asked, used }) => (used.isNullObject ? null : intersection(asked, used.address)));
    });
  }

  /** A structured reference goes through the table and column by name: nothing to look up first. */
  private rangeOf(context: Excel.RequestContext, address: string): Excel.Range {
    const reference = parseStructuredReference(address);
    if (reference) return context.workbook.tables.getItem(reference.table).columns.getItem(reference.column).getDataBodyRange();
    const { sheet, local } = splitAddress(address);
    return sheet
      ? context.workbook.worksheets.getItem(sheet).getRange(local)
      : context.workbook.worksheets.getActiveWorksheet().getRange(local);
  }

  /**
   * Two syncs however many tables there are: the first learns the tables and their column names
   * (a collection's items exist only after a sync, so their ranges cannot be asked for earlier),
   * the second loads every column's data range at once.
   */
  async tableColumns(): Promise<TableColumn[]> {
    return this.host.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name,items/columns/items/name");
      await context.sync();
      const columns = tables.items.flatMap((table) =>
        table.columns.items.map((column) => ({
          table: table.name,
          column: column.name,
          range: column.getDataBodyRange().load("address,rowCount"),
        })),
      );
      if (columns.length === 0) return [];
      await context.sync();
      return columns.map(({ table, column, range }) => ({ table, column, address: range.address, rows: range.rowCount }));
    });
  }

  /** Worksheet.visibility is "Visible", "Hidden" or "VeryHidden" (ExcelApi 1.1). */
  async visibleSheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  async writeBlock(topLeft: string, cells: CellContent[][], numberFormats?: (string | null)[][]): Promise<void> {
    if (cells.length === 0) return;
    await oneAtATime(this.host, "wizardWrite", () => this.writeCells(topLeft, cells, numberFormats));
  }

  private async writeCells(topLeft: string, cells: CellContent[][], numberFormats?: (string | null)[][]): Promise<void> {
    await this.host.run(async (context) => {
      const parsed = parseRange(topLeft);
      const local = rangeAddress(parsed.top, parsed.left, parsed.top + cells.length - 1, parsed.left + cells[0].length - 1);
      const sheet = parsed.sheet ? context.workbook.worksheets.getItem(parsed.sheet) : context.workbook.worksheets.getActiveWorksheet();
      const block = sheet.getRange(local);
      block.formulas = cells.map((row) => row.map((cell) => cell ?? ""));
      // A null in a numberFormat array leaves that cell's format as it is (Range.numberFormat, ExcelApi 1.1).
      if (numberFormats) block.numberFormat = numberFormats as unknown as string[][];
      await context.sync();
    });
  }

  async namedInputs(): Promise<NamedInput[]> {
    return this.host.run(async (context) => {
      const names = context.workbook.names;
      names.load("items/name,items/type,items/formula");
      await context.sync();
      // A name may cover a whole table column: its values are never loaded, only its first cell's,
      // which is the value (and the formula, if any) when the name covers one cell.
      const ranges = names.items
        .filter((item) => item.type === "Range")
        .map((item) => {
          const range = item.getRange().load("address,cellCount");
          return { name: item.name, range, first: range.getCell(0, 0).load("values,formulas") };
        });
      if (ranges.length === 0) return [];
      await context.sync();
      return ranges
        .filter(({ range }) => range.cellCount === 1)
        .map(({ name, range, first }) => {
          const formula = first.formulas[0][0];
          const input: NamedInput = { name, address: range.address, value: first.values[0][0] as CellContent };
          return typeof formula === "string" && formula.startsWith("=") ? { ...input, formula } : input;
        });
    });
  }

  async setNamedInput(name: string, value: CellContent): Promise<void> {
    await this.host.run(async (context) => {
      // A text gets Excel's text prefix (as officeCellContent gives a text from a data file): a name
      // typed as "=Musterstadt" stays that text instead of becoming a formula, "00123" keeps its zeros.
      context.workbook.names.getItem(name).getRange().values = [[typeof value === "string" && value !== "" ? `'${value}` : (value ?? "")]];
      await context.sync();
    });
  }

  async setNamedResults(values: { name: string; value: CellContent }[]): Promise<void> {
    if (values.length === 0) return;
    await this.host.run(async (context) => {
      const ranges = values.map(({ name }) => context.workbook.names.getItem(name).getRange().load("address"));
      await context.sync();
      const sheetNames = [...new Set(ranges.map((range) => parseRange(range.address).sheet ?? ""))];
      const sheets = sheetNames.map((sheetName) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.protection.load("protected,options");
        return sheet;
      });
      await context.sync();
      const lifted = sheets.filter((sheet) => sheet.protection.protected);
      const options = lifted.map((sheet) => sheet.protection.options);
      for (const sheet of lifted) sheet.protection.unprotect();
      ranges.forEach((range, i) => (range.values = [[values[i].value ?? ""]]));
      lifted.forEach((sheet, i) => sheet.protection.protect(options[i]));
      await context.sync();
    });
  }

  hasAddinFunctions(): boolean {
    return this.host.hasCustomFunctions();
  }

  // One action at a time per workbook (workbookActions.ts): the host stands for the workbook.
  insertTemplate(insertion: TemplateInsertion): Promise<InsertionReport> {
    return oneAtATime(this.host, "insertion", () => insertTemplateWithOffice(this.host, insertion));
  }

  freezeSheets(request: FreezeRequest): Promise<FreezeReport> {
    return oneAtATime(this.host, "freeze", () => freezeWithOffice(this.host, request));
  }

  withTrialInputs<T>(inputs: string[], results: string[], run: (trial: Trial) => Promise<T>): Promise<T> {
    return oneAtATime(this.host, "trialRun", () => trialsWithOffice(this.host, inputs, results, run));
  }

  /** Workbook.settings (ExcelApi 1.4): kept in the file, per add-in. */
  keepsSettings(): boolean {
    return this.host.supports("1.4");
  }

  async readSetting(key: string): Promise<string | null> {
    if (!this.keepsSettings()) return null;
    return this.host.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key).load("value");
      await context.sync();
      return setting.isNullObject || typeof setting.value !== "string" ? null : setting.value;
    });
  }

  async writeSetting(key: string, value: string): Promise<void> {
    if (!this.keepsSettings()) return;
    await this.host.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    });
  }
}
