import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { SelectionNotOneBlockError, TemplateInsertionError } from "../../src/office/workbookPort";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { consolidation } from "../../src/templates/definitions/consolidation";
import ExcelJS from "exceljs";
import { parseRange } from "../../src/shared/addresses";
import { layoutTemplate, templateInsertion } from "../../src/templates/layout";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { FakeExcel } from "../support/fakeExcel";

function snapshot(fake: FakeExcel) {
  return { sheets: fake.sheets.map((sheet) => sheet.name), names: [...fake.names.keys()] };
}

describe("OfficeWorkbook.insertTemplate against the recording fake", () => {
  it("inserts the counselling case in four syncs, suffixing every sheet and name when one sheet exists", async () => {
    const fake = new FakeExcel(["Summary"]);
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    // (1) names, (2) sheets, then the writes in requests of at most 2 MB estimated: the sheets'
    // formulas and number formats take about 2.5 MB, the Monte Carlo sheet's 2,036 rows × 30
    // columns about 2.4 MB of it, so they need two requests.
    expect(fake.syncs).toBe(4);
    expect(fake.requestBytes.every((bytes) => bytes <= 2_000_000)).toBe(true);
    expect(report.suffix).toBe(2);
    expect(report.sheets).toEqual([
      "Summary (2)",
      "Committee (2)",
      "Assumptions (2)",
      "Evidence (2)",
      "Flows (2)",
      "Sensitivity (2)",
      "Monte Carlo (2)",
      "Review (2)",
      "PreventionDividend (2)",
    ]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Summary", ...report.sheets]);
    expect(fake.sheet("Summary")!.formulas.size).toBe(0);
    // Row 24: the municipality's name, the average stay in a care home and the first budget year came before it on the Assumptions sheet.
    expect(fake.names.get("discount_rate_2")).toBe("='Assumptions (2)'!$B$24");
    expect(fake.sheet("Assumptions (2)")!.formulas.get("24,2")).toBe(0.035);
    expect(fake.sheet("PreventionDividend (2)")!.visibility).toBe("Hidden");
    // Calculation is suspended again before each of the two writing syncs; screen updating once
    // per insertion, as Microsoft's performance guidance asks (not repeatedly, as in a loop).
    expect(fake.calculationSuspended).toBe(2);
    expect(fake.screenUpdatingSuspended).toBe(1);
    expect(report.omitted).toEqual([]);
    // Protection comes last: after it, nothing else is written.
    const firstProtect = fake.log.findIndex((entry) => entry.endsWith(": protect"));
    expect(firstProtect).toBeGreaterThan(0);
    expect(fake.log.slice(firstProtect).every((entry) => entry.endsWith(": protect"))).toBe(true);
    // Every sheet inserted: the business case's eight and the marker.
    expect(fake.sheets.filter((sheet) => sheet.protected)).toHaveLength(9);
  });

  it("writes a cohort of 2,000 rows in requests under Excel's 5 MB limit, which one request would exceed", async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 2000 }, (_, i) => [`T${i}`, i % 2 ? "treated" : "control", 44570, null, 46022]);
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "de", { table: "cohort_table", rows }));
    // The computed columns alone: each of their formulas, as JSON with its quotes, brackets and comma, in every data row of its table.
    const computed = layoutTemplate(placementCohort, "de", { table: "cohort_table", rows })
      .sheets.flatMap((sheet) => sheet.tables)
      .reduce((sum, table) => {
        const dataRows = parseRange(table.range).bottom - 1;
        return (
          sum + (table.columnFormulas ?? []).reduce((columns, formula) => columns + (formula ? (formula.length + 5) * dataRows : 0), 0)
        );
      }, 0);
    expect(computed).toBeGreaterThan(5_000_000);
    expect(fake.requestBytes.every((bytes) => bytes <= 2_000_000)).toBe(true);
    expect(fake.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(computed / 2_000_000));
    expect(fake.sheet("Kohorte")!.tables).toEqual([{ name: "cohort_table", range: "A1:S2001" }]);
    // The curve: a starting point and two points per person.
    expect(fake.sheet("KM-Kurve")!.tables).toEqual([{ name: "km_curve_table", range: "A1:F4002" }]);
    expect(fake.sheet("KM-Kurve")!.charts).toEqual(["XYScatterLinesNoMarkers"]);
  });

  it("makes the computed columns calculated columns: one formula over each column's data rows, written after the table exists", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en"));
    expect(fake.syncs).toBe(3);
    const cohort = fake.sheet("Cohort")!;
    const plannedTable = layoutTemplate(placementCohort, "en").sheets.find((sheet) => sheet.name === "Cohort")!.tables[0];
    // Column I, "Entry ≤ 24 months" (after the five dates and ids and the three covariates): the same formula in rows 2–7, through the row's own Start and Care-home entry.
    const entered =
      "=IF(AND(ISNUMBER(cohort_table[[#This Row],[Care-home entry]]),cohort_table[[#This Row],[Care-home entry]]-cohort_table[[#This Row],[Start]]<=730),1,0)";
    expect([2, 3, 4, 5, 6, 7].map((row) => cohort.formulas.get(`${row},9`))).toEqual(new Array(6).fill(entered));
    // Texts from the data rows carry Excel's text prefix (see officeCellContent).
    expect(cohort.formulas.get("2,2")).toBe("'treated");
    const tableAdded = fake.log.indexOf("Cohort: table A1:S7");
    const columnWrites = fake.log.filter((entry) => /^Cohort![A-Z]+2:[A-Z]+7: write formulas$/.test(entry));
    expect(columnWrites).toHaveLength(plannedTable.columnFormulas!.filter(Boolean).length);
    expect(columnWrites.every((entry) => fake.log.indexOf(entry) > tableAdded)).toBe(true);
    // Names of table columns are structured references, added after the tables and before the
    // Results sheet's formulas that count through them.
    expect(fake.names.get("cohort_group")).toBe("=cohort_table[Group]");
    expect(fake.names.get("cohort_entered")).toBe("=cohort_table[[Entry (1/0)]]");
    const nameAdded = fake.log.indexOf("add name cohort_group");
    expect(nameAdded).toBeGreaterThan(tableAdded);
    expect(fake.log.findIndex((entry) => entry.startsWith("Results!") && entry.endsWith("write formulas"))).toBeGreaterThan(nameAdded);
    // A table grows only on an unprotected sheet.
    expect(fake.sheets.filter((sheet) => sheet.protected).map((sheet) => sheet.name)).toEqual([
      "Results",
      "Committee",
      "Method and sources",
      "Review",
      "PreventionDividend",
    ]);
  });

  // Syncs of a successful insertion: 1 reads names, 2 adds the sheets, 3 and 4 write the rest.
  // A failure at any of them, after any number of that batch's operations, must leave the workbook as it was.
  // At sync 2 each sheet is added and tagged: a failure between the two is covered in insertionCleanUp.test.ts.
  it.each([
    [2, 0],
    [2, 4],
    [3, 0],
    [3, 1],
    [3, 7],
    [3, 60],
    [3, 400],
    [4, 0],
    [4, 1],
    [4, 50],
    [4, 140],
  ])("removes everything again when sync %i fails after %i of its operations", async (sync, applied) => {
    const fake = new FakeExcel(["Data"]);
    fake.names.set("mine", "=Data!$A$1");
    const before = snapshot(fake);
    fake.failAtSync = sync;
    fake.applyBeforeFailure = applied;
    const insertion = new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "de"));
    await expect(insertion).rejects.toThrow(TemplateInsertionError);
    await expect(insertion).rejects.toThrow(/Nothing was changed/);
    expect(snapshot(fake)).toEqual(before);
    // Three for the insertion at most, then look (and read the tags of sheets whose adding was
    // not confirmed), remove, look again.
    expect(fake.syncs).toBeLessThanOrEqual(sync + 3 + (sync === 2 ? 2 : 0));
  });

  it("removes the names too when the failure comes after every sheet and name was added", async () => {
    const plain = new FakeExcel(["Data"]);
    await new OfficeWorkbook(plain.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    const fake = new FakeExcel(["Data"]);
    const last = plain.syncs;
    fake.failAtSync = last;
    // Everything of the last write batch but the protection calls at its end.
    fake.applyBeforeFailure = plain.requestOperations[last - 1] - plain.log.filter((entry) => entry.endsWith(": protect")).length;
    await expect(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"))).rejects.toThrow(
      /Nothing was changed/,
    );
    expect(snapshot(fake)).toEqual({ sheets: ["Data"], names: [] });
    expect(fake.syncs).toBe(last + 3);
  });

  it("keeps a sheet the user made while the insertion ran, even under the name of one it removes", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 3;
    fake.applyBeforeFailure = 10;
    // Between adding the sheets and writing them, the user deletes "Evidence" and makes their own.
    fake.meanwhile = (sync) => {
      if (sync !== 3) return;
      fake.sheets.splice(fake.sheets.indexOf(fake.sheet("Evidence")!), 1);
      fake.addSheetByHand("Evidence").formulas.set("1,1", "my notes");
    };
    await expect(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"))).rejects.toThrow(
      /Nothing was changed/,
    );
    expect(snapshot(fake).sheets).toEqual(["Data", "Evidence"]);
    expect(fake.sheet("Evidence")!.formulas.get("1,1")).toBe("my notes");
  });

  it("says which sheets and names are still there when removing them fails too", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 3;
    fake.applyBeforeFailure = 100000;
    // Sync 4 looks at what is there, 5 removes it (and fails before any removal), 6 looks again.
    fake.failingSyncs.set(5, 0);
    const failure = new OfficeWorkbook(fake.host())
      .insertTemplate(templateInsertion(counsellingCase, "en"))
      .catch((error: Error) => error.message);
    const message = await failure;
    const leftSheets = fake.sheets.map((sheet) => sheet.name).filter((name) => name !== "Data");
    // The business case's eight sheets and the marker.
    expect(leftSheets).toHaveLength(9);
    expect(message).toMatch(/could not be removed and are still in the workbook/);
    for (const sheet of leftSheets) expect(message).toContain(`sheet ${sheet}`);
    for (const name of fake.names.keys()) expect(message).toContain(`name ${name}`);
    expect(message).not.toMatch(/Nothing was changed/);
  });

  it.each([4, 6])("does not claim a clean workbook when looking at it fails at sync %i", async (lookingSync) => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 3;
    fake.applyBeforeFailure = 100000;
    fake.failingSyncs.set(lookingSync, 0);
    const message = await new OfficeWorkbook(fake.host())
      .insertTemplate(templateInsertion(counsellingCase, "en"))
      .catch((error: Error) => error.message);
    expect(message).toMatch(/may still be in the workbook/);
    expect(message).not.toMatch(/Nothing was changed/);
    // Whatever is left is named in the message.
    for (const sheet of fake.sheets.map((entry) => entry.name).filter((name) => name !== "Data"))
      expect(message).toContain(`sheet ${sheet}`);
  });

  it("writes texts from a data file as text: a formula-like id stays text, an id with leading zeros keeps them", async () => {
    const fake = new FakeExcel();
    const rows = [
      ['=HYPERLINK("http://x","click")', "treated", 44570, null, 46022],
      ["00123", "control", 44570, null, 46022],
    ];
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en", { table: "cohort_table", rows }));
    // In a formulas array, a leading apostrophe makes Excel keep the rest as a text constant.
    expect(fake.sheet("Cohort")!.formulas.get("2,1")).toBe(`'=HYPERLINK("http://x","click")`);
    expect(fake.sheet("Cohort")!.formulas.get("3,1")).toBe("'00123");
  });

  it("writes a text typed into an input as text: a name starting with '=' does not become a formula, a number stays a number", async () => {
    const fake = new FakeExcel();
    const workbook = new OfficeWorkbook(fake.host());
    await workbook.insertTemplate(templateInsertion(counsellingCase, "en"));
    await workbook.setNamedInput("municipality_name", "=Musterstadt");
    await workbook.setNamedInput("discount_rate", 0.02);
    const cell = (name: string) => {
      const { sheet, top, left } = parseRange(fake.names.get(name)!.replace(/^=/, ""));
      return fake.sheet(sheet!)!.formulas.get(`${top},${left}`);
    };
    // In Excel a leading apostrophe is the cell's text prefix, not part of its text.
    expect(cell("municipality_name")).toBe("'=Musterstadt");
    expect(cell("discount_rate")).toBe(0.02);
  });

  it("inserts a cohort of 20,000 rows without running out of stack", async () => {
    const fake = new FakeExcel();
    const rows = Array.from({ length: 20_000 }, (_, i) => [`T${i}`, i % 2 ? "treated" : "control", 44570, null, 46022]);
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en", { table: "cohort_table", rows }));
    expect(fake.sheet("Cohort")!.tables[0].range).toBe("A1:S20001");
  });

  it("gives a table the suffix when the workbook already has a table or name of that name", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.sheet("Data")!.tables.push({ name: "cohort_table", range: "A1:B3" });
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en"));
    expect(report.suffix).toBe(2);
    expect(fake.sheet("Cohort (2)")!.tables.map((table) => table.name)).toEqual(["cohort_table_2"]);
  });

  it("leaves out data validation, notes and charts below their requirement sets and says so", async () => {
    const fake = new FakeExcel();
    fake.apiMinorVersion = 7;
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    // In the order met: the municipality's name, with a note and no validation, heads the Assumptions sheet.
    expect(report.omitted).toEqual([
      "suspended screen updating (ExcelApi 1.9)",
      "notes with sources (ExcelApi 1.18; the source column holds them too)",
      "data validation (ExcelApi 1.8)",
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

describe("statistics cells inside Excel", () => {
  // Evidence sheet of the counselling case: 1 title, 2 paragraph, 3 input header, 4–9 inputs,
  // 10 blank, 11–20 where the figures come from (heading, switch, flag, status, header, five values),
  // 21 blank, 22 heading, then the comparison rows: 23 rate counselled, 24 rate comparison,
  // 25 difference, 26 z, 27–30 Wilson bounds, 31 lower, 32 upper, 33 p-value (values in column B;
  // the difference and its bounds in points in B, their shares with the formulas in C).
  const addin = (output: string, suffix = "") =>
    `=PREVENT.RATEDIFF.COUNTS(evidence_events_treated${suffix},evidence_n_treated${suffix},evidence_events_control${suffix},evidence_n_control${suffix},confidence${suffix},"${output}")`;
  const expected: [number, number, string][] = [
    [23, 2, "rate_treated"],
    [24, 2, "rate_control"],
    [25, 3, "difference"],
    [31, 3, "lower"],
    [33, 2, "p_value"],
  ];

  it("use PREVENT.RATEDIFF.COUNTS with output keys where the definition names one", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    const evidence = fake.sheet("Evidence")!;
    for (const [row, column, output] of expected) expect([row, evidence.formulas.get(`${row},${column}`)]).toEqual([row, addin(output)]);
    expect(evidence.formulas.get("32,3")).toBe(addin("upper"));
    expect(evidence.formulas.get("32,2")).toBe('=IF(ISNUMBER(C32),100*C32,"")');
    // The Wilson bounds have no add-in form: they stay native, for the reader to follow.
    expect(evidence.formulas.get("27,2")).toMatch(/^=\(rate_treated\+z_value\^2/);
  });

  it("use PREVENT.LOGRANK for the months at home in the placement cohort", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en"));
    const where = layoutTemplate(placementCohort, "en").nameAddresses;
    const cell = (name: string) => {
      const { sheet, address } = where[name];
      const match = /^([A-Z]+)(\d+)$/.exec(address)!;
      return fake.sheet(sheet)!.formulas.get(`${match[2]},${match[1].charCodeAt(0) - 64}`);
    };
    const logRank = (output: string) =>
      `=PREVENT.LOGRANK(cohort_group,cohort_start,cohort_entry,cohort_end,rmst_horizon,confidence,"${output}")`;
    expect([cell("rmst_treated"), cell("rmst_control"), cell("rmst_difference")]).toEqual([
      logRank("months_treated"),
      logRank("months_control"),
      logRank("months_delayed"),
    ]);
    // The shares at 6…36 months need one group's rows only: they stay native (no FILTER before Excel 2021).
    expect(cell("km_12_treated")).toMatch(/^=IF\(AND\(12\*\(365\.25\/12\)>SUMPRODUCT/);
  });

  it("refer to the suffixed names when the template is inserted a second time", async () => {
    const fake = new FakeExcel(["Evidence"]);
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(fake.sheet("Evidence (2)")!.formulas.get("31,3")).toBe(addin("lower", "_2"));
  });

  it("stay native where the host cannot run the add-in's functions, and the report says so", async () => {
    const fake = new FakeExcel();
    fake.customFunctions = false;
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en"));
    const formulas = fake.sheets.flatMap((sheet) => [...sheet.formulas.values()]);
    expect(formulas.some((formula) => String(formula).startsWith("=") && String(formula).includes("PREVENT."))).toBe(false);
    // Results sheet: 1 title, 2 paragraph, 3 warning line, 4 header, 5–6 inputs, 7 blank, 8 heading,
    // 9–14 checks of the two tables, 15 blank, 16 heading, 17–21 counts, 22 blank, 23 heading, 24–26
    // rates and difference, 27 z, 28–31 Wilson bounds, 32 lower bound: in points in B, the share
    // with the formula in C.
    expect(fake.sheet("Results")!.formulas.get("32,2")).toBe('=IF(ISNUMBER(C32),100*C32,"")');
    expect(fake.sheet("Results")!.formulas.get("32,3")).toBe(
      "=rate_difference-SQRT((rate_treated-wilson_lower_treated)^2+(wilson_upper_control-rate_control)^2)",
    );
    expect(report.omitted).toEqual(["PREVENT functions in statistics cells (CustomFunctionsRuntime 1.2; native formulas used instead)"]);
  });

  it("keep native formulas in the .xlsx file", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(layoutTemplate(counsellingCase, "en"))) as unknown as ExcelJS.Buffer);
    const formulas: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula))));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((formula) => formula.includes("PREVENT."))).toEqual([]);
    expect(workbook.getWorksheet("Evidence")!.getCell("C31").formula).toBe(
      "rate_difference-SQRT((rate_treated-wilson_lower_treated)^2+(wilson_upper_control-rate_control)^2)",
    );
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
  it("finds the used part of a range typed to the sheet's end without reading a value", async () => {
    const fake = new FakeExcel(["Data"]);
    const port = new OfficeWorkbook(fake.host());
    await port.writeBlock("Data!B2", [[1], [0], [1]]);
    const before = fake.syncs;
    expect(await port.usedParts(["Data!B1:B1048576", "Data!A1:XFD1048576", "Data!D1:D9"])).toEqual(["Data!B2:B4", "Data!B2:B4", null]);
    expect(fake.syncs - before).toBe(1);
  });

  it("reports a range on a blank sheet as empty, where getUsedRange would answer the top-left cell", async () => {
    const fake = new FakeExcel(["Data", "Blank"]);
    const port = new OfficeWorkbook(fake.host());
    await port.writeBlock("Data!B2", [[1], [0]]);
    expect(await port.usedParts(["Blank!A1:A50", "Blank!A1:A1048576", "Data!A1:C3"])).toEqual([null, null, "Data!B2:B3"]);
  });

  it("lists the visible sheets in one sync, leaving out hidden ones", async () => {
    const fake = new FakeExcel(["A", "B", "C"]);
    fake.sheet("B")!.visibility = "Hidden";
    fake.sheet("C")!.visibility = "VeryHidden";
    expect(await new OfficeWorkbook(fake.host()).visibleSheetNames()).toEqual(["A"]);
    expect(fake.syncs).toBe(1);
  });

  it("lists sheets in one sync and writes a block", async () => {
    const fake = new FakeExcel(["A", "B"]);
    const workbook = new OfficeWorkbook(fake.host());
    expect(await workbook.sheetNames()).toEqual(["A", "B"]);
    await workbook.writeBlock("B!C3", [[1, "=C3*2"]]);
    expect(fake.sheet("B")!.formulas.get("3,4")).toBe("=C3*2");
    expect(fake.syncs).toBe(2);
  });
});

