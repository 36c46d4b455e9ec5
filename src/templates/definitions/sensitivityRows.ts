/**
 * A live sensitivity sheet from a scenario model (DESIGN §5): a base scenario row, one row at the low
 * and one at the high value of each input, the one-way table with the swing, the same table
 * sorted by swing with native formulas (so it follows every change), a tornado chart, and
 * switching values. Works in any spreadsheet: no What-If data tables, no add-in functions.
 */
import type { ChartDefinition, Formula, InputRow, NumberFormatKey, RowDefinition, ScenarioModel, Text } from "../model";
import { blank, heading, paragraph, t, title } from "./rows";

/** An input varied from its low to its high value; `linear`: both results are linear in it, so its switching value is exact. */
export interface VariedInput {
  input: InputRow;
  linear: boolean;
}

/** Two results of the model (output keys) whose zero the switching values look for, e.g. two net present values. */
export interface SensitivityResults {
  keys: [string, string];
  /** Short names of the two results for the column headers. */
  names: [Text, Text];
}

/** The workbook name of an input's rank by the swing of the first result (1 = moves it most), for the committee page. */
export const sensitivityRankName = (input: string) => `rank_${input}`;

const none = t('"kein Wert im plausiblen Bereich"', '"none in the plausible range"');

function both(build: (language: "de" | "en") => string): Text {
  return { de: build("de"), en: build("en") };
}

