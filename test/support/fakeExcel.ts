/**
 * A small recording fake of the Excel objects OfficeWorkbook uses. Operations are queued and
 * applied at context.sync(), as in Office.js; it counts syncs, rejects reads of properties that
 * were not loaded and synced, rejects any method or property it does not know (a misspelled
 * call fails the test), and can be told to fail at the k-th sync after applying some of that
 * batch's operations (a batch is not a transaction in Excel either). Like Excel on the web, it
 * refuses a sync whose writes or whose answer exceed a payload budget (requestPayloadBudget,
 * responsePayloadBudget).
 */
import type { ExcelHost } from "../../src/office/excelHost";
import { parseRange, quotedSheet, rangeAddress } from "../../src/shared/addresses";

export interface FakeSheet {
  /** As Excel's Worksheet.id: given when the sheet is added, never reused. */
  id: string;
  name: string;
  visibility: string;
  formulas: Map<string, unknown>;
  numberFormats: Map<string, string>;
  formats: string[];
  tables: { name: string; range: string }[];
  protected: boolean;
  frozenRows: number;
  validations: string[];
  /** Cells with a note, by address within the sheet. */
  notes: string[];
  charts: string[];
  /** Conditional formats in the order they were added. */
  conditionalFormats: FakeConditionalFormat[];
  /** Each chart's series as Excel would hold them: default series from the source range, then what was changed or added. */
  chartSeries: FakeSeries[][];
}

/** A conditional format of type CellValue (the only type the fake knows) as its properties were set. */
export interface FakeConditionalFormat {
  /** Address within the sheet. */
  range: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  rule: { formula1: string; formula2?: string; operator: string } | null;
}

/** Excel.ConditionalCellValueOperator. */
const cellValueOperators = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
/** Excel.ConditionalFormatType. */
const conditionalFormatTypes = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

export interface FakeSeries {
  name: string;
  /** Addresses within the sheet. */
  values: string;
  xValues: string | null;
}

/** A queued operation; `bytes`: the JSON length of the values it writes, if any. */
type Operation = { description: string; apply: () => void; bytes: number };

/** UTF-8 bytes of a value's JSON: how the fake sizes what a write sends. */
function writtenBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "null");
}

function strict<T extends object>(target: T, what: string): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "symbol" || property === "then" || property === "toJSON") return Reflect.get(object, property);
      if (!(property in object)) throw new TypeError(`${what}.${String(property)} does not exist`);
      return Reflect.get(object, property);
    },
    set(object, property, value) {
      if (!(property in object)) throw new TypeError(`${what}.${String(property)} cannot be set: no such property`);
      return Reflect.set(object, property, value);
    },
  });
}

export class FakeExcel {
  syncs = 0;
  /** Sync number (1-based) that fails, and how many of its operations are applied first. */
  failAtSync: number | null = null;
  /** Further failing syncs, each with the number of its operations applied first (e.g. the clean-up after a failed insertion). */
  readonly failingSyncs = new Map<number, number>();
  applyBeforeFailure = 0;
  /**
   * Hosts as Microsoft's requirement-set tables list them (Excel JavaScript API requirement sets;
   * Custom Functions requirement sets): the highest minor version of ExcelApi 1.x and of
   * CustomFunctionsRuntime 1.x each supports (null: none).
   */
  static readonly hosts = {
    web: { excelApi: 20, customFunctionsRuntime: 5 },
    /** Excel 2021 volume-licensed (LTSC), Version 2108. */
    "Excel 2021": { excelApi: 14, customFunctionsRuntime: 3 },
    /** Excel 2019 volume-licensed: no custom functions. */
    "Excel 2019": { excelApi: 8, customFunctionsRuntime: null },
  } as const;

