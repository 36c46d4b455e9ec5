/**
 * The one door between the add-in and a workbook. The task pane and the template renderer talk
 * to a workbook only through this port; `officeWorkbook.ts` implements it with Office.js,
 * `memoryWorkbook.ts` with plain objects for the preview mode and the tests. Office.js is touched
 * only in this folder (src/office/).
 *
 * Cell contents are host-neutral: a number, a text, a boolean, or a formula in Excel's en-US
 * syntax (starting with "=").
 */
import { CodedError, codeAndValues } from "../shared/codedError";
import type { Message } from "../shared/message";
import type { CellContent } from "../shared/cellContent";
import type { TemplateInsertion } from "../templates/plan";
import type { FreezeReport, FreezeRequest } from "./frozenCopy";

export interface RangeSnapshot {
  /** A1 address including the sheet, e.g. "Cohort!B2:B241". */
  address: string;
  values: CellContent[][];
  /** Formulas where a cell has one, otherwise the value; same shape as values. */
  formulas: CellContent[][];
}

/** Where the user's selection is; its cells are read separately, with readRange, when needed. */
export interface SelectedRange {
  /** A1 address including the sheet, e.g. "Cohort!B2:B241". */
  address: string;
}

export interface NamedInput {
  /** Workbook-scoped name, e.g. "county_share". */
  name: string;
  /** Address the name refers to. */
  address: string;
  value: CellContent;
  /** The cell's formula ("=Finanzplan!C12/100") when it holds one rather than a typed value. */
  formula?: string;
}

/** The data rows of one column of an Excel table. */
export interface TableColumn {
  table: string;
  /** The column's header. */
  column: string;
  /** Sheet-qualified A1 address of the data rows (no header, no totals), e.g. "Groups!C2:C241". */
  address: string;
  /** Number of data rows. */
  rows: number;
}

/**
 * Most cells one read brings over; a larger range is refused before any cell is fetched. Excel on
 * the web refuses answers over 5 MB ("Resource limits and performance optimization for Office
 * Add-ins", Excel add-ins section); a read carries values and formulas, so at about 10 bytes a
 * cell each this keeps an ordinary column under that limit.
 */
export const largestRead = 250_000;

export interface WorkbookPort {
  /** The user's current selection; a SelectionNotOneBlockError when it has several areas. */
  selectedRange(): Promise<SelectedRange>;
  /**
   * Reads an A1 address ("Cohort!B2:B241", "B2"), a workbook name, or a structured reference to
   * the data rows of a table column ("Counselled[Moved within 24 months]"); the snapshot's
   * address is then the A1 address of those rows. Rejects ranges too large to read at once
   * (RangeTooLargeError in officeWorkbook.ts) before fetching any cell.
   */
  readRange(address: string): Promise<RangeSnapshot>;
  /** Several reads as `readRange` does them, in as few round trips to Excel as their size allows. */
  readRanges(addresses: string[]): Promise<RangeSnapshot[]>;
  /**
   * The part of each A1 range that holds anything: its intersection with the sheet's used range,
   * sheet-qualified (e.g. "Cohort!G2:G471" for "Cohort!G:G"); null when that part is empty.
   * Reads no cell values, so a whole column or sheet costs nothing to ask about.
   */
  usedParts(addresses: string[]): Promise<(string | null)[]>;
  /** Every column of every table in the workbook, tables in workbook order. */
  tableColumns(): Promise<TableColumn[]>;
  /** Names of all sheets, in order. */
  sheetNames(): Promise<string[]>;
  /** Names of the sheets the user sees (not hidden, e.g. not a template's marker sheet), in order. */
  visibleSheetNames(): Promise<string[]>;
  /**
   * Writes a block of cells starting at `topLeft` (e.g. "Sheet1!H2"). Callers check
   * with readRange first that the target is empty or that the user agreed to overwrite.
   * `numberFormats`, of the same shape, gives a cell its number format (null: unchanged).
   */
  writeBlock(topLeft: string, cells: CellContent[][], numberFormats?: (string | null)[][]): Promise<void>;
  namedInputs(): Promise<NamedInput[]>;
  /** Whether formulas with the add-in's PREVENT functions calculate in this workbook's Excel. */
  hasAddinFunctions(): boolean;
  setNamedInput(name: string, value: CellContent): Promise<void>;
  /**
   * Writes values into named cells that are locked on a protected sheet (the pane's findings on a
   * Review sheet, whose cells are never inputs): each sheet's protection is lifted for the write
   * and put back with the options it had, in one request.
   */
  setNamedResults(values: { name: string; value: CellContent }[]): Promise<void>;
  /**
   * Adds a template's sheets and names to the workbook, all or nothing. Existing sheets and names
   * are never overwritten: when one of them is taken, every sheet and name of the template gets
   * the same suffix ("Flows (2)", "discount_rate_2"). Rejects with a TemplateInsertionError
   * when the host fails, after removing what this insertion made (never a sheet or name the user
   * made meanwhile); its `failure` says what is left. One insertion, write, trial run or freeze at
   * a time per workbook: a second one meanwhile is refused with a WorkbookBusyError (workbookActions.ts).
   */
  insertTemplate(insertion: TemplateInsertion): Promise<InsertionReport>;
  /**
   * Freeze for sharing (frozenCopy.ts): adds a copy of each sheet with values instead of formulas,
   * its PREVENT cells noted with their formulas; the originals stay as they are. New names follow
   * the suffix rule. All or nothing: rejects with a FreezeError after removing what was added.
   */
  freezeSheets(request: FreezeRequest): Promise<FreezeReport>;
  /**
   * Tries values of named inputs through the host's recalculation. `run` gets a `trial` that sets
   * the inputs it is given (every other of `inputs` back to what it held), lets the workbook
   * recalculate and reads the named `results` once the recalculation has finished, custom
   * functions included (officeTrials.ts: two syncs or more a trial). When `run` ends — done,
   * cancelled or failed at any step — every input written is restored to its original content,
   * value or formula; a RestoreError says which inputs could not be restored and what they held.
   */
  withTrialInputs<T>(inputs: string[], results: string[], run: (trial: Trial) => Promise<T>): Promise<T>;
  /**
   * A text the add-in keeps in this workbook for itself (e.g. how a CSV file's columns were
   * mapped, per template): saved with the file, invisible in its cells. Null when there is none,
   * or when the host cannot keep settings (`keepsSettings` false).
   */
  readSetting(key: string): Promise<string | null>;
  /** Keeps a setting (see readSetting); does nothing where the host cannot keep settings. */
  writeSetting(key: string, value: string): Promise<void>;
  /** Whether this workbook can keep the add-in's settings (Office.js: ExcelApi 1.4). */
  keepsSettings(): boolean;
}

