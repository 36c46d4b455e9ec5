/**
 * The mapping of a CSV file's columns and codes to a template's (columnMatching.ts), remembered
 * per template in the workbook's settings, so that the next file of the same register is read
 * without asking again.
 */
import type { WorkbookPort } from "../../office/workbookPort";
import { emptyMapping, type ColumnMapping } from "../../templates/columnMatching";

export const mappingSettingKey = (templateId: string) => `csvMapping:${templateId}`;

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === "string");

/** The mapping kept for the template; the empty one when none is kept or what is kept is not a mapping. */
export async function keptMapping(port: WorkbookPort, templateId: string): Promise<ColumnMapping> {
  const kept = await port.readSetting(mappingSettingKey(templateId));
  if (kept === null) return emptyMapping;
  try {
    const parsed = JSON.parse(kept) as { columns?: unknown; codes?: unknown };
    const codes = parsed.codes;
    if (!isTextRecord(parsed.columns) || typeof codes !== "object" || codes === null || !Object.values(codes).every(isTextRecord))
      return emptyMapping;
    return { columns: parsed.columns, codes: codes as Record<string, Record<string, string>> };
  } catch {
    return emptyMapping;
  }
}

export async function keepMapping(port: WorkbookPort, templateId: string, mapping: ColumnMapping): Promise<void> {
  await port.writeSetting(mappingSettingKey(templateId), JSON.stringify(mapping));
}

export const isEmptyMapping = (mapping: ColumnMapping) =>
  Object.keys(mapping.columns).length === 0 && Object.keys(mapping.codes).length === 0;
