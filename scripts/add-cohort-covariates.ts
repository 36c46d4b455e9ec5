/*
 * Adds the covariates age (years) and living_alone (1/0) to examples/housing-counselling-cohort.csv,
 * with a fixed seed, so that the file shows groups that are not alike: the counselled households are
 * older within their age band and more often live alone, and within each group those who later
 * moved into a care home are older and more often live alone. Every other column stays as it was
 * (care_grade, the dates and the outcome are unchanged). Running it again writes the same file.
 *
 *   npx tsx scripts/add-cohort-covariates.ts
 */
import * as fs from "fs";
import * as path from "path";
import { uniformStream } from "../src/engine/sampling";

const file = path.join(__dirname, "..", "examples", "housing-counselling-cohort.csv");
const seed = 20140;
const added = ["age", "living_alone"];

/** Youngest and oldest age of each band. */
const ageBands: Record<string, [number, number]> = { "65-74": [65, 74], "75-84": [75, 84], "85+": [85, 96] };

const text = fs.readFileSync(file, "utf8");
const lineEnd = text.includes("\r\n") ? "\r\n" : "\n";
const lines = text.trimEnd().split(/\r?\n/);
const header = lines[0].split(",").filter((name) => !added.includes(name));
const column = (name: string) => header.indexOf(name);
const next = uniformStream(seed);

const rows = lines.slice(1).map((line) => {
  const cells = line.split(",").slice(0, header.length);
  const treated = cells[column("group")] === "treated" ? 1 : 0;
  const moved = Number(cells[column("moved_within_24_months")]);
  const [youngest, oldest] = ageBands[cells[column("age_band")]];
  // u^(1/a) leans towards the top of the band as a grows: mean a/(a + 1).
  const position = next() ** (1 / (1 + treated + 0.7 * moved));
  const age = youngest + Math.min(oldest - youngest, Math.floor(position * (oldest - youngest + 1)));
  const livingAlone = next() < 0.3 + 0.25 * treated + 0.2 * moved ? 1 : 0;
  return [...cells, String(age), String(livingAlone)].join(",");
});

fs.writeFileSync(file, [[...header, ...added].join(","), ...rows].join(lineEnd) + lineEnd);
