/**
 * What the county's consolidation reads from each municipality's business-case workbook
 * (DESIGN §3.7, the county's view): the inputs, the key results recomputed by the engine from
 * those inputs beside the values the file shows, the evidence counts, and what a reviewer should
 * look at. Reading (consolidation/reading.ts) fills these; the consolidation workbook
 * (definitions/consolidation*.ts) and the pane show them.
 */
import type { Message } from "../../shared/message";

/** The key results taken from each business case, by their published workbook names. */
export const keyResultNames = [
  "net_county_row_current_year",
  "net_county_row_next_year",
  "net_county_row_present_value",
  "net_county_city_row_current_year",
  "net_county_city_row_next_year",
  "net_county_city_row_present_value",
  "net_public_row_current_year",
  "net_public_row_next_year",
  "net_public_row_present_value",
  "bcr_county",
  "bcr_county_city",
  "bcr_public",
  "benefit_county_row_current_year",
  "benefit_county_row_next_year",
  "benefit_county_row_present_value",
  "benefit_city_row_current_year",
  "benefit_city_row_next_year",
  "benefit_city_row_present_value",
  "benefit_insurance_row_current_year",
  "benefit_insurance_row_next_year",
  "benefit_insurance_row_present_value",
  "benefit_residents_row_current_year",
  "benefit_residents_row_next_year",
  "benefit_residents_row_present_value",
] as const;

export type KeyResultName = (typeof keyResultNames)[number];
export type KeyResults = Record<KeyResultName, number>;

/** The four counts of a site's evidence (the business case's Evidence sheet). */
export interface EvidenceCounts {
  eventsTreated: number;
  nTreated: number;
  eventsControl: number;
  nControl: number;
}

/** A workbook that was read. */
export interface MunicipalityWorkbook {
  /** The file name as chosen (no folder). */
  file: string;
  /** The municipality's name from the workbook's `municipality_name` input, when it has one. */
  municipality?: string;
  templateVersion: string;
  /** Every named numeric input of the business case, by workbook name. */
  inputs: Record<string, number>;
  /** The first budget year (input `first_budget_year`). */
  firstBudgetYear: number;
  /** The key results the engine computes from `inputs`. */
  recomputed: KeyResults;
  /** What the file holds in the same named cells; absent where a cell is blank or not a number. */
  shown: Partial<KeyResults>;
  evidence: EvidenceCounts;
  /** What a reviewer should look at: a shown value that its inputs do not give, an input unlike the organisation's default, … (catalogue messages). */
  findings: Message[];
}

/** A file that was not read, and why (another template, an unknown newer version, damaged, protected by a password, …). */
export interface UnreadWorkbook {
  file: string;
  reason: Message;
}

export interface Consolidation {
  read: MunicipalityWorkbook[];
  notRead: UnreadWorkbook[];
}
