/**
 * Trials of named inputs through Excel's recalculation (WorkbookPort.withTrialInputs). Setup
 * reads the names, the calculation mode and the inputs' contents (two syncs); each trial writes
 * the inputs and reads the results in one batch, then reads again until the results have settled.
 * Restoring is its own batch, tried twice.
 *
 * Custom functions calculate asynchronously: a read right after a write can answer a PREVENT cell
 * (and every cell depending on it) with its value from before the write, and while it refreshes
 * Excel may keep showing that old value instead of #BUSY! (office-js issue 4152). So a result
 * counts only when Application.calculationState (ExcelApi 1.9) reads "Done", no result reads
 * #BUSY!, and two reads in a row agree. The state alone is not enough: Excel has been seen to
 * report a calculation finished before a custom function's promise settled (office-js issue
 * 587); below ExcelApi 1.9 the two agreeing reads are all there is. The reads are bounded
 * (`settling`); beyond that the trial fails with a CalculationNotSettledError.
 *
 * An input counts as written from the moment its write is queued, since a failed batch may still
 * have applied part of its operations (a batch is not a transaction). ExcelApi 1.4 (names).
 */
import { CodedError } from "../shared/codedError";
import type { MessageKey, ValuesArgument } from "../shared/message";
import { parseRange, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import type { ExcelHost } from "./excelHost";
import { CalculationNotSettledError, RestoreError, type Trial, type UnrestoredInput } from "./workbookPort";

interface NamedCell {
  name: string;
  /** Sheet-qualified address, e.g. "Assumptions!B21". */
  address: string;
  sheet: string;
  local: string;
  /** As written back: the formula, or the value (a text with Excel's text prefix). */
  original: CellContent;
}

/** How long and how often a trial reads its results again until they settle. */
export const settling = {
  /** Reads of one trial at most, the first (in the writing batch) included. */
  reads: 25,
  /** Time of one trial at most, from its writing batch on. */
  milliseconds: 15_000,
  /** Pause before the first read again; each further pause doubles, up to `longestPause`. */
  firstPause: 20,
  longestPause: 500,
};

/** A refusal before anything was written. */
export class TrialSetupError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "TrialSetupError";
  }
}

function located(name: string, address: string, value: unknown, formula: unknown): NamedCell {
  const parsed = parseRange(address);
  const local = rangeAddress(parsed.top, parsed.left, parsed.bottom, parsed.right);
  let original: CellContent;
  if (typeof formula === "string" && formula.startsWith("=")) original = formula;
  else if (typeof value === "string" && value !== "") original = `'${value}`;
  else original = (value as CellContent) ?? "";
  return { name, address, sheet: parsed.sheet ?? "", local, original };
}

async function setUp(
  host: ExcelHost,
  inputs: string[],
  results: string[],
): Promise<{ inputs: NamedCell[]; results: NamedCell[]; exceptTables: boolean }> {
  return host.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    const application = context.application.load("calculationMode");
    await context.sync();
    const known = new Set(names.items.map((item) => item.name.toLowerCase()));
    const missing = [...inputs, ...results].filter((name) => !known.has(name.toLowerCase()));
    if (missing.length > 0) throw new TrialSetupError("office.trials.noNames", { names: missing.length, list: missing });
    // "AutomaticExceptTables" recalculates everything but What-If data tables, which the templates do not use.
    if (application.calculationMode === "Manual") {
      throw new TrialSetupError("office.trials.manualCalculation");
    }
    const ranges = [...inputs, ...results].map((name) => ({
      name,
      range: names.getItem(name).getRange().load("address,cellCount,values,formulas"),
    }));
    await context.sync();
    const single = ranges.find(({ range }) => range.cellCount !== 1);
    if (single) throw new TrialSetupError("office.trials.notOneCell", { name: single.name, address: single.range.address });
    const cells = ranges.map(({ name, range }) => located(name, range.address, range.values[0][0], range.formulas[0][0]));
    return {
      inputs: cells.slice(0, inputs.length),
      results: cells.slice(inputs.length),
      exceptTables: application.calculationMode === "AutomaticExceptTables",
    };
  });
}

