/** The hidden marker sheet: template id, version and language, so a later version can recognise the workbook. */
import { cellAddress } from "../shared/addresses";
import { labels } from "./labels";
import type { Language, TemplateDefinition } from "./model";
import type { Naming, PlannedSheet } from "./plan";
import { SheetBuilder, type NameSink } from "./sheetBuilder";

/** Sheet holding the hidden marker (template id, version, language). */
export const markerSheetName = "PreventionDividend";
export const markerName = "prevention_dividend_template";

export function markerSheet(template: TemplateDefinition, language: Language, naming: Naming, names: NameSink): PlannedSheet {
  const name = naming.sheet(markerSheetName);
  const builder = new SheetBuilder();
  const rows: [string, string][] = [
    [labels.markerTemplate[language], template.id],
    [labels.markerVersion[language], template.version],
    [labels.markerLanguage[language], language],
  ];
  rows.forEach(([label, value], i) => {
    builder.put(i + 1, 1, label, "label");
    builder.put(i + 1, 2, value, "label");
  });
  names.add(markerName, name, cellAddress(1, 2, true));
  return { name, hidden: true, protect: true, columnWidths: [14, 24], cells: builder.cells, tables: [], validations: [], charts: [], rowHeights: {}, frozenRows: 0 };
}
