/**
 * The review sheet's highlights written through Office.js into the recording fake: one "cell value
 * equal to" conditional format per text on each planned range (ExcelApi 1.6), left out and reported
 * below 1.6. The ranges by hand from the volunteer template's review sheet (see
 * test/templates/reviewHighlights.test.ts): results in B6:B7, B9:B12 and B16:B17, the input still to
 * replace in B21 and the inputs against the template's values in B25:B26.
 */
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { templateInsertion } from "../../src/templates/layout";
import { FakeExcel, type FakeConditionalFormat } from "../support/fakeExcel";

/** The fake's record of one format: Excel's preset light red fill with dark red, bold text. */
const format = (range: string, text: string): FakeConditionalFormat => ({
  range,
  fill: "#FFC7CE",
  fontColor: "#9C0006",
  bold: true,
  italic: false,
  rule: { formula1: `="${text}"`, operator: "EqualTo" },
});

describe("review highlights through Office.js", () => {
  it("adds a conditional format for each text on each range of results, and nowhere else", async () => {
    const fake = new FakeExcel();
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    expect(report.omitted).toEqual([]);
    expect(fake.sheet("Review")!.conditionalFormats).toEqual([
      ...["B6:B7", "B9:B12", "B16:B17"].flatMap((range) => [format(range, "warn"), format(range, "not checked yet")]),
      format("B21", "still to replace"),
      format("B25:B26", "changed"),
    ]);
    expect(fake.sheets.filter((sheet) => sheet.conditionalFormats.length > 0).map((sheet) => sheet.name)).toEqual(["Review"]);
  });

  it("uses the German texts in a German workbook", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(volunteerHoursTemplate, "de"));
    expect(fake.sheet("Prüfung")!.conditionalFormats.map((added) => added.rule!.formula1)).toEqual([
      '="prüfen"',
      '="noch nicht geprüft"',
      '="prüfen"',
      '="noch nicht geprüft"',
      '="prüfen"',
      '="noch nicht geprüft"',
      '="noch zu ersetzen"',
      '="geändert"',
    ]);
  });

  it("leaves them out below ExcelApi 1.6 and says so", async () => {
    const fake = new FakeExcel();
    fake.apiMinorVersion = 5;
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    expect(report.omitted).toContain("highlighted results: conditional formats (ExcelApi 1.6)");
    expect(fake.sheets.flatMap((sheet) => sheet.conditionalFormats)).toEqual([]);
    expect(fake.sheet("Review")!.formulas.size).toBeGreaterThan(0);
  });

  it("the fake refuses a misspelled type, property or rule", async () => {
    const attempt = (write: (range: Excel.Range) => void) =>
      new FakeExcel().host().run(async (context) => write(context.workbook.worksheets.getItem("Sheet1").getRange("B2")));
    await expect(attempt((range) => range.conditionalFormats.add("cellValue" as Excel.ConditionalFormatType))).rejects.toThrow(
      /no conditional format type/,
    );
    await expect(attempt((range) => range.conditionalFormats.add("CellValue").custom)).rejects.toThrow(/does not exist/);
    await expect(
      attempt((range) => {
        (range.conditionalFormats.add("CellValue").cellValue.format.fill as unknown as { colour: string }).colour = "#FFC7CE";
      }),
    ).rejects.toThrow(/no such property/);
    await expect(
      attempt((range) => {
        range.conditionalFormats.add("CellValue").cellValue.rule = {
          formula: '="warn"',
          operator: "EqualTo",
        } as unknown as Excel.ConditionalCellValueRule;
      }),
    ).rejects.toThrow(/no property formula/);
    await expect(
      attempt((range) => {
        range.conditionalFormats.add("CellValue").cellValue.rule = {
          formula1: '="warn"',
          operator: "Equal" as Excel.ConditionalCellValueOperator,
        };
      }),
    ).rejects.toThrow(/no operator 'Equal'/);
  });
});
