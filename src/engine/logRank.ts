import { twoSidedNormalPValue } from "./distributions";
import { riskSets, type GroupTimes } from "./riskSets";

export interface LogRankTest {
  /** (O − E)² / V for the treated group; null when no one entered a care home while both groups were at risk (V = 0). */
  chiSquare: number | null;
  /** P(χ²₁ ≥ chiSquare); null with chiSquare. */
  pValue: number | null;
  observedTreated: number;
  expectedTreated: number;
  observedControl: number;
  expectedControl: number;
  /** Hypergeometric variance V of the treated group's observed entries. */
  variance: number;
}

/**
 * The log-rank test of treated against control, as R's survdiff(Surv(months, entered) ~ group)
 * computes it: at each entry time, E += d · nᵍ / n and V += d (n − d) n_treated n_control / (n² (n − 1)).
 * With one degree of freedom P(χ² ≥ x) = 2 Φ(−√x), which keeps its digits far into the tail.
 */
export function logRankTest(treated: GroupTimes, control: GroupTimes): LogRankTest {
  const sets = riskSets([treated, control]);
  const [t, c] = sets.groups;
  let observedTreated = 0;
  let observedControl = 0;
  let expectedTreated = 0;
  let expectedControl = 0;
  let variance = 0;
  for (let i = 0; i < sets.months.length; i++) {
    const d = t.entries[i] + c.entries[i];
    if (d === 0) continue;
    const n = t.atRisk[i] + c.atRisk[i];
    observedTreated += t.entries[i];
    observedControl += c.entries[i];
    expectedTreated += (d * t.atRisk[i]) / n;
    expectedControl += (d * c.atRisk[i]) / n;
    if (n > 1) variance += (d * (n - d) * t.atRisk[i] * c.atRisk[i]) / (n * n * (n - 1));
  }
  if (!(variance > 0)) {
    return { chiSquare: null, pValue: null, observedTreated, expectedTreated, observedControl, expectedControl, variance };
  }
  const chiSquare = (observedTreated - expectedTreated) ** 2 / variance;
  return {
    chiSquare,
    pValue: twoSidedNormalPValue(Math.sqrt(chiSquare)),
    observedTreated,
    expectedTreated,
    observedControl,
    expectedControl,
    variance,
  };
}