function cell(context: Excel.RequestContext, target: NamedCell): Excel.Range {
  return context.workbook.worksheets.getItem(target.sheet).getRange(target.local);
}

interface ResultsRead {
  /** Application.calculationState, or null below ExcelApi 1.9. */
  state: string | null;
  values: CellContent[];
}

/** Queues a read of the results (and of the calculation state where the host has it); call the answer after the sync. */
function queueRead(host: ExcelHost, context: Excel.RequestContext, results: NamedCell[]): () => ResultsRead {
  const application = host.supports("1.9") ? context.application.load("calculationState") : null;
  const reads = results.map((result) => cell(context, result).load("values"));
  return () => ({
    state: application ? String(application.calculationState) : null,
    values: reads.map((read) => read.values[0][0] as CellContent),
  });
}

/**
 * "Pending" counts as unsettled too, except where Excel leaves What-If data tables uncalculated
 * ("AutomaticExceptTables"): there it may stay pending for good, and the two reads decide.
 */
function settled(previous: ResultsRead, next: ResultsRead, exceptTables: boolean): boolean {
  if (next.state === "Calculating" || (next.state === "Pending" && !exceptTables)) return false;
  if (next.values.some((value) => value === "#BUSY!")) return false;
  return next.values.every((value, i) => Object.is(value, previous.values[i]));
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Reads the results again until they settle (see the header), starting from the read of the writing batch. */
async function settledResults(
  host: ExcelHost,
  results: NamedCell[],
  exceptTables: boolean,
  first: ResultsRead,
  started: number,
): Promise<CellContent[]> {
  let previous = first;
  let wait = settling.firstPause;
  for (let reads = 1; reads < settling.reads && Date.now() - started < settling.milliseconds; reads++) {
    await pause(wait);
    wait = Math.min(2 * wait, settling.longestPause);
    const next = await host.run(async (context) => {
      const answer = queueRead(host, context, results);
      await context.sync();
      return answer();
    });
    if (settled(previous, next, exceptTables)) return next.values;
    previous = next;
  }
  throw new CalculationNotSettledError(Math.round(settling.milliseconds / 1000));
}

export async function trialsWithOffice<T>(
  host: ExcelHost,
  inputNames: string[],
  resultNames: string[],
  run: (trial: Trial) => Promise<T>,
): Promise<T> {
  const { inputs, results, exceptTables } = await setUp(host, inputNames, resultNames);
  const byName = new Map(inputs.map((input) => [input.name.toLowerCase(), input]));
  /** Inputs that may hold something other than their original content. */
  const written = new Set<NamedCell>();
  const trial: Trial = async (values) => {
    const started = Date.now();
    const first = await host.run(async (context) => {
      const wanted = new Map<NamedCell, CellContent>();
      for (const [name, value] of Object.entries(values)) {
        const input = byName.get(name.toLowerCase());
        if (!input) throw new CodedError("office.trials.notAnInput", { name });
        wanted.set(input, value);
      }
      const back = [...written].filter((input) => !wanted.has(input));
      for (const [input, value] of wanted) {
        written.add(input);
        cell(context, input).formulas = [[value]];
      }
      for (const input of back) cell(context, input).formulas = [[input.original]];
      const answer = queueRead(host, context, results);
      await context.sync();
      for (const input of back) written.delete(input);
      return answer();
    });
    return settledResults(host, results, exceptTables, first, started);
  };
  try {
    return await run(trial);
  } finally {
    if (written.size > 0) await restore(host, [...written]);
  }
}

/** Writes the original contents back in one batch; a second batch if the first fails. */
async function restore(host: ExcelHost, inputs: NamedCell[]): Promise<void> {
  const attempt = () =>
    host.run(async (context) => {
      for (const input of inputs) cell(context, input).formulas = [[input.original]];
      await context.sync();
    });
  try {
    await attempt();
  } catch {
    try {
      await attempt();
    } catch (error) {
      const unrestored: UnrestoredInput[] = inputs.map(({ name, address, original }) => ({ name, address, original }));
      throw new RestoreError(unrestored, error);
    }
  }
}
