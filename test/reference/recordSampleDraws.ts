/*
 * Records the first draws of PREVENT.SAMPLE for a few argument sets, as a run in Node produced them,
 * in test/reference/sample-draws.json. The Node tests and the browser tests compare their own runs
 * with this file, bit for bit. Run from the repository root: npx tsx test/reference/recordSampleDraws.ts
 * Re-record only on a deliberate change of the generator (and say so: every seeded workbook changes).
 */
import * as fs from "fs";
import { sample, type SampleRequest } from "../../src/engine/sampling";

export const recordedCases: (Omit<SampleRequest, "iterations"> & { name: string })[] = [
  { name: "uniform 2..5, default seed", distribution: "uniform", p1: 2, p2: 5, p3: null, seed: 5489 },
  { name: "triangular 1, 2, 6, seed 7", distribution: "triangular", p1: 1, p2: 2, p3: 6, seed: 7 },
  { name: "pert 10, 20, 60, seed 2024", distribution: "pert", p1: 10, p2: 20, p3: 60, seed: 2024 },
  { name: "normal 100, 15, seed 42", distribution: "normal", p1: 100, p2: 15, p3: null, seed: 42 },
  { name: "beta 35, 207 (34 of 240), seed 4294967295", distribution: "beta", p1: 35, p2: 207, p3: null, seed: 4294967295 },
];

export const RECORDED_DRAWS = 20;

if (require.main === module) {
  const records = recordedCases.map((request) => ({ ...request, draws: sample({ ...request, iterations: RECORDED_DRAWS }) }));
  fs.writeFileSync(
    "test/reference/sample-draws.json",
    JSON.stringify({ generator: "MT19937 (init_genrand), inverse transform", cases: records }, null, 1) + "\n",
  );
  console.log(`wrote ${records.length} cases`);
}
