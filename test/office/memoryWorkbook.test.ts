import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { templateInsertion } from "../../src/templates/layout";
import { tinyTemplate } from "../support/tinyTemplate";

describe("MemoryWorkbook", () => {
  it("writes and reads blocks, keeping formulas apart from values", async () => {
    const workbook = new MemoryWorkbook(["Data"]);
    await workbook.writeBlock("Data!B2", [[1, "=B2*2"], ["x", true]]);
    const snapshot = await workbook.readRange("Data!B2:C3");
    expect(snapshot.address).toBe("Data!B2:C3");
    expect(snapshot.values).toEqual([[1, ""], ["x", true]]);
    expect(snapshot.formulas).toEqual([[1, "=B2*2"], ["x", true]]);
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
});
