import { rateDifferenceFromCounts } from "../src/functions/comparisons";
import { medianMilliseconds, type BenchSection } from "./harness";

/* PREVENT.RATEDIFF.COUNTS at the largest groups it accepts (1,000,000,000 people each); the
   design allows 50 ms per call. The second case is the slowest kind: rates close together, so
   that Fisher's exact test sums over the widest part of the distribution. */

const omitted = null as never;

export const section: BenchSection = {
  title: "RATEDIFF.COUNTS at 1,000,000,000 people per group (target ≤ 50 ms per call)",
  measure() {
    return [
      [5e8, 4e8],
      [5e8, 500_030_000],
    ].map(([treated, control]) => ({
      name: `RATEDIFF.COUNTS(${treated.toLocaleString("en")}, 1e9, ${control.toLocaleString("en")}, 1e9)`,
      milliseconds: medianMilliseconds(() => rateDifferenceFromCounts(treated, 1e9, control, 1e9, omitted, omitted), 9, 2),
    }));
  },
};
