/**
 * The Office.js renderer of templates: writes a template's plan into the open workbook in a
 * handful of syncs, next to what is there (new names get a suffix), and removes what it added when
 * a step fails. Requirement sets: ranges, sheets, tables, number formats and fills need ExcelApi
 * 1.1; protection 1.2; workbook names 1.4 (templates need them); suspending calculation and
 * conditional formats (highlighted results) 1.6; frozen rows and chart series 1.7; data
 * validation 1.8; suspending screen updating 1.9; notes 1.18. Below a set the feature is left out
 * and reported in InsertionReport.omitted.
 */
import { message } from "../shared/message";
import { insertionFailureMessage } from "./insertionFailure";
import { cellAddress, columnLetters, parseRange, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { chooseNaming } from "../templates/naming";
import { takeEvidenceFromCohort } from "../templates/evidenceSwitch";
import type {
  PlannedCell,
  PlannedChart,
  PlannedSeries,
  PlannedHighlight,
  PlannedSheet,
  PlannedTable,
  PlannedValidationRange,
  TemplateInsertion,
} from "../templates/plan";
import { quotedText } from "../shared/formulaText";
import { looks } from "../templates/styles";
import type { ExcelHost } from "./excelHost";
import { blockRows, jsonBytes, operationBytes, requests, type RequestStep, type RowsStep } from "./requestBudget";
import { omissions, TemplateInsertionError, type InsertionFailure, type InsertionReport } from "./workbookPort";

const nativeStatistics = omissions.nativeStatistics;

/** Runs of neighbouring cells in one row with the same look, so each run is one format call. */
function styleRuns(cells: PlannedCell[]): { row: number; left: number; right: number; cell: PlannedCell }[] {
  const runs: { row: number; left: number; right: number; cell: PlannedCell }[] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.row === cell.row &&
      last.right === cell.column - 1 &&
      last.cell.style === cell.style &&
      last.cell.locked === cell.locked
    ) {
      last.right = cell.column;
    } else runs.push({ row: cell.row, left: cell.column, right: cell.column, cell });
  }
  return runs;
}

