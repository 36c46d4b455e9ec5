import { FreezeSection } from "./FreezeSection";
import { SensitivitySection } from "./SensitivitySection";

/** Tools for the treasurer's review: one-way sensitivity by recalculation, freeze for sharing. */
export function TreasurerPanel({ active }: { active: boolean }) {
  return (
    <>
      <SensitivitySection active={active} />
      <FreezeSection active={active} />
    </>
  );
}
