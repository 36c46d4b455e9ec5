/**
 * The adjusted difference of the placement-cohort template: in the .xlsx a value computed by the
 * engine when the file is made, with a note that says so; inside Excel with the add-in the formula
 * PREVENT.ADJUSTED over the cohort table. Reference: R's glm(binomial) on the example cohort
 * (test/reference/comparableGroups.R → comparableGroups.json, regression at 95 %).
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { readTemplateData } from "../../src/templates/data";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { layoutTemplate, templateInsertion } from "../../src/templates/layout";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { referenceCase } from "../reference/comparableGroupsReference";
import { FakeExcel } from "../support/fakeExcel";

const csv = path.resolve(__dirname, "../../examples/housing-counselling-cohort.csv");
const data = readTemplateData(placementCohort, fs.readFileSync(csv, "utf8"), "housing-counselling-cohort.csv");
const expected = referenceCase("cohort").adjusted.find((entry) => entry.method === "regression" && entry.confidence === 0.95)!;

function plannedCell(plan: ReturnType<typeof layoutTemplate>, name: string) {
  const where = plan.nameAddresses[name];
  const sheet = plan.sheets.find((candidate) => candidate.name === where.sheet)!;
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(where.address)!;
  return {
    sheet: where.sheet,
    address: where.address,
    cell: sheet.cells.find((cell) => cell.row === Number(row) && cell.column === column.charCodeAt(0) - 64)!,
  };
}

describe("the placement cohort's adjusted difference", () => {
  it("is written into the .xlsx as the value computed from the rows, with a note saying so", async () => {
    const plan = layoutTemplate(placementCohort, "en", data);
    // The Results sheet is the file's first; its notes are in the comments part its relations name.
    const zip = await JSZip.loadAsync(await renderXlsx(plan));
    expect(plan.sheets[0].name).toBe("Results");
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const relations = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
    const commentsPart = /Target="\.\.\/(comments\d+\.xml)"/.exec(relations)![1];
    const comments = await zip.file(`xl/${commentsPart}`)!.async("string");
    for (const [name, value] of [
      ["adjusted_difference", expected.difference],
      ["adjusted_lower", expected.lower],
      ["adjusted_upper", expected.upper],
      ["adjusted_rate_control_adjusted", expected.rate_control_adjusted],
    ] as const) {
      const { address } = plannedCell(plan, name);
      const cell = new RegExp(`<c r="${address}"[^>]*>(.*?)</c>`).exec(sheetXml)![1];
      expect([name, cell.includes("<f>")]).toEqual([name, false]);
      const stored = Number(/<v>([^<]+)<\/v>/.exec(cell)![1]);
      expect([name, Math.abs(stored - value) < 1e-6]).toEqual([name, true]);
      const note = new RegExp(`<comment ref="${address}"[^>]*>([\\s\\S]*?)</comment>`).exec(comments)![1].replace(/<[^>]+>/g, "");
      expect(note).toMatch(
        /^Value computed when this file was made, from the rows the table held then; it does not change with the rows\./,
      );
    }
  });

  it("says in the note why there is no value when the rows do not allow one", () => {
    // The six example rows: a covariate separates the outcome, so the engine stops.
    const { cell } = plannedCell(layoutTemplate(placementCohort, "de"), "adjusted_difference");
    expect(cell.content).toBe("");
    expect(cell.note).toMatch(/^Beim Erstellen dieser Datei nicht berechenbar aus den damaligen Zeilen der Tabelle: .*separation/);
  });

  it("comes from PREVENT.ADJUSTED over the cohort table inside Excel, without the note", async () => {
    const plan = layoutTemplate(placementCohort, "en", data);
    const { cell, address } = plannedCell(plan, "adjusted_difference");
    expect(cell.addinFormula).toBe(
      '=PREVENT.ADJUSTED(cohort_entered_24,IF(cohort_group="treated",1,IF(cohort_group="control",0,"")),cohort_age:cohort_living_alone,"regression",confidence,"difference")',
    );
    const withAddin = new FakeExcel();
    await new OfficeWorkbook(withAddin.host()).insertTemplate(templateInsertion(placementCohort, "en", data));
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
    const key = `${row},${column.charCodeAt(0) - 64}`;
    expect(withAddin.sheet("Results")!.formulas.get(key)).toBe(cell.addinFormula);
    // The fake records a note by the address of the Range it was added through.
    expect(withAddin.sheet("Results")!.notes).not.toContain(address);
    const without = new FakeExcel();
    without.customFunctions = false;
    await new OfficeWorkbook(without.host()).insertTemplate(templateInsertion(placementCohort, "en", data));
    expect(without.sheet("Results")!.formulas.get(key)).toBe(cell.content);
    expect(without.sheet("Results")!.notes).toContain(address);
  });
});
