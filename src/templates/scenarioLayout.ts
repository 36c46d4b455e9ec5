/**
 * Scenario rows as laid out (DESIGN §5): the model once more as one row of formulas, each input in
 * its own column of the row and every computed column reading only cells of its own row.
 */
import { cellAddress } from "../shared/addresses";
import { placeholder, resolveFormula, type Resolver } from "./formulaPlaceholders";
import type { Formula, Language, RowDefinition, ScenarioModel } from "./model";
import type { SheetBuilder } from "./sheetBuilder";
import { text } from "./sheetBuilder";

/** The sheet's scenario columns (input names and output keys → 1-based column), from column B. */
export function scenarioColumns(sheetKey: string, rows: RowDefinition[]): Map<string, number> | undefined {
  const models = rows.flatMap((row) => (row.kind === "scenario" || row.kind === "scenarioHeader" ? [row.model] : []));
  if (models.length === 0) return undefined;
  if (models.some((model) => model !== models[0])) throw new Error(`sheet ${sheetKey}: every scenario row must use the same model`);
  const columns = new Map<string, number>();
  [...models[0].inputs.map((input) => input.name), ...models[0].outputs.map((output) => output.key)].forEach((key, i) => {
    if (columns.has(key)) throw new Error(`sheet ${sheetKey}: scenario column '${key}' appears twice`);
    columns.set(key, 2 + i);
  });
  return columns;
}

/** A formula of the scenario row `row` in which `{name}` of a scenario column is that column's cell in the row. */
function ownRow(formula: Formula, language: Language, row: number, columns: Map<string, number>): string {
  const written = typeof formula === "string" ? formula : formula[language];
  return written.replace(placeholder, (match, at: string, key: string, modifier: string | undefined) => {
    const column = !at && !modifier ? columns.get(key) : undefined;
    return column ? cellAddress(row, column) : match;
  });
}

export function putScenarioHeader(builder: SheetBuilder, r: number, label: string, model: ScenarioModel, language: Language) {
  builder.put(r, 1, label, "columnHeader");
  model.inputs.forEach((input, i) => builder.put(r, 2 + i, input.label ? text(input.label, language) : input.name, "columnHeader"));
  model.outputs.forEach((output, i) => builder.put(r, 2 + model.inputs.length + i, text(output.header, language), "columnHeader"));
}

export function putScenarioRow(
  builder: SheetBuilder,
  r: number,
  label: string,
  model: ScenarioModel,
  values: Record<string, Formula | number> | undefined,
  resolver: Resolver,
  addinValues?: Record<string, string>,
) {
  const columns = resolver.columnOf!;
  for (const name of Object.keys(values ?? {})) {
    if (!model.inputs.some((input) => input.name === name))
      throw new Error(`scenario row '${label}': '${name}' is not an input of the model`);
  }
  builder.put(r, 1, label, "label");
  model.inputs.forEach((input, i) => {
    const value = values?.[input.name] ?? `={${input.reads ?? input.name}}`;
    builder.put(r, 2 + i, typeof value === "number" ? value : resolveFormula(value, resolver, 2 + i, 0), "result", input.format);
    const addin = addinValues?.[input.name];
    if (addin !== undefined) builder.cells[builder.cells.length - 1].addinFormula = addin && resolveFormula(addin, resolver, 2 + i, 0);
  });
  model.outputs.forEach((output, i) => {
    const column = 2 + model.inputs.length + i;
    builder.put(
      r,
      column,
      resolveFormula(ownRow(output.formula, resolver.language, r, columns), resolver, column, 0),
      "result",
      output.format,
    );
  });
}
