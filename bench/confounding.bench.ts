import { detectable, evalueFromCounts, evalueFromRatio, plannedSampleSize } from "../src/functions/confounding";
import { medianMilliseconds, type BenchSection, type Measurement } from "./harness";

/* E-values and power: closed forms except DETECTABLE, whose bisection halves [0, rate_control]
   until its ends are neighbouring doubles (at most about 60 steps). Timed as one call each, and
   the detectable difference also as a column of 1,000 cells recalculating at once. */

const omitted = null as never;

function measure(name: string, run: () => unknown): Measurement {
  return { name, milliseconds: medianMilliseconds(run, 31, 15) };
}

export const section: BenchSection = {
  title: "Unmeasured confounding and power (PREVENT.EVALUE, EVALUE.RR, DETECTABLE, SAMPLESIZE)",
  measure() {
    return [
      measure("EVALUE, 34 of 240 vs 70 of 230", () => evalueFromCounts(34, 240, 70, 230, omitted, omitted)),
      measure("EVALUE.RR, 3.9 (1.8 to 8.7)", () => evalueFromRatio(3.9, 1.8, 8.7, omitted)),
      measure("DETECTABLE, 120 and 115 people, control rate 0.3", () => detectable(120, 115, 0.3, omitted, omitted)),
      measure("DETECTABLE, 1,000 cells (100 to 100,000 people)", () => {
        for (let i = 1; i <= 1000; i++) detectable(100 * i, 90 * i, 0.3, omitted, omitted);
      }),
      measure("SAMPLESIZE, 30 % to 20 %, ratio 2", () => plannedSampleSize(0.3, 0.2, omitted, omitted, 2, omitted)),
    ];
  },
};
