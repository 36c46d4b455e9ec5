/**
 * Trials of named inputs through Excel's recalculation (WorkbookPort.withTrialInputs). Setup
 * reads the names, the calculation mode and the inputs' contents (two syncs); each trial is one
 * batch: write the inputs, read the results, sync (in automatic calculation mode a read after a
 * write sees the recalculated values). Restoring is its own batch, tried twice.
 *
 * An input counts as written from the moment its write is queued, since a failed batch may still
 * have applied part of its operations (a batch is not a transaction). ExcelApi 1.4 (names).
 */
import { parseRange, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import type { ExcelHost } from "./excelHost";
import { RestoreError, type Trial, type UnrestoredInput } from "./workbookPort";

interface NamedCell {
  name: string;
  /** Sheet-qualified address, e.g. "Assumptions!B21". */
  address: string;
  sheet: string;
  local: string;
  /** As written back: the formula, or the value (a text with Excel's text prefix). */
  original: CellContent;
}

/** A refusal before anything was written; `message` is for the user. */
export class TrialSetupError extends Error {
  constructor(message: string) {
    super(message);
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

async function setUp(host: ExcelHost, inputs: string[], results: string[]): Promise<{ inputs: NamedCell[]; results: NamedCell[] }> {
  return host.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    const application = context.application.load("calculationMode");
    await context.sync();
    const known = new Set(names.items.map((item) => item.name.toLowerCase()));
    const missing = [...inputs, ...results].filter((name) => !known.has(name.toLowerCase()));
    if (missing.length > 0) throw new TrialSetupError(`This workbook has no name ${missing.join(", ")}; nothing was changed.`);
    // "AutomaticExceptTables" recalculates everything but What-If data tables, which the templates do not use.
    if (application.calculationMode === "Manual") {
      throw new TrialSetupError(
        "Excel calculates this workbook only on request (manual calculation): switch to automatic (Formulas → Calculation Options) and run again; nothing was changed.",
      );
    }
    const ranges = [...inputs, ...results].map((name) => ({
      name,
      range: names.getItem(name).getRange().load("address,cellCount,values,formulas"),
    }));
    await context.sync();
    const single = ranges.find(({ range }) => range.cellCount !== 1);
    if (single) throw new TrialSetupError(`The name ${single.name} covers ${single.range.address}, not one cell; nothing was changed.`);
    const cells = ranges.map(({ name, range }) => located(name, range.address, range.values[0][0], range.formulas[0][0]));
    return { inputs: cells.slice(0, inputs.length), results: cells.slice(inputs.length) };
  });
}

function cell(context: Excel.RequestContext, target: NamedCell): Excel.Range {
  return context.workbook.worksheets.getItem(target.sheet).getRange(target.local);
}

export async function trialsWithOffice<T>(
  host: ExcelHost,
  inputNames: string[],
  resultNames: string[],
  run: (trial: Trial) => Promise<T>,
): Promise<T> {
  const { inputs, results } = await setUp(host, inputNames, resultNames);
  const byName = new Map(inputs.map((input) => [input.name.toLowerCase(), input]));
  /** Inputs that may hold something other than their original content. */
  const written = new Set<NamedCell>();
  const trial: Trial = (values) =>
    host.run(async (context) => {
      const wanted = new Map<NamedCell, CellContent>();
      for (const [name, value] of Object.entries(values)) {
        const input = byName.get(name.toLowerCase());
        if (!input) throw new Error(`${name} is not among the inputs of these trials`);
        wanted.set(input, value);
      }
      const back = [...written].filter((input) => !wanted.has(input));
      for (const [input, value] of wanted) {
        written.add(input);
        cell(context, input).formulas = [[value]];
      }
      for (const input of back) cell(context, input).formulas = [[input.original]];
      const reads = results.map((result) => cell(context, result).load("values"));
      await context.sync();
      for (const input of back) written.delete(input);
      return reads.map((read) => read.values[0][0] as CellContent);
    });
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
