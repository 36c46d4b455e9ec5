/**
 * The workbook port over Office.js: reading ranges, tables, names and the selection, writing a
 * block of cells and named inputs. Template insertion is the renderer's (officeTemplateRenderer.ts).
 * Everything here needs ExcelApi 1.1 (Range.address already names the sheet; Table.worksheet
 * would need 1.2), except workbook names (1.4).
 */
import { parseRange, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { parseStructuredReference } from "../shared/structuredReference";
import type { TemplateInsertion } from "../templates/plan";
import { officeHost, type ExcelHost } from "./excelHost";
import { insertTemplateWithOffice } from "./officeTemplateRenderer";
import type { InsertionReport, NamedInput, RangeSnapshot, TableColumn, WorkbookPort } from "./workbookPort";

function splitAddress(address: string): { sheet: string | null; local: string } {
  const parsed = parseRange(address);
  return { sheet: parsed.sheet, local: rangeAddress(parsed.top, parsed.left, parsed.bottom, parsed.right) };
}

export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly host: ExcelHost = officeHost()) {}

  async selectedRange(): Promise<RangeSnapshot> {
    return this.host.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["address", "values", "formulas"]);
      await context.sync();
      return { address: range.address, values: range.values as CellContent[][], formulas: range.formulas as CellContent[][] };
    });
  }

  async readRange(address: string): Promise<RangeSnapshot> {
    return this.host.run(async (context) => {
      const range = this.rangeOf(context, address);
      range.load(["address", "values", "formulas"]);
      await context.sync();
      return { address: range.address, values: range.values as CellContent[][], formulas: range.formulas as CellContent[][] };
    });
  }

  /** getUsedRange(valuesOnly) needs ExcelApi 1.2, getIntersectionOrNullObject 1.4. */
  async usedPart(address: string): Promise<string | null> {
    return this.host.run(async (context) => {
      const { sheet, local } = splitAddress(address);
      const worksheet = sheet ? context.workbook.worksheets.getItem(sheet) : context.workbook.worksheets.getActiveWorksheet();
      const part = worksheet.getRange(local).getIntersectionOrNullObject(worksheet.getUsedRange(true));
      part.load("address");
      await context.sync();
      return part.isNullObject ? null : part.address;
    });
  }

  /** A structured reference goes through the table and column by name: nothing to look up first. */
  private rangeOf(context: Excel.RequestContext, address: string): Excel.Range {
    const reference = parseStructuredReference(address);
    if (reference) return context.workbook.tables.getItem(reference.table).columns.getItem(reference.column).getDataBodyRange();
    const { sheet, local } = splitAddress(address);
    return sheet ? context.workbook.worksheets.getItem(sheet).getRange(local) : context.workbook.worksheets.getActiveWorksheet().getRange(local);
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
        table.columns.items.map((column) => ({ table: table.name, column: column.name, range: column.getDataBodyRange().load("address,rowCount") })),
      );
      if (columns.length === 0) return [];
      await context.sync();
      return columns.map(({ table, column, range }) => ({ table, column, address: range.address, rows: range.rowCount }));
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
      const ranges = names.items.filter((item) => item.type === "Range").map((item) => ({ name: item.name, range: item.getRange() }));
      for (const { range } of ranges) range.load(["address", "values", "formulas", "cellCount"]);
      await context.sync();
      return ranges
        .filter(({ range }) => range.cellCount === 1)
        .map(({ name, range }) => {
          const formula = range.formulas[0][0];
          const input: NamedInput = { name, address: range.address, value: range.values[0][0] as CellContent };
          return typeof formula === "string" && formula.startsWith("=") ? { ...input, formula } : input;
        });
    });
  }

  async setNamedInput(name: string, value: CellContent): Promise<void> {
    await this.host.run(async (context) => {
      context.workbook.names.getItem(name).getRange().values = [[value ?? ""]];
      await context.sync();
    });
  }

  insertTemplate(insertion: TemplateInsertion): Promise<InsertionReport> {
    return insertTemplateWithOffice(this.host, insertion);
  }
}
