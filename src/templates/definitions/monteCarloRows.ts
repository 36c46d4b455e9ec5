/**
 * A Monte Carlo sheet from a scenario model (DESIGN §3.4, §5): one scenario row per iteration whose
 * uncertain inputs are draws and whose model is native formulas; P5, P50 and P95 of two results,
 * the probability that a ratio is at least 1, and a histogram. In the .xlsx file the draws are
 * values written by the engine's seeded sampler, so the file recalculates anywhere and gives the
 * engine's quantiles; inside Excel with the add-in each input's draws are a PREVENT.SAMPLE column
 * spilling from the first iteration, following the seed cell.
 */
import { sample, type Distribution } from "../../engine/sampling";
import type { ChartDefinition, RowDefinition, ScenarioModel, Text } from "../model";
import { blank, heading, input, paragraph, t, title } from "./rows";

/** An input drawn in every iteration: the parameters of the file's draws and, as formulas, of PREVENT.SAMPLE's. */
export interface UncertainInput {
  name: string;
  distribution: Extract<Distribution, "pert" | "beta">;
  parameters: [number, number, number | null];
  /** p1, p2, p3 of PREVENT.SAMPLE as formula text, e.g. "{horizon:low},{horizon},{horizon:high}". */
  addinParameters: string;
}

export interface MonteCarloResults {
  keys: [string, string];
  names: [Text, Text];
  /** An output whose share of iterations at or above 1 is reported (a benefit-cost ratio). */
  ratio: string;
  ratioName: Text;
}

export const histogramBins = 20;

/** Rows the histogram chart takes below the bins. */
const chartRows = 20;

/** The workbook name of the share of iterations whose ratio is at least 1. */
export const monteCarloProbabilityName = "mc_probability_ratio";

/** The draws of the file: input k (0-based) uses seed + k, so no two inputs share their uniform stream. */
export function monteCarloDraws(uncertain: UncertainInput[], iterations: number, seed: number): Map<string, number[]> {
  return new Map(
    uncertain.map(({ name, distribution, parameters: [p1, p2, p3] }, k) => [
      name,
      sample({ distribution, iterations, p1, p2, p3, seed: seed + k }),
    ]),
  );
}

