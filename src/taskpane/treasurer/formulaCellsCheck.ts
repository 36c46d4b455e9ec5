/**
 * The pane's part of the review sheet: do the model's formula cells still hold formulas? A cell
 * where the template put a formula but the workbook holds a typed number (or nothing) is a
 * finding. Every inserted template that has a review sheet is checked: its hidden marker sheet
 * says which template it is and in which language it was inserted, and its names carry the
 * insertion's suffix. The template is laid out again with that suffix and language, and each
 * sheet's part holding formula cells is read once; the computed columns of a data table are read
 * as the table stands in the workbook, since its rows are the user's.
 */
import type { NamedInput, TableColumn, WorkbookPort } from "../../office/workbookPort";
import { cellAddress, columnLetters, parseRange, quotedSheet } from "../../shared/addresses";
import type { CellContent } from "../../shared/cellContent";
import { serialFromCalendarDate } from "../../shared/serialDates";
import { reviewCheckedOnName, reviewFindingsName } from "../../templates/definitions/reviewSheet";
import { layoutTemplate } from "../../templates/layout";
import { markerName, markerSettingsColumn } from "../../templates/marker";
import type { Language, SettingValues, TemplateDefinition } from "../../templates/model";
import type { Naming, PlannedSheet, WorkbookPlan } from "../../templates/plan";
import { suffixNaming } from "../../templates/naming";
import { settingProblem, withSettings } from "../../templates/settings";

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

/** A template inserted into the workbook, as its marker sheet records it. */
export interface InsertedCopy {
  templateId: string;
  version: string;
  /** The language it was inserted in, when the marker names one the templates have. */
  language?: Language;
  /** The suffix of its sheet and workbook names (1: none). */
  suffix: number;
  /** The settings it was made with (e.g. { iterations: 10000 }); a marker from before settings has none. */
  settings: SettingValues;
}

/** Rows of the marker sheet read for settings (column D the key, E the value); templates have far fewer. */
const markerSettingRows = 8;

const isFormula = (content: CellContent): boolean => typeof content === "string" && content.startsWith("=");

const markerPattern = new RegExp(`^${markerName}(?:_(\\d+))?$`, "i");

/**
 * The inserted templates, in the order of their suffixes: the marker's cells B1:B3 hold id,
 * version and language, columns D and E its settings.
 */
async function insertedCopies(port: WorkbookPort, named: NamedInput[]): Promise<InsertedCopy[]> {
  const copies: InsertedCopy[] = [];
  for (const marker of named) {
    const match = markerPattern.exec(marker.name);
    if (!match) continue;
    const sheet = quotedSheet(parseRange(marker.address).sheet ?? "");
    const last = columnLetters(markerSettingsColumn + 1);
    const cells = (await port.readRange(`${sheet}!B1:${last}${markerSettingRows}`)).values;
    const [id, version, language] = cells.slice(0, 3).map((row) => row[0]);
    if (typeof id !== "string") continue;
    const settingsAt = markerSettingsColumn - 2;
    const settings = cells.flatMap((row) => {
      const [key, value] = [row[settingsAt], row[settingsAt + 1]];
      return typeof key === "string" && key !== "" && typeof value === "number" ? [[key, value] as const] : [];
    });
    copies.push({
      templateId: id,
      version: String(version ?? ""),
      ...(language === "de" || language === "en" ? { language } : {}),
      suffix: match[1] ? Number(match[1]) : 1,
      settings: Object.fromEntries(settings),
    });
  }
  return copies.sort((a, b) => a.suffix - b.suffix);
}

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
  template.sheets.some((sheet) => (sheet.rows ?? []).some((row) => row.kind === "input" && row.name === reviewFindingsName));

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

/** Compares the formula cells of one laid-out copy with the workbook. */
async function compare(
  port: WorkbookPort,
  plan: WorkbookPlan,
  tableColumns: TableColumn[],
): Promise<{ findings: FormulaCellFinding[]; checked: number }> {
  const findings: FormulaCellFinding[] = [];
  let checked = 0;
  for (const sheet of plan.sheets) {
    const formulaCells = sheet.cells.filter(
      (cell) => isFormula(cell.content) && !cell.literal && !isTableBody(sheet, cell.row, cell.column),
    );
    if (formulaCells.length > 0) {
      let [bottom, right] = [1, 1];
      for (const cell of formulaCells) [bottom, right] = [Math.max(bottom, cell.row), Math.max(right, cell.column)];
      const snapshot = await port.readRange(`${quotedSheet(sheet.name)}!A1:${cellAddress(bottom, right)}`);
      for (const cell of formulaCells) {
        checked += 1;
        const held = snapshot.formulas[cell.row - 1]?.[cell.column - 1] ?? "";
        if (!isFormula(held)) findings.push(finding(sheet.name, cell.row, cell.column, held));
      }
    }
    for (const table of sheet.tables) {
      for (const [i, formula] of (table.columnFormulas ?? []).entries()) {
        if (formula === null) continue;
        const column = tableColumns.find(
          (candidate) => candidate.table.toLowerCase() === table.name.toLowerCase() && candidate.column === table.headers[i],
        );
        if (!column || column.rows === 0) continue;
        const snapshot = await port.readRange(column.address);
        const { sheet: sheetName, top, left } = parseRange(snapshot.address);
        snapshot.formulas.forEach((row, r) => {
          checked += 1;
          if (!isFormula(row[0] ?? "")) findings.push(finding(sheetName ?? sheet.name, top + r, left, row[0] ?? ""));
        });
      }
    }
  }
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
    await port.setNamedInput(naming.name(reviewFindingsName), findings.length);
    await port.setNamedInput(naming.name(reviewCheckedOnName), checkedOn);
    result.findings.push(...findings);
    result.checked += checked;
    result.copies.push(copy);
  }
  return result.copies.length > 0 || result.otherVersions.length > 0 ? result : null;
}
