import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { templateInsertion } from "../../src/templates/layout";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { tinyTemplate } from "../support/tinyTemplate";

describe("MemoryWorkbook", () => {
  it("writes and reads blocks, keeping formulas apart from values", async () => {
    const workbook = new MemoryWorkbook(["Data"]);
    await workbook.writeBlock("Data!B2", [
      [1, "=B2*2"],
      ["x", true],
    ]);
    const snapshot = await workbook.readRange("Data!B2:C3");
    expect(snapshot.address).toBe("Data!B2:C3");
    expect(snapshot.values).toEqual([
      [1, ""],
      ["x", true],
    ]);
    expect(snapshot.formulas).toEqual([
      [1, "=B2*2"],
      ["x", true],
    ]);
  });

  it("inserts a template with its names, and suffixes everything when a sheet name is taken", async () => {
    const workbook = new MemoryWorkbook(["Inputs"]);
    const report = await workbook.insertTemplate(templateInsertion(tinyTemplate, "en"));
    expect(report.suffix).toBe(2);
    expect(report.sheets).toEqual(["Inputs (2)", "Flows (2)", "PreventionDividend (2)"]);
    expect(workbook.names.get("rate_2")).toBe("'Inputs (2)'!$B$2");
    const factor = await workbook.readRange("'Inputs (2)'!B3");
    expect(factor.formulas).toEqual([["=1/(1+rate_2)"]]);
    // Year 2 of the cumulative row sums the discount row from year 1 to year 2.
    const flows = await workbook.readRange("'Flows (2)'!C3");
    expect(flows.formulas).toEqual([["=SUM($B$2:C2)"]]);
    expect(workbook.sheet("PreventionDividend (2)").hidden).toBe(true);
    const inputs = await workbook.namedInputs();
    expect(inputs.find((input) => input.name === "rate_2")?.value).toBe(0.035);
  });

  it("uses the base names when nothing collides and leaves existing sheets untouched", async () => {
    const workbook = new MemoryWorkbook(["Sheet1"]);
    await workbook.writeBlock("Sheet1!A1", [["mine"]]);
    const report = await workbook.insertTemplate(templateInsertion(tinyTemplate, "de"));
    expect(report.suffix).toBe(1);
    expect(await workbook.sheetNames()).toEqual(["Sheet1", "Annahmen", "Zahlungen", "PreventionDividend"]);
    expect((await workbook.readRange("Sheet1!A1")).values).toEqual([["mine"]]);
    await workbook.setNamedInput("rate", 0.02);
    expect((await workbook.readRange("Annahmen!B2")).values).toEqual([[0.02]]);
  });

  it("suffixes when only a workbook name is taken", async () => {
    const workbook = new MemoryWorkbook(["Sheet1"]);
    workbook.names.set("FACTOR", "Sheet1!$A$1");
    const report = await workbook.insertTemplate(templateInsertion(tinyTemplate, "en"));
    expect(report.suffix).toBe(2);
    expect(report.names).toContain("factor_2");
  });

  it("makes a table from a header row and reads its columns by structured reference", async () => {
    const workbook = new MemoryWorkbook(["Data", "Group data"]);
    await workbook.writeBlock("'Group data'!B3", [
      ["Household", "Moved within 24 months", "Days: at home"],
      ["T1", 1, 700],
      ["T2", 0, 731],
      ["T3", 1, 12],
    ]);
    workbook.addTable("Counselled", "'Group data'!B3:D6");
    expect(await workbook.tableColumns()).toEqual([
      { table: "Counselled", column: "Household", address: "'Group data'!B4:B6", rows: 3 },
      { table: "Counselled", column: "Moved within 24 months", address: "'Group data'!C4:C6", rows: 3 },
      { table: "Counselled", column: "Days: at home", address: "'Group data'!D4:D6", rows: 3 },
    ]);
    const moved = await workbook.readRange("Counselled[Moved within 24 months]");
    expect(moved).toEqual({ address: "'Group data'!C4:C6", values: [[1], [0], [1]], formulas: [[1], [0], [1]] });
    // Excel compares table and column names without case; the double-bracket form reads the same.
    expect((await workbook.readRange("COUNSELLED[[days: at home]]")).values).toEqual([[700], [731], [12]]);
    await expect(workbook.readRange("Counselled[Moved]")).rejects.toThrow("no table column 'Counselled[Moved]' in this workbook");
    expect(() => workbook.addTable("counselled", "Data!A1:A2")).toThrow(/exists already/);
  });

  it("lists the tables of an inserted template", async () => {
    const workbook = new MemoryWorkbook(["Sheet1"]);
    await workbook.insertTemplate(templateInsertion(placementCohort, "de"));
    const columns = await workbook.tableColumns();
    // Kohorte: 19 columns over A1:S7 (header and six example rows); KM-Kurve: 6 columns over A1:F14.
    expect(columns).toHaveLength(25);
    expect(columns[0]).toEqual({ table: "cohort_table", column: "Kennung (pseudonym)", address: "Kohorte!A2:A7", rows: 6 });
    expect(columns[24]).toMatchObject({ table: "km_curve_table", address: "'KM-Kurve'!F2:F14", rows: 13 });
    const groups = await workbook.readRange("cohort_table[Gruppe]");
    expect(groups.address).toBe("Kohorte!B2:B7");
    // The German cohort sheet holds the German codes.
    expect(groups.values.flat().every((group) => group === "gefördert" || group === "Vergleich")).toBe(true);
  });
});

describe("texts from data files in the in-memory workbook", () => {
  it("keeps a formula-like text as a value", async () => {
    const workbook = new MemoryWorkbook();
    const rows = [['=HYPERLINK("http://x","click")', "treated", 44570, null, 46022]];
    await workbook.insertTemplate(templateInsertion(placementCohort, "en", { table: "cohort_table", rows }));
    const cell = await workbook.readRange("Cohort!A2");
    expect(cell.values[0][0]).toBe('=HYPERLINK("http://x","click")');
    expect(cell.formulas[0][0]).toBe('=HYPERLINK("http://x","click")');
  });
});
