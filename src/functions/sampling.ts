import { DEFAULT_SEED, DISTRIBUTIONS, distributionNamed, sample as drawSample } from "../engine/sampling";
import { invalidValue } from "../engine/errors";
import { optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";

/**
 * Spills a column of seeded random draws for a Monte Carlo sheet: "uniform" (low, high),
 * "triangular" (low, mode, high), "pert" (low, mode, high; shape 4), "normal" (mean, sd), "beta"
 * (α, β; a rate seen as x events in n is beta(x+1, n−x+1)). Generator: Mersenne Twister MT19937,
 * default seed 5489; the same arguments give the same column on every machine. Give each
 * uncertain input its own seed, or the columns move together.
 * @customfunction SAMPLE
 * @param distribution "uniform", "triangular", "pert", "normal" or "beta".
 * @param iterations Number of draws, 1 to 100,000.
 * @param p1 low (uniform, triangular, pert), mean (normal) or α (beta).
 * @param p2 high (uniform), mode (triangular, pert), sd (normal) or β (beta).
 * @param [p3] high (triangular, pert); leave empty otherwise.
 * @param [seed] Whole number from 1 to 4,294,967,295 (default 5489).
 * @returns A column of draws.
 */
export function sample(distribution: any, iterations: number, p1: number, p2: number, p3?: number, seed?: number): any[][] {
  return excelResult(() => {
    const name = Array.isArray(distribution) ? (distribution as unknown[][])[0]?.[0] : distribution;
    const options = DISTRIBUTIONS.join(", ");
    // An empty cell or range arrives as null, "", an empty array or (Excel desktop) 0.
    if (name === null || name === undefined || name === 0 || (typeof name === "string" && name.trim() === ""))
      throw invalidValue("guards.distributionEmpty", { argument: "distribution", options });
    if (typeof name !== "string")
      throw invalidValue("guards.distributionNotText", { argument: "distribution", value: String(name), options });
    const p3Given = !(p3 === null || p3 === undefined || (p3 as unknown) === "");
    const draws = drawSample({
      distribution: distributionNamed(name),
      iterations: requiredNumber(iterations, "iterations"),
      p1: requiredNumber(p1, "p1"),
      p2: requiredNumber(p2, "p2"),
      p3: p3Given ? requiredNumber(p3, "p3") : null,
      seed: optionalNumber(seed, "seed", DEFAULT_SEED),
    });
    return draws.map((draw) => [draw]);
  });
}