  /** Highest ExcelApi 1.x minor version the fake host supports (18 = ExcelApi 1.18). */
  apiMinorVersion = 18;
  /** Whether the host runs the add-in's custom functions. */
  customFunctions = true;
  /**
   * Most cells a values or formulas load may cover: Excel on the web refuses to get more than
   * 5,000,000 cells of a range at once, and any answer over its 5 MB payload limit ("Resource
   * limits and performance optimization for Office Add-ins", Excel add-ins section).
   */
  valuesCellBudget = 5_000_000;
  /**
   * Most bytes the values written in one sync may take (formulas, values, number formats and note
   * texts, each as the UTF-8 length of its JSON): Excel on the web refuses a request over 5 MB
   * (same article). The fake counts only these values, so a request it passes may still be larger
   * in Excel; one it refuses would surely be refused there too.
   */
  requestPayloadBudget = 5_000_000;
  /** Most bytes of cell contents one sync's answer may carry (values, formulas and number formats read, as JSON): 5 MB, as above. */
  responsePayloadBudget = 5_000_000;
  /** By answered sync (index 0 = sync 1): the bytes of the cell contents it read, counted as responsePayloadBudget says. */
  readonly responseBytes: number[] = [];
  private answered = 0;
  /** By sync (index 0 = sync 1): the bytes of the values its batch wrote, counted as requestPayloadBudget says. */
  readonly requestBytes: number[] = [];
  /** By sync (index 0 = sync 1): how many operations its batch queued. */
  readonly requestOperations: number[] = [];
  /** What formula cells read as, by "Sheet!row,column" (the fake does not calculate; unset cells read as ""). */
  readonly calculated = new Map<string, unknown>();
  /** Application.calculationMode: "Automatic", "AutomaticExceptTables" or "Manual". */
  calculationMode = "Automatic";
  /** Excel's recalculation as a test plays it: run after a batch is applied, before its reads are answered (e.g. to fill `calculated`). */
  calculate: (() => void) | null = null;
  /**
   * Custom functions that settle late, as Excel's asynchronous ones do: when `calculate` changes
   * what formula cells read as, they go on reading as before for this many further syncs (0: at
   * once). Meanwhile Application.calculationState reads "Calculating", unless
   * `doneWhileSettling` makes it read "Done" early (office-js issue 587).
   */
  settlingSyncs = 0;
  doneWhileSettling = false;
  /** Application.calculationState once settled: "Pending" where What-If data tables stay uncalculated. */
  settledState = "Done";
  /** What formula cells read as while custom functions settle; null when settled. */
  private shown: Map<string, unknown> | null = null;
  private unsettledSyncs = 0;
  /** The first calculation finds the workbook as it was opened: already settled. */
  private calculatedOnce = false;
  /** The file name, as Workbook.name gives it. */
  workbookName = "Budget 2027.xlsx";
  /** Workbook.settings (ExcelApi 1.4), by key. */
  readonly settings = new Map<string, unknown>();
  /** The user's selection, as Workbook.getSelectedRange() finds it; several areas separated by commas ("A1:A5,C1:C5"), which getSelectedRange refuses. */
  selection = { sheet: "Sheet1", address: "A1" };
  /** Every load() asked for, e.g. "range: address" or "range 'Sheet1'!A1:B2: values". */
  readonly loads: string[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly log: string[] = [];
  calculationSuspended = 0;
  screenUpdatingSuspended = 0;
  private queue: Operation[] = [];
  /** Range objects handed out by getRange, with the address they stand for: notes and charts accept only these. */
  private readonly rangeAddresses = new WeakMap<object, string>();
  private sheetsAdded = 0;
  private afterSync: (() => void)[] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(this.emptySheet(name));
  }

  /** Takes the requirement sets of one of `FakeExcel.hosts`; the add-in's functions run where CustomFunctionsRuntime 1.2 is. */
  asHost(name: keyof typeof FakeExcel.hosts): this {
    const sets = FakeExcel.hosts[name];
    this.apiMinorVersion = sets.excelApi;
    this.customFunctions = sets.customFunctionsRuntime !== null && sets.customFunctionsRuntime >= 2;
    return this;
  }

