/* Timings of PREVENT.PLACEMENTVALUE and PREVENT.SAMPLE, each against a bare loop over as many items. */
import { placementValue } from "../src/functions/fiscal";
import { sample } from "../src/functions/sampling";
import { againstBareLoop, excelColumn, medianMilliseconds, sumRange, type BenchSection, type Measurement } from "./harness";

const PLACEMENTS = 10_000;
const DRAWS = 100_000;

function placementValues(): Measurement {
  // One row per case as a template would hold them: months 1…60, costs varying by row.
  const months = excelColumn(PLACEMENTS, (row) => 1 + (row % 60));
  const run = () => {
    let total = 0;
    for (let row = 0; row < PLACEMENTS; row++) {
      total += placementValue(months[row][0] as number, 1700 + (row % 100), 300, 0.38, 0.035, 0.02);
    }
    return total;
  };
  return againstBareLoop(`PLACEMENTVALUE, ${PLACEMENTS.toLocaleString("en")} evaluations (months 1–60)`, [months], run);
}

function draws(distribution: string, p1: number, p2: number, p3: number | undefined): Measurement {
  const baselineRange = excelColumn(DRAWS, (row) => row);
  return {
    name: `SAMPLE("${distribution}"), ${DRAWS.toLocaleString("en")} draws`,
    milliseconds: medianMilliseconds(() => sample(distribution, DRAWS, p1, p2, p3, 5489), 5, 1),
    baselineMilliseconds: medianMilliseconds(() => sumRange(baselineRange)),
  };
}

export const section: BenchSection = {
  title: "Fiscal value and sampling",
  measure: () => [
    placementValues(),
    draws("uniform", 0, 1, undefined),
    draws("normal", 100, 15, undefined),
    draws("pert", 10, 20, 60),
    draws("beta", 35, 207, undefined),
  ],
};
