/**
 * The workbook port over plain objects: the task pane's preview mode (no Excel) and the tests.
 * It stores contents, formulas and the template parts; it does not calculate formulas — a
 * formula cell reads as its cached value, which is null unless a test sets one.
 */
import { CodedError } from "../shared/codedError";
import { message } from "../shared/message";
import { cellAddress, parseRange, quotedSheet, rangeAddress } from "../shared/addresses";
import { chooseNaming } from "../templates/naming";
import { takeEvidenceFromCohort } from "../templates/evidenceSwitch";
import type { PlannedChart, PlannedSheet, PlannedTable, PlannedValidationRange, TemplateInsertion } from "../templates/plan";
import { parseStructuredReference, sameColumn } from "../shared/structuredReference";
import {
  TemplateInsertionError,
  type InsertionReport,
  type NamedInput,
  type RangeSnapshot,
  type SelectedRange,
  type TableColumn,
  type Trial,
  type WorkbookPort,
} from "./workbookPort";
import type { CellContent } from "../shared/cellContent";
import { frozenBaseName, frozenSheet, type FreezeReport, type FreezeRequest } from "./frozenCopy";
import { oneAtATime } from "./workbookActions";

export interface MemoryCell {
  value: CellContent;
  formula: string | null;
  numberFormat?: string;
  note?: string;
  locked?: boolean;
  style?: string;
}