export function sensitivityRows(model: ScenarioModel, varied: VariedInput[], results: SensitivityResults): RowDefinition[] {
  for (const { input } of varied) {
    if (input.low === undefined || input.high === undefined)
      throw new Error(`sensitivity: input '${input.name}' needs a low and a high value`);
    if (!model.inputs.some((column) => column.name === input.name))
      throw new Error(`sensitivity: input '${input.name}' is not a column of the scenario model`);
  }
  const [first, second] = results.keys;
  const names = varied.map(({ input }) => input.name);
  const formatOf = (name: string): NumberFormatKey => model.inputs.find((column) => column.name === name)!.format;
  const low = (name: string) => `s_${name}_low`;
  const high = (name: string) => `s_${name}_high`;
  const oneWay = (name: string) => `oneway_${name}`;
  const [top, bottom] = [oneWay(names[0]), oneWay(names[names.length - 1])];

  const scenarios: RowDefinition[] = [
    { kind: "scenario", key: "base", label: t("Basis", "Base"), model },
    ...varied.flatMap(({ input }): RowDefinition[] =>
      (["low", "high"] as const).map((bound) => ({
        kind: "scenario",
        key: bound === "low" ? low(input.name) : high(input.name),
        label: t(`${input.label.de}: ${bound === "low" ? "niedrig" : "hoch"}`, `${input.label.en}: ${bound}`),
        model,
        values: { [input.name]: `={${input.name}:${bound}}` },
      })),
    ),
  ];

  // One-way table, columns: B low, C high, D/E first result at low/high, F swing, G/H second result, I swing, J rank.
  const oneWayRows = varied.map(({ input }): RowDefinition => {
    const name = input.name;
    const swing = (column: number) => `=ABS({@${oneWay(name)}:col${column + 1}}-{@${oneWay(name)}:col${column}})`;
    return {
      kind: "resultGrid",
      key: oneWay(name),
      label: input.label,
      formulas: [
        `={@${low(name)}:${name}}`,
        `={@${high(name)}:${name}}`,
        `={@${low(name)}:${first}}`,
        `={@${high(name)}:${first}}`,
        swing(4),
        `={@${low(name)}:${second}}`,
        `={@${high(name)}:${second}}`,
        swing(7),
        // A rank without ties: equal swings are ranked in the order of the rows.
        `=RANK({@${oneWay(name)}:col6},{@${top}:col6}:{@${bottom}:col6})+COUNTIF({@${top}:col6}:{@${oneWay(name)}:col6},{@${oneWay(name)}:col6})-1`,
      ],
      formats: [formatOf(name), formatOf(name), "euro", "euro", "euro", "euro", "euro", "euro", "integer"],
      names: ["", "", "", "", "", "", "", "", sensitivityRankName(name)],
      format: "euro",
    };
  });

  // Sorted view: the k-th largest swing of the first result, found by its rank.
  const sortedRows = varied.map((_, index): RowDefinition => {
    const k = index + 1;
    const pick = (column: number) =>
      `INDEX({@${top}:col${column}}:{@${bottom}:col${column}},MATCH(${k},{@${top}:col10}:{@${bottom}:col10},0))`;
    return {
      kind: "resultGrid",
      key: `sorted_${k}`,
      label: t(String(k), String(k)),
      formulas: [
        `=${pick(1)}`,
        `=${pick(4)}-{@base:${first}}`,
        `=${pick(5)}-{@base:${first}}`,
        `=${pick(6)}`,
        `=${pick(7)}-{@base:${second}}`,
        `=${pick(8)}-{@base:${second}}`,
        `=${pick(9)}`,
      ],
      formats: ["text", "euro", "euro", "euro", "euro", "euro", "euro"],
      format: "euro",
    };
  });

  // Switching values: the zero of each result, from two rows: exact where the result is linear in
  // the input (base and the bound that differs from it), otherwise interpolated between low and high.
  const switchingRows = varied.map(({ input, linear }): RowDefinition => {
    const name = input.name;
    const [l, h, b] = [low(name), high(name), "base"];
    const x1 = `IF({@${h}:${name}}<>{@${b}:${name}},{@${h}:${name}},{@${l}:${name}})`;
    const zero = (key: string) => {
      if (!linear)
        return `=IF({@${h}:${key}}={@${l}:${key}},"",{@${l}:${name}}-{@${l}:${key}}*({@${h}:${name}}-{@${l}:${name}})/({@${h}:${key}}-{@${l}:${key}}))`;
      const n1 = `IF({@${h}:${name}}<>{@${b}:${name}},{@${h}:${key}},{@${l}:${key}})`;
      return `=IF(${n1}={@${b}:${key}},"",{@${b}:${name}}-{@${b}:${key}}*(${x1}-{@${b}:${name}})/(${n1}-{@${b}:${key}}))`;
    };
    const shown = (column: number): Formula =>
      both((language) => {
        const raw = `{@switch_${name}:col${column}}`;
        const range = `{@${l}:${name}},{@${h}:${name}}`;
        return `=IF(ISNUMBER(${raw}),IF(AND(${raw}>=MIN(${range}),${raw}<=MAX(${range})),${raw},${none[language]}),${none[language]})`;
      });
    return {
      kind: "resultGrid",
      key: `switch_${name}`,
      label: input.label,
      formulas: [
        linear ? t("exakt (linear)", "exact (linear)") : t("interpoliert zwischen niedrig und hoch", "interpolated between low and high"),
        zero(first),
        shown(3),
        zero(second),
        shown(5),
      ],
      formats: ["text", formatOf(name), formatOf(name), formatOf(name), formatOf(name)],
      format: "decimal",
    };
  });

  const [firstName, secondName] = results.names;
  // Column headers repeated for each of the two results: "NPV county: at low", …
  const perResult = (columns: [string, string][]): Text[] =>
    [firstName, secondName].flatMap((result) => columns.map(([de, en]) => t(`${result.de}: ${de}`, `${result.en}: ${en}`)));
  return [
    title("Sensitivität und Break-even-Werte", "Sensitivity and switching values"),
    paragraph(
      "Jede Zeile rechnet das ganze Modell in einer Zeile: Basis mit den Werten der Annahmen, dann je Annahme eine Zeile mit ihrem niedrigen und eine mit ihrem hohen Wert. Alles rechnet live, auch ohne das Add-in.",
      "Each row computes the whole model in one row: the base with the assumptions' values, then for each assumption one row at its low and one at its high value. Everything recalculates live, also without the add-in.",
    ),
    heading("Szenariozeilen (das Modell in einer Zeile)", "Scenario rows (the model in one row)"),
    { kind: "scenarioHeader", label: t("Szenario", "Scenario"), model },
    ...scenarios,
    blank,
    heading("Einfache Sensitivität", "One-way sensitivity"),
    {
      kind: "header",
      cells: [
        t("Annahme", "Assumption"),
        t("Niedrig", "Low"),
        t("Hoch", "High"),
        ...perResult([
          ["bei niedrig", "at low"],
          ["bei hoch", "at high"],
          ["Spannweite", "swing"],
        ]),
        t("Rang", "Rank"),
      ],
    },
    ...oneWayRows,
    blank,
    heading(`Nach Spannweite sortiert (${firstName.de})`, `Sorted by swing (${firstName.en})`),
    {
      kind: "header",
      cells: [
        t("Rang", "Rank"),
        t("Annahme", "Assumption"),
        ...perResult([
          ["niedrig − Basis", "low − base"],
          ["hoch − Basis", "high − base"],
          ["Spannweite", "swing"],
        ]),
      ],
    },
    ...sortedRows,
    blank,
    heading(
      "Break-even-Werte: bei welchem Wert ist der Kapitalwert null?",
      "Switching values: at which value is the net present value zero?",
    ),
    paragraph(
      "Exakt, wo das Ergebnis linear in der Annahme ist (aus Basis und einer verschobenen Zeile); sonst linear interpoliert zwischen niedrig und hoch – nur ein Anhaltspunkt.",
      "Exact where the result is linear in the assumption (from the base and one shifted row); otherwise interpolated linearly between low and high – a guide only.",
    ),
    {
      kind: "header",
      cells: [
        t("Annahme", "Assumption"),
        t("Verfahren", "Method"),
        ...perResult([
          ["null bei", "zero at"],
          ["im plausiblen Bereich", "in the plausible range"],
        ]),
      ],
    },
    ...switchingRows,
  ];
}

/** The tornado chart of the sorted view: bars from the base to the first result at low and at high. */
export function tornadoChart(count: number, firstRow: number, firstName: Text): ChartDefinition {
  return {
    kind: "bar",
    title: t(`Tornado: ${firstName.de}`, `Tornado: ${firstName.en}`),
    yAxisTitle: t("Abweichung von der Basis (EUR)", "Change from the base (EUR)"),
    seriesBlock: {
      first: "sorted_1",
      last: `sorted_${count}`,
      categories: 2,
      series: [
        { name: t("niedriger Wert", "low value"), column: 3 },
        { name: t("hoher Wert", "high value"), column: 4 },
      ],
    },
    from: { column: 0, row: firstRow },
    to: { column: 8, row: firstRow + 24 },
  };
}
