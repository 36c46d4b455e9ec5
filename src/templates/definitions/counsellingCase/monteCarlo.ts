/** The Monte Carlo sheet: the distributions drawn for the uncertain inputs, the number of iterations and the seed. */
import type { InputRow, TemplateSetting } from "../../model";
import { monteCarloRows, type UncertainInput } from "../monteCarloRows";
import { t } from "../rows";
import { usedName } from "../cohortEvidence";
import { evidence } from "./evidence";
import { varied, scenarioModel } from "./sensitivity";

const evidenceInput = (name: string) => evidence.find((row): row is InputRow => row.kind === "input" && row.name === name)!.value;

/** PERT from low, value and high for each varied input; Beta(events + 1, n − events + 1) for the two rates. */
const uncertain: UncertainInput[] = [
  ...varied.map(({ input }): UncertainInput => ({
    name: input.name,
    distribution: "pert",
    parameters: [input.low!, input.value, input.high!],
    addinParameters: `{${input.name}:low},{${input.name}},{${input.name}:high}`,
  })),
  ...(["treated", "control"] as const).map((group): UncertainInput => {
    const [events, n] = [evidenceInput(`events_${group}`), evidenceInput(`n_${group}`)];
    return {
      name: `rate_${group}`,
      distribution: "beta",
      parameters: [events + 1, n - events + 1, null],
      addinParameters: `{${usedName(`events_${group}`)}}+1,{${usedName(`n_${group}`)}}-{${usedName(`events_${group}`)}}+1,`,
    };
  }),
];

/** The number of Monte Carlo iterations, chosen when the workbook is made. */
export const iterationsSetting: TemplateSetting = {
  key: "iterations",
  label: t("Monte-Carlo-Durchläufe", "Monte Carlo iterations"),
  defaultValue: 2000,
  minimum: 100,
  maximum: 10000,
};

/** The seed of the file's draws; inside Excel the seed cell on the sheet takes its place. */
export const monteCarloSeed = 20130;

export const monteCarloFor = (iterations: number) =>
  monteCarloRows(
    scenarioModel,
    uncertain,
    {
      keys: ["npv_county", "npv_public"],
      names: [t("Kapitalwert Kreis", "NPV county"), t("Kapitalwert öffentlich", "NPV public")],
      ratio: "bcr_county",
      ratioName: t("Nutzen-Kosten-Verhältnis Kreis", "benefit-cost ratio county"),
    },
    { iterations, seed: monteCarloSeed },
  );
