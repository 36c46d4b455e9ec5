import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { TemplateInsertionError } from "../../src/office/workbookPort";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { templateInsertion } from "../../src/templates/layout";
import { FakeExcel } from "../support/fakeExcel";

function snapshot(fake: FakeExcel) {
  return { sheets: fake.sheets.map((sheet) => sheet.name), names: [...fake.names.keys()] };
}

describe("OfficeWorkbook.insertTemplate against the recording fake", () => {
  it("inserts the counselling case in two syncs, suffixing every sheet and name when one sheet exists", async () => {
    const fake = new FakeExcel(["Summary"]);
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(fake.syncs).toBe(2);
    expect(report.suffix).toBe(2);
    expect(report.sheets).toEqual(["Summary (2)", "Assumptions (2)", "Evidence (2)", "Flows (2)", "Method and sources (2)", "PreventionDividend (2)"]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Summary", ...report.sheets]);
    expect(fake.sheet("Summary")!.formulas.size).toBe(0);
    expect(fake.names.get("discount_rate_2")).toBe("='Assumptions (2)'!$B$21");
    expect(fake.sheet("Assumptions (2)")!.formulas.get("21,2")).toBe(0.035);
    expect(fake.sheet("PreventionDividend (2)")!.visibility).toBe("Hidden");
    expect(fake.calculationSuspended).toBe(1);
    expect(fake.screenUpdatingSuspended).toBe(1);
    expect(report.omitted).toEqual([]);
    // Protection comes last: after it, nothing else is written.
    const firstProtect = fake.log.findIndex((entry) => entry.endsWith(": protect"));
    expect(firstProtect).toBeGreaterThan(0);
    expect(fake.log.slice(firstProtect).every((entry) => entry.endsWith(": protect"))).toBe(true);
    expect(fake.sheets.filter((sheet) => sheet.protected)).toHaveLength(6);
  });

  it("keeps the number of syncs at two for a cohort of 2,000 rows", async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 2000 }, (_, i) => [`T${i}`, i % 2 ? "treated" : "control", 44570, null, 46022]);
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "de", { table: "cohort_table", rows }));
    expect(fake.syncs).toBe(2);
    expect(fake.sheet("Kohorte")!.tables).toEqual([{ name: "cohort_table", range: "A1:H2001" }]);
  });

  it.each([0, 1, 7, 60, 400])("removes everything again when the write sync fails after %i operations", async (applied) => {
    const fake = new FakeExcel(["Data"]);
    fake.names.set("mine", "=Data!$A$1");
    const before = snapshot(fake);
    fake.failAtSync = 2;
    fake.applyBeforeFailure = applied;
    const insertion = new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "de"));
    await expect(insertion).rejects.toThrow(TemplateInsertionError);
    await expect(insertion).rejects.toThrow(/Nothing was changed/);
    expect(snapshot(fake)).toEqual(before);
    expect(fake.syncs).toBeLessThanOrEqual(3);
  });

  it("removes the names too when the failure comes after every sheet and name was added", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 2;
    // Everything but the protection calls at the end of the batch.
    fake.applyBeforeFailure = 100000;
    const plain = new FakeExcel(["Data"]);
    await new OfficeWorkbook(plain.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    fake.applyBeforeFailure = plain.log.filter((entry) => !entry.endsWith(": protect")).length;
    await expect(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"))).rejects.toThrow(TemplateInsertionError);
    expect(snapshot(fake)).toEqual({ sheets: ["Data"], names: [] });
    expect(fake.syncs).toBe(3);
  });

  it("leaves out data validation, notes and charts below their requirement sets and says so", async () => {
    const fake = new FakeExcel();
    fake.apiMinorVersion = 7;
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(report.omitted).toEqual([
      "suspended screen updating (ExcelApi 1.9)",
      "data validation (ExcelApi 1.8)",
      "notes with sources (ExcelApi 1.18; the source column holds them too)",
    ]);
    expect(fake.sheets.every((sheet) => sheet.validations.length === 0 && sheet.notes.length === 0)).toBe(true);
    expect(fake.sheet("Flows")!.charts).toEqual(["Line"]);
    expect(fake.screenUpdatingSuspended).toBe(0);
  });

  it("refuses below ExcelApi 1.4 without touching the workbook", async () => {
    const fake = new FakeExcel();
    fake.apiMinorVersion = 3;
    await expect(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"))).rejects.toThrow(/ExcelApi 1.4/);
    expect(snapshot(fake)).toEqual({ sheets: ["Sheet1"], names: [] });
  });
});

describe("the fake itself", () => {
  it("rejects misspelled methods and reads of unloaded properties", async () => {
    const fake = new FakeExcel();
    await fake.host().run(async (context) => {
      const sheets = context.workbook.worksheets as unknown as Record<string, unknown>;
      expect(() => sheets.addd).toThrow(/addd does not exist/);
      context.workbook.worksheets.load("items/name");
      expect(() => context.workbook.worksheets.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(context.workbook.worksheets.items.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
    });
  });
});

describe("OfficeWorkbook reading and writing", () => {
  it("lists sheets in one sync and writes a block", async () => {
    const fake = new FakeExcel(["A", "B"]);
    const workbook = new OfficeWorkbook(fake.host());
    expect(await workbook.sheetNames()).toEqual(["A", "B"]);
    await workbook.writeBlock("B!C3", [[1, "=C3*2"]]);
    expect(fake.sheet("B")!.formulas.get("3,4")).toBe("=C3*2");
    expect(fake.syncs).toBe(2);
  });
});
