/**
 * A small recording fake of the Excel objects OfficeWorkbook uses. Operations are queued and
 * applied at context.sync(), as in Office.js; it counts syncs, rejects reads of properties that
 * were not loaded and synced, rejects any method or property it does not know (a misspelled
 * call fails the test), and can be told to fail at the k-th sync after applying some of that
 * batch's operations (a batch is not a transaction in Excel either).
 */
import type { ExcelHost } from "../../src/office/officeWorkbook";
import { parseRange } from "../../src/templates/addresses";

export interface FakeSheet {
  name: string;
  visibility: string;
  formulas: Map<string, unknown>;
  numberFormats: Map<string, string>;
  formats: string[];
  tables: { name: string; range: string }[];
  protected: boolean;
  frozenRows: number;
  validations: string[];
  notes: string[];
  charts: string[];
}

type Operation = { description: string; apply: () => void };

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
  applyBeforeFailure = 0;
  /** Highest ExcelApi 1.x minor version the fake host supports (18 = ExcelApi 1.18). */
  apiMinorVersion = 18;
  /** Whether the host runs the add-in's custom functions. */
  customFunctions = true;
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly log: string[] = [];
  calculationSuspended = 0;
  screenUpdatingSuspended = 0;
  private queue: Operation[] = [];
  private afterSync: (() => void)[] = [];

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(this.emptySheet(name));
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
    return { name, visibility: "Visible", formulas: new Map(), numberFormats: new Map(), formats: [], tables: [], protected: false, frozenRows: 0, validations: [], notes: [], charts: [] };
  }

  private enqueue(description: string, apply: () => void): void {
    this.queue.push({ description, apply });
  }

  private existing(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: worksheet '${name}'`);
    return sheet;
  }

  private async sync(): Promise<void> {
    this.syncs += 1;
    const batch = this.queue;
    this.queue = [];
    const failing = this.failAtSync === this.syncs;
    const applied = failing ? batch.slice(0, this.applyBeforeFailure) : batch;
    for (const operation of applied) {
      operation.apply();
      this.log.push(operation.description);
    }
    if (failing) throw new Error(`GeneralException at sync ${this.syncs}`);
    const after = this.afterSync;
    this.afterSync = [];
    for (const run of after) run();
  }

  /** A property readable only after load() and a sync. */
  private loadable<T extends object>(target: T, what: string, read: Record<string, () => unknown>): T {
    const loaded = new Set<string>();
    const values = new Map<string, unknown>();
    Object.assign(target, {
      load: (properties: string | string[]) => {
        const requested = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => (p.trim().startsWith("items/") ? "items" : p.trim()));
        this.afterSync.push(() => {
          for (const property of requested) {
            if (!(property in read)) throw new TypeError(`${what}: cannot load '${property}'`);
            values.set(property, read[property]());
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
      { items: () => fake.sheets.map((sheet) => strict({ name: sheet.name }, "worksheet")) },
    );
    const names = this.loadable(
      {
        add: (name: string, reference: string) => {
          fake.enqueue(`add name ${name}`, () => {
            if ([...fake.names.keys()].some((existing) => existing.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
            fake.names.set(name, reference);
          });
        },
        getItem: (name: string) =>
          strict(
            {
              delete: () =>
                fake.enqueue(`delete name ${name}`, () => {
                  if (!fake.names.delete(name)) throw new Error(`ItemNotFound: name ${name}`);
                }),
            },
            "namedItem",
          ),
      } as Record<string, unknown>,
      "names",
      { items: () => [...fake.names.keys()].map((name) => strict({ name }, "namedItem")) },
    );
    return strict(
      {
        workbook: strict({ worksheets: strict(worksheets, "worksheets"), names: strict(names, "names") }, "workbook"),
        application: strict(
          {
            suspendApiCalculationUntilNextSync: () => (fake.calculationSuspended += 1),
            suspendScreenUpdatingUntilNextSync: () => (fake.screenUpdatingSuspended += 1),
          },
          "application",
        ),
        sync: () => fake.sync(),
      },
      "context",
    );
  }

  private worksheet(name: string) {
    const fake = this;
    const on = (description: string, change: (sheet: FakeSheet) => void) => fake.enqueue(`${name}: ${description}`, () => change(fake.existing(name)));
    const sheet = {
      getRange: (address: string) => fake.range(name, address),
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
      protection: strict({ protect: () => on("protect", (target) => (target.protected = true)) }, "protection"),
      freezePanes: strict({ freezeRows: (count: number) => on(`freeze ${count}`, (target) => (target.frozenRows = count)) }, "freezePanes"),
      notes: strict({ add: (address: string) => on(`note ${address}`, (target) => target.notes.push(address)) }, "notes"),
      charts: strict(
        {
          add: (type: string) => {
            on(`chart ${type}`, (target) => target.charts.push(type));
            const series = () => strict({ delete: () => undefined, setValues: () => undefined, setXAxisValues: () => undefined }, "chartSeries");
            return strict(
              {
                title: strict({ text: "" }, "chartTitle"),
                axes: strict(
                  { categoryAxis: strict({ title: strict({ text: "" }, "chartAxisTitle") }, "chartAxis"), valueAxis: strict({ title: strict({ text: "" }, "chartAxisTitle"), maximum: 0 }, "chartAxis") },
                  "chartAxes",
                ),
                setPosition: () => undefined,
                series: strict({ getItemAt: series, add: series }, "chartSeriesCollection"),
              },
              "chart",
            );
          },
        },
        "charts",
      ),
      visibility: "Visible",
    };
    return new Proxy(strict(sheet, "worksheet"), {
      set(object, property, value) {
        if (property === "visibility") {
          on(`visibility ${value}`, (target) => (target.visibility = value));
          return true;
        }
        return Reflect.set(object, property, value);
      },
    });
  }

  private range(sheetName: string, address: string) {
    const fake = this;
    const on = (description: string, change: (sheet: FakeSheet) => void) => fake.enqueue(`${sheetName}!${address}: ${description}`, () => change(fake.existing(sheetName)));
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
      formulas: null as unknown,
      numberFormat: null as unknown,
      values: null as unknown,
    };
    return new Proxy(strict(range, "range"), {
      set(_object, property, value) {
        if (property === "formulas" || property === "values") {
          on(`write ${String(property)}`, (sheet) => cells((key, cell) => sheet.formulas.set(key, cell), value as unknown[][]));
          return true;
        }
        if (property === "numberFormat") {
          on("number formats", (sheet) => cells((key, cell) => sheet.numberFormats.set(key, cell as string), value as unknown[][]));
          return true;
        }
        throw new TypeError(`range.${String(property)} cannot be set: no such property`);
      },
    });
  }
}
