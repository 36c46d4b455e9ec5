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
}

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
    .filter((input) => input.definition.low !== undefined && input.definition.high !== undefined && input.definition.low !== input.definition.high)
    .map((input) => ({ name: input.name, label: input.definition.label[language], low: input.definition.low!, high: input.definition.high!, percent: isPercent(input.definition) }));
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

/** Base first, then low and high of each input: 1 + 2 × inputs trials. */
export async function runOneWay(
  port: WorkbookPort,
  plan: SensitivityPlan,
  progress: (done: number, total: number) => void,
  stopRequested: () => boolean,
): Promise<SensitivityOutcome> {
  const total = 1 + 2 * plan.inputs.length;
  return port.withTrialInputs(
    plan.inputs.map((input) => input.name),
    plan.results,
    async (trial: Trial) => {
      const base = pair(await trial({}));
      progress(1, total);
      const rows: SensitivityRow[] = [];
      for (const input of plan.inputs) {
        if (stopRequested()) return { base, rows: bySwing(rows), stopped: true };
        const low = pair(await trial({ [input.name]: input.low }));
        progress(2 + 2 * rows.length, total);
        if (stopRequested()) return { base, rows: bySwing(rows), stopped: true };
        const high = pair(await trial({ [input.name]: input.high }));
        rows.push({ input, low, high, swing: swingOf(low, high) });
        progress(1 + 2 * rows.length, total);
      }
      return { base, rows: bySwing(rows), stopped: false };
    },
  );
}
