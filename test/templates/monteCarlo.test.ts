/**
 * The Monte Carlo sheet of the counselling business case: LibreOffice recalculates the file (draws as
 * values, model as formulas) and gets the quantiles that the engine's sampler and the model written
 * out year by year give (DESIGN §3.4: the same seed gives the same draws everywhere).
 */
import { sample } from "../../src/engine/sampling";
import { counsellingCase, monteCarloSeed as seed, scenarioModel } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import type { InputRow } from "../../src/templates/model";
import { withSettings } from "../../src/templates/settings";
import { errorCells, recalculatePlans } from "./recalculatedCells";

// The default and its largest choice.
const runs = [2000, 10000];
const inputRows = counsellingCase.sheets.flatMap((sheet) => sheet.rows ?? []).filter((row): row is InputRow => row.kind === "input");
const value = (name: string) => inputRows.find((row) => row.name === name)!.value;

// The spec of the sheet: PERT(low, value, high) for every input with a range except the residents'
// two, in the order of the Assumptions sheet, then Beta(events + 1, n − events + 1) for the
// counselled and the comparison group's rates; input k draws with seed + k.
const pert = inputRows.filter((row) => row.low !== undefined && !row.name.startsWith("resident_"));
/** The sheet's draws for `iterations` rows, by input name. */
function drawsFor(iterations: number): Map<string, number[]> {
  const drawn = new Map<string, number[]>();
  pert.forEach((row, k) =>
    drawn.set(row.name, sample({ distribution: "pert", iterations, p1: row.low!, p2: row.value, p3: row.high!, seed: seed + k })),
  );
  (["treated", "control"] as const).forEach((group, i) => {
    const [events, n] = [value(`events_${group}`), value(`n_${group}`)];
    drawn.set(
      `rate_${group}`,
      sample({ distribution: "beta", iterations, p1: events + 1, p2: n - events + 1, p3: null, seed: seed + pert.length + i }),
    );
  });
  return drawn;
}

/** Design grade 3 (matched comparison) carries 10 % optimism bias in the Evidence sheet's table. */
const optimismBias = 0.1;

/** The business case year by year, as the Flows and Summary sheets compute it (see test/reference/sensitivity.R). */
function model(at: (name: string) => number) {
  const prevented =
    at("households_served") * (at("rate_control") - at("rate_treated")) * at("attribution") * (1 - at("displacement")) * (1 - optimismBias);
  const countySaving = at("hzp_share") * at("hzp_monthly_cost") - at("county_cost_at_home");
  const publicSaving = countySaving + at("city_monthly_saving") + at("insurance_care_home") - at("insurance_at_home");
  let [county, all, benefitCounty, costCounty] = [0, 0, 0, 0];
  for (let year = 1; year <= 10; year++) {
    if (year > at("horizon")) continue;
    const growth = (1 + at("cost_growth")) ** (year - 1);
    const discount = (1 + at("discount_rate")) ** year;
    const months = Math.min(12 * year, at("months_avoided"));
    const cost = at("posts_fte") * at("cost_per_post") * growth;
    benefitCounty += (prevented * countySaving * months * growth) / discount;
    costCounty += (cost * at("county_cost_share")) / discount;
    county += (prevented * countySaving * months * growth - cost * at("county_cost_share")) / discount;
    all += (prevented * publicSaving * months * growth - cost) / discount;
  }
  return { county, all, bcr: benefitCounty / costCounty };
}

/** Excel's PERCENTILE.INC (R's quantile type 7). */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  return below + 1 < sorted.length ? sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
}

const templateFor = (iterations: number) => withSettings(counsellingCase, { iterations });

let recalculated: Map<string, Map<string, string[][]>>;

beforeAll(async () => {
  const files = await recalculatePlans(
    runs.map((iterations) => ({
      label: String(iterations),
      stem: `monte-carlo-${iterations}`,
      plan: layoutTemplate(templateFor(iterations), "en"),
    })),
  );
  recalculated = new Map([...files].map(([label, file]) => [label, file.sheets]));
}, 600000);

const close = (actual: string | undefined, expected: number) =>
  expect(Math.abs(Number(actual) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe.each(runs)("the Monte Carlo sheet with %i iterations recalculated in LibreOffice", (iterations) => {
  const drawn = drawsFor(iterations);
  const results = Array.from({ length: iterations }, (_, i) => model((name) => drawn.get(name)?.[i] ?? value(name)));
  const sheet = () => recalculated.get(String(iterations))!.get("Monte Carlo")!;
  const rowLabelled = (label: string) => sheet().find((row) => row[0] === label)!;

  it("shows no error value", () => {
    expect(errorCells(recalculated.get(String(iterations))!)).toEqual([]);
  });

  it("says how many iterations it holds", () => {
    expect(sheet()[1][0]).toMatch(iterations === 2000 ? /^2,000 iterations\./ : /^10,000 iterations\./);
  });

  it("gives the engine's P5, P50 and P95 of both net present values", () => {
    const county = results.map((result) => result.county);
    const all = results.map((result) => result.all);
    [0.05, 0.5, 0.95].forEach((p, i) => {
      close(rowLabelled("NPV county")[1 + i], percentile(county, p));
      close(rowLabelled("NPV public")[1 + i], percentile(all, p));
    });
  });

  it("gives the share of iterations in which the county's benefit-cost ratio is at least 1", () => {
    const share = results.filter((result) => result.bcr >= 1).length / iterations;
    close(String(Number(rowLabelled("Probability: benefit-cost ratio county ≥ 1")[1].replace("%", "")) / 100), share);
  });

  it("counts every iteration once in the histogram", () => {
    const start = sheet().findIndex((row) => row[0] === "Bin") + 1;
    const counts = sheet()
      .slice(start, start + 20)
      .map((row) => Number(row[4]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(iterations);
  });

  it("holds the sampler's draws in the iteration rows, and no row more", () => {
    const header = sheet().findIndex((row) => row[0] === "Iteration");
    const column = 1 + scenarioModel.inputs.findIndex((input) => input.name === "cost_per_post");
    close(sheet()[header + 1][column], drawn.get("cost_per_post")![0]);
    close(sheet()[header + iterations][column], drawn.get("cost_per_post")![iterations - 1]);
    expect(sheet()[header + iterations][0]).toBe(String(iterations));
    expect(sheet()[header + iterations + 1]?.[0] ?? "").toBe("");
  });
});

describe("the Monte Carlo sheet inside Excel", () => {
  it("draws each input as a PREVENT.SAMPLE column from the seed cell, spilling from the first iteration", () => {
    const iterations = 10000;
    const plan = layoutTemplate(templateFor(iterations), "en");
    const planned = plan.sheets.find((candidate) => candidate.name === "Monte Carlo")!;
    const header = planned.cells.find((cell) => cell.column === 1 && cell.content === "Iteration")!.row;
    const column = 2 + scenarioModel.inputs.findIndex((input) => input.name === "rate_control");
    const first = planned.cells.find((cell) => cell.row === header + 1 && cell.column === column)!;
    expect(first.addinFormula).toBe(
      // Beta from the counts in use on the Evidence sheet: typed in, or the cohort's.
      `=PREVENT.SAMPLE("beta",${iterations},evidence_events_control+1,evidence_n_control-evidence_events_control+1,,mc_seed+${pert.length + 1})`,
    );
    expect(planned.cells.find((cell) => cell.row === header + 2 && cell.column === column)!.addinFormula).toBe("");
  });
});
