/**
 * The pane's part of the review sheet: do the model's formula cells still hold formulas? A cell
 * where the template put a formula but the workbook holds a typed number (or nothing) is a
 * finding. Every inserted template that has a review sheet is checked: its hidden marker sheet
 * says which template it is and in which language it was inserted, and its names carry the
 * insertion's suffix. The template is laid out again with that suffix and language, and each
 * sheet's part holding formula cells is read once; the computed columns of a data table are read
 * as the table stands in the workbook, since its rows are the user's.
 */
import { largestRead, type RangeSnapshot, type TableColumn, type WorkbookPort } from "../../office/workbookPort";
import { cellAddress, parseRange, quotedSheet, rangeAddress } from "../../shared/addresses";
import type { CellContent } from "../../shared/cellContent";
import { serialFromCalendarDate } from "../../shared/serialDates";
import { reviewCheckedOnName, reviewFindingsName } from "../../templates/definitions/reviewSheet";
import { layoutTemplate } from "../../templates/layout";
import type { TemplateDefinition } from "../../templates/model";
import type { Naming, PlannedSheet, WorkbookPlan } from "../../templates/plan";
import { suffixNaming } from "../../templates/naming";
import { settingProblem, withSettings } from "../../templates/settings";
import { insertedCopies, type InsertedCopy } from "../insertedCopies";

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
  /** The inserted templates checked, e.g. "counselling-case" and "volunteer-hours" (suffix 2). */
  copies: InsertedCopy[];
  /**
   * Copies made with another version of their template than the add-in has: laid out again, they
   * might differ in cells the user never touched, so they are not checked.
   */
  otherVersions: { copy: InsertedCopy; current: string }[];
}

const isFormula = (content: CellContent): boolean => typeof content === "string" && content.startsWith("=");

/**
 * The definition an inserted copy was laid out from, to lay it out again. Kept to this one place
 * so that what an insertion may vary (settings recorded with the copy) is taken into account here.
 */
export function definitionOfCopy(copy: InsertedCopy, definitions: TemplateDefinition[]): TemplateDefinition | undefined {
  const definition = definitions.find((candidate) => candidate.id === copy.templateId);
  if (!definition) return undefined;
  // A setting this version no longer has, or a value it no longer allows, is left at its default.
  const choices = definition.settings?.choices ?? [];
  const usable = Object.entries(copy.settings).filter(([key, value]) => {
    const setting = choices.find((choice) => choice.key === key);
    return setting !== undefined && settingProblem(setting, value, "en") === null;
  });
  return withSettings(definition, Object.fromEntries(usable));
}

const hasReviewSheet = (template: TemplateDefinition): boolean =>
  template.sheets.some((sheet) => (sheet.rows ?? []).some((row) => row.kind === "resultGrid" && row.names?.includes(reviewFindingsName)));

/** The plan of the copy as inserted: in its recorded language, or else the one whose sheets are all in the workbook. */
function planOfCopy(template: TemplateDefinition, copy: InsertedCopy, naming: Naming, sheetNames: string[]): WorkbookPlan | undefined {
  const sheets = new Set(sheetNames.map((sheet) => sheet.toLowerCase()));
  return (copy.language ? [copy.language] : (["en", "de"] as const))
    .map((language) => layoutTemplate(template, language, undefined, naming))
    .find((candidate) => candidate.sheets.every((sheet) => sheets.has(sheet.name.toLowerCase())));
}

/** Data rows of a sheet's table (below its header): the user's, checked through the workbook's table instead. */
function isTableBody(sheet: PlannedSheet, row: number, column: number): boolean {
  return sheet.tables.some((table) => {
    const range = parseRange(table.range);
    return row > range.top && row <= range.bottom && column >= range.left && column <= range.right;
  });
}

function finding(sheet: string, row: number, column: number, holds: CellContent): FormulaCellFinding {
  return { address: `${quotedSheet(sheet)}!${cellAddress(row, column)}`, holds };
}

/**
 * Compares the formula cells of one laid-out copy with the workbook: each sheet's part holding
 * formula cells and each computed table column, all read in one batch.
 */
