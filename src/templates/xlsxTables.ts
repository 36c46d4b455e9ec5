/**
 * What exceljs cannot write about data tables, added to its output:
 * - each computed column's formula as the table column's <calculatedColumnFormula>, so that
 *   Excel fills it into rows added to the table (ECMA-376 Part 1, §18.5.1.3);
 * - workbook names whose reference is a structured reference (cohort_group → cohort_table[Gruppe]),
 *   which exceljs would try to read as an A1 address.
 */
import type JSZip from "jszip";
import type { WorkbookPlan } from "./plan";
import { withFilePrefixes } from "./xlsxFormulaPrefixes";
import { escapeXml, text } from "./xlsxCharts";

/** Whether a name's reference is an A1 address (possibly with a sheet) rather than a structured reference. */
export function isCellReference(reference: string): boolean {
  return !/\[/.test(reference.replace(/'(?:[^']|'')*'!/, ""));
}

function withCalculatedColumns(tableXml: string, formulas: (string | null)[]): string {
  let index = 0;
  return tableXml.replace(
    /<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g,
    (whole, attributes: string, _end: string, children: string | undefined) => {
      const formula = formulas[index++];
      if (!formula) return whole;
      const element = `<calculatedColumnFormula>${escapeXml(withFilePrefixes(formula.replace(/^=/, "")))}</calculatedColumnFormula>`;
      // The formula comes first among a column's children (CT_TableColumn).
      return `<tableColumn${attributes}>${element}${children ?? ""}</tableColumn>`;
    },
  );
}

function withDefinedNames(workbookXml: string, names: { name: string; reference: string }[]): string {
  if (names.length === 0) return workbookXml;
  const elements = names.map((name) => `<definedName name="${escapeXml(name.name)}">${escapeXml(name.reference)}</definedName>`).join("");
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", `${elements}</definedNames>`);
  if (/<definedNames\s*\/>/.test(workbookXml))
    return workbookXml.replace(/<definedNames\s*\/>/, `<definedNames>${elements}</definedNames>`);
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${elements}</definedNames>`);
}

/** Adds calculated-column formulas and the structured-reference names of a plan to an opened package. */
export async function addTableParts(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  const formulasByTable = new Map(
    plan.sheets.flatMap((sheet) => sheet.tables.map((table) => [table.name.toLowerCase(), table.columnFormulas ?? []] as const)),
  );
  for (const path of Object.keys(zip.files).filter((candidate) => /^xl\/tables\/table\d+\.xml$/.test(candidate))) {
    const xml = await text(zip, path);
    const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const formulas = name && formulasByTable.get(name.toLowerCase());
    if (formulas && formulas.some(Boolean)) zip.file(path, withCalculatedColumns(xml, formulas));
  }
  const structured = plan.names.filter((name) => !isCellReference(name.reference));
  if (structured.length > 0) zip.file("xl/workbook.xml", withDefinedNames(await text(zip, "xl/workbook.xml"), structured));
}
