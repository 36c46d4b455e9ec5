/** Timing helpers for `npm run bench`. Figures are printed, never asserted. */

export interface Measurement {
  /** What was measured, e.g. "RATEDIFF, 100,000 rows". */
  name: string;
  /** Median wall-clock time of one run. */
  milliseconds: number;
  /** Median time of the bare loop it is compared with, if any. */
  baselineMilliseconds?: number;
  /** Target for the ratio to the baseline, if the design sets one. */
  targetRatio?: number;
}

export interface BenchSection {
  title: string;
  measure(): Promise<Measurement[]> | Measurement[];
}

/** Median of `repetitions` timed runs after `warmup` untimed ones. */
export function medianMilliseconds(run: () => unknown, repetitions = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
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
