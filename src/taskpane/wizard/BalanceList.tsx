import { makeStyles, tokens } from "@fluentui/react-components";
import { balanceOutputs, outputLabel } from "../../functions/outputs";
import { smdThreshold } from "../../engine/balanceThreshold";
import { formatNumber } from "../numbers";
import { usePane } from "../services";
import type { AdjustedFigures } from "./figures";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" },
  cell: { padding: `0 ${tokens.spacingHorizontalS} 0 0`, textAlign: "right" },
  name: { padding: `0 ${tokens.spacingHorizontalS} 0 0`, textAlign: "left", fontWeight: tokens.fontWeightRegular },
  header: {
    padding: `0 ${tokens.spacingHorizontalS} 0 0`,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
  },
});

/** The balance of each covariate as the block's table shows it: means, SMD and the flag where |SMD| > 0.1. */
export function BalanceList({ figures }: { figures: AdjustedFigures }) {
  const styles = useStyles();
  const { text, language } = usePane();
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const number = (value: number | null) => (value === null ? "" : formatNumber(value, 2, language));
  return (
    <table className={styles.table}>
      <caption className={styles.name}>{text.balanceTitle}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.name}>
            {text.balanceCovariate}
          </th>
          {[meanTreated, meanControl, smd].map((output) => (
            <th scope="col" className={styles.header} key={output.key}>
              {outputLabel(output, language)}
            </th>
          ))}
          <th scope="col" className={styles.header}>
            {text.balanceFlagHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.balance.map((row, i) => (
          <tr key={i}>
            <th scope="row" className={styles.name}>
              {figures.covariates[i]}
            </th>
            <td className={styles.cell}>{number(row.meanTreated)}</td>
            <td className={styles.cell}>{number(row.meanControl)}</td>
            <td className={styles.cell}>{number(row.standardisedMeanDifference)}</td>
            <td className={styles.cell}>
              {row.standardisedMeanDifference !== null && Math.abs(row.standardisedMeanDifference) > smdThreshold ? text.balanceFlag : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