export function monteCarloRows(
  model: ScenarioModel,
  uncertain: UncertainInput[],
  results: MonteCarloResults,
  { iterations, seed }: { iterations: number; seed: number },
): { rows: RowDefinition[]; chart: ChartDefinition } {
  for (const { name } of uncertain) {
    if (!model.inputs.some((column) => column.name === name))
      throw new Error(`Monte Carlo: input '${name}' is not a column of the scenario model`);
  }
  const draws = monteCarloDraws(uncertain, iterations, seed);
  const column = (key: string) => `{@mc_1:${key}}:{@mc_${iterations}:${key}}`;
  const [first, second] = results.keys;
  // Workbook names of the percentiles, e.g. mc_npv_county_p5, for the committee page.
  const percentileNames = (key: string) => ["p5", "p50", "p95"].map((p) => `mc_${key}_${p}`);
  const percentiles = (key: string) => [0.05, 0.5, 0.95].map((p) => `=PERCENTILE.INC(${column(key)},${p})`);
  const width = "({@mc_range:col3}-{@mc_range:col2})/" + histogramBins;

  const bins = Array.from({ length: histogramBins }, (_, index): RowDefinition => {
    const k = index + 1;
    const from = `{@mc_range:col2}+${index}*${width}`;
    const to = k === histogramBins ? "{@mc_range:col3}" : `{@mc_range:col2}+${k}*${width}`;
    const upper = k === histogramBins ? '"<="' : '"<"';
    const own = `mc_bin_${k}`;
    return {
      kind: "resultGrid",
      key: own,
      label: t(String(k), String(k)),
      formulas: [
        `=({@${own}:col3}+{@${own}:col4})/2`,
        `=${from}`,
        `=${to}`,
        `=COUNTIFS(${column(first)},">="&{@${own}:col3},${column(first)},${upper}&{@${own}:col4})`,
      ],
      formats: ["euro", "euro", "euro", "integer"],
      format: "euro",
    };
  });

  const iterationRows = Array.from({ length: iterations }, (_, index): RowDefinition => {
    const values: Record<string, number> = {};
    const addinValues: Record<string, string> = {};
    uncertain.forEach(({ name, distribution, addinParameters }, k) => {
      values[name] = draws.get(name)![index];
      addinValues[name] = index === 0 ? `=PREVENT.SAMPLE("${distribution}",${iterations},${addinParameters},{mc_seed}+${k})` : "";
    });
    return { kind: "scenario", key: `mc_${index + 1}`, label: t(String(index + 1), String(index + 1)), model, values, addinValues };
  });

  const rows: RowDefinition[] = [
    title("Monte-Carlo-Simulation", "Monte Carlo simulation"),
    paragraph(
      `${iterations.toLocaleString("de-DE")} Durchläufe. Ziehungen in dieser Datei: Mersenne Twister MT19937 des Add-ins mit Startwert ${seed} + k für die k-te gezogene Spalte unten (k ab 0). PERT aus niedrig/Wert/hoch der Annahmen, Beta(Ereignisse + 1, n − Ereignisse + 1) für die beiden Quoten. Die Ziehungen sind Werte; das Modell rechnet mit Formeln. In Excel mit dem Add-in sind sie PREVENT.SAMPLE-Spalten und folgen dem Startwert unten.`,
      `${iterations.toLocaleString("en-GB")} iterations. Draws in this file: the add-in's Mersenne Twister MT19937 with seed ${seed} + k for the k-th drawn column below (k from 0). PERT from the assumptions' low/value/high, Beta(events + 1, n − events + 1) for the two rates. The draws are values; the model computes with formulas. In Excel with the add-in they are PREVENT.SAMPLE columns and follow the seed below.`,
    ),
    input({
      name: "mc_seed",
      label: t("Startwert der Ziehungen", "Seed of the draws"),
      value: seed,
      unit: t("ganze Zahl", "whole number"),
      grade: "A",
      source: t("Wahl der Planung; gleicher Startwert, gleiche Ziehungen", "Planning choice; the same seed gives the same draws"),
      format: "integer",
      validation: {
        kind: "whole",
        minimum: 1,
        maximum: 4_000_000_000,
        message: t("Bitte eine ganze Zahl von 1 bis 4.000.000.000 eingeben.", "Please enter a whole number from 1 to 4,000,000,000."),
      },
    }),
    blank,
    heading("Ergebnisse", "Results"),
    { kind: "header", cells: [t("Ergebnis", "Result"), t("P5", "P5"), t("P50 (Median)", "P50 (median)"), t("P95", "P95")] },
    {
      kind: "resultGrid",
      key: "mc_first",
      label: results.names[0],
      formulas: percentiles(first),
      names: percentileNames(first),
      format: "euro",
      keyResult: true,
    },
    {
      kind: "resultGrid",
      key: "mc_second",
      label: results.names[1],
      formulas: percentiles(second),
      names: percentileNames(second),
      format: "euro",
      keyResult: true,
    },
    {
      kind: "resultGrid",
      key: "mc_ratio",
      label: t(
        `${results.ratioName.de[0].toUpperCase()}${results.ratioName.de.slice(1)}`,
        `${results.ratioName.en[0].toUpperCase()}${results.ratioName.en.slice(1)}`,
      ),
      formulas: percentiles(results.ratio),
      names: percentileNames(results.ratio),
      format: "ratio",
      keyResult: true,
    },
    {
      kind: "resultGrid",
      key: "mc_probability",
      label: t(`Wahrscheinlichkeit: ${results.ratioName.de} ≥ 1`, `Probability: ${results.ratioName.en} ≥ 1`),
      formulas: [`=COUNTIF(${column(results.ratio)},">=1")/COUNT(${column(results.ratio)})`],
      names: [monteCarloProbabilityName],
      format: "percent",
      keyResult: true,
    },
    {
      kind: "resultGrid",
      key: "mc_range",
      label: t(`${results.names[0].de}: kleinster und größter Wert`, `${results.names[0].en}: smallest and largest value`),
      formulas: [`=MIN(${column(first)})`, `=MAX(${column(first)})`],
      format: "euro",
    },
    blank,
    heading(`Häufigkeiten: ${results.names[0].de}`, `Histogram: ${results.names[0].en}`),
    { kind: "header", cells: [t("Klasse", "Bin"), t("Mitte", "Midpoint"), t("von", "from"), t("bis", "to"), t("Anzahl", "Count")] },
    ...bins,
    // Room for the histogram chart between the bins and the draws: it prints with the summary.
    ...new Array<RowDefinition>(chartRows + 1).fill(blank),
    heading("Durchläufe (das Modell in einer Zeile je Durchlauf)", "Iterations (the model in one row per iteration)"),
    { kind: "scenarioHeader", label: t("Durchlauf", "Iteration"), model },
    ...iterationRows,
  ];
  const binsEnd = rows.findIndex((row) => row.kind === "resultGrid" && row.key === `mc_bin_${histogramBins}`) + 1;
  const chart: ChartDefinition = {
    kind: "column",
    title: t(`Verteilung: ${results.names[0].de}`, `Distribution: ${results.names[0].en}`),
    xAxisTitle: t("Mitte der Klasse (EUR)", "Bin midpoint (EUR)"),
    yAxisTitle: t("Durchläufe", "Iterations"),
    seriesBlock: {
      first: "mc_bin_1",
      last: `mc_bin_${histogramBins}`,
      categories: 2,
      series: [{ name: t("Durchläufe", "Iterations"), column: 5 }],
    },
    from: { column: 0, row: binsEnd + 2 },
    to: { column: 5, row: binsEnd + 1 + chartRows },
  };
  return { rows, chart };
}
