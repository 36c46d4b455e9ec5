import { makeStyles, tokens } from "@fluentui/react-components";
import { ConsolidationInsertion } from "../county/ConsolidationInsertion";
import { ConsolidationSection } from "../county/ConsolidationSection";
import { FreezeSection } from "./FreezeSection";
import { ReviewSection } from "./ReviewSection";
import { SensitivitySection } from "./SensitivitySection";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXL,
    "& > section": { display: "flex", flexDirection: "column", alignItems: "stretch", gap: tokens.spacingVerticalS },
  },
});

/** Tools for the treasurer's review: one-way sensitivity by recalculation, the check of formula cells for the Review sheet, freeze for sharing, and the county's gathering of the municipalities' business cases. */
export function TreasurerPanel({ active }: { active: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <SensitivitySection active={active} />
      <ReviewSection />
      <FreezeSection active={active} />
      <ConsolidationSection actions={(consolidation) => <ConsolidationInsertion consolidation={consolidation} />} />
    </div>
  );
}
