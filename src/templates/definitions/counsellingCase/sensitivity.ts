/** The scenario model of the business case and the Sensitivity sheet: the inputs varied between their low and high values. */
import type { InputRow, ScenarioModel, Text } from "../../model";
import { counsellingScenarioModel } from "../counsellingScenario";
import { sensitivityRows } from "../sensitivityRows";
import { t } from "../rows";
import { horizonLimit, assumptions } from "./assumptions";
import { evidence } from "./evidence";

/**
 * Inputs with a low and a high value that move a public result (the residents' two inputs do not).
 * Both net present values are linear in each input that enters the model once as a factor or a
 * summand; discount rate, cost growth, horizon and months avoided enter through the year sums.
 */
const nonLinear = new Set(["months_avoided", "discount_rate", "cost_growth", "horizon"]);
const residentsOnly = new Set(["resident_own_share", "resident_cost_at_home"]);
export const varied = assumptions
  .filter((row): row is InputRow => row.kind === "input" && row.low !== undefined && !residentsOnly.has(row.name))
  .map((input) => ({ input, linear: !nonLinear.has(input.name) }));

/** The scenario columns are headed by the labels of the rows their inputs come from. */
const inputLabels = new Map(
  [...assumptions, ...evidence].flatMap((row): [string, Text][] =>
    "name" in row && row.name && "label" in row ? [[row.name, row.label]] : [],
  ),
);
const bareModel = counsellingScenarioModel(horizonLimit);
export const scenarioModel: ScenarioModel = {
  ...bareModel,
  inputs: bareModel.inputs.map((input) => ({ ...input, label: inputLabels.get(input.name) })),
};

export const sensitivity = sensitivityRows(scenarioModel, varied, {
  keys: ["npv_county", "npv_public"],
  names: [t("Kapitalwert Kreis", "NPV county"), t("Kapitalwert öffentlich", "NPV public")],
});
