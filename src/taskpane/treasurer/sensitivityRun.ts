/**
 * One-way sensitivity through Excel's recalculation: each input with a plausible range is set to
 * its low and its high value in turn, the workbook recalculates, and the county's and all public
 * payers' net present values are read. The port restores every input afterwards, also on failure
 * or when the user stops the run.
 */
import type { NamedInput, Trial, WorkbookPort } from "../../office/workbookPort";
import type { CellContent } from "../../shared/cellContent";
import type { Language } from "../../shared/language";
import { isPercent, type TemplateInput } from "../assumptions/templateInputs";

/** The named results the counselling business case gives its two net present values. */
export const resultBases = ["npv_county", "npv_public"] as const;

export interface VariedInput {
  name: string;
  label: string;
  low: number;
  high: number;
  /** Shown as percent in the pane, as in the template. */
  percent: boolean;
  /** Takes whole numbers only (the horizon). */
  whole: boolean;
  /** The results are not linear in it: its switching values are found by bisection. */
  bisected: boolean;
}

/**
 * Inputs of the business case in which the net present values are not linear (discounting,
 * the horizon, months spread over years); in every other input they are, and the Sensitivity
 * sheet gives their switching values exactly.
 */
export const nonLinearInputs = ["discount_rate", "horizon", "months_avoided"];

/** The value at which a net present value crosses zero, or none inside the plausible range. */
export type Switching = { kind: "value"; value: number } | { kind: "none" };

export interface SensitivityPlan {
  /** Workbook names of the county's and the public NPV, e.g. "npv_county_2". */
  results: [string, string];
  inputs: VariedInput[];
}

/** [county, all public payers]; null where the cell did not hold a number (e.g. an error). */
export type Pair = [number | null, number | null];

export interface SensitivityRow {
  input: VariedInput;
  low: Pair;
  high: Pair;
  /** |county NPV at high − at low|; null when either is missing. */
  swing: number | null;
  /** For the county and for all public payers, where found by bisection. */
  switching?: [Switching | null, Switching | null];
}

export interface SensitivityOutcome {
  base: Pair;
  /** Sorted by swing, largest first; inputs without a swing last. */
  rows: SensitivityRow[];
  /** True when the user stopped the run: `rows` holds the inputs done by then. */
  stopped: boolean;
}

/**
 * The first inserted business case whose two NPV names exist, with those of its inputs that
 * have a low and a high value. A template inserted a second time carries a suffix on every name
 * ("npv_county_2", "discount_rate_2"): results and inputs are taken with the same suffix.
 */
export function sensitivityPlan(named: NamedInput[], inputs: TemplateInput[], language: Language): SensitivityPlan | null {
  const names = new Set(named.map((input) => input.name.toLowerCase()));
  const suffixes = named
    .map((input) => new RegExp(`^${resultBases[0]}(_\\d+)?$`, "i").exec(input.name))
    .flatMap((match) => (match ? [match[1] ?? ""] : []))
    .filter((suffix) => names.has(`${resultBases[1]}${suffix}`))
    .sort();
  if (suffixes.length === 0) return null;
  const suffix = suffixes[0];
  const varied = inputs
    .filter((input) => input.name.toLowerCase() === `${input.definition.name}${suffix}`.toLowerCase())
    .filter(
      (input) =>
        input.definition.low !== undefined && input.definition.high !== undefined && input.definition.low !== input.definition.high,
    )
    .map((input) => ({
      name: input.name,
      label: input.definition.label[language],
      low: input.definition.low!,
      high: input.definition.high!,
      percent: isPercent(input.definition),
      whole: input.definition.format === "integer",
      bisected: nonLinearInputs.includes(input.definition.name),
    }));
  return { results: [`${resultBases[0]}${suffix}`, `${resultBases[1]}${suffix}`], inputs: varied };
}

function pair(values: CellContent[]): Pair {
  return [0, 1].map((i) => (typeof values[i] === "number" && Number.isFinite(values[i]) ? (values[i] as number) : null)) as Pair;
}

export function swingOf(low: Pair, high: Pair): number | null {
  return low[0] === null || high[0] === null ? null : Math.abs(high[0] - low[0]);
}

export function bySwing(rows: SensitivityRow[]): SensitivityRow[] {
  return [...rows].sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
}

/** Relative width of the range at which bisection stops: far below what any input is known to. */
const tolerance = 1e-6;

/**
 * Bisection on [low, high] through recalculation for the result at `index`; null when a value
 * is missing or the user stopped. Whole-number inputs end at the first whole value past the crossing.
 */
async function bisect(
  trial: Trial,
  input: VariedInput,
  index: 0 | 1,
  fLow: number | null,
  fHigh: number | null,
  stopRequested: () => boolean,
  tick: () => void,
): Promise<Switching | null> {
  if (fLow === null || fHigh === null) return null;
  if (fLow === 0) return { kind: "value", value: input.low };
  if (fHigh === 0) return { kind: "value", value: input.high };
  if (Math.sign(fLow) === Math.sign(fHigh)) return { kind: "none" };
  let [a, b, fa] = [input.low, input.high, fLow];
  const width = () => Math.abs(b - a);
  while (input.whole ? width() > 1 : width() > tolerance * Math.abs(input.high - input.low)) {
    if (stopRequested()) return null;
    const middle = input.whole ? Math.floor((a + b) / 2) : (a + b) / 2;
    const f = pair(await trial({ [input.name]: middle }))[index];
    tick();
    if (f === null) return null;
    if (f === 0) return { kind: "value", value: middle };
    if (Math.sign(f) === Math.sign(fa)) [a, fa] = [middle, f];
    else b = middle;
  }
  return { kind: "value", value: input.whole ? b : (a + b) / 2 };
}

/**
 * Base first, then low and high of each input (1 + 2 × inputs trials), then the switching values
 * of the non-linear inputs by bisection (about 20 trials each where the sign changes in the range).
 */
export async function runOneWay(
  port: WorkbookPort,
  plan: SensitivityPlan,
  progress: (done: number, total: number) => void,
  stopRequested: () => boolean,
): Promise<SensitivityOutcome> {
  let total = 1 + 2 * plan.inputs.length;
  let done = 0;
  const tick = () => progress(++done, total);
  return port.withTrialInputs(
    plan.inputs.map((input) => input.name),
    plan.results,
    async (trial: Trial) => {
      const base = pair(await trial({}));
      tick();
      const rows: SensitivityRow[] = [];
      const stopped = () => ({ base, rows: bySwing(rows), stopped: true });
      for (const input of plan.inputs) {
        if (stopRequested()) return stopped();
        const low = pair(await trial({ [input.name]: input.low }));
        tick();
        if (stopRequested()) return stopped();
        const high = pair(await trial({ [input.name]: input.high }));
        tick();
        rows.push({ input, low, high, swing: swingOf(low, high) });
      }
      for (const row of rows.filter((candidate) => candidate.input.bisected)) {
        const steps = row.input.whole ? Math.ceil(Math.log2(row.input.high - row.input.low)) : Math.ceil(Math.log2(1 / tolerance));
        row.switching = [null, null];
        for (const index of [0, 1] as const) {
          const [atLow, atHigh] = [row.low[index], row.high[index]];
          const crosses = atLow !== null && atHigh !== null && atLow * atHigh < 0;
          if (crosses) total += steps;
          row.switching[index] = await bisect(trial, row.input, index, atLow, atHigh, stopRequested, tick);
          if (crosses && row.switching[index] === null && stopRequested()) return stopped();
        }
      }
      return { base, rows: bySwing(rows), stopped: false };
    },
  );
}
