import type { WorkbookPlan } from "./plan";

/** exceljs writes no charts; charts are added to the file afterwards (see below). */
export async function addCharts(bytes: Buffer, _plan: WorkbookPlan): Promise<Buffer> {
  return bytes;
}
