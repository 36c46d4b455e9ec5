/* npm run bench: runs every bench/*.bench.ts section (each exports `section: BenchSection`) and prints its figures. */
import * as fs from "fs";
import * as path from "path";
import type { BenchSection, Measurement } from "./harness";

function format(measurement: Measurement): string {
  const time = `${measurement.milliseconds.toFixed(3)} ms`;
  if (measurement.baselineMilliseconds === undefined) return `  ${measurement.name}: ${time}`;
  const ratio = measurement.ratio ?? measurement.milliseconds / measurement.baselineMilliseconds;
  const rounds = measurement.rounds === undefined ? "" : `, median of ${measurement.rounds} rounds`;
  const target = measurement.targetRatio === undefined ? "" : ` (target ≤ ${measurement.targetRatio}×)`;
  return `  ${measurement.name}: ${time}; bare loop ${measurement.baselineMilliseconds.toFixed(3)} ms; ratio ${ratio.toFixed(2)}×${rounds}${target}`;
}

async function main(): Promise<void> {
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .sort();
  for (const file of files) {
    const { section } = (await import(path.join(__dirname, file))) as { section: BenchSection };
    console.log(section.title);
    for (const measurement of await section.measure()) console.log(format(measurement));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