describe("OfficeWorkbook table columns", () => {
  /** Sheet "Groups": table Counselled in A1:B4 (three households), table Comparison in D1:D3 (two). */
  function groupsWorkbook(): FakeExcel {
    const fake = new FakeExcel(["Notes", "My groups"]);
    const cells = fake.sheet("My groups")!.formulas;
    [
      ["Household", "Moved within 24 months"],
      ["T1", 1],
      ["T2", 0],
      ["T3", 1],
    ].forEach((row, r) => row.forEach((value, c) => cells.set(`${r + 1},${c + 1}`, value)));
    [["Days: comparison"], [30], ["=D2*2"]].forEach((row, r) => cells.set(`${r + 1},4`, row[0]));
    fake.sheet("My groups")!.tables.push({ name: "Counselled", range: "A1:B4" }, { name: "Comparison", range: "D1:D3" });
    return fake;
  }

  it("lists every column's data rows with a sheet-qualified address in two syncs", async () => {
    const fake = groupsWorkbook();
    expect(await new OfficeWorkbook(fake.host()).tableColumns()).toEqual([
      { table: "Counselled", column: "Household", address: "'My groups'!A2:A4", rows: 3 },
      { table: "Counselled", column: "Moved within 24 months", address: "'My groups'!B2:B4", rows: 3 },
      { table: "Comparison", column: "Days: comparison", address: "'My groups'!D2:D3", rows: 2 },
    ]);
    // One sync for the tables and their column names, one for all the ranges, however many columns.
    expect(fake.syncs).toBe(2);
  });

  it("keeps to two syncs for the 16 + 6 columns of an inserted placement cohort", async () => {
    const fake = new FakeExcel();
    const workbook = new OfficeWorkbook(fake.host());
    await workbook.insertTemplate(templateInsertion(placementCohort, "en"));
    const before = fake.syncs;
    const columns = await workbook.tableColumns();
    expect(fake.syncs - before).toBe(2);
    const headers = layoutTemplate(placementCohort, "en").sheets.flatMap((sheet) =>
      sheet.tables.flatMap((table) => table.headers.map((header) => `${table.name}[${header}]`)),
    );
    expect(columns.map((column) => `${column.table}[${column.column}]`)).toEqual(headers);
    expect(columns[0]).toMatchObject({
      table: "cohort_table",
      column: "Id (pseudonymous)",
      address: expect.stringMatching(/^Cohort!A2:A\d+$/),
    });
  });

  it("asks for nothing and syncs once when the workbook has no tables", async () => {
    const fake = new FakeExcel();
    expect(await new OfficeWorkbook(fake.host()).tableColumns()).toEqual([]);
    expect(fake.syncs).toBe(1);
  });

  it("reads a structured reference in two syncs (size, then cells), through the table and column by name", async () => {
    const fake = groupsWorkbook();
    const snapshot = await new OfficeWorkbook(fake.host()).readRange("counselled[Moved within 24 months]");
    expect(snapshot).toEqual({ address: "'My groups'!B2:B4", values: [[1], [0], [1]], formulas: [[1], [0], [1]] });
    expect(fake.syncs).toBe(2);
    const days = await new OfficeWorkbook(fake.host()).readRange("Comparison[[Days: comparison]]");
    expect(days.formulas).toEqual([[30], ["=D2*2"]]);
  });

  it("reads A1 addresses as before, and rejects a column the table does not have", async () => {
    const fake = groupsWorkbook();
    const workbook = new OfficeWorkbook(fake.host());
    expect((await workbook.readRange("'My groups'!a2:b2")).values).toEqual([["T1", 1]]);
    await expect(workbook.readRange("Counselled[Moved]")).rejects.toThrow(/ItemNotFound/);
  });
});

