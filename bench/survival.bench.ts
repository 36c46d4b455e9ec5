import { kaplanMeierTable, logRankTable } from "../src/functions/survival";
import { againstBareLoop, excelColumn, pseudoRandom, type BenchSection } from "./harness";

/* PREVENT.KAPLANMEIER and PREVENT.LOGRANK on a 100,000-person cohort built as Excel passes the
   ranges (any[][] of one column each), against the bare loop that only reads and sums the same
   cells. Both functions sort the times, so they cost more than one pass; no ratio is set. */

const rows = 100_000;
const repetitions = 15;
const warmup = 5;
const followUpEnd = 46022; // 2025-12-31

/** Starts spread over four years, a fifth entering a care home before the end of follow-up, whole days as in a workbook. */
function cohort() {
  const next = pseudoRandom(7);
  const starts: number[] = [];
  const entries: (number | string)[] = [];
  for (let row = 0; row < rows; row++) {
    const start = followUpEnd - 30 - Math.floor(next() * 1430);
    starts.push(start);
    entries.push(next() < 0.2 ? start + Math.floor(next() * (followUpEnd - start)) : "");
  }
  return {
    groups: excelColumn(rows, (row) => (row % 2 === 0 ? "treated" : "control")),
    starts: excelColumn(rows, (row) => starts[row]),
    entries: excelColumn(rows, (row) => entries[row]),
    ends: excelColumn(rows, () => followUpEnd),
  };
}

export const section: BenchSection = {
  title: "Time at home (PREVENT.KAPLANMEIER, LOGRANK) on a 100,000-person cohort",
  measure() {
    const { groups, starts, entries, ends } = cohort();
    const omitted = null as never;
    return [
      againstBareLoop(
        "KAPLANMEIER, three ranges of 100,000 rows",
        [starts, entries, ends],
        () => kaplanMeierTable(starts, entries, ends, omitted, omitted, omitted),
        repetitions,
        warmup,
      ),
      againstBareLoop(
        "LOGRANK, four ranges of 100,000 rows",
        [groups, starts, entries, ends],
        () => logRankTable(groups, starts, entries, ends, omitted, omitted, omitted),
        repetitions,
        warmup,
      ),
    ];
  },
};
