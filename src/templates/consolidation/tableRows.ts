/**
 * The rows of the consolidation workbook's municipality table from what was read, so that the
 * command line and the pane insert the same: one row per workbook read, in the order read,
 * with the key results the engine recomputed from each workbook's own inputs (a shown value that
 * differs is one of the row's findings).
 */
import type { DataValue, TemplateData } from "../model";
import { municipalityDataKeys, municipalityTable, type MunicipalityDataKey } from "../definitions/consolidationColumns";
import type { Consolidation, MunicipalityWorkbook } from "./municipalities";

function valueOf(workbook: MunicipalityWorkbook, number: number, key: MunicipalityDataKey): DataValue {
  switch (key) {
    case "number":
      return number;
    case "municipality":
      return workbook.municipality ?? workbook.file;
    case "file":
      return workbook.file;
    case "template_version":
      return workbook.templateVersion;
    case "first_budget_year":
      return workbook.firstBudgetYear;
    case "findings":
      return workbook.findings.length;
    case "events_treated":
      return workbook.evidence.eventsTreated;
    case "n_treated":
      return workbook.evidence.nTreated;
    case "events_control":
      return workbook.evidence.eventsControl;
    case "n_control":
      return workbook.evidence.nControl;
  }
  // What remains is a key result's column.
  return workbook.recomputed[key];
}

/** The data of the municipality table: one row per workbook read (the computed columns left to the table). */
export function consolidationData(consolidation: Consolidation): TemplateData {
  return {
    table: municipalityTable,
    rows: consolidation.read.map((workbook, i) => municipalityDataKeys.map((key) => valueOf(workbook, i + 1, key))),
  };
}