/** Sets inputs by name, recalculates, and gives the results' values in the order asked for. */
export type Trial = (values: Record<string, number>) => Promise<CellContent[]>;

/** An input that could not be restored after trials, with what it held before. */
export interface UnrestoredInput {
  name: string;
  address: string;
  /** The formula, or else the value, the cell held before the trials. */
  original: CellContent;
}

/** Restoring inputs after trials failed; the message lists them for restoring by hand. */
export class RestoreError extends CodedError<"office.trials.notRestored"> {
  constructor(
    readonly inputs: UnrestoredInput[],
    readonly cause?: unknown,
  ) {
    super("office.trials.notRestored", {
      inputs: inputs.map((input) => `${input.name} (${input.address}): ${String(input.original)}`).join("; "),
    });
    this.name = "RestoreError";
  }
}

/** Freezing failed; the message says whether anything was left behind. */
export class FreezeError extends CodedError {
  constructor(
    entry: Message,
    readonly cause?: unknown,
  ) {
    super(...codeAndValues(entry));
    this.name = "FreezeError";
  }
}

/** What an insertion may leave out on an older host, as InsertionReport.omitted names it (the pane says each in the user's language). */
export const omissions = {
  nativeStatistics: "PREVENT functions in statistics cells (CustomFunctionsRuntime 1.2; native formulas used instead)",
  suspendedCalculation: "suspended calculation (ExcelApi 1.6)",
  suspendedScreenUpdating: "suspended screen updating (ExcelApi 1.9)",
  sheetProtection: "sheet protection (ExcelApi 1.2)",
  frozenRows: "frozen header rows (ExcelApi 1.7)",
  dataValidation: "data validation (ExcelApi 1.8)",
  notes: "notes with sources (ExcelApi 1.18; the source column holds them too)",
  highlights: "highlighted results: conditional formats (ExcelApi 1.6)",
  charts: "charts (ExcelApi 1.7)",
  customErrorBars: "whiskers of a forest plot: error bars from cells (no requirement set of Office.js sets them)",
} as const;

export interface InsertionReport {
  templateId: string;
  /** Sheet names as inserted, in order (the hidden marker sheet last). */
  sheets: string[];
  /** Workbook names as inserted. */
  names: string[];
  /** 1 when no name had to change, otherwise the suffix number used. */
  suffix: number;
  /** Things left out because the host lacks a requirement set (e.g. notes below ExcelApi 1.18): values of `omissions`. */
  omitted: string[];
}

/**
 * What a failed insertion left, for the pane to say in the user's language: `reason` is the
 * host's own words; `sheets` and `names` are this insertion's and still there; `unverifiedSheets`
 * and `unverifiedNames` carry a name it wanted but could not be confirmed as its own (perhaps the
 * user made them meanwhile), so they were left alone; `unknown` when the clean-up could not even look.
 */
export interface InsertionFailure {
  reason: string;
  sheets: string[];
  names: string[];
  unverifiedSheets: string[];
  unverifiedNames: string[];
  unknown: boolean;
}

/** Insertion failed; `failure` says what is left, the message says the same. */
export class TemplateInsertionError extends CodedError {
  constructor(
    entry: Message,
    readonly cause?: unknown,
    readonly failure?: InsertionFailure,
  ) {
    super(...codeAndValues(entry));
    this.name = "TemplateInsertionError";
  }
}

/** Excel did not finish calculating within the time a trial waits (officeTrials.ts); every input is restored as on any failure. */
export class CalculationNotSettledError extends CodedError<"office.trials.notSettled"> {
  constructor(readonly seconds: number) {
    super("office.trials.notSettled", { seconds });
    this.name = "CalculationNotSettledError";
  }
}

/** The selection has several areas (cells picked with Ctrl), where one block of cells is needed. */
export class SelectionNotOneBlockError extends CodedError<"office.selectOneBlock"> {
  constructor() {
    super("office.selectOneBlock");
    this.name = "SelectionNotOneBlockError";
  }
}
