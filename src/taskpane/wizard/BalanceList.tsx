import { balanceOutputs, outputLabel } from "../../functions/outputs";
import { smdThreshold } from "../../engine/balanceThreshold";
import { StackedTable } from "../feedback/StackedTable";
import { formatNumber } from "../numbers";
import { usePane } from "../services";
import type { AdjustedFigures } from "./figures";

/** The balance of each covariate as the block's table shows it: means, SMD and the flag where |SMD| > 0.1. */
export function BalanceList({ figures }: { figures: AdjustedFigures }) {
  const { text, language } = usePane();
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const number = (value: number | null) => (value === null ? "" : formatNumber(value, 2, language));
  return (
    <StackedTable
      from="balance"
      testId="balance"
      caption={text.balanceTitle}
      captionTerm="term.standardisedMeanDifference"
      labelHeader={text.balanceCovariate}
      headers={[...[meanTreated, meanControl, smd].map((output) => outputLabel(output, language)), text.balanceFlagHeader]}
      rows={figures.balance.map((row, i) => ({
        key: String(i),
        label: figures.covariates[i],
        cells: [
          number(row.meanTreated),
          number(row.meanControl),
          number(row.standardisedMeanDifference),
          row.standardisedMeanDifference !== null && Math.abs(row.standardisedMeanDifference) > smdThreshold ? text.balanceFlag : "",
        ],
      }))}
    />
  );
}
