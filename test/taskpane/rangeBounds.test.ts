import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { prepareComparison, typedFieldErrors, type WizardInput } from "../../src/taskpane/wizard/prepareComparison";

const cohortInput: WizardInput = {
  outcome: "binary",
  ranges: ["Cohort!G2:G241", "Cohort!G242:G1048577"],
  confidence: "95",
  target: "Cohort!J2",
  wording: "careHome",
};

describe("ranges past the sheet's last row or column", () => {
  it("refuses a range one row past row 1,048,576 before reading anything, in English and German", async () => {
    const workbook = await previewWorkbook();
    const before = JSON.stringify([...workbook.sheet("Cohort").cells]);
    const prepared = await prepareComparison(workbook, cohortInput, "en");
    expect(prepared).toEqual({
      kind: "invalid",
      fieldErrors: {
        range1:
          "Comparison group: 'Cohort!G242:G1048577' reaches past the last row (1,048,576) or column (XFD) of a sheet; give a range inside the sheet.",
      },
    });
    expect(typedFieldErrors(cohortInput, "de").range1).toBe(
      "Vergleichsgruppe: „Cohort!G242:G1048577“ reicht über die letzte Zeile (1.048.576) oder Spalte (XFD) eines Tabellenblatts hinaus; geben Sie einen Bereich innerhalb des Blatts an.",
    );
    expect(JSON.stringify([...workbook.sheet("Cohort").cells])).toBe(before);
  });

  it("refuses a column past XFD and a target cell past the last row", () => {
    const errors = typedFieldErrors({ ...cohortInput, ranges: ["Cohort!G2:G241", "Cohort!XFE2:XFE9"], target: "J1048577" }, "en");
    expect(errors.range1).toMatch(/^Comparison group: 'Cohort!XFE2:XFE9' reaches past the last row/);
    expect(errors.target).toMatch(/^Write the results at: 'J1048577' reaches past the last row/);
  });

  it("the preview workbook itself refuses to read past the sheet, as Excel does", async () => {
    const workbook = await previewWorkbook();
    await expect(workbook.readRange("Cohort!G2:G2000000")).rejects.toThrow("reaches past the last row or column of a sheet");
    await expect(workbook.readRange("Cohort!G2:G1048576")).resolves.toBeDefined();
  });
});
