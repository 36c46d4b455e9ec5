/**
 * Care and housing counselling business case (DESIGN §4): who saves, when, and how sure we are.
 * Defaults from reference/parameters.md; each carries its source and confidence grade.
 */
import type { SettingValues, TemplateDefinition } from "../../model";
import { tornadoChart } from "../sensitivityRows";
import { counsellingChecks, printedChecks } from "../counsellingReview";
import { reviewSheet } from "../reviewSheet";
import { counsellingCommittee } from "../counsellingCommittee";
import { blank, t } from "../rows";
import { assumptions } from "./assumptions";
import { smsRows, evidence, printedEvidenceRows } from "./evidence";
import { yearsOfFlows, flows } from "./flows";
import { summary } from "./summary";
import { varied, scenarioModel, sensitivity } from "./sensitivity";
import { iterationsSetting, monteCarloFor } from "./monteCarlo";
import { method } from "./method";

const version = "2.3.0";

function counsellingCaseFor(values: SettingValues): TemplateDefinition {
  const monteCarlo = monteCarloFor(values[iterationsSetting.key]);
  return {
    id: "counselling-case",
    version,
    title: t("Business Case Pflege- und Wohnberatung", "Care and housing counselling business case"),
    purpose: t(
      "Trägt sich eine Beratungsstelle? Einsparungen je Kostenträger, laufendes und nächstes Haushaltsjahr, Barwert und Nutzen-Kosten-Verhältnis.",
      "Does a counselling post pay for itself? Savings per cost bearer, this and next budget year, present value and benefit-cost ratio.",
    ),
    sheets: [
      {
        key: "summary",
        name: t("Ergebnis", "Summary"),
        columnWidths: [52, 26, 26, 26],
        rows: summary,
        protect: true,
        print: { wrap: true },
      },
      counsellingCommittee(
        version,
        varied.map(({ input }) => input),
        smsRows,
      ),
      {
        key: "assumptions",
        name: t("Annahmen", "Assumptions"),
        columnWidths: [58, 14, 12, 12, 12, 8, 60],
        // The notes on method follow the sources they explain: one page for both.
        rows: [...assumptions, blank, ...method],
        protect: true,
        print: { wrap: true },
      },
      {
        key: "evidence",
        name: t("Evidenz", "Evidence"),
        columnWidths: [46, 39, 17, 12, 12, 8, 40],
        rows: evidence,
        protect: true,
        // The rows on unmeasured confounding and power, with their Newton steps, stay on the screen.
        print: { wrap: true, rows: printedEvidenceRows },
      },
      {
        key: "flows",
        name: t("Zahlungsströme", "Flows"),
        columnWidths: [48, ...new Array(yearsOfFlows).fill(12)],
        yearColumns: yearsOfFlows,
        rows: flows,
        protect: true,
        charts: [
          {
            kind: "line",
            title: t("Kumulierter Nettonutzen", "Cumulative net benefit"),
            xAxisTitle: t("Jahr", "Year"),
            yAxisTitle: t("EUR (nicht abgezinst)", "EUR (undiscounted)"),
            seriesRows: ["cumulative_net_county", "cumulative_net_public"],
            from: { column: 0, row: flows.length + 2 },
            to: { column: 8, row: flows.length + 20 },
          },
        ],
      },
      {
        key: "sensitivity",
        name: t("Sensitivität", "Sensitivity"),
        columnWidths: [40, ...new Array(scenarioModel.inputs.length + scenarioModel.outputs.length).fill(15)],
        rows: sensitivity,
        protect: true,
        // Its three tables; the tornado draws the sorted table, which prints.
        print: { charts: false, onePage: true },
        charts: [tornadoChart(varied.length, sensitivity.length + 2, t("Kapitalwert Kreis", "NPV county"))],
      },
      {
        key: "monteCarlo",
        name: t("Monte Carlo", "Monte Carlo"),
        columnWidths: [40, ...new Array(scenarioModel.inputs.length + scenarioModel.outputs.length).fill(16)],
        rows: monteCarlo.rows,
        protect: true,
        // The results, the bins and their chart; the seed's grade and source stay on the screen.
        print: { orientation: "portrait", columns: 6, wrap: true },
        charts: [monteCarlo.chart],
      },
      printedChecks(reviewSheet({ inputSheets: [assumptions, evidence, monteCarlo.rows], checks: counsellingChecks })),
    ],
    settings: { choices: [iterationsSetting], values, build: counsellingCaseFor },
  };
}

export const counsellingCase = counsellingCaseFor({ [iterationsSetting.key]: iterationsSetting.defaultValue });

export { firstBudgetYear, horizonLimit } from "./assumptions";
export { smsRows } from "./evidence";
export { scenarioModel } from "./sensitivity";
export { iterationsSetting, monteCarloSeed } from "./monteCarlo";
