/* Child process of consolidationReading.bench.ts: reads the files named on its command line as the county's consolidation, then reports time and peak memory. */
import { readFileSync } from "fs";
import { basename } from "path";
import { readConsolidation } from "../src/templates/consolidation/reading";

let peakHeapBytes = 0;
const sample = () => (peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed));
const sampler = setInterval(sample, 20);

async function main(): Promise<void> {
  const start = process.hrtime.bigint();
  const files = process.argv.slice(2).map((path) => ({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));
  const consolidation = await readConsolidation(files, { onProgress: sample });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  sample();
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 2 ** 20;
  process.stderr.write(
    `${JSON.stringify({ read: consolidation.read.length, megabytes, seconds, maxRssKilobytes: process.resourceUsage().maxRSS, peakHeapBytes })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