  host(): ExcelHost {
    return {
      run: (batch) => batch(this.context() as unknown as Excel.RequestContext),
      supports: (version) => Number(version.split(".")[1]) <= this.apiMinorVersion,
      hasCustomFunctions: () => this.customFunctions,
    };
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private emptySheet(name: string): FakeSheet {
    this.sheetsAdded += 1;
    return {
      id: `{sheet-${this.sheetsAdded}}`,
      name,
      visibility: "Visible",
      formulas: new Map(),
      numberFormats: new Map(),
      formats: [],
      tables: [],
      protected: false,
      frozenRows: 0,
      validations: [],
      notes: [],
      charts: [],
      conditionalFormats: [],
      chartSeries: [],
    };
  }

  private enqueue(description: string, apply: () => void, bytes = 0): void {
    this.queue.push({ description, apply, bytes });
  }

  /** A sheet by name or by id, as Worksheets.getItem finds it. */
  private existing(key: string): FakeSheet {
    const sheet = this.sheet(key) ?? this.sheets.find((candidate) => candidate.id === key);
    if (!sheet) throw new Error(`ItemNotFound: worksheet '${key}'`);
    return sheet;
  }

  /** What the user does in Excel while a batch travels: run before sync number `sync` is applied. */
  meanwhile: ((sync: number) => void) | null = null;

  /** Adds a sheet as the user would, outside any batch. */
  addSheetByHand(name: string): FakeSheet {
    const sheet = this.emptySheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    this.meanwhile?.(this.syncs);
    const batch = this.queue;
    this.queue = [];
    const bytes = batch.reduce((sum, operation) => sum + operation.bytes, 0);
    this.requestBytes.push(bytes);
    this.requestOperations.push(batch.length);
    if (bytes > this.requestPayloadBudget) {
      // Refused as a whole before anything runs; its loads are answered by nobody.
      this.afterSync = [];
      throw new Error(
        `RequestPayloadSizeLimitExceeded: sync ${this.syncs} writes ${bytes} bytes, over the budget of ${this.requestPayloadBudget}`,
      );
    }
    const failing = this.failingSyncs.has(this.syncs) || this.failAtSync === this.syncs;
    const applyFirst = this.failingSyncs.get(this.syncs) ?? this.applyBeforeFailure;
    const applied = failing ? batch.slice(0, applyFirst) : batch;
    // Loads queued with a failed batch are answered by nobody, as in Office.js.
    const after = this.afterSync;
    this.afterSync = [];
    for (const operation of applied) {
      operation.apply();
      this.log.push(operation.description);
    }
    if (failing) throw new Error(`GeneralException at sync ${this.syncs}`);
    this.recalculate();
    this.answered = 0;
    for (const run of after) run();
    this.responseBytes[this.syncs - 1] = this.answered;
    if (this.answered > this.responsePayloadBudget)
      throw new Error(
        `ResponsePayloadSizeLimitExceeded: sync ${this.syncs} reads ${this.answered} bytes, over the budget of ${this.responsePayloadBudget}`,
      );
  }

  /** Runs `calculate`; a change of what formula cells read as shows only `settlingSyncs` syncs later. */
  private recalculate(): void {
    const before = new Map(this.calculated);
    this.calculate?.();
    const changed = before.size !== this.calculated.size || [...this.calculated].some(([key, value]) => !Object.is(before.get(key), value));
    const opened = !this.calculatedOnce;
    this.calculatedOnce = true;
    if (changed && !opened && this.settlingSyncs > 0) {
      this.shown ??= before;
      this.unsettledSyncs = this.settlingSyncs;
    } else if (this.unsettledSyncs > 0) {
      this.unsettledSyncs -= 1;
      if (this.unsettledSyncs === 0) this.shown = null;
    }
  }

  /** Application.calculationState (ExcelApi 1.9) as the fake reports it. */
  private calculationState(): string {
    return this.shown && !this.doneWhileSettling ? "Calculating" : this.settledState;
  }

  /**
   * Properties readable only after load() and a sync. A path such as "items/columns/items/name"
   * loads `items` and hands the rest ("columns/items/name") to its reader, which builds the items
   * with only those paths readable.
   */
  private loadable<T extends object>(target: T, what: string, read: Record<string, (paths: string[]) => unknown>): T {
    const loaded = new Set<string>();
    const values = new Map<string, unknown>();
    Object.assign(target, {
      load: (properties: string | string[]) => {
        const requested = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
        this.loads.push(`${what}: ${requested.join(",")}`);
        this.afterSync.push(() => {
          const byProperty = new Map<string, string[]>();
          for (const path of requested) {
            const [property, ...rest] = path.split("/");
            if (!(property in read)) throw new TypeError(`${what}: cannot load '${property}'`);
            const paths = byProperty.get(property) ?? [];
            if (rest.length > 0) paths.push(rest.join("/"));
            byProperty.set(property, paths);
          }
          for (const [property, paths] of byProperty) {
            values.set(property, read[property](paths));
            loaded.add(property);
          }
        });
        return target;
      },
    });
    for (const property of Object.keys(read)) {
      Object.defineProperty(target, property, {
        enumerable: true,
        configurable: true,
        get: () => {
          if (!loaded.has(property)) throw new Error(`PropertyNotLoaded: ${what}.${property} was read before load() and sync()`);
          return values.get(property);
        },
        set: (value: unknown) => values.set(property, value),
      });
    }
    return target;
  }

  private context() {
    // The Excel objects are closures over the fake workbook; `this` inside them is theirs.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const worksheets = this.loadable(
      {
        add: (name: string) => {
          fake.enqueue(`add sheet ${name}`, () => {
            if (fake.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
            fake.sheets.push(fake.emptySheet(name));
          });
          return fake.worksheet(name);
        },
        getItem: (name: string) => fake.worksheet(name),
        getActiveWorksheet: () => fake.worksheet(fake.sheets[0].name),
      } as Record<string, unknown>,
      "worksheets",
      {
        items: () =>
          fake.sheets.map((sheet) =>
            strict(
              {
                name: sheet.name,
                id: sheet.id,
                visibility: sheet.visibility,
                delete: () =>
                  fake.enqueue(`delete sheet ${sheet.name}`, () => {
                    const index = fake.sheets.indexOf(fake.existing(sheet.id));
                    fake.sheets.splice(index, 1);
                  }),
              },
              "worksheet",
            ),
          ),
      },
    );
    const names = this.loadable(
      {
        add: (name: string, reference: string) => {
          fake.enqueue(`add name ${name}`, () => {
            if ([...fake.names.keys()].some((existing) => existing.toLowerCase() === name.toLowerCase()))
              throw new Error(`ItemAlreadyExists: name ${name}`);
            fake.names.set(name, reference);
          });
        },
        getItem: (name: string) =>
          strict(
            {
              getRange: () => {
                // A name that exists refers to a range that can be written (an input set by the pane);
                // one added in the same batch is looked up at the sync.
                const existing = fake.names.get(name);
                if (existing !== undefined && !existing.includes("[")) {
                  const { sheet, address } = fake.referredRange(existing);
                  return fake.range(sheet, address);
                }
                return fake.readableRange("range", () => {
                  const reference = fake.names.get(name);
                  if (reference === undefined) throw new Error(`ItemNotFound: name ${name}`);
                  return fake.referredRange(reference);
                });
              },
              delete: () =>
                fake.enqueue(`delete name ${name}`, () => {
                  if (!fake.names.delete(name)) throw new Error(`ItemNotFound: name ${name}`);
                }),
            },
            "namedItem",
          ),
      } as Record<string, unknown>,
      "names",
      {
        items: () =>
          [...fake.names.entries()].map(([name, reference]) =>
            strict(
              {
                name,
                type: "Range",
                formula: reference,
                getRange: () => fake.readableRange("range", () => fake.referredRange(reference)),
                delete: () =>
                  fake.enqueue(`delete name ${name}`, () => {
                    if (!fake.names.delete(name)) throw new Error(`ItemNotFound: name ${name}`);
                  }),
              },
              "namedItem",
            ),
          ),
      },
    );
    const tables = this.loadable(
      {
        getItem: (tableName: string) =>
          strict(
            {
              columns: strict(
                {
                  getItem: (columnName: string) =>
                    strict(
                      { getDataBodyRange: () => fake.readableRange("range", () => fake.columnBody(tableName, columnName)) },
                      "tableColumn",
                    ),
                },
                "tableColumns",
              ),
            },
            "table",
          ),
      } as Record<string, unknown>,
      "tables",
      { items: (paths) => fake.tableList().map((table) => fake.tableItem(table, paths)) },
    );
    return strict(
      {
        workbook: strict(
          this.loadable(
            {
              worksheets: strict(worksheets, "worksheets"),
              names: strict(names, "names"),
              tables: strict(tables, "tables"),
              settings: strict(
                {
                  add: (key: string, value: unknown) => fake.enqueue(`add setting ${key}`, () => fake.settings.set(key, value)),
                  getItemOrNullObject: (key: string) =>
                    Object.defineProperty(
                      fake.loadable({} as Record<string, unknown>, "setting", { value: () => fake.settings.get(key) ?? null }),
                      "isNullObject",
                      { get: () => !fake.settings.has(key) },
                    ),
                } as Record<string, unknown>,
                "settings",
              ),
              getSelectedRange: () =>
                fake.readableRange("range", () => {
                  if (fake.selection.address.includes(",")) throw new Error("InvalidSelection: the selection has several areas");
                  return fake.selection;
                }),
              // Workbook.getSelectedRanges (ExcelApi 1.9): a RangeAreas, here only its address and areaCount.
              getSelectedRanges: () =>
                strict(
                  fake.loadable({} as Record<string, unknown>, "rangeAreas", {
                    address: () => {
                      const sheet = quotedSheet(fake.existing(fake.selection.sheet).name);
                      return fake.selection.address
                        .split(",")
                        .map((area) => `${sheet}!${area}`)
                        .join(",");
                    },
                    areaCount: () => fake.selection.address.split(",").length,
                  }),
                  "rangeAreas",
                ),
            } as Record<string, unknown>,
            "workbook",
            // Workbook.name (ExcelApi 1.7): the file name.
            { name: () => fake.workbookName },
          ),
          "workbook",
        ),
        application: strict(
          this.loadable(
            {
              suspendApiCalculationUntilNextSync: () => (fake.calculationSuspended += 1),
              suspendScreenUpdatingUntilNextSync: () => (fake.screenUpdatingSuspended += 1),
            } as Record<string, unknown>,
            "application",
            { calculationMode: () => fake.calculationMode, calculationState: () => fake.calculationState() },
          ),
          "application",
        ),
        sync: () => fake.sync(),
      },
      "context",
    );
  }

  /** Every table with its sheet and header names (the header row's cells, as in Excel), in workbook order. */
  tableList(): { sheet: FakeSheet; name: string; top: number; left: number; bottom: number; headers: string[] }[] {
    return this.sheets.flatMap((sheet) =>
      sheet.tables.map((table) => {
        const { top, left, bottom, right } = parseRange(table.range);
        const headers = Array.from({ length: right - left + 1 }, (_, i) =>
          String(sheet.formulas.get(`${top},${left + i}`) ?? `Column${i + 1}`),
        );
        return { sheet, name: table.name, top, left, bottom, headers };
      }),
    );
  }

  private columnBody(tableName: string, columnName: string): { sheet: string; address: string } {
    const table = this.tableList().find((candidate) => candidate.name.toLowerCase() === tableName.toLowerCase());
    if (!table) throw new Error(`ItemNotFound: table '${tableName}'`);
    const index = table.headers.findIndex((header) => header.toLowerCase() === columnName.toLowerCase());
    if (index < 0) throw new Error(`ItemNotFound: column '${columnName}' of table '${tableName}'`);
    return { sheet: table.sheet.name, address: rangeAddress(table.top + 1, table.left + index, table.bottom, table.left + index) };
  }

  /** A table as a loaded collection returns it: name and columns readable only when their paths were loaded. */
  private tableItem(table: ReturnType<FakeExcel["tableList"]>[number], paths: string[]) {
    // The Excel objects are closures over the fake workbook; `this` inside them is theirs.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const columnPaths = paths.filter((path) => path.startsWith("columns/items/")).map((path) => path.slice("columns/items/".length));
    const guarded = (what: string, loaded: boolean, value: () => unknown) => () => {
      if (!loaded) throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
      return value();
    };
    const item = {};
    Object.defineProperty(item, "name", { enumerable: true, get: guarded("table.name", paths.includes("name"), () => table.name) });
    const columns = {};
    Object.defineProperty(columns, "items", {
      enumerable: true,
      get: guarded("table.columns.items", columnPaths.length > 0, () =>
        table.headers.map((header) => {
          const column = { getDataBodyRange: () => fake.readableRange("range", () => fake.columnBody(table.name, header)) };
          Object.defineProperty(column, "name", {
            enumerable: true,
            get: guarded("tableColumn.name", columnPaths.includes("name"), () => header),
          });
          return strict(column, "tableColumn");
        }),
      ),
    });
    Object.defineProperty(item, "columns", { enumerable: true, value: strict(columns, "tableColumns") });
    return strict(item, "table");
  }

  /** What a range reads as: its address with the sheet, contents, and size. Formulas are not calculated: their values read as `calculated` says, or "". */
  private rangeReaders(locate: () => { sheet: string; address: string }): Record<string, () => unknown> {
    const grid = (cell: (content: unknown, position: string, sheet: string) => unknown) => () => {
      const { sheet, address } = locate();
      const { top, left, bottom, right } = parseRange(address);
      const cells = (bottom - top + 1) * (right - left + 1);
      if (cells > this.valuesCellBudget)
        throw new Error(`ResponsePayloadSizeLimitExceeded: ${cells} cells of ${address} over the budget of ${this.valuesCellBudget}`);
      const stored = this.existing(sheet).formulas;
      const read = Array.from({ length: bottom - top + 1 }, (_, i) =>
        Array.from({ length: right - left + 1 }, (_, j) =>
          cell(stored.get(`${top + i},${left + j}`) ?? "", `${top + i},${left + j}`, sheet),
        ),
      );
      this.answered += writtenBytes(read);
      return read;
    };
    return {
      address: () => {
        const { sheet, address } = locate();
        const { top, left, bottom, right } = parseRange(address);
        return `${quotedSheet(this.existing(sheet).name)}!${rangeAddress(top, left, bottom, right)}`;
      },
      values: grid((content, position, sheet) =>
        typeof content === "string" && content.startsWith("=")
          ? ((this.shown ?? this.calculated).get(`${this.existing(sheet).name}!${position}`) ?? "")
          : content,
      ),
      formulas: grid((content) => content),
      numberFormat: grid((_, position, sheet) => this.existing(sheet).numberFormats.get(position) ?? "General"),
      rowCount: () => {
        const { top, bottom } = parseRange(locate().address);
        return bottom - top + 1;
      },
      cellCount: () => {
        const { top, left, bottom, right } = parseRange(locate().address);
        return (bottom - top + 1) * (right - left + 1);
      },
    };
  }

  /** The cells of a sheet that hold anything, as [row, column]. */
  private filledCells(sheetName: string): number[][] {
    return [...this.existing(sheetName).formulas.entries()]
      .filter(([, content]) => content !== null && content !== "")
      .map(([position]) => position.split(",").map(Number));
  }

  /** The sheet's used range as Worksheet.getUsedRangeOrNullObject() gives it: null for a blank sheet. */
  private usedAddressOrNull(sheetName: string): string | null {
    const filled = this.filledCells(sheetName);
    if (filled.length === 0) return null;
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    for (const [row, column] of filled)
      [top, left, bottom, right] = [Math.min(top, row), Math.min(left, column), Math.max(bottom, row), Math.max(right, column)];
    return rangeAddress(top, left, bottom, right);
  }

  /** The sheet's used range as Worksheet.getUsedRange() gives it: A1 for a blank sheet. */
  usedAddress(sheetName: string): string {
    return this.usedAddressOrNull(sheetName) ?? "A1";
  }

  /** A range loadable for its address that may be a null object (isNullObject readable after a sync without being loaded, as in Office.js). */
  private rangeOrNull(sheetName: string, part: () => string | null) {
    const target = this.loadable({} as Record<string, unknown>, "range", {
      address: () => `${quotedSheet(this.existing(sheetName).name)}!${part()}`,
      isNullObject: () => part() === null,
    });
    (target as { load: (properties: string) => unknown }).load("isNullObject");
    return strict(target, "range");
  }

  /** The part of `address` inside the sheet's used range as getUsedRange gives it (A1 on a blank sheet), or a null object. */
  private usedIntersection(sheetName: string, address: string) {
    return this.rangeOrNull(sheetName, () => {
      const { top, left, bottom, right } = parseRange(address);
      const used = parseRange(this.usedAddress(sheetName));
      const [partTop, partLeft] = [Math.max(top, used.top), Math.max(left, used.left)];
      const [partBottom, partRight] = [Math.min(bottom, used.bottom), Math.min(right, used.right)];
      return partTop > partBottom || partLeft > partRight ? null : rangeAddress(partTop, partLeft, partBottom, partRight);
    });
  }

  private readableRange(what: string, locate: () => { sheet: string; address: string }): Record<string, unknown> {
    const range: Record<string, unknown> = {
      // Range.getCell(row, column): zero-based, relative to the range's top-left cell.
      getCell: (row: number, column: number) =>
        this.readableRange(what, () => {
          const { sheet, address } = locate();
          const { top, left } = parseRange(address);
          return { sheet, address: rangeAddress(top + row, left + column, top + row, left + column) };
        }),
    };
    return strict(this.loadable(range, what, this.rangeReaders(locate)), what);
  }

  /** The range a workbook name refers to: "='My sheet'!$B$2" or a table column "=table[Column]". */
  private referredRange(reference: string): { sheet: string; address: string } {
    const formula = reference.replace(/^=/, "");
    const structured = /^([^[]+)\[\[?([^\]]+)\]?\]$/.exec(formula);
    if (structured) return this.columnBody(structured[1], structured[2]);
    const parsed = parseRange(formula.replace(/\$/g, ""));
    return { sheet: parsed.sheet ?? this.sheets[0].name, address: rangeAddress(parsed.top, parsed.left, parsed.bottom, parsed.right) };
  }

  private worksheet(name: string) {
    // The Excel objects are closures over the fake workbook; `this` inside them is theirs.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const on = (description: string, change: (sheet: FakeSheet) => void, bytes = 0) =>
      fake.enqueue(`${name}: ${description}`, () => change(fake.existing(name)), bytes);
    const sheet = {
      getRange: (address: string) => fake.range(name, address),
      // The used range: a marker for getIntersectionOrNullObject, and loadable; what it covers is worked out at sync.
      getUsedRange: () => {
        const readers = fake.rangeReaders(() => ({ sheet: name, address: fake.usedAddress(name) }));
        return strict(fake.loadable({ usedRangeOf: name } as Record<string, unknown>, "usedRange", readers), "range");
      },
      // ExcelApi 1.4: a null object on a blank sheet. The fake knows only cells with values, so valuesOnly changes nothing.
      getUsedRangeOrNullObject: () => fake.rangeOrNull(name, () => fake.usedAddressOrNull(name)),
      delete: () =>
        fake.enqueue(`delete sheet ${name}`, () => {
          const index = fake.sheets.indexOf(fake.existing(name));
          fake.sheets.splice(index, 1);
        }),
      tables: strict(
        {
          add: (range: string) => {
            const table = { name: "" };
            on(`table ${range}`, (target) => target.tables.push({ name: table.name, range }));
            return strict(table, "table");
          },
        },
        "tables",
      ),
      protection: strict(
        fake.loadable(
          {
            protect: () => on("protect", (target) => (target.protected = true)),
            unprotect: () => on("unprotect", (target) => (target.protected = false)),
          } as Record<string, unknown>,
          "protection",
          { protected: () => fake.existing(name).protected, options: () => ({}) },
        ),
        "protection",
      ),
      freezePanes: strict({ freezeRows: (count: number) => on(`freeze ${count}`, (target) => (target.frozenRows = count)) }, "freezePanes"),
      // NoteCollection.add(cellAddress: Range | string, content): the sheet's own Range here, as the reference shows.
      notes: strict(
        {
          add: (cell: object, content: string) => {
            const address = fake.rangeAddresses.get(cell);
            if (!address) throw new TypeError("notes.add: pass a Range of this sheet, not a string");
            on(`note ${address}`, (target) => target.notes.push(address), writtenBytes(content));
            return strict({ content }, "note");
          },
        },
        "notes",
      ),
      charts: strict(
        {
          // Excel makes one series per row ("Rows") or per column ("Columns") of the source range;
          // "Auto" takes columns when the range has more rows than columns.
          add: (type: string, source: object, seriesBy: "Auto" | "Rows" | "Columns" = "Auto") => {
            const address = fake.rangeAddresses.get(source);
            if (!address) throw new TypeError("charts.add: the source must be a Range");
            const chartSeries: FakeSeries[] = [];
            on(`chart ${type}`, (target) => {
              target.charts.push(type);
              const { top, left, bottom, right } = parseRange(address);
              const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && bottom - top <= right - left);
              const count = byRows ? bottom - top + 1 : right - left + 1;
              for (let i = 0; i < count; i++) {
                const values = byRows ? rangeAddress(top + i, left, top + i, right) : rangeAddress(top, left + i, bottom, left + i);
                chartSeries.push({ name: `Series${i + 1}`, values, xValues: null });
              }
              target.chartSeries.push(chartSeries);
            });
            const handle = (find: () => FakeSeries) => {
              let found: FakeSeries | null = null;
              const series = () => (found ??= find());
              const target = {
                delete: () => on("delete series", () => chartSeries.splice(chartSeries.indexOf(series()), 1)),
                setValues: (range: object) => on("series values", () => (series().values = fake.rangeAddresses.get(range)!)),
                setXAxisValues: (range: object) => on("series x values", () => (series().xValues = fake.rangeAddresses.get(range)!)),
                name: "",
              };
              return new Proxy(strict(target, "chartSeries"), {
                set(_object, property, value) {
                  if (property !== "name") throw new TypeError(`chartSeries.${String(property)} cannot be set: no such property`);
                  on("series name", () => (series().name = value));
                  return true;
                },
              });
            };
            return strict(
              {
                title: strict({ text: "" }, "chartTitle"),
                axes: strict(
                  {
                    categoryAxis: strict({ title: strict({ text: "" }, "chartAxisTitle"), reversePlotOrder: false }, "chartAxis"),
                    valueAxis: strict({ title: strict({ text: "" }, "chartAxisTitle"), maximum: 0 }, "chartAxis"),
                  },
                  "chartAxes",
                ),
                setPosition: () => undefined,
                series: strict(
                  {
                    getItemAt: (index: number) =>
                      handle(() => {
                        if (!chartSeries[index]) throw new Error(`ItemNotFound: series ${index}`);
                        return chartSeries[index];
                      }),
                    add: (name: string) => {
                      const added: FakeSeries = { name, values: "", xValues: null };
                      on(`add series ${name}`, () => chartSeries.push(added));
                      return handle(() => added);
                    },
                  },
                  "chartSeriesCollection",
                ),
              },
              "chart",
            );
          },
        },
        "charts",
      ),
      visibility: "Visible",
    };
    const readable = fake.loadable(sheet as Record<string, unknown>, "worksheet", {
      id: () => fake.existing(name).id,
      name: () => fake.existing(name).name,
    });
    return new Proxy(strict(readable, "worksheet"), {
      set(object, property, value) {
        if (property === "visibility") {
          on(`visibility ${value}`, (target) => (target.visibility = value));
          return true;
        }
        return Reflect.set(object, property, value);
      },
    });
  }

