/**
 * Where a business case inserted into a workbook starts its evidence switch (cohortEvidence.ts):
 * on the cohort sheet when the workbook holds a placement cohort it can find, otherwise typed in.
 */
import { codeText } from "../shared/dataCodes";
import { parseRange } from "../shared/addresses";
import { cohortSignatures } from "./definitions/cohortEvidence";
import type { WorkbookPlan } from "./plan";

/**
 * Sets the evidence switch of a business case's plan to "from the cohort sheet" when the workbook's
 * names (`names`, as they will be once it is inserted) hold a cohort the Evidence sheet can find.
 */
export function takeEvidenceFromCohort(plan: WorkbookPlan, names: string[]): void {
  const where = plan.nameAddresses.evidence_source;
  const lower = new Set(names.map((name) => name.toLowerCase()));
  if (!where || !cohortSignatures.some((name) => lower.has(name))) return;
  const { top, left } = parseRange(where.address);
  const cell = plan.sheets.find((sheet) => sheet.name === where.sheet)?.cells.find((c) => c.row === top && c.column === left);
  if (cell) cell.content = codeText("from_cohort", plan.language);
}
