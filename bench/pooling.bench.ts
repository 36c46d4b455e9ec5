import { pooledCounts, pooledEstimates, pooledWeights } from "../src/functions/pooling";
import { excelColumn, medianMilliseconds, pseudoRandom, type BenchSection, type Measurement } from "./harness";

/* PREVENT.POOLED.COUNTS, POOLED.WEIGHTS and POOLED over 1,000 sites as Excel passes them (four
   columns of one cell per site); the issue allows 10 ms per call. The sites differ widely, so that
   REML takes the Fisher scoring steps a heterogeneous county would need. */

const SITES = 1000;
const omitted = null as never;

function siteColumns(): [unknown[][], unknown[][], unknown[][], unknown[][]] {
  const next = pseudoRandom(22);
  const nTreated = excelColumn(SITES, () => 40 + Math.floor(next() * 400));
  const nControl = excelColumn(SITES, () => 40 + Math.floor(next() * 400));
  const rateOf = () => 0.05 + 0.3 * next();
  const eventsTreated = nTreated.map(([n]) => [Math.round(rateOf() * (n as number))]);
  const eventsControl = nControl.map(([n]) => [Math.round(rateOf() * (n as number))]);
  return [eventsTreated, nTreated, eventsControl, nControl];
}

export const section: BenchSection = {
  title: `Pooling across ${SITES.toLocaleString("en")} sites (target ≤ 10 ms per call)`,
  measure(): Measurement[] {
    const counts = siteColumns() as [any[][], any[][], any[][], any[][]];
    const next = pseudoRandom(23);
    const estimates = excelColumn(SITES, () => 3 * (next() - 0.5)) as any[][];
    const errors = excelColumn(SITES, () => 0.2 + next()) as any[][];
    const time = (name: string, run: () => unknown): Measurement => ({ name, milliseconds: medianMilliseconds(run, 31, 10) });
    return [
      time("POOLED.COUNTS, REML, Hartung–Knapp", () => pooledCounts(...counts, omitted, omitted, omitted, omitted)),
      time("POOLED.COUNTS, DL, normal", () => pooledCounts(...counts, "DL", "normal", omitted, omitted)),
      time("POOLED.WEIGHTS, REML", () => pooledWeights(...counts, omitted, omitted, omitted)),
      time("POOLED (estimates and standard errors), REML, Hartung–Knapp", () =>
        pooledEstimates(estimates, errors, omitted, omitted, omitted, omitted),
      ),
    ];
  },
};
