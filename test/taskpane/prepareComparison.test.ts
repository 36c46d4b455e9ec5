import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "../support/fakeExcel";
import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { prepareComparison, type WizardInput } from "../../src/taskpane/wizard/prepareComparison";

const cohortInput: WizardInput = {
  outcome: "binary",
  ranges: ["Cohort!G2:G241", "Cohort!G242:G471"],
  confidence: "95",
  target: "Cohort!J2",
  wording: "careHome",
};

describe("prepareComparison on the preview workbook", () => {
  it("reads a range typed down to the sheet's last row only as far as the sheet holds anything, and says so", async () => {
    const workbook = await previewWorkbook();
    // The cohort fills rows 2–471; the comparison group typed to row 1,048,576 is cut at row 471.
    const input = { ...cohortInput, ranges: ["Cohort!G2:G241", "Cohort!G242:G1048576"] };
    const prepared = await prepareComparison(workbook, input, "en");
    if (prepared.kind !== "ready") throw new Error(JSON.stringify(prepared));
    if (prepared.figures.kind !== "binary") throw new Error("binary expected");
    expect(prepared.figures.nControl).toBe(230);
    expect(prepared.warnings).toEqual([
      "Comparison group: only Cohort!$G$242:$G$471 of Cohort!$G$242:$G$1048576 holds anything, so only that part was read and is used in the formulas.",
    ]);
    expect(prepared.cells[2][1]).toBe("Cohort!$G$242:$G$471");
  });

  it("stops with a message when a typed range holds nothing", async () => {
    const workbook = await previewWorkbook();
    const input = { ...cohortInput, ranges: ["Cohort!G2:G241", "Cohort!Z5:Z9"] };
    await expect(prepareComparison(workbook, input, "en")).rejects.toThrow("Comparison group: Cohort!$Z$5:$Z$9 holds nothing to compare.");
  });

  it("computes the example cohort and lays out a labelled block of RATEDIFF formulas", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(workbook, cohortInput, "en");
    if (prepared.kind !== "ready") throw new Error(JSON.stringify(prepared));
    // 34/240 = 0.141667 and 70/230 = 0.304348 (the examples' README states the counts).
    expect(prepared.figures.kind).toBe("binary");
    if (prepared.figures.kind !== "binary") return;
    expect(prepared.figures.rateTreated).toBeCloseTo(0.141667, 6);
    expect(prepared.figures.rateControl).toBeCloseTo(0.304348, 6);
    expect(prepared.figures.nTreated).toBe(240);
    expect(prepared.figures.nControl).toBe(230);
    expect(prepared.sentence).toMatch(/^Counselled households moved into a care home 16\.3 percentage points less often/);
    expect(prepared.sentence).toContain("about 6 households");
    expect(prepared.warnings).toEqual([]);
    expect(prepared.occupied).toBe(false);
    expect(prepared.topLeft).toBe("Cohort!J2");
    // Title, two ranges, confidence, ten keys, reading: 15 rows in J2:K16.
    expect(prepared.blockAddress).toBe("Cohort!J2:K16");
    expect(prepared.cells).toHaveLength(15);
    expect(prepared.cells[1]).toEqual(["Treated group", "Cohort!$G$2:$G$241"]);
    expect(prepared.cells[3]).toEqual(["Confidence level", 0.95]);
    // The block's labels are those PREVENT.RATEDIFF spills itself; a difference of rates is written
    // in percentage points: 100 × the share, with the points format ("−16.27 pp").
    expect(prepared.cells[6]).toEqual([
      "Difference (treated − control)",
      '=100*PREVENT.RATEDIFF(Cohort!$G$2:$G$241, Cohort!$G$242:$G$471, $K$5, "difference")',
    ]);
    expect(prepared.numberFormats[6]).toEqual([null, '0.00" pp"']);
    expect(prepared.cells[14][1]).toBe(prepared.sentence);
  });

  it("qualifies ranges without a sheet with the sheet of the selection", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(workbook, { ...cohortInput, ranges: ["G2:G241", "$G$242:$G$471"], target: "J2" }, "de");
    if (prepared.kind !== "ready") throw new Error("not ready");
    expect(prepared.topLeft).toBe("Cohort!J2");
    expect(prepared.cells[0][0]).toBe("Gruppenvergleich: Ergebnis ja/nein");
    expect(prepared.cells[2]).toEqual(["Vergleichsgruppe", "Cohort!$G$242:$G$471"]);
    expect(prepared.sentence).toMatch(/^Beratene Haushalte zogen 16,3 Prozentpunkte seltener/);
    // The p-values of the block (z-test and Fisher, rows 10 and 11) read "< 0,001" when below 0.001, with a German comma.
    expect(prepared.cells[9][0]).toMatch(/^p-Wert/);
    expect(prepared.numberFormats[9][1]).toBe('[<0.001]"< 0,001";0.0000');
    expect(prepared.numberFormats[10][1]).toBe('[<0.001]"< 0,001";0.0000');
  });

  it("warns about blank cells and counts only the filled ones", async () => {
    // Treated 1, blank, 0, 1 → n 3; control 0, 0, 1, "" → n 3.
    const workbook = new MemoryWorkbook(["Data"]);
    await workbook.writeBlock("Data!A1", [
      [1, 0],
      [null, 0],
      [0, 1],
      [1, ""],
    ]);
    const prepared = await prepareComparison(workbook, { ...cohortInput, ranges: ["Data!A1:A4", "Data!B1:B4"], target: "Data!D1" }, "en");
    if (prepared.kind !== "ready") throw new Error("not ready");
    expect(prepared.warnings).toEqual([
      expect.stringMatching(/^Treated group: 1 of 4 cells are blank/),
      expect.stringMatching(/^Comparison group: 1 of 4 cells are blank/),
    ]);
    if (prepared.figures.kind !== "binary") throw new Error("wrong kind");
    expect(prepared.figures.nTreated).toBe(3);
    expect(prepared.figures.rateTreated).toBeCloseTo(2 / 3, 12);
  });

  it("asks for one block of cells when the selection has several areas, in German and in English", async () => {
    const fake = new FakeExcel(["Cohort"]);
    fake.selection = { sheet: "Cohort", address: "G2:G10,I2:I10" };
    const workbook = new OfficeWorkbook(fake.host());
    const input = { ...cohortInput, ranges: ["G2:G241", "G242:G471"], target: "J2" };
    await expect(prepareComparison(workbook, input, "de")).rejects.toThrow(
      "Bitte markieren Sie einen zusammenhängenden Zellbereich; die Markierung besteht aus mehreren Bereichen.",
    );
    await expect(prepareComparison(workbook, input, "en")).rejects.toThrow(
      "Select one block of cells: the selection consists of several areas.",
    );
  });

  it("notices that the target cells are not empty", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(workbook, { ...cohortInput, target: "Cohort!F2" }, "en");
    if (prepared.kind !== "ready") throw new Error("not ready");
    expect(prepared.occupied).toBe(true);
  });

  it("names the fields that are missing or malformed", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(
      workbook,
      { ...cohortInput, ranges: ["", "Cohort!G2:"], confidence: "120", target: "nowhere" },
      "en",
    );
    expect(prepared).toEqual({
      kind: "invalid",
      fieldErrors: {
        range0: "Treated group: enter a range.",
        range1:
          "Comparison group: 'Cohort!G2:' is neither a range such as Cohort!C2:C241 nor a table column such as Counselled[Moved within 24 months].",
        confidence: "Confidence level: enter a number between 50 and 99.9 (percent).",
        target: "Write the results at: 'nowhere' is not a range such as Cohort!C2:C241.",
      },
    });
  });

  it("names the field by its label and the cell by its sheet address for a value that is not 0 or 1", async () => {
    const workbook = await previewWorkbook();
    // Column B holds the group names: B2 (the first cell of the range) is 'treated'.
    const input = { ...cohortInput, ranges: ["Cohort!B2:B241", "Cohort!G242:G471"] };
    await expect(prepareComparison(workbook, input, "en")).rejects.toThrow("Treated group: cell Cohort!B2 is 'treated', expected 0 or 1");
    await expect(prepareComparison(workbook, input, "de")).rejects.toThrow(
      "Geförderte Gruppe: Zelle Cohort!B2 enthält 'treated', erwartet 0 oder 1",
    );
  });

  it("counts the cell's sheet row from where the range starts (row 14 of G2:G241 is G15)", async () => {
    const workbook = new MemoryWorkbook(["Kohorte"]);
    const column = Array.from({ length: 20 }, (_, i) => [i === 13 ? "ja" : i % 2]);
    await workbook.writeBlock("Kohorte!G2", column);
    await workbook.writeBlock(
      "Kohorte!H2",
      column.map((_, i) => [i % 3 === 0 ? 1 : 0]),
    );
    const input = { ...cohortInput, ranges: ["Kohorte!G2:G21", "Kohorte!H2:H21"], target: "Kohorte!J2" };
    await expect(prepareComparison(workbook, input, "de")).rejects.toThrow(
      "Geförderte Gruppe: Zelle Kohorte!G15 enthält 'ja', erwartet 0 oder 1",
    );
  });

  it("compares test scores before and after with a difference in differences", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(
      workbook,
      {
        outcome: "beforeAfter",
        ranges: ["Scores!D2:D65", "Scores!D66:D129", "Scores!D130:D187", "Scores!D188:D245"],
        confidence: "95",
        target: "Scores!G2",
        wording: "generic",
      },
      "en",
    );
    if (prepared.kind !== "ready") throw new Error("not ready");
    expect(prepared.cells[6][1]).toBe(
      '=PREVENT.DID(Scores!$D$2:$D$65, Scores!$D$66:$D$129, Scores!$D$130:$D$187, Scores!$D$188:$D$245, $H$7, "difference")',
    );
    expect(prepared.sentence).toMatch(/^From before to after, the treated group's mean changed by/);
  });

  it("compares the mean scores after the programme year with Welch's interval", async () => {
    /* R 4, on kindergarten-scores.csv:
       k <- read.csv("kindergarten-scores.csv")
       t.test(k$score[k$group == "treated" & k$wave == "after"], k$score[k$group == "control" & k$wave == "after"])
       → mean difference 1.298275862, 95 % interval −2.211746322 to 4.808298046 */
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(
      workbook,
      { outcome: "number", ranges: ["Scores!D66:D129", "Scores!D188:D245"], confidence: "95", target: "Scores!G2", wording: "generic" },
      "en",
    );
    if (prepared.kind !== "ready" || prepared.figures.kind !== "number") throw new Error("not ready");
    expect(prepared.figures.difference).toBeCloseTo(1.298275862, 8);
    expect(prepared.figures.lower).toBeCloseTo(-2.211746322, 8);
    expect(prepared.figures.upper).toBeCloseTo(4.808298046, 8);
    expect(prepared.figures.nTreated).toBe(64);
    expect(prepared.figures.nControl).toBe(58);
    expect(prepared.sentence).toMatch(
      /^The treated group's mean was 1\.30 higher than the comparison group's \(.*; 95\u00a0% CI \u22122\.21 to 4\.81\)\. The interval includes no difference/,
    );
  });

  it("compares two table columns and writes the structured references into the formulas", async () => {
    const workbook = await previewWorkbook();
    // Typed in other case and with double brackets: the formulas get the workbook's spelling.
    const prepared = await prepareComparison(
      workbook,
      { ...cohortInput, ranges: ["counselled[[moved within 24 months]]", "Comparison[Moved within 24 months]"], target: "Groups!I2" },
      "en",
    );
    if (prepared.kind !== "ready" || prepared.figures.kind !== "binary") throw new Error("not ready");
    // The same households as Cohort!G2:G241 and G242:G471: 34 of 240 and 70 of 230 moved.
    expect([prepared.figures.nTreated, prepared.figures.nControl]).toEqual([240, 230]);
    expect(prepared.figures.rateTreated).toBeCloseTo(34 / 240, 12);
    expect(prepared.figures.rateControl).toBeCloseTo(70 / 230, 12);
    expect(prepared.warnings).toEqual([]);
    expect(prepared.cells[1]).toEqual(["Treated group", "Counselled[Moved within 24 months]"]);
    expect(prepared.cells[6][1]).toBe(
      '=100*PREVENT.RATEDIFF(Counselled[Moved within 24 months], Comparison[Moved within 24 months], $J$5, "difference")',
    );
  });

  it("looks up table columns only when one is named, and names a missing one", async () => {
    const workbook = await previewWorkbook();
    let lookups = 0;
    const tableColumns = workbook.tableColumns.bind(workbook);
    workbook.tableColumns = async () => {
      lookups += 1;
      return tableColumns();
    };
    await prepareComparison(workbook, cohortInput, "en");
    expect(lookups).toBe(0);
    const prepared = await prepareComparison(workbook, { ...cohortInput, ranges: ["Counselled[Moved]", "Cohort!G242:G471"] }, "de");
    expect(lookups).toBe(1);
    expect(prepared).toEqual({
      kind: "invalid",
      fieldErrors: { range0: "Geförderte Gruppe: Diese Arbeitsmappe hat keine Tabellenspalte Counselled[Moved]." },
    });
  });
});