async function compare(
  port: WorkbookPort,
  plan: WorkbookPlan,
  tableColumns: TableColumn[],
): Promise<{ findings: FormulaCellFinding[]; checked: number }> {
  const findings: FormulaCellFinding[] = [];
  let checked = 0;
  const reads: { address: string; compare: (snapshot: RangeSnapshot) => void }[] = [];
  for (const sheet of plan.sheets) {
    const formulaCells = sheet.cells.filter(
      (cell) => isFormula(cell.content) && !cell.literal && !isTableBody(sheet, cell.row, cell.column),
    );
    if (formulaCells.length > 0) {
      let [bottom, right] = [1, 1];
      for (const cell of formulaCells) [bottom, right] = [Math.max(bottom, cell.row), Math.max(right, cell.column)];
      // Bands of rows, each within one read (a Monte Carlo sheet of 10,000 iterations is larger).
      const bandRows = Math.max(1, Math.floor(largestRead / right));
      for (let top = 1; top <= bottom; top += bandRows) {
        const last = Math.min(bottom, top + bandRows - 1);
        const inBand = formulaCells.filter((cell) => cell.row >= top && cell.row <= last);
        if (inBand.length === 0) continue;
        reads.push({
          address: `${quotedSheet(sheet.name)}!${rangeAddress(top, 1, last, right)}`,
          compare: (snapshot) => {
            for (const cell of inBand) {
              checked += 1;
              const held = snapshot.formulas[cell.row - top]?.[cell.column - 1] ?? "";
              if (!isFormula(held)) findings.push(finding(sheet.name, cell.row, cell.column, held));
            }
          },
        });
      }
    }
    for (const table of sheet.tables) {
      for (const [i, formula] of (table.columnFormulas ?? []).entries()) {
        if (formula === null) continue;
        const column = tableColumns.find(
          (candidate) => candidate.table.toLowerCase() === table.name.toLowerCase() && candidate.column === table.headers[i],
        );
        if (!column || column.rows === 0) continue;
        reads.push({
          address: column.address,
          compare: (snapshot) => {
            const { sheet: sheetName, top, left } = parseRange(snapshot.address);
            snapshot.formulas.forEach((row, r) => {
              checked += 1;
              if (!isFormula(row[0] ?? "")) findings.push(finding(sheetName ?? sheet.name, top + r, left, row[0] ?? ""));
            });
          },
        });
      }
    }
  }
  const snapshots = await port.readRanges(reads.map((read) => read.address));
  reads.forEach((read, i) => read.compare(snapshots[i]));
  return { findings, checked };
}

/**
 * Checks every inserted copy of a template with a review sheet and writes the number of its
 * findings and today's date into that copy's review sheet; null when the workbook holds no such copy.
 * A copy made with another version of its template is reported in `otherVersions`, not checked.
 */
export async function checkFormulaCells(
  port: WorkbookPort,
  definitions: TemplateDefinition[],
  today: Date = new Date(),
): Promise<FormulaCellsCheck | null> {
  const named = await port.namedInputs();
  const names = new Set(named.map((input) => input.name.toLowerCase()));
  const [sheetNames, tableColumns] = await Promise.all([port.sheetNames(), port.tableColumns()]);
  const checkedOn = serialFromCalendarDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const result: FormulaCellsCheck = { findings: [], checked: 0, copies: [], otherVersions: [] };
  for (const copy of await insertedCopies(port, named)) {
    const template = definitionOfCopy(copy, definitions);
    const naming = suffixNaming(copy.suffix);
    if (!template || !hasReviewSheet(template) || !names.has(naming.name(reviewFindingsName).toLowerCase())) continue;
    if (template.version !== copy.version) {
      result.otherVersions.push({ copy, current: template.version });
      continue;
    }
    const plan = planOfCopy(template, copy, naming, sheetNames);
    if (!plan) continue;
    const { findings, checked } = await compare(port, plan, tableColumns);
    // Beside the Review sheet's own ISFORMULA count, in its locked cells.
    await port.setNamedResults([
      { name: naming.name(reviewFindingsName), value: findings.length },
      { name: naming.name(reviewCheckedOnName), value: checkedOn },
    ]);
    result.findings.push(...findings);
    result.checked += checked;
    result.copies.push(copy);
  }
  return result.copies.length > 0 || result.otherVersions.length > 0 ? result : null;
}
