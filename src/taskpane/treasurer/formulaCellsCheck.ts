/**
 * The pane's part of the review sheet: do the model's formula cells still hold formulas? A cell
 * where the template put a formula but the workbook holds a typed number (or nothing) is a
 * finding. The template is laid out again with the suffix and language it was inserted with, and
 * each sheet's part holding formula cells is read once.
 */
import type { WorkbookPort } from "../../office/workbookPort";
import { cellAddress, quotedSheet } from "../../shared/addresses";
import type { CellContent } from "../../shared/cellContent";
import { serialFromCalendarDate } from "../../shared/serialDates";
import { reviewCheckedOnName, reviewFindingsName } from "../../templates/definitions/reviewSheet";
import { layoutTemplate } from "../../templates/layout";
import type { TemplateDefinition } from "../../templates/model";
import { suffixNaming } from "../../templates/naming";

export interface FormulaCellFinding {
  /** Sheet-qualified, e.g. "Summary!B30". */
  address: string;
  /** What the cell holds instead of a formula. */
  holds: CellContent;
}

export interface FormulaCellsCheck {
  findings: FormulaCellFinding[];
  /** Formula cells compared. */
  checked: number;
}

const isFormula = (content: CellContent): boolean => typeof content === "string" && content.startsWith("=");

/**
 * Checks the first inserted copy of `template` that has a review sheet and writes the number of
 * findings and today's date into that sheet; null when the workbook holds no such copy.
 */
export async function checkFormulaCells(
  port: WorkbookPort,
  template: TemplateDefinition,
  today: Date = new Date(),
): Promise<FormulaCellsCheck | null> {
  const named = await port.namedInputs();
  const suffixes = named
    .map((input) => new RegExp(`^${reviewFindingsName}(?:_(\\d+))?$`, "i").exec(input.name))
    .flatMap((match) => (match ? [match[1] ? Number(match[1]) : 1] : []))
    .sort((a, b) => a - b);
  if (suffixes.length === 0) return null;
  const naming = suffixNaming(suffixes[0]);
  const sheets = new Set((await port.sheetNames()).map((sheet) => sheet.toLowerCase()));
  const plan = (["en", "de"] as const)
    .map((language) => layoutTemplate(template, language, undefined, naming))
    .find((candidate) => candidate.sheets.every((sheet) => sheets.has(sheet.name.toLowerCase())));
  if (!plan) return null;
  const findings: FormulaCellFinding[] = [];
  let checked = 0;
  for (const sheet of plan.sheets) {
    const formulaCells = sheet.cells.filter((cell) => isFormula(cell.content) && !cell.literal);
    if (formulaCells.length === 0) continue;
    let [bottom, right] = [1, 1];
    for (const cell of formulaCells) [bottom, right] = [Math.max(bottom, cell.row), Math.max(right, cell.column)];
    const snapshot = await port.readRange(`${quotedSheet(sheet.name)}!A1:${cellAddress(bottom, right)}`);
    for (const cell of formulaCells) {
      checked += 1;
      const held = snapshot.formulas[cell.row - 1]?.[cell.column - 1] ?? "";
      if (!isFormula(held)) findings.push({ address: `${quotedSheet(sheet.name)}!${cellAddress(cell.row, cell.column)}`, holds: held });
    }
  }
  await port.setNamedInput(naming.name(reviewFindingsName), findings.length);
  await port.setNamedInput(
    naming.name(reviewCheckedOnName),
    serialFromCalendarDate(today.getFullYear(), today.getMonth() + 1, today.getDate()),
  );
  return { findings, checked };
}
