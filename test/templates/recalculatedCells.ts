/** Reading a workbook recalculated by LibreOffice (see libreoffice.ts) against expected values. */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRange } from "../../src/shared/addresses";
import type { WorkbookPlan } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import type { Expected } from "./expectedResults";
import { recalculate, recalculatedLinks, type ComputedLink } from "./libreoffice";

const errorValue = /^(#NAME\?|#DIV\/0!|#VALUE!|#REF!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** Cells of the recalculated sheets that show an error value, as "Sheet!R1C1: #VALUE!". */
export function errorCells(sheets: Map<string, string[][]>): string[] {
  const errors: string[] = [];
  for (const [sheet, rows] of sheets) {
    rows.forEach((row, r) => row.forEach((cell, c) => errorValue.test(cell) && errors.push(`${sheet}!R${r + 1}C${c + 1}: ${cell}`)));
  }
  return errors;
}

function cellNumber(text: string): number | string {
  const percent = /^(-?[\d.E+-]+)%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const value = Number(text);
  return text !== "" && Number.isFinite(value) ? value : text;
}

function closeTo(actual: number | string, expected: number | string): boolean {
  if (typeof expected === "string" || typeof actual === "string") return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** Named cells whose recalculated value differs from the expected one by more than 1e-9 relative. */
export function namedMismatches(plan: WorkbookPlan, sheets: Map<string, string[][]>, expected: Expected): string[] {
  const mismatches: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const where = plan.nameAddresses[name];
    if (!where) {
      mismatches.push(`${name}: no such name in the plan`);
      continue;
    }
    const rows = sheets.get(where.sheet)!;
    const range = parseRange(where.address);
    const actual: (number | string)[] = [];
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) actual.push(cellNumber(rows[r - 1]?.[c - 1] ?? ""));
    const wanted = Array.isArray(value) ? value : [value];
    if (actual.length !== wanted.length || actual.some((a, i) => !closeTo(a, wanted[i]))) {
      mismatches.push(`${name} at ${where.sheet}!${where.address}: LibreOffice ${actual.join("; ")}, engine ${wanted.join("; ")}`);
    }
  }
  return mismatches;
}

/** Puts `content` into the cell of a plan's workbook name, or the cell `columnOffset` to its right (e.g. an input's source). */
export function setNamedCell(plan: WorkbookPlan, name: string, content: number | string, columnOffset = 0): void {
  const where = plan.nameAddresses[name];
  const { top, left } = parseRange(where.address);
  const sheet = plan.sheets.find((candidate) => candidate.name === where.sheet)!;
  const cell = sheet.cells.find((candidate) => candidate.row === top && candidate.column === left + columnOffset)!;
  cell.content = content;
}

/**
 * Plans written as .xlsx files and recalculated in one LibreOffice run: by label, each plan with
 * its calculated sheets, and with `links` the computed links of each (a second run, see recalculatedLinks).
 */
export async function recalculatePlans(
  plans: { label: string; stem: string; plan: WorkbookPlan }[],
  { links = false }: { links?: boolean } = {},
): Promise<Map<string, { plan: WorkbookPlan; sheets: Map<string, string[][]>; links: ComputedLink[] }>> {
  const dir = mkdtempSync(join(tmpdir(), "pd-templates-"));
  const files: string[] = [];
  for (const [i, { stem, plan }] of plans.entries()) {
    files.push(join(dir, `case${i}-${stem}.xlsx`));
    writeFileSync(files[i], await renderXlsx(plan));
  }
  const recalculated = recalculate(files);
  const computedLinks = links ? recalculatedLinks(files) : new Map<string, ComputedLink[]>();
  return new Map(
    plans.map(({ label, plan }, i) => [label, { plan, sheets: recalculated.get(files[i])!, links: computedLinks.get(files[i]) ?? [] }]),
  );
}
