/**
 * The highlight of the review sheets' results: a result that is not "pass" (a warning, or the task
 * pane's check not done yet) takes the "flagged" look through conditional formatting, in the file
 * and as LibreOffice shows it after recalculating. Which cells those are, by hand from the volunteer
 * template's review sheet (reviewSheet.ts, volunteerHours.ts): rows 1–5 title, paragraph, blank,
 * heading and header; 6 the rates against the minimum wage, 7 the coordination cost, 8 a paragraph,
 * 9 the ISFORMULA count, 10 the pane's check, 11 the inputs graded D, 12 the inputs changed;
 * 13–15 blank, heading, header; 16 and 17 the source and grade of its two inputs (valuation year,
 * coordination cost); 18–20 blank, heading, header; 21 its one input graded D (the coordination
 * cost); 22–24 blank, heading, header; 25 and 26 its two inputs against the template's values.
 * The results are in column B.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import JSZip from "jszip";
import { join } from "path";
import { cellAddress, parseRange } from "../../src/shared/addresses";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { reviewCheckedOnName, reviewFindingsName } from "../../src/templates/definitions/reviewSheet";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { DataValue, Language, TemplateDefinition } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { looks } from "../../src/templates/styles";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { recalculatedHtml, requireSoffice } from "./libreoffice";
import { setNamedCell } from "./recalculatedCells";

const reviewName = { en: "Review", de: "Prüfung" };
const notPassing = { en: ['"warn"', '"not checked yet"'], de: ['"prüfen"', '"noch nicht geprüft"'] };

/** The review sheet's XML in a rendered file, and the file's differential formats (dxf) in order. */
async function reviewSheetOf(template: TemplateDefinition, language: Language): Promise<{ sheet: string; dxfs: string[] }> {
  const zip = await JSZip.loadAsync(await renderXlsx(layoutTemplate(template, language)));
  const read = (path: string) => zip.file(path)!.async("string");
  const workbook = await read("xl/workbook.xml");
  const id = new RegExp(`<sheet [^>]*name="${reviewName[language]}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(await read("xl/_rels/workbook.xml.rels"))![1];
  const styles = await read("xl/styles.xml");
  return {
    sheet: await read(`xl/${target.replace(/^\/?xl\//, "")}`),
    dxfs: [...styles.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]),
  };
}

/** Every cell of the sheet's conditional formats, as "B6", with the formulas of its rules (all "equal" rules). */
function highlightedCells(sheet: string): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  for (const [, ref, rules] of sheet.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)) {
    const formulas = [...rules.matchAll(/<cfRule type="cellIs"[^>]*operator="equal"[^>]*><formula>([^<]*)<\/formula>/g)].map(([, f]) =>
      f.replace(/&quot;/g, '"'),
    );
    expect(formulas.length).toBe([...rules.matchAll(/<cfRule/g)].length);
    const { top, left, bottom, right } = parseRange(ref);
    for (let row = top; row <= bottom; row++)
      for (let column = left; column <= right; column++) cells.set(cellAddress(row, column), formulas);
  }
  return cells;
}

describe("the .xlsx file", () => {
  it.each(["en", "de"] as const)(
    "highlights exactly the volunteer review's five results, for warnings and the pane's check (%s)",
    async (language) => {
      const cells = highlightedCells((await reviewSheetOf(volunteerHoursTemplate, language)).sheet);
      expect([...cells.keys()].sort()).toEqual(["B10", "B11", "B12", "B16", "B17", "B21", "B25", "B26", "B6", "B7", "B9"]);
      for (const at of ["B6", "B7", "B9", "B10", "B11", "B12", "B16", "B17"]) expect(cells.get(at)).toEqual(notPassing[language]);
      expect(cells.get("B21")).toEqual([language === "en" ? '"still to replace"' : '"noch zu ersetzen"']);
      for (const at of ["B25", "B26"]) expect(cells.get(at)).toEqual([language === "en" ? '"changed"' : '"geändert"']);
    },
  );

  it.each(["en", "de"] as const)("highlights every result of the counselling review and nothing else (%s)", async (language) => {
    const { sheet } = await reviewSheetOf(counsellingCase, language);
    // The results are the cells whose formula can give the warning text; the links beside them cannot.
    const warning = notPassing[language][0].replace(/"/g, "&quot;");
    const results = [...sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>([^<]*)<\/f>/g)]
      .filter(([, , f]) => f.includes(warning))
      .map(([, at]) => at);
    // Three checks of its own, the pane's, and one for each input (at least the discount rate and the horizon).
    expect(results.length).toBeGreaterThan(6);
    const highlighted = [...highlightedCells(sheet).entries()].filter(([, formulas]) => formulas.includes(notPassing[language][0]));
    expect(highlighted.map(([at]) => at).sort()).toEqual(results.sort());
  });

  it("keeps the rules on the protected sheet, after its protection as the schema orders, with the flagged look", async () => {
    const { sheet, dxfs } = await reviewSheetOf(volunteerHoursTemplate, "en");
    expect(sheet.indexOf("<sheetProtection")).toBeGreaterThan(0);
    expect(sheet.indexOf("<conditionalFormatting")).toBeGreaterThan(sheet.indexOf("<sheetProtection"));
    const dxfId = Number(/<cfRule[^>]*dxfId="(\d+)"/.exec(sheet)![1]);
    // A differential fill gives its colour as bgColor (ECMA-376 Part 1, §18.8.17).
    expect(dxfs[dxfId]).toContain(`<bgColor rgb="FF${looks.flagged.fill}"/>`);
    expect(dxfs[dxfId]).toContain(`<color rgb="FF${looks.flagged.fontColor}"/>`);
  });
});