describe("the fake's tables", () => {
  it("reject reads of names, columns and ranges that were not loaded", async () => {
    const fake = new FakeExcel();
    fake.sheet("Sheet1")!.formulas.set("1,1", "Score");
    fake.sheet("Sheet1")!.tables.push({ name: "Scores", range: "A1:A5" });
    await fake.host().run(async (context) => {
      context.workbook.tables.load("items/name");
      expect(() => context.workbook.tables.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      const [table] = context.workbook.tables.items;
      expect(table.name).toBe("Scores");
      expect(() => table.columns.items).toThrow(/PropertyNotLoaded: table\.columns\.items/);
      const range = context.workbook.tables.getItem("Scores").columns.getItem("Score").getDataBodyRange();
      range.load("rowCount");
      await context.sync();
      expect(range.rowCount).toBe(4);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
    await fake.host().run(async (context) => {
      context.workbook.tables.load("items/columns/items/name");
      await context.sync();
      expect(() => context.workbook.tables.items[0].name).toThrow(/PropertyNotLoaded: table\.name/);
      expect(context.workbook.tables.items[0].columns.items.map((column) => column.name)).toEqual(["Score"]);
    });
  });
});

describe("OfficeWorkbook reads fetch only what they use", () => {
  it("learns the selection's address alone, even when the whole sheet is selected", async () => {
    const fake = new FakeExcel(["Cohort"]);
    // The whole sheet: 1,048,576 rows × 16,384 columns, far over Excel on the web's 5,000,000 cells.
    fake.selection = { sheet: "Cohort", address: "A1:XFD1048576" };
    expect(await new OfficeWorkbook(fake.host()).selectedRange()).toEqual({ address: "Cohort!A1:XFD1048576" });
    expect(fake.loads).toEqual(["rangeAreas: address,areaCount"]);
    expect(fake.syncs).toBe(1);
    // Below ExcelApi 1.9 through getSelectedRange.
    fake.apiMinorVersion = 8;
    expect(await new OfficeWorkbook(fake.host()).selectedRange()).toEqual({ address: "Cohort!A1:XFD1048576" });
    expect(fake.loads.at(-1)).toBe("range: address");
  });

  it("refuses a selection of several areas as such, with and without ExcelApi 1.9", async () => {
    for (const minor of [18, 8]) {
      const fake = new FakeExcel(["Cohort"]);
      fake.apiMinorVersion = minor;
      fake.selection = { sheet: "Cohort", address: "B2:B40,D2:D40" };
      await expect(new OfficeWorkbook(fake.host()).selectedRange()).rejects.toBeInstanceOf(SelectionNotOneBlockError);
    }
  });

  it("reads a range's size before its cells, and refuses a whole column without fetching a cell", async () => {
    const fake = new FakeExcel(["Cohort"]);
    fake.sheet("Cohort")!.formulas.set("2,2", 1);
    const workbook = new OfficeWorkbook(fake.host());
    expect(await workbook.readRange("Cohort!B2:B3")).toEqual({ address: "Cohort!B2:B3", values: [[1], [""]], formulas: [[1], [""]] });
    expect(fake.loads).toEqual(["range: address,cellCount", "range: values,formulas"]);
    fake.loads.length = 0;
    // Column B, rows 1 to 1,048,576: 1,048,576 cells, over the 250,000 the add-in reads at once.
    await expect(workbook.readRange("Cohort!B1:B1048576")).rejects.toThrow(/Cohort!B1:B1048576 has 1,048,576 cells/);
    expect(fake.loads).toEqual(["range: address,cellCount"]);
  });

  it("reads several ranges in two syncs, and in more only when their answer would pass 2 MB", async () => {
    const fake = new FakeExcel(["Cohort"]);
    fake.sheet("Cohort")!.formulas.set("2,2", 1);
    fake.sheet("Cohort")!.formulas.set("2,3", "=B2*2");
    const workbook = new OfficeWorkbook(fake.host());
    expect(await workbook.readRanges(["Cohort!B2", "Cohort!C2", "Cohort!D2:D3"])).toEqual([
      { address: "Cohort!B2", values: [[1]], formulas: [[1]] },
      { address: "Cohort!C2", values: [[""]], formulas: [["=B2*2"]] },
      { address: "Cohort!D2:D3", values: [[""], [""]], formulas: [[""], [""]] },
    ]);
    expect(fake.syncs).toBe(2);
    // 200,000 + 100,000 + 50,000 cells at an estimated 20 bytes each (value and formula) are
    // 7,000,000 bytes: the sizes, then bands of 100,000 rows (2,000,000 bytes) — A1:A100000,
    // A100001:A200000, B1:B100000, C1:C50000 — one answer each.
    const before = fake.syncs;
    const read = await workbook.readRanges(["Cohort!A1:A200000", "Cohort!B1:B100000", "Cohort!C1:C50000"]);
    expect(read.map((snapshot) => snapshot.values.length)).toEqual([200000, 100000, 50000]);
    expect(read[0].address).toBe("Cohort!A1:A200000");
    expect(fake.syncs - before).toBe(5);
    // One range too large: refused after the sizes, before any cell.
    fake.loads.length = 0;
    await expect(workbook.readRanges(["Cohort!B2", "Cohort!E1:E300000"])).rejects.toThrow(/Cohort!E1:E300000 has 300,000 cells/);
    expect(fake.loads.filter((load) => load.includes("values"))).toEqual([]);
  });

  it("reads named inputs without the values of names that cover many cells", async () => {
    const fake = new FakeExcel(["Assumptions", "Cohort"]);
    fake.sheet("Assumptions")!.formulas.set("21,2", 0.035);
    fake.sheet("Cohort")!.formulas.set("1,1", "Group");
    fake.sheet("Cohort")!.tables.push({ name: "cohort_table", range: "A1:A4000001" });
    fake.names.set("discount_rate", "=Assumptions!$B$21");
    fake.names.set("cohort_group", "=cohort_table[Group]");
    // A column of four million data rows, and a budget a little below: loading its values must fail.
    fake.valuesCellBudget = 3_999_999;
    // Each name's first cell gives its value and, for a cell that computes it, its formula; a table column is never read whole.
    expect(await new OfficeWorkbook(fake.host()).namedInputs()).toEqual([
      { name: "discount_rate", address: "Assumptions!B21", value: 0.035 },
    ]);
    expect(fake.loads.filter((load) => load.includes("values"))).toEqual(["range: values,formulas", "range: values,formulas"]);
    expect(fake.syncs).toBe(2);
  });
});

describe("the fake's data-transfer limit", () => {
  it("refuses a values load over its cell budget, as Excel on the web does over 5,000,000 cells", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.host().run(async (context) => {
        // 5,000,001 cells: 5,000,001 rows of one column.
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5000001").load("values");
        await context.sync();
      }),
    ).rejects.toThrow(/5000001 cells/);
    await fake.host().run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A5000001").load("cellCount");
      await context.sync();
      expect(range.cellCount).toBe(5_000_001);
    });
  });
});

