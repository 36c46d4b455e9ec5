import { FreezeSection } from "./FreezeSection";
import { ReviewSection } from "./ReviewSection";
import { SensitivitySection } from "./SensitivitySection";

/** Tools for the treasurer's review: one-way sensitivity by recalculation, the check of formula cells for the Review sheet, freeze for sharing. */
export function TreasurerPanel({ active }: { active: boolean }) {
  return (
    <>
      <SensitivitySection active={active} />
      <ReviewSection />
      <FreezeSection active={active} />
    </>
  );
}