/** The review sheet of LibreOffice's HTML export: each row's cells as text and fill colour (upper case, no '#'). */
function exportedReview(html: string, language: Language): { text: string; fill: string | null }[][] {
  const start = html.indexOf(`<em>${reviewName[language]}</em>`);
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf("<h1>", start);
  const section = html.slice(start, end < 0 ? undefined : end);
  return section
    .split(/<tr\b/i)
    .slice(1)
    .map((row) =>
      [...row.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)].map(([, attributes, content]) => ({
        text: content
          .replace(/<[^>]*>/g, "")
          .replace(/&amp;/g, "&")
          .trim(),
        fill: /bgcolor="#([0-9A-Fa-f]{6})"/.exec(attributes)?.[1].toUpperCase() ?? null,
      })),
    );
}

describe("in LibreOffice, after recalculating", () => {
  let pages: Map<string, { html: string; language: Language }>;

  beforeAll(async () => {
    requireSoffice();
    const dir = mkdtempSync(join(tmpdir(), "pd-review-highlights-"));
    const volunteer = (language: Language, rows?: DataValue[][]) =>
      layoutTemplate(volunteerHoursTemplate, language, rows && { table: "activities_table", rows });
    // The example's first activity has the source document's 8 EUR, below the minimum wage.
    const example = volunteer("en");
    // 15 EUR is above the minimum wage of 2026 (13.90 EUR); the pane found 2 typed numbers on 2026-11-30 (serial 46356).
    const checked = volunteer("de", [["Activity A", 5, 2, 40, 15]]);
    setNamedCell(checked, reviewFindingsName, 2);
    setNamedCell(checked, reviewCheckedOnName, 46356);
    // The same, with nothing found.
    const clean = volunteer("en", [["Activity A", 5, 2, 40, 15]]);
    setNamedCell(clean, reviewFindingsName, 0);
    setNamedCell(clean, reviewCheckedOnName, 46356);
    const plans: [string, WorkbookPlan][] = [
      ["example", example],
      ["checked", checked],
      ["clean", clean],
    ];
    const files = plans.map(([label]) => join(dir, `${label}.xlsx`));
    for (const [i, [, plan]] of plans.entries()) writeFileSync(files[i], await renderXlsx(plan));
    const html = recalculatedHtml(files);
    pages = new Map(plans.map(([label, plan], i) => [label, { html: html.get(files[i])!, language: plan.language }]));
  }, 180000);

  /** The results of the review's checks (column B of rows 6, 7, 10, 16, 17) with their fills. */
  function results(label: string): { text: string; fill: string | null }[] {
    const { html, language } = pages.get(label)!;
    const rows = exportedReview(html, language);
    return [6, 7, 10, 16, 17].map((row) => rows[row - 1][1]);
  }

  const flagged = looks.flagged.fill!;
  const passed = looks.result.fill!;

  it("shows the example's warning about its 8 EUR rate and the unchecked pane's check highlighted, the passes not", () => {
    expect(results("example")).toEqual([
      { text: "warn", fill: flagged },
      { text: "pass", fill: passed },
      { text: "not checked yet", fill: flagged },
      { text: "pass", fill: passed },
      { text: "pass", fill: passed },
    ]);
  });

  it("follows the results: the rate passes, and the pane's finding of 2 typed numbers warns (German)", () => {
    expect(results("checked")).toEqual([
      { text: "ok", fill: passed },
      { text: "ok", fill: passed },
      { text: "prüfen", fill: flagged },
      { text: "ok", fill: passed },
      { text: "ok", fill: passed },
    ]);
  });

  it("highlights nothing when every check passes", () => {
    expect(results("clean").map((cell) => cell.fill)).toEqual([passed, passed, passed, passed, passed]);
    expect(results("clean").map((cell) => cell.text)).toEqual(["pass", "pass", "pass", "pass", "pass"]);
  });
});
