import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { maximumDataRows } from "../src/templates/data";
import type { BenchSection } from "./harness";

/* The command line on the largest cohort file it accepts (the design allows 30 s and 1 GB
   resident memory): a fresh process, as a user runs it, so that its peak memory is its own. */

/** A cohort CSV shaped like examples/housing-counselling-cohort.csv, the same on every run. */
function cohortCsv(rows: number): string {
  const day = (offset: number) => new Date(Date.UTC(2022, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const lines = ["id,group,start,care_home_entry,follow_up_end"];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `P${String(i + 1).padStart(6, "0")},${i % 2 === 0 ? "treated" : "control"},${day(i % 700)},${i % 7 === 0 ? day(730 + (i % 300)) : ""},2025-12-31`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export const section: BenchSection = {
  title: `Command line: placement-cohort from a CSV of ${maximumDataRows.toLocaleString("en")} rows (target ≤ 30 s, ≤ 1 GB)`,
  measure() {
    const dir = mkdtempSync(join(tmpdir(), "pd-bench-"));
    try {
      const csv = join(dir, "cohort.csv");
      writeFileSync(csv, cohortCsv(maximumDataRows));
      const start = process.hrtime.bigint();
      const child = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          join(__dirname, "largeCohortChild.ts"),
          "template",
          "placement-cohort",
          "--out",
          join(dir, "cohort.xlsx"),
          "--data",
          csv,
        ],
        {
          encoding: "utf8",
        },
      );
      const milliseconds = Number(process.hrtime.bigint() - start) / 1e6;
      const report = JSON.parse(child.stderr.trim().split("\n").pop() ?? "{}") as { code?: number; maxRssKilobytes?: number };
      if (report.code !== 0) throw new Error(`the command line failed: ${child.stderr}`);
      const megabytes = (report.maxRssKilobytes ?? 0) / 1024;
      return [
        {
          name: `${maximumDataRows.toLocaleString("en")} rows to .xlsx, whole run; peak resident memory ${megabytes.toFixed(0)} MB`,
          milliseconds,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