describe("charts, column widths and notes as Excel builds them", () => {
  it.each([
    ["placement cohort", placementCohort],
    ["counselling case", counsellingCase],
    ["consolidation", consolidation],
  ])("gives each chart of the %s exactly its planned series: no default series left over", async (_, template) => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(template, "en"));
    const planned = layoutTemplate(template, "en").sheets.flatMap((sheet) =>
      sheet.charts.map((chart, index) => ({ sheet: sheet.name, chart, index })),
    );
    expect(planned.length).toBeGreaterThan(0);
    for (const { sheet, chart, index } of planned) {
      expect(fake.sheet(sheet)!.chartSeries[index]).toEqual(
        // Series that only stretch the axes for the .xlsx file's whiskers are left out.
        chart.series
          .filter((series) => !series.hidden)
          .map((series) => ({ name: series.name, values: series.values, xValues: series.categories ?? chart.categories })),
      );
    }
  });

  it("the fake gives a chart one default series per row of its source when built by rows", async () => {
    const fake = new FakeExcel();
    await fake.host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // The old way: from a 13-row column of years, by rows, then the first series deleted.
      const chart = sheet.charts.add("Line", sheet.getRange("A2:A14"), "Rows");
      chart.series.getItemAt(0).delete();
      await context.sync();
    });
    expect(fake.sheet("Sheet1")!.chartSeries[0]).toHaveLength(12);
  });

  it("sets column widths in points from the .xlsx characters: 9.140625 (Excel's default) is 64 pixels, 48 points", async () => {
    const { columnWidthPoints } = await import("../../src/office/officeTemplateRenderer");
    expect(columnWidthPoints(9.140625)).toBe(48);
    // 14 characters: trunc((256 × 14 + 18) / 256 × 7) = 98 pixels = 73.5 points.
    expect(columnWidthPoints(14)).toBe(73.5);
  });

  it("adds notes through Ranges of their own sheet", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    const notes = fake.sheets.flatMap((sheet) => sheet.notes);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((address) => /^[A-Z]+\d+$/.test(address))).toBe(true);
    await expect(
      fake.host().run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").notes.add("Sheet1!A1" as unknown as Excel.Range, "text");
      }),
    ).rejects.toThrow(/pass a Range/);
  });
});

describe("hosts with their requirement sets", () => {
  it("Excel 2021 (ExcelApi 1.14) leaves out notes (ExcelApi 1.18) and keeps the PREVENT functions (CustomFunctionsRuntime 1.3)", async () => {
    const fake = new FakeExcel().asHost("Excel 2021");
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(report.omitted).toEqual(["notes with sources (ExcelApi 1.18; the source column holds them too)"]);
    expect(fake.sheet("Evidence")!.formulas.get("31,3")).toMatch(/^=PREVENT\.RATEDIFF\.COUNTS\(/);
  });

  it("Excel 2019 (no custom functions) gets native formulas, and the wizard's check says no", async () => {
    const fake = new FakeExcel().asHost("Excel 2019");
    const workbook = new OfficeWorkbook(fake.host());
    expect(workbook.hasAddinFunctions()).toBe(false);
    const report = await workbook.insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(report.omitted).toContain("PREVENT functions in statistics cells (CustomFunctionsRuntime 1.2; native formulas used instead)");
  });

  it("Excel on the web runs everything", async () => {
    const fake = new FakeExcel().asHost("web");
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    expect(report.omitted).toEqual([]);
  });
});