export interface MemorySheet {
  name: string;
  hidden: boolean;
  protected: boolean;
  cells: Map<string, MemoryCell>;
  tables: PlannedTable[];
  validations: PlannedValidationRange[];
  charts: PlannedChart[];
  columnWidths: number[];
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function isFormula(content: CellContent): content is string {
  return typeof content === "string" && content.startsWith("=");
}

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: MemorySheet[] = [];
  /** Workbook names and their references, e.g. "discount_rate" → "Assumptions!$B$4". */
  readonly names = new Map<string, string>();
  selection: string;
  /** The workbook's file name, as Excel's Workbook.name gives it. */
  name = "Book1.xlsx";

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(this.emptySheet(name));
    this.selection = `${quotedSheet(sheetNames[0] ?? "Sheet1")}!A1`;
  }

  private emptySheet(name: string): MemorySheet {
    return { name, hidden: false, protected: false, cells: new Map(), tables: [], validations: [], charts: [], columnWidths: [] };
  }

  sheet(name: string): MemorySheet {
    const found = this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new CodedError("office.noSheet", { name });
    return found;
  }

  private resolve(address: string): { sheet: MemorySheet; top: number; left: number; bottom: number; right: number } {
    const reference = parseStructuredReference(address);
    if (reference) {
      const column = this.columnsOfTables().find((candidate) => sameColumn(candidate, reference));
      if (!column) throw new CodedError("office.noTableColumn", { address });
      return this.resolve(column.address);
    }
    const named = this.names.get(address);
    const parsed = parseRange(named ?? address);
    // As Excel does: a sheet ends at row 1,048,576 and column XFD (16,384).
    if (parsed.bottom > 1_048_576 || parsed.right > 16_384) throw new CodedError("office.pastLastCell", { address });
    const sheetName = parsed.sheet ?? parseRange(this.selection).sheet ?? this.sheets[0].name;
    return { ...parsed, sheet: this.sheet(sheetName) };
  }

  /** Sets the calculated value of a cell (what Excel would show), e.g. in tests. */
  setCachedValue(address: string, value: CellContent): void {
    const { sheet, top, left } = this.resolve(address);
    const cell = sheet.cells.get(key(top, left)) ?? { value: null, formula: null };
    sheet.cells.set(key(top, left), { ...cell, value });
  }

  async selectedRange(): Promise<SelectedRange> {
    return { address: (await this.readRange(this.selection)).address };
  }

  async readRange(address: string): Promise<RangeSnapshot> {
    const { sheet, top, left, bottom, right } = this.resolve(address);
    const values: CellContent[][] = [];
    const formulas: CellContent[][] = [];
    for (let r = top; r <= bottom; r++) {
      const valueRow: CellContent[] = [];
      const formulaRow: CellContent[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.cells.get(key(r, c));
        valueRow.push(cell?.value ?? "");
        formulaRow.push(cell?.formula ?? cell?.value ?? "");
      }
      values.push(valueRow);
      formulas.push(formulaRow);
    }
    return { address: `${quotedSheet(sheet.name)}!${rangeAddress(top, left, bottom, right)}`, values, formulas };
  }

  async readRanges(addresses: string[]): Promise<RangeSnapshot[]> {
    return Promise.all(addresses.map((address) => this.readRange(address)));
  }

  async usedParts(addresses: string[]): Promise<(string | null)[]> {
    return addresses.map((address) => this.usedPart(address));
  }

  private usedPart(address: string): string | null {
    const { sheet, top, left, bottom, right } = this.resolve(address);
    let used: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const [position, cell] of sheet.cells) {
      if ((cell.value === null || cell.value === "") && !cell.formula) continue;
      const [row, column] = position.split(",").map(Number);
      used = used
        ? {
            top: Math.min(used.top, row),
            left: Math.min(used.left, column),
            bottom: Math.max(used.bottom, row),
            right: Math.max(used.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    if (!used) return null;
    const part = {
      top: Math.max(top, used.top),
      left: Math.max(left, used.left),
      bottom: Math.min(bottom, used.bottom),
      right: Math.min(right, used.right),
    };
    if (part.top > part.bottom || part.left > part.right) return null;
    return `${quotedSheet(sheet.name)}!${rangeAddress(part.top, part.left, part.bottom, part.right)}`;
  }

  /**
   * Makes `address` (header row and data rows, e.g. "Groups!A1:C241") a table named `name`,
   * its column names taken from the header row, as Excel does when the table has headers.
   */
  addTable(name: string, address: string): void {
    const { sheet, top, left, right } = this.resolve(address);
    if (this.sheets.some((other) => other.tables.some((table) => table.name.toLowerCase() === name.toLowerCase()))) {
      throw new CodedError("office.tableExists", { name });
    }
    const headers: string[] = [];
    for (let column = left; column <= right; column++) headers.push(String(sheet.cells.get(key(top, column))?.value ?? ""));
    const parsed = parseRange(address);
    sheet.tables.push({ name, range: rangeAddress(parsed.top, parsed.left, parsed.bottom, parsed.right), headers });
  }

  private columnsOfTables(): TableColumn[] {
    return this.sheets.flatMap((sheet) =>
      sheet.tables.flatMap((table) => {
        const { top, left, bottom } = parseRange(table.range);
        return table.headers.map((column, i) => ({
          table: table.name,
          column,
          address: `${quotedSheet(sheet.name)}!${rangeAddress(top + 1, left + i, bottom, left + i)}`,
          rows: bottom - top,
        }));
      }),
    );
  }

  async tableColumns(): Promise<TableColumn[]> {
    return this.columnsOfTables();
  }

  async visibleSheetNames(): Promise<string[]> {
    return this.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((sheet) => sheet.name);
  }

  writeBlock(topLeft: string, cells: CellContent[][], numberFormats?: (string | null)[][]): Promise<void> {
    return oneAtATime(this, "wizardWrite", () => this.writeBlockNow(topLeft, cells, numberFormats));
  }

  private async writeBlockNow(topLeft: string, cells: CellContent[][], numberFormats?: (string | null)[][]): Promise<void> {
    const { sheet, top, left } = this.resolve(topLeft);
    cells.forEach((row, i) =>
      row.forEach((content, j) => {
        const existing = sheet.cells.get(key(top + i, left + j));
        sheet.cells.set(key(top + i, left + j), {
          ...existing,
          value: isFormula(content) ? null : content,
          formula: isFormula(content) ? content : null,
          numberFormat: numberFormats?.[i]?.[j] ?? existing?.numberFormat,
        });
      }),
    );
  }

  async namedInputs(): Promise<NamedInput[]> {
    const inputs: NamedInput[] = [];
    for (const [name, reference] of this.names) {
      const { sheet, top, left, bottom, right } = this.resolve(reference);
      if (top !== bottom || left !== right) continue;
      const cell = sheet.cells.get(key(top, left));
      const address = `${quotedSheet(sheet.name)}!${cellAddress(top, left)}`;
      inputs.push({ name, address, value: cell?.value ?? "", ...(cell?.formula ? { formula: cell.formula } : {}) });
    }
    return inputs;
  }

  /** The preview runs the functions bundle in the page; tests may say otherwise. */
  addinFunctions = true;

  hasAddinFunctions(): boolean {
    return this.addinFunctions;
  }

  /** The add-in's settings kept in this workbook (Workbook.settings in Excel). */
  readonly settings = new Map<string, string>();

  keepsSettings(): boolean {
    return true;
  }

  async readSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async setNamedInput(name: string, value: CellContent): Promise<void> {
    const reference = this.names.get(name);
    if (!reference) throw new CodedError("office.noName", { name });
    await this.writeBlockNow(reference, [[value]]);
  }

  /** Locked cells of a protected sheet take the values as the Office workbook writes them, protection lifted for the write. */
  async setNamedResults(values: { name: string; value: CellContent }[]): Promise<void> {
    for (const { name, value } of values) await this.setNamedInput(name, value);
  }

  insertTemplate(insertion: TemplateInsertion): Promise<InsertionReport> {
    return oneAtATime(this, "insertion", () => this.insertTemplateNow(insertion));
  }

  private async insertTemplateNow(insertion: TemplateInsertion): Promise<InsertionReport> {
    // Table names and workbook names share one namespace, as in Excel.
    const tableNames = this.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
    const naming = chooseNaming(insertion, await this.sheetNames(), [...this.names.keys(), ...tableNames]);
    let plan;
    try {
      plan = insertion.plan(naming);
      takeEvidenceFromCohort(plan, [...this.names.keys()]);
    } catch (error) {
      throw new TemplateInsertionError(message("office.notLaidOut", { template: insertion.templateId, detail: String(error) }), error);
    }
    // Everything is built aside first and added in one step: all or nothing.
    const sheets = plan.sheets.map((planned) => this.sheetFromPlan(planned));
    this.sheets.push(...sheets);
    for (const name of plan.names) this.names.set(name.name, name.reference);
    return {
      templateId: plan.templateId,
      sheets: sheets.map((sheet) => sheet.name),
      names: plan.names.map((name) => name.name),
      suffix: naming.suffix,
      omitted: [],
    };
  }

  private sheetFromPlan(planned: PlannedSheet): MemorySheet {
    const sheet = this.emptySheet(planned.name);
    sheet.hidden = planned.hidden;
    sheet.protected = planned.protect;
    sheet.tables = planned.tables;
    sheet.validations = planned.validations;
    sheet.charts = planned.charts;
    sheet.columnWidths = planned.columnWidths;
    for (const cell of planned.cells) {
      sheet.cells.set(key(cell.row, cell.column), {
        // A text from a data file is a value even when it starts with "=".
        value: isFormula(cell.content) && !cell.literal ? null : cell.content,
        formula: isFormula(cell.content) && !cell.literal ? cell.content : null,
        numberFormat: cell.numberFormat,
        note: cell.note,
        locked: cell.locked,
        style: cell.style,
      });
    }
    return sheet;
  }

  freezeSheets(request: FreezeRequest): Promise<FreezeReport> {
    return oneAtATime(this, "freeze", () => this.freezeSheetsNow(request));
  }

  private async freezeSheetsNow(request: FreezeRequest): Promise<FreezeReport> {
    const bases = request.sheets.map((sheet) => frozenBaseName(this.sheet(sheet).name, request.texts));
    const naming = chooseNaming({ sheetNames: bases, definedNames: [] }, await this.sheetNames(), []);
    const copies = [];
    for (const [i, name] of request.sheets.entries()) {
      const sheet = this.sheet(name);
      const used = this.usedPart(`${quotedSheet(sheet.name)}!A1:XFD1048576`) ?? `${quotedSheet(sheet.name)}!A1`;
      const { values, formulas } = await this.readRange(used);
      const { top, left } = parseRange(used);
      const numberFormats = values.map((row, r) => row.map((_, c) => sheet.cells.get(key(top + r, left + c))?.numberFormat ?? null));
      copies.push(
        frozenSheet(
          { sheet: sheet.name, address: used, values, formulas, numberFormats },
          naming.sheet(bases[i]),
          this.name,
          request,
          true,
        ),
      );
    }
    // Built aside, then added in one step: all or nothing.
    for (const copy of copies) {
      const sheet = this.emptySheet(copy.name);
      copy.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          const numberFormat = copy.numberFormats[r][c] ?? undefined;
          if (value !== null || numberFormat) sheet.cells.set(key(r + 1, c + 1), { value, formula: null, numberFormat });
        }),
      );
      for (const note of copy.notes) {
        const cell = sheet.cells.get(key(note.row, note.column)) ?? { value: null, formula: null };
        sheet.cells.set(key(note.row, note.column), { ...cell, note: note.text });
      }
      this.sheets.push(sheet);
    }
    return { sheets: copies.map((copy) => copy.name), frozenCells: copies.reduce((sum, copy) => sum + copy.frozenCells, 0), omitted: [] };
  }

  /** Excel's recalculation, as a test or the preview plays it: run after each trial's writes (this workbook does not calculate). */
  calculate: (() => void) | null = null;

  withTrialInputs<T>(inputs: string[], results: string[], run: (trial: Trial) => Promise<T>): Promise<T> {
    return oneAtATime(this, "trialRun", () => this.trialsNow(inputs, results, run));
  }

  private async trialsNow<T>(inputs: string[], results: string[], run: (trial: Trial) => Promise<T>): Promise<T> {
    const cellOf = (name: string) => {
      const reference = [...this.names.keys()].find((known) => known.toLowerCase() === name.toLowerCase());
      if (reference === undefined) throw new CodedError("office.trials.noNames", { names: 1, list: name });
      const { sheet, top, left } = this.resolve(this.names.get(reference)!);
      return { sheet, position: key(top, left) };
    };
    const cells = new Map(inputs.map((name) => [name.toLowerCase(), cellOf(name)]));
    const resultCells = results.map(cellOf);
    const originals = new Map([...cells].map(([name, { sheet, position }]) => [name, sheet.cells.get(position)]));
    const put = (name: string, cell: MemoryCell | undefined) => {
      const { sheet, position } = cells.get(name)!;
      if (cell) sheet.cells.set(position, cell);
      else sheet.cells.delete(position);
    };
    const written = new Set<string>();
    const trial: Trial = async (values) => {
      const wanted = new Map(Object.entries(values).map(([name, value]) => [name.toLowerCase(), value]));
      for (const name of wanted.keys()) if (!cells.has(name)) throw new CodedError("office.trials.notAnInput", { name });
      for (const name of [...written].filter((name) => !wanted.has(name))) {
        put(name, originals.get(name));
        written.delete(name);
      }
      for (const [name, value] of wanted) {
        put(name, { ...originals.get(name), value, formula: null });
        written.add(name);
      }
      this.calculate?.();
      return resultCells.map(({ sheet, position }) => sheet.cells.get(position)?.value ?? "");
    };
    try {
      return await run(trial);
    } finally {
      for (const name of written) put(name, originals.get(name));
    }
  }
}