  /**
   * ConditionalFormatCollection.add: only type CellValue is modelled, and of it only the format's
   * fill and font and the rule (ConditionalCellValueRule: formula1, formula2, operator).
   */
  private conditionalFormat(sheetName: string, address: string, type: string) {
    if (!conditionalFormatTypes.includes(type)) throw new TypeError(`conditionalFormats.add: no conditional format type '${type}'`);
    if (type !== "CellValue") throw new TypeError(`conditionalFormats.add: the fake knows type CellValue only, not '${type}'`);
    let added: FakeConditionalFormat | null = null;
    const on = (description: string, change: (format: FakeConditionalFormat) => void) =>
      this.enqueue(`${sheetName}!${address}: conditional format ${description}`, () => change(added!));
    this.enqueue(`${sheetName}!${address}: add conditional format ${type}`, () => {
      added = { range: address.replace(/\$/g, ""), fill: null, fontColor: null, bold: false, italic: false, rule: null };
      this.existing(sheetName).conditionalFormats.push(added);
    });
    const recording = (target: Record<string, unknown>, what: string, record: (property: string, value: unknown) => void) =>
      new Proxy(strict(target, what), {
        set(_object, property, value) {
          if (!(property in target)) throw new TypeError(`${what}.${String(property)} cannot be set: no such property`);
          record(String(property), value);
          return true;
        },
      });
    const fill = recording({ color: "" }, "conditionalRangeFill", (property, value) => {
      on(`fill ${property}=${String(value)}`, (format) => (format.fill = String(value)));
    });
    const font = recording(
      { bold: false, color: "", italic: false, strikethrough: false, underline: "None" },
      "conditionalRangeFont",
      (property, value) => {
        if (property === "color") on(`font color=${String(value)}`, (format) => (format.fontColor = String(value)));
        else if (property === "bold" || property === "italic")
          on(`font ${property}=${String(value)}`, (format) => (format[property] = Boolean(value)));
        else throw new TypeError(`conditionalRangeFont.${property}: not modelled by the fake`);
      },
    );
    const cellValue = recording(
      { format: strict({ fill, font }, "conditionalRangeFormat"), rule: null },
      "cellValueConditionalFormat",
      (property, value) => {
        if (property !== "rule") throw new TypeError(`cellValueConditionalFormat.${property} cannot be set`);
        const rule = value as Record<string, unknown>;
        const unknown = Object.keys(rule).filter((key) => !["formula1", "formula2", "operator"].includes(key));
        if (unknown.length > 0) throw new TypeError(`ConditionalCellValueRule has no property ${unknown.join(", ")}`);
        if (typeof rule.formula1 !== "string") throw new TypeError("ConditionalCellValueRule.formula1 must be a string");
        if (!cellValueOperators.includes(rule.operator as string))
          throw new TypeError(`ConditionalCellValueRule.operator: no operator '${String(rule.operator)}'`);
        on(`rule ${JSON.stringify(rule)}`, (format) => (format.rule = { ...(rule as FakeConditionalFormat["rule"] & object) }));
      },
    );
    return strict({ type, cellValue }, "conditionalFormat");
  }

