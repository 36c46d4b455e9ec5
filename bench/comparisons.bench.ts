import { differenceInDifferencesOfMeans, meanDifference, rateDifference, rateDifferenceFromCounts } from "../src/functions/comparisons";
import { againstBareLoop, excelColumn, pseudoRandom, type BenchSection, type Measurement } from "./harness";

/* The four comparison functions on 100,000-row ranges built as Excel passes them (any[][] of one
   column), each against the bare loop that only reads and sums the same cells. */

const rows = 100_000;
const targetRatio = 3;
// On a busy machine the optimising compiler runs late; more warm-up runs measure the steady state
// that a workbook sees after its first recalculations, for the functions and the bare loop alike.
const repetitions = 31;
const warmup = 15;

function binaryColumn(rate: number, seed: number): unknown[][] {
  const next = pseudoRandom(seed);
  return excelColumn(rows, () => (next() < rate ? 1 : 0));
}

function scoreColumn(mean: number, seed: number, length = rows): unknown[][] {
  const next = pseudoRandom(seed);
  return excelColumn(length, () => mean + 30 * (next() - 0.5));
}

function measure(name: string, ranges: unknown[][][], run: () => unknown): Measurement {
  return { ...againstBareLoop(name, ranges, run, repetitions, warmup), targetRatio };
}

export const section: BenchSection = {
  title: "Comparisons (PREVENT.RATEDIFF, RATEDIFF.COUNTS, MEANDIFF, DID) on 100,000-row ranges",
  measure() {
    const treatedOutcomes = binaryColumn(0.12, 1);
    const controlOutcomes = binaryColumn(0.15, 2);
    const treatedScores = scoreColumn(98, 3);
    const controlScores = scoreColumn(94, 4);
    const before = [scoreColumn(92, 5), scoreColumn(92, 6)];
    const after = [scoreColumn(98, 7), scoreColumn(94, 8)];
    const omitted = null as never;
    return [
      measure("RATEDIFF, two ranges of 100,000 rows", [treatedOutcomes, controlOutcomes], () =>
        rateDifference(treatedOutcomes, controlOutcomes, omitted, omitted),
      ),
      // No range to read: the baseline is the same 2 × 100,000 cells RATEDIFF reads, the time is the exact test's walk.
      measure("RATEDIFF.COUNTS, 12,000 of 100,000 vs 15,000 of 100,000", [treatedOutcomes, controlOutcomes], () =>
        rateDifferenceFromCounts(12_000, 100_000, 15_000, 100_000, omitted, omitted),
      ),
      measure("MEANDIFF, two ranges of 100,000 rows", [treatedScores, controlScores], () =>
        meanDifference(treatedScores, controlScores, omitted, omitted),
      ),
      measure("DID, four ranges of 100,000 rows", [before[0], after[0], before[1], after[1]], () =>
        differenceInDifferencesOfMeans(before[0], after[0], before[1], after[1], omitted, omitted),
      ),
    ];
  },
};
