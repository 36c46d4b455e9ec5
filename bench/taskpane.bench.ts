/* Sizes of the built bundles (npm run bench builds first): gzip of every script in dist/, the task
   pane's initial bundle against its target, and the custom functions' bundle. */
import * as fs from "fs";
import * as path from "path";
import { buildSync } from "esbuild";
import { gzipSync } from "zlib";
import type { BenchSection } from "./harness";

const dist = path.resolve(__dirname, "../dist");
const paneTargetKilobytes = 200;
const functionsTargetKilobytes = 250;

function scripts(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return scripts(file);
    return entry.name.endsWith(".js") ? [file] : [];
  });
}

function gzipKilobytes(file: string): number {
  return gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/**
 * What the matrix inverse costs on its own: src/engine/matrixInverse.ts (mathjs's create with only
 * the inv factories) bundled and minified by esbuild, gzip level 9.
 */
function mathjsInverseKilobytes(): number {
  const result = buildSync({
    entryPoints: [path.join(__dirname, "../src/engine/matrixInverse.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length / 1024;
}

function line(name: string, kilobytes: number, note = ""): string {
  return `  ${name}: ${kilobytes.toFixed(1)} KB gzip${note}`;
}

export const section: BenchSection = {
  title: "Bundle sizes (dist/, gzip level 9)",
  measure() {
    const files = scripts(dist).sort();
    if (files.length === 0) {
      console.log("  dist/ holds no scripts: run `npx webpack --mode production` first.");
      return [];
    }
    for (const file of files) console.log(line(path.relative(dist, file), gzipKilobytes(file)));
    const pane = path.join(dist, "taskpane.js");
    const functions = path.join(dist, "functions.js");
    if (fs.existsSync(pane)) {
      const size = gzipKilobytes(pane);
      const verdict = size <= paneTargetKilobytes ? "within" : "OVER";
      console.log(line("task pane, initial bundle (taskpane.js)", size, ` (target ≤ ${paneTargetKilobytes} KB: ${verdict})`));
    }
    if (fs.existsSync(functions)) {
      const size = gzipKilobytes(functions);
      const verdict = size <= functionsTargetKilobytes ? "within" : "OVER";
      console.log(line("custom functions (functions.js)", size, ` (target ≤ ${functionsTargetKilobytes} KB: ${verdict})`));
      console.log(line("  of which mathjs, built with create({ invDependencies }) alone", mathjsInverseKilobytes()));
    }
    const chunks = files.filter((file) => file.startsWith(path.join(dist, "chunks")));
    const lazy = chunks.reduce((total, file) => total + gzipKilobytes(file), 0);
    console.log(line(`lazily loaded chunks, ${chunks.length} files together`, lazy));
    return [];
  },
};