function validationRule(validation: PlannedValidationRange): Excel.DataValidationRule {
  const rule = validation.rule;
  switch (rule.kind) {
    case "decimal":
    case "whole":
      return {
        [rule.kind === "decimal" ? "decimal" : "wholeNumber"]: { formula1: rule.minimum, formula2: rule.maximum, operator: "Between" },
      };
    case "list":
      return { list: { inCellDropDown: true, source: rule.options.join(",") } };
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

/** The data rows of each computed column of a table, with its formula. */
function calculatedColumnRanges(table: PlannedTable): { range: string; formula: string; rows: number }[] {
  const { top, left, bottom } = parseRange(table.range);
  return (table.columnFormulas ?? []).flatMap((formula, i) =>
    formula ? [{ range: rangeAddress(top + 1, left + i, bottom, left + i), formula, rows: bottom - top }] : [],
  );
}

/** "row,column" keys of the cells of an A1 range. */
function cellsOf(range: string): string[] {
  const { top, left, bottom, right } = parseRange(range);
  const keys: string[] = [];
  for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) keys.push(`${row},${column}`);
  return keys;
}

/**
 * Points for a column width given as the .xlsx stores it: characters of the widest digit of the
 * default font, padding included (ECMA-376 Part 1, §18.3.1.13). Calibri 11's widest digit is 7
 * pixels at 96 dpi, so a column is trunc(((256 × width + trunc(128 / 7)) / 256) × 7) pixels
 * (the same section), and a pixel is 0.75 points: the default width 9.140625 gives 64 pixels, 48 points.
 */
export function columnWidthPoints(width: number): number {
  const digit = 7;
  return Math.trunc(((256 * width + Math.trunc(128 / digit)) / 256) * digit) * 0.75;
}

const chartTypes: Record<PlannedChart["kind"], "Line" | "ColumnClustered" | "XYScatterLinesNoMarkers" | "BarClustered"> = {
  line: "Line",
  column: "ColumnClustered",
  scatter: "XYScatterLinesNoMarkers",
  bar: "BarClustered",
};

/** What an insertion added to the workbook, as far as it got: sheets by the ids Excel gave them, names with their formulas. */
interface Added {
  /** Planned sheet name → id, for the sheets whose adding was confirmed by a sync. */
  sheetIds: Map<string, string>;
  /**
   * Sheets whose adding was sent but not confirmed (their sync failed). Each new sheet gets this
   * insertion's tag in A1 in the same batch as its adding: a sheet of such a name counts as this
   * insertion's only when it carries the tag, so a sheet the user made under that name stays.
   */
  unconfirmedSheets: string[];
  sheetIdsBefore: Set<string>;
  /** The tag written into A1 of each sheet added (cleared again by the first write). */
  tag: string;
  /** Workbook and table names the plan adds that did not exist before, with the formula each was given. */
  names: { name: string; formula: string }[];
  /** Whether NamedItem.formula can be read (ExcelApi 1.7): without it no name can be confirmed as this insertion's. */
  readsNameFormulas: boolean;
}

/** A text no user types into A1: the insertion's own mark on the sheets it adds, until their first write. */
function insertionTag(): string {
  return `PreventionDividend insertion ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * Syncs when all goes well: (1) read the existing sheet, workbook and table names, (2) add the
 * sheets and learn their ids, (3) write everything else with calculation and screen updating
 * suspended and protection last, then nothing more. Where the writes exceed one request's budget
 * (requestBudget.ts: Excel on the web refuses requests over 5 MB), step 3 takes several syncs, in
 * the same order, each cut between rows: three syncs for most templates, four for the counselling
 * case with 2,000 iterations, about one more per 2 MB of cells beyond. On a failure at any sync
 * the clean-up removes only what this insertion made — sheets by their ids or its tag, names
 * whose formula is the one it gave them — so a sheet or name the user made meanwhile under the
 * same name stays, and it reports truthfully what it left.
 */
export async function insertTemplateWithOffice(host: ExcelHost, insertion: TemplateInsertion): Promise<InsertionReport> {
  // The templates' formulas refer to workbook names: without them there is nothing to insert.
  if (!host.supports("1.4")) {
    throw new TemplateInsertionError(message("office.needsExcel2016"));
  }
  try {
    return await host.run((context) => insertInContext(context, host, insertion));
  } catch (error) {
    if (error instanceof TemplateInsertionError) throw error;
    // Excel.run itself or the first sync failed: only names had been read, nothing was added.
    const failure = { reason: reasonOf(error), sheets: [], names: [], unverifiedSheets: [], unverifiedNames: [], unknown: false };
    throw new TemplateInsertionError(insertionFailureMessage(failure), error, failure);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function insertInContext(context: Excel.RequestContext, host: ExcelHost, insertion: TemplateInsertion): Promise<InsertionReport> {
  const omitted: string[] = [];
  // A feature no requirement set offers (version null) is always left out, and said so.
  const supports = (version: string | null, feature: string) => {
    const supported = version !== null && host.supports(version);
    if (!supported && !omitted.includes(feature)) omitted.push(feature);
    return supported;
  };
  const workbook = context.workbook;
  workbook.worksheets.load("items/name,items/id");
  workbook.names.load("items/name");
  workbook.tables.load("items/name");
  await context.sync();
  const sheetIdsBefore = new Set(workbook.worksheets.items.map((sheet) => sheet.id));
  const namesBefore = new Set(workbook.names.items.map((name) => name.name.toLowerCase()));
  // Table names and workbook names share one namespace in Excel: both take the suffix rule.
  const naming = chooseNaming(
    insertion,
    workbook.worksheets.items.map((sheet) => sheet.name),
    [...workbook.names.items.map((name) => name.name), ...workbook.tables.items.map((table) => table.name)],
  );
  const plan = insertion.plan(naming);
  takeEvidenceFromCohort(
    plan,
    workbook.names.items.map((name) => name.name),
  );
  const added: Added = {
    sheetIds: new Map(),
    unconfirmedSheets: [],
    sheetIdsBefore,
    tag: insertionTag(),
    names: [],
    readsNameFormulas: host.supports("1.7"),
  };
  try {
    const sheets = plan.sheets.map((planned) => {
      const sheet = workbook.worksheets.add(planned.name);
      sheet.getRange("A1").values = [[added.tag]];
      sheet.load("id");
      return sheet;
    });
    added.unconfirmedSheets = plan.sheets.map((planned) => planned.name);
    await context.sync();
    plan.sheets.forEach((planned, i) => added.sheetIds.set(planned.name, sheets[i].id));
    added.unconfirmedSheets = [];

    const calculation = supports("1.6", omissions.suspendedCalculation);
    const screen = supports("1.9", omissions.suspendedScreenUpdating);
    const addinFormulas = host.hasCustomFunctions();
    if (!addinFormulas && plan.sheets.some((sheet) => sheet.cells.some((cell) => cell.addinFormula))) omitted.push(nativeStatistics);
    // The tag goes where the sheet's own A1 does not replace it.
    const untagged = plan.sheets.flatMap((planned, i) => (planned.cells.some((cell) => cell.row === 1 && cell.column === 1) ? [] : [i]));
    const untag: RequestStep = {
      bytes: jsonBytes(untagged.map(() => [[""]])) + untagged.length * 2 * operationBytes,
      queue: () => {
        for (const i of untagged) sheets[i].getRange("A1").values = [[""]];
      },
    };
    // Tables before anything that names them: a structured reference in a name or a formula
    // must find its table, while a workbook name may be used before it is defined. The steps
    // keep this order across requests, each request waiting for the one before.
    const withTables = plan.sheets.flatMap((planned, i) => (planned.tables.length > 0 ? [i] : []));
    const others = plan.sheets.flatMap((planned, i) => (planned.tables.length > 0 ? [] : [i]));
    // A chart may plot cells of another inserted sheet (a forest plot's pooled rows).
    const sheetNamed = (name: string) => sheets[plan.sheets.findIndex((planned) => planned.name === name)];
    const stepsOf = (i: number) => sheetSteps(sheets[i], plan.sheets[i], supports, addinFormulas, sheetNamed);
    added.names = plan.names
      .filter((name) => !namesBefore.has(name.name.toLowerCase()))
      .map((name) => ({ name: name.name, formula: `=${name.reference}` }));
    const names: RequestStep = {
      bytes: jsonBytes(plan.names) + plan.names.length * operationBytes,
      queue: () => {
        for (const name of plan.names) workbook.names.add(name.name, `=${name.reference}`);
      },
    };
    const sheetsFirst = [untag, ...withTables.flatMap(stepsOf), names, ...others.flatMap(stepsOf)];
    const protect = supports("1.2", omissions.sheetProtection) ? plan.sheets.flatMap((planned, i) => (planned.protect ? [i] : [])) : [];
    const protection: RequestStep = {
      bytes: protect.length * operationBytes,
      queue: () => {
        for (const i of protect)
          sheets[i].protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
      },
    };
    // Screen updating: once per insertion, with the first request of writes. Microsoft's
    // performance guidance for Excel add-ins ("Suspend screen updating") says not to call
    // suspendScreenUpdatingUntilNextSync repeatedly, as in a loop: the window flickers. Calculation
    // is suspended again for each request: a recalculation between requests would only compute
    // half-written sheets.
    for (const [index, request] of requests([...sheetsFirst, protection]).entries()) {
      if (calculation) context.application.suspendApiCalculationUntilNextSync();
      if (screen && index === 0) context.application.suspendScreenUpdatingUntilNextSync();
      for (const step of request) step.queue();
      await context.sync();
    }
  } catch (error) {
    const failure = await removeAdded(context, added, reasonOf(error));
    throw new TemplateInsertionError(insertionFailureMessage(failure), error, failure);
  }
  return {
    templateId: plan.templateId,
    sheets: plan.sheets.map((sheet) => sheet.name),
    names: plan.names.map((name) => name.name),
    suffix: naming.suffix,
    omitted,
  };
}

const sameFormula = (a: string, b: string) => a.replace(/^=/, "").toLowerCase() === b.replace(/^=/, "").toLowerCase();

/**
 * Removes what `added` lists: first looks at what is there (a failed batch may have added only
 * part), then deletes this insertion's names and sheets, then looks again.
 */
async function removeAdded(context: Excel.RequestContext, added: Added, reason: string): Promise<InsertionFailure> {
  const workbook = context.workbook;
  const ids = new Set(added.sheetIds.values());
  const wanted = new Map(added.names.map((name) => [name.name.toLowerCase(), name.formula]));
  const look = async () => {
    workbook.worksheets.load("items/name,items/id");
    workbook.names.load(added.readsNameFormulas ? "items/name,items/formula" : "items/name");
    await context.sync();
    const candidates = workbook.worksheets.items.filter(
      (sheet) => !ids.has(sheet.id) && added.unconfirmedSheets.includes(sheet.name) && !added.sheetIdsBefore.has(sheet.id),
    );
    if (candidates.length > 0) {
      const marks = candidates.map((sheet) => workbook.worksheets.getItem(sheet.id).getRange("A1").load("values"));
      await context.sync();
      candidates.forEach((sheet, i) => {
        if (marks[i].values[0][0] === added.tag) ids.add(sheet.id);
      });
    }
    const named = workbook.names.items.filter((name) => wanted.has(name.name.toLowerCase()));
    const ours = (name: Excel.NamedItem) => added.readsNameFormulas && sameFormula(name.formula, wanted.get(name.name.toLowerCase())!);
    return {
      sheets: workbook.worksheets.items.filter((sheet) => ids.has(sheet.id)),
      names: named.filter(ours),
      unverifiedSheets: candidates.filter((sheet) => !ids.has(sheet.id)).map((sheet) => sheet.name),
      unverifiedNames: named.filter((name) => !ours(name)).map((name) => name.name),
    };
  };
  let present: Awaited<ReturnType<typeof look>>;
  try {
    present = await look();
  } catch {
    return {
      reason,
      sheets: [...added.sheetIds.keys(), ...added.unconfirmedSheets],
      names: added.names.map((name) => name.name),
      unverifiedSheets: [],
      unverifiedNames: [],
      unknown: true,
    };
  }
  try {
    // Names first: a name whose sheet is gone would stay behind as #REF!.
    for (const name of present.names) name.delete();
    for (const sheet of present.sheets) sheet.delete();
    await context.sync();
  } catch {
    // Part of the batch may have run; the next look says what is left.
  }
  try {
    const after = await look();
    return {
      reason,
      sheets: after.sheets.map((sheet) => sheet.name),
      names: after.names.map((name) => name.name),
      unverifiedSheets: present.unverifiedSheets,
      unverifiedNames: present.unverifiedNames,
      unknown: false,
    };
  } catch {
    return {
      reason,
      sheets: present.sheets.map((sheet) => sheet.name),
      names: present.names.map((name) => name.name),
      unverifiedSheets: present.unverifiedSheets,
      unverifiedNames: present.unverifiedNames,
      unknown: true,
    };
  }
}

/**
 * What a planned cell becomes in a `formulas` array. A text from a data file gets Excel's text
 * prefix (a leading apostrophe, which Excel keeps as the cell's prefix character, not as content),
 * so that "=HYPERLINK(…)" stays text and an id such as "00123" keeps its zeros.
 */
export function officeCellContent(cell: PlannedCell, addinFormulas: boolean): CellContent {
  if (cell.literal && typeof cell.content === "string") return `'${cell.content}`;
  return (addinFormulas ? cell.addinFormula : undefined) ?? cell.content ?? "";
}

/** The cells of a sheet as written from A1: formulas and number formats; computed table columns are left null (see tableSteps). */
function cellBlock(planned: PlannedSheet, addinFormulas: boolean): { formulas: (CellContent | null)[][]; formats: (string | null)[][] } {
  const calculated = new Set(planned.tables.flatMap(calculatedColumnRanges).flatMap(({ range }) => cellsOf(range)));
  // A loop, not Math.max(...cells): a spread of 100,000 rows' cells overflows the call stack.
  let bottom = 0;
  let right = 0;
  for (const cell of planned.cells) {
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  const formulas: (CellContent | null)[][] = Array.from({ length: bottom }, () => new Array(right).fill(null));
  const formats: (string | null)[][] = Array.from({ length: bottom }, () => new Array(right).fill(null));
  for (const cell of planned.cells) {
    if (!calculated.has(`${cell.row},${cell.column}`)) formulas[cell.row - 1][cell.column - 1] = officeCellContent(cell, addinFormulas);
    if (cell.numberFormat) formats[cell.row - 1][cell.column - 1] = cell.numberFormat;
  }
  return { formulas, formats };
}

/** The sheet's cells, to be written in row bands as the requests have room. */
function cellRows(sheet: Excel.Worksheet, planned: PlannedSheet, addinFormulas: boolean): RowsStep[] {
  if (planned.cells.length === 0) return [];
  const { formulas, formats } = cellBlock(planned, addinFormulas);
  const right = formulas[0].length;
  // Three calls a band: the range, its number formats, its formulas.
  return [
    blockRows([formulas, formats], 3, (first, last) => {
      const block = sheet.getRange(rangeAddress(first + 1, 1, last + 1, right));
      // Number formats first, so dates typed as serial numbers show as dates.
      block.numberFormat = formats.slice(first, last + 1) as unknown as string[][];
      block.formulas = formulas.slice(first, last + 1) as unknown as string[][];
    }),
  ];
}

/** Calls a look takes at most: the range and up to seven properties. */
const lookCalls = 8;

/**
 * Everything of a sheet, in the order Excel needs it: cells (headers before their tables), looks,
 * tables and their computed columns, then frozen rows, validation, notes, charts and visibility.
 * Requirement sets are checked here, once, so that omitted features are reported in this order.
 */
function sheetSteps(
  sheet: Excel.Worksheet,
  planned: PlannedSheet,
  supports: (version: string | null, feature: string) => boolean,
  addinFormulas: boolean,
  sheetNamed: SheetNamed,
): (RequestStep | RowsStep)[] {
  const unlocking = planned.cells.some((cell) => !cell.locked) && supports("1.2", omissions.sheetProtection);
  const blocks = styleBlocks(planned.cells);
  const looks: RequestStep = {
    bytes:
      (blocks.length * lookCalls +
        planned.columnWidths.length +
        Object.keys(planned.rowHeights).length +
        (planned.merges?.length ?? 0) * 2) *
      operationBytes,
    queue: () => queueLooks(sheet, planned, blocks, unlocking),
  };
  const tables: RequestStep = {
    bytes: jsonBytes(planned.tables.map((table) => [table.range, table.name])) + planned.tables.length * 2 * operationBytes,
    queue: () => {
      for (const table of planned.tables) sheet.tables.add(table.range, true).name = table.name;
    },
  };
  return [
    ...cellRows(sheet, planned, addinFormulas),
    looks,
    tables,
    ...calculatedColumnRows(sheet, planned),
    ...finishingSteps(sheet, planned, supports, addinFormulas, sheetNamed),
  ];
}

/**
 * Neighbouring cells of one look as rectangles: runs along a row (see styleRuns), and the same run
 * in the rows below joined to it, so a sheet of 10,000 alike rows takes a few format calls.
 */
function styleBlocks(cells: PlannedCell[]): { top: number; bottom: number; left: number; right: number; cell: PlannedCell }[] {
  const blocks: { top: number; bottom: number; left: number; right: number; cell: PlannedCell }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const run of styleRuns(cells)) {
    const key = `${run.left},${run.right},${run.cell.style ?? ""},${run.cell.locked}`;
    const above = open.get(key);
    if (above && above.bottom === run.row - 1) above.bottom = run.row;
    else {
      const block = { top: run.row, bottom: run.row, left: run.left, right: run.right, cell: run.cell };
      blocks.push(block);
      open.set(key, block);
    }
  }
  return blocks;
}

function queueLooks(sheet: Excel.Worksheet, planned: PlannedSheet, blocks: ReturnType<typeof styleBlocks>, unlocking: boolean): void {
  for (const block of blocks) {
    const range = sheet.getRange(rangeAddress(block.top, block.left, block.bottom, block.right));
    const look = block.cell.style ? looks[block.cell.style] : {};
    if (look.fill) range.format.fill.color = `#${look.fill}`;
    if (look.bold) range.format.font.bold = true;
    if (look.italic) range.format.font.italic = true;
    if (look.fontColor) range.format.font.color = `#${look.fontColor}`;
    if (look.size) range.format.font.size = look.size;
    if (look.wrap) range.format.wrapText = true;
    if (!block.cell.locked && unlocking) range.format.protection.locked = false;
  }
  planned.columnWidths.forEach((width, i) => {
    sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = columnWidthPoints(width);
  });
  for (const [row, height] of Object.entries(planned.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  // A sentence across the page (a committee page's headline) sits in one merged cell, as in the file.
  for (const merge of planned.merges ?? []) sheet.getRange(merge).merge(false);
}

/**
 * The formula of each computed column written into every data row, in row bands, once its table
 * exists: each row computes whatever the user's AutoCorrect option "Fill formulas in tables to
 * create calculated columns" says; that option decides only whether Excel fills it into rows
 * added later.
 */
function calculatedColumnRows(sheet: Excel.Worksheet, planned: PlannedSheet): RowsStep[] {
  return planned.tables.flatMap(calculatedColumnRanges).map(({ range, formula, rows }) => {
    const { top, left } = parseRange(range);
    const column = Array.from({ length: rows }, () => [formula]);
    return blockRows([column], 2, (first, last) => {
      sheet.getRange(rangeAddress(top + first, left, top + last, left)).formulas = column.slice(first, last + 1);
    });
  });
}

function finishingSteps(
  sheet: Excel.Worksheet,
  planned: PlannedSheet,
  supports: (version: string | null, feature: string) => boolean,
  addinFormulas: boolean,
  sheetNamed: SheetNamed,
): (RequestStep | RowsStep)[] {
  const frozen = planned.frozenRows > 0 && supports("1.7", omissions.frozenRows);
  const validations = planned.validations.length > 0 && supports("1.8", omissions.dataValidation) ? planned.validations : [];
  const withNotes = planned.cells.filter((cell) => cell.note && !(addinFormulas && cell.addinFormula && cell.noteForContent));
  const noted = withNotes.length > 0 && supports("1.18", omissions.notes) ? withNotes : [];
  const highlights = planned.highlights ?? [];
  const highlighted = highlights.length > 0 && supports("1.6", omissions.highlights) ? highlights : [];
  const charts = planned.charts.length > 0 && supports("1.7", omissions.charts) ? planned.charts : [];
  // Office.js sets error bars of fixed size or by statistics, never from cells: a forest plot's whiskers stay out.
  if (charts.some((chart) => chart.series.some((series) => series.errorBars))) supports(null, omissions.customErrorBars);
  // A note is two calls (its cell's range, the note) and its text; a chart about twelve calls, with its titles and ranges.
  const notes: RowsStep = {
    fixedBytes: 0,
    rowBytes: noted.map((cell) => 2 * operationBytes + jsonBytes(cell.note)),
    queueRows: (first, last) => {
      // NoteCollection.add takes the cell as a Range (or an address); a Range of this sheet cannot point elsewhere.
      for (const cell of noted.slice(first, last + 1)) sheet.notes.add(sheet.getRange(cellAddress(cell.row, cell.column)), cell.note!);
    },
  };
  const rules = highlighted.reduce((sum, highlight) => sum + highlight.texts.length, 0);
  const before: RequestStep = {
    bytes:
      jsonBytes(validations) +
      jsonBytes(highlighted) +
      (validations.length * 3 + 1 + highlighted.length + rules * highlightRuleCalls) * operationBytes,
    queue: () => {
      for (const highlight of highlighted) queueHighlight(sheet, highlight);
      if (frozen) sheet.freezePanes.freezeRows(planned.frozenRows);
      for (const validation of validations) {
        const range = sheet.getRange(validation.range);
        range.dataValidation.rule = validationRule(validation);
        range.dataValidation.errorAlert = { message: validation.message, showAlert: true, style: "Stop", title: "" };
      }
    },
  };
  const after: RequestStep = {
    bytes: jsonBytes(charts) + (charts.length * 12 + 1) * operationBytes,
    queue: () => {
      for (const chart of charts) queueChart(sheet, chart, sheetNamed);
      if (planned.hidden) sheet.visibility = "Hidden";
    },
  };
  return [before, notes, after];
}

/** Calls of one conditional format: adding it, fill and font colours, bold, italic and its rule. */
const highlightRuleCalls = 6;

/** A highlight as conditional formats: one "cell value equal to" format per text (ExcelApi 1.6). */
function queueHighlight(sheet: Excel.Worksheet, highlight: PlannedHighlight): void {
  const range = sheet.getRange(highlight.range);
  const look = looks[highlight.style];
  for (const value of highlight.texts) {
    const cellValue = range.conditionalFormats.add("CellValue").cellValue;
    if (look.fill) cellValue.format.fill.color = `#${look.fill}`;
    if (look.fontColor) cellValue.format.font.color = `#${look.fontColor}`;
    if (look.bold) cellValue.format.font.bold = true;
    if (look.italic) cellValue.format.font.italic = true;
    cellValue.rule = { formula1: `=${quotedText(value)}`, operator: "EqualTo" };
  }
}

/** The inserted sheet of a planned sheet's name. */
type SheetNamed = (name: string) => Excel.Worksheet;

function queueChart(sheet: Excel.Worksheet, chart: PlannedChart, sheetNamed: SheetNamed): void {
  // Hidden series only stretch the axes to the whiskers' ends, which Office.js does not draw.
  const [first, ...others] = chart.series.filter((series) => !series.hidden);
  if (!first) return;
  // A series may plot cells of another sheet (a forest plot's pooled rows); its whiskers need
  // custom error bars, which Office.js cannot set: the downloaded .xlsx file has them.
  const rangeOf = (series: PlannedSeries, range: string) => (series.sheet ? sheetNamed(series.sheet) : sheet).getRange(range);
  // Excel adds one series per row or column of the source range: built from the first series'
  // own cells, along their length, the chart starts with exactly that series.
  const source = parseRange(first.values);
  const seriesBy = source.top === source.bottom && source.right > source.left ? "Rows" : "Columns";
  const type = chart.markersOnly ? "XYScatter" : chartTypes[chart.kind];
  const added = sheet.charts.add(type, rangeOf(first, first.values), seriesBy);
  added.title.text = chart.title;
  if (chart.xAxisTitle) added.axes.categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle) added.axes.valueAxis.title.text = chart.yAxisTitle;
  if (chart.valueMaximum !== undefined) added.axes.valueAxis.maximum = chart.valueMaximum;
  // Bars are drawn from the bottom up; the first category (the largest swing) belongs on top.
  if (chart.kind === "bar") added.axes.categoryAxis.reversePlotOrder = true;
  added.setPosition(`${columnLetters(chart.from.column + 1)}${chart.from.row}`, `${columnLetters(chart.to.column + 1)}${chart.to.row}`);
  const firstLine = added.series.getItemAt(0);
  firstLine.name = first.name;
  firstLine.setValues(rangeOf(first, first.values));
  firstLine.setXAxisValues(rangeOf(first, first.categories ?? chart.categories));
  for (const series of others) {
    const line = added.series.add(series.name);
    line.setValues(rangeOf(series, series.values));
    line.setXAxisValues(rangeOf(series, series.categories ?? chart.categories));
  }
}
