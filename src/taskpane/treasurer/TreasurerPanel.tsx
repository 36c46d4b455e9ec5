import { FreezeSection } from "./FreezeSection";

/** Tools for the treasurer's review: freeze for sharing. */
export function TreasurerPanel({ active }: { active: boolean }) {
  return <FreezeSection active={active} />;
}
