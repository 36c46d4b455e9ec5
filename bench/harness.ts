/** Timing helpers for `npm run bench`. Figures are printed, never asserted. */

export interface Measurement {
  /** What was measured, e.g. "RATEDIFF, 100,000 rows". */
  name: string;
  /** Median wall-clock time of one run. */
  milliseconds: number;
  /** Median time of the bare loop it is compared with, if any. */
  baselineMilliseconds?: number;
  /** Median over rounds of (time ÷ bare-loop time), each round timing both back to back. */
  ratio?: number;
  /** How many rounds the ratio is the median of. */
  rounds?: number;
  /** Target for the ratio to the baseline, if the design sets one. */
  targetRatio?: number;
}

export interface BenchSection {
  title: string;
  measure(): Promise<Measurement[]> | Measurement[];
}

function millisecondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median of `repetitions` timed runs after `warmup` untimed ones. */
export function medianMilliseconds(run: () => unknown, repetitions = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(millisecondsSince(start));
  }
  return median(times);
}

/** The same for a run that finishes asynchronously: each run is awaited before the next starts. */
export async function medianMillisecondsAsync(run: () => Promise<unknown>, repetitions = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(millisecondsSince(start));
  }
  return median(times);
}

/** A column of `rows` cells as Excel passes a range to a custom function: any[][]. */
export function excelColumn(rows: number, cell: (row: number) => unknown): unknown[][] {
  const range: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) range[r] = [cell(r)];
  return range;
}

/** The bare single pass that reads and sums a range: the baseline for function timings. */
export function sumRange(range: unknown[][]): number {
  let total = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number") total += cell;
    }
  }
  return total;
}

/** Deterministic pseudo-random values in [0, 1) (a linear congruential generator), so every run measures the same data. */
export function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Times `run` against the bare loop that reads and sums every cell of `ranges`. A busy machine
 * slows some stretches of time more than others, so the two are timed back to back in each of
 * `rounds` rounds (at least five) and the ratio reported is the median of the rounds' ratios.
 */
export function againstBareLoop(
  name: string,
  ranges: unknown[][][],
  run: () => unknown,
  repetitions = 15,
  warmup = 3,
  rounds = 7,
): Measurement {
  const bareLoop = () => {
    let total = 0;
    for (const range of ranges) total += sumRange(range);
    return total;
  };
  const roundCount = Math.max(5, rounds);
  const perRound = Math.max(3, Math.ceil(repetitions / roundCount));
  for (let i = 0; i < warmup; i++) {
    bareLoop();
    run();
  }
  const baselines: number[] = [];
  const times: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < roundCount; round++) {
    const baseline = medianMilliseconds(bareLoop, perRound, 0);
    const time = medianMilliseconds(run, perRound, 0);
    baselines.push(baseline);
    times.push(time);
    ratios.push(time / baseline);
  }
  return { name, milliseconds: median(times), baselineMilliseconds: median(baselines), ratio: median(ratios), rounds: roundCount };
}