  private range(sheetName: string, address: string) {
    // The Excel objects are closures over the fake workbook; `this` inside them is theirs.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    const on = (description: string, change: (sheet: FakeSheet) => void, bytes = 0) =>
      fake.enqueue(`${sheetName}!${address}: ${description}`, () => change(fake.existing(sheetName)), bytes);
    const cells = (write: (key: string, value: unknown) => void, grid: unknown[][]) => {
      if (/^([A-Z]+:[A-Z]+|\d+:\d+)$/.test(address)) return;
      const { top, left } = parseRange(address);
      grid.forEach((row, i) => row.forEach((value, j) => value !== null && write(`${top + i},${left + j}`, value)));
    };
    const format = (what: string) => (key: string) => on(`${what} ${key}`, (sheet) => sheet.formats.push(`${address} ${what} ${key}`));
    const setter = (target: Record<string, unknown>, what: string) =>
      new Proxy(strict(target, what), {
        set(_object, property, value) {
          if (!(property in target)) throw new TypeError(`${what}.${String(property)} cannot be set: no such property`);
          format(what)(`${String(property)}=${String(value)}`);
          return true;
        },
      });
    const range = {
      getIntersectionOrNullObject: (other: { usedRangeOf?: string }) => {
        if (!other.usedRangeOf) throw new TypeError("the fake intersects only with a sheet's used range");
        return fake.usedIntersection(sheetName, address);
      },
      format: setter(
        {
          fill: setter({ color: "" }, "fill"),
          font: setter({ bold: false, italic: false, color: "", size: 11 }, "font"),
          protection: setter({ locked: true }, "formatProtection"),
          wrapText: false,
          columnWidth: 0,
          rowHeight: 0,
        },
        "format",
      ),
      dataValidation: setter({ rule: null, errorAlert: null }, "dataValidation"),
      conditionalFormats: strict({ add: (type: string) => fake.conditionalFormat(sheetName, address, type) }, "conditionalFormats"),
      numberFormat: null as unknown,
      merge: (across = false) => on(`merge${across ? " across" : ""}`, (sheet) => sheet.formats.push(`${address} merged`)),
    };
    const readable = /^([A-Z]+:[A-Z]+|\d+:\d+)$/.test(address) ? {} : fake.rangeReaders(() => ({ sheet: sheetName, address }));
    const proxy = new Proxy(strict(fake.loadable(range, "range", readable), "range"), {
      set(_object, property, value) {
        if (property === "formulas" || property === "values") {
          on(
            `write ${String(property)}`,
            (sheet) => cells((key, cell) => sheet.formulas.set(key, cell), value as unknown[][]),
            writtenBytes(value),
          );
          return true;
        }
        if (property === "numberFormat") {
          on(
            "number formats",
            (sheet) => cells((key, cell) => sheet.numberFormats.set(key, cell as string), value as unknown[][]),
            writtenBytes(value),
          );
          return true;
        }
        throw new TypeError(`range.${String(property)} cannot be set: no such property`);
      },
    });
    fake.rangeAddresses.set(proxy, address.replace(/\$/g, ""));
    return proxy;
  }
}
