import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { notesOmitted } from "../../src/office/officeFrozenCopy";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FreezeError } from "../../src/office/workbookPort";
import type { FreezeRequest } from "../../src/office/frozenCopy";
import { FakeExcel } from "../support/fakeExcel";

const request: FreezeRequest = {
  sheets: ["Summary"],
  madeAt: "2026-12-01T09:30:00Z",
  texts: {
    sheetSuffix: " (frozen)",
    title: (sheet, workbook, madeAt) => `Values of ${sheet} in ${workbook} at ${madeAt}`,
    note: (address, formula) => `${address} held ${formula}`,
    formulasHeading: "Formulas",
    unnamedWorkbook: "this workbook",
  },
};

const npvFormula = '=PREVENT.FISCALRETURN(D1:D3,E1:E3,0.035,"npv")';

/** Summary: a title in A1, a PREVENT cell in B3 with a native formula reading it in B4; D1:E3 its data. */
function fakeWithSummary(): FakeExcel {
  const fake = new FakeExcel(["Summary", "Summary (frozen)"]);
  const summary = fake.sheet("Summary")!;
  summary.formulas.set("1,1", "Summary for the treasurer");
  summary.formulas.set("3,1", "Net present value");
  summary.formulas.set("3,2", npvFormula);
  summary.formulas.set("4,2", "=B3*2");
  summary.formulas.set("5,1", '=HYPERLINK("#A1")');
  summary.numberFormats.set("3,2", "#,##0");
  for (const row of [1, 2, 3]) {
    summary.formulas.set(`${row},4`, 1000 * row);
    summary.formulas.set(`${row},5`, 2000 * row);
  }
  fake.calculated.set("Summary!3,2", 12345.5);
  fake.calculated.set("Summary!4,2", 24691);
  fake.calculated.set("Summary!5,1", "A1");
  return fake;
}

function contents(fake: FakeExcel, sheet: string) {
  return new Map(fake.sheet(sheet)!.formulas);
}

describe("freeze for sharing with Office.js (recording fake)", () => {
  it("adds a copy with values one row down, a title on top and a note on the PREVENT cell, in three syncs", async () => {
    const fake = fakeWithSummary();
    const before = contents(fake, "Summary");
    const report = await new OfficeWorkbook(fake.host()).freezeSheets(request);
    expect(fake.syncs).toBe(3);
    // "Summary (frozen)" is the user's: the copy takes the suffix.
    expect(report).toEqual({ sheets: ["Summary (frozen) (2)"], frozenCells: 1, omitted: [] });
    expect(contents(fake, "Summary")).toEqual(before);
    const copy = fake.sheet("Summary (frozen) (2)")!;
    expect(copy.formulas.get("1,1")).toBe("'Values of Summary in Budget 2027.xlsx at 2026-12-01T09:30:00Z");
    expect(copy.formulas.get("2,1")).toBe("'Summary for the treasurer");
    // B3 and B4 of the original are B4 and B5 of the copy, as values; the text of A5 keeps the text prefix.
    expect(copy.formulas.get("4,2")).toBe(12345.5);
    expect(copy.formulas.get("5,2")).toBe(24691);
    expect(copy.formulas.get("6,1")).toBe("'A1");
    expect(copy.formulas.get("4,5")).toBe(6000);
    expect([...copy.formulas.values()].some((content) => typeof content === "string" && content.startsWith("="))).toBe(false);
    expect(copy.numberFormats.get("4,2")).toBe("#,##0");
    // Only the PREVENT cell has a note; the native formulas are kept in the original.
    expect(copy.notes).toEqual(["B4"]);
  });

  it("lists the formulas below the data where the host has no notes (Excel 2021), and says so", async () => {
    const fake = fakeWithSummary().asHost("Excel 2021");
    const report = await new OfficeWorkbook(fake.host()).freezeSheets(request);
    expect(report.omitted).toEqual([notesOmitted]);
    const copy = fake.sheet(report.sheets[0])!;
    expect(copy.notes).toEqual([]);
    // Data ends in row 6 of the copy (row 5 of the original); one blank row, the heading, one line per frozen cell.
    expect(copy.formulas.get("8,1")).toBe("'Formulas");
    expect(copy.formulas.get("9,1")).toBe("'Summary!B3");
    expect(copy.formulas.get("9,2")).toBe(`'${npvFormula}`);
  });

  it("leaves the workbook as it was when any sync fails, also after part of the last batch ran", async () => {
    for (const sync of [1, 2, 3]) {
      for (const applied of sync === 3 ? [0, 1, 2] : [0]) {
        const fake = fakeWithSummary();
        const before = contents(fake, "Summary");
        fake.failAtSync = sync;
        fake.applyBeforeFailure = applied;
        await expect(new OfficeWorkbook(fake.host()).freezeSheets(request)).rejects.toThrow(
          sync === 3 ? /Nothing was changed/ : /GeneralException/,
        );
        expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Summary", "Summary (frozen)"]);
        expect(contents(fake, "Summary")).toEqual(before);
      }
    }
  });

  it("refuses a sheet too large to copy at once before reading its cells", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.sheet("Data")!.formulas.set("600000,1", 1);
    fake.sheet("Data")!.formulas.set("1,1", 1);
    const error = await new OfficeWorkbook(fake.host()).freezeSheets({ ...request, sheets: ["Data"] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FreezeError);
    expect((error as Error).message).toMatch(/600,000 cells; a frozen copy takes at most 500,000\. Nothing was changed/);
    expect(fake.loads.some((load) => load.includes("values"))).toBe(false);
    expect(fake.sheets).toHaveLength(1);
  });
});

describe("freeze for sharing in the in-memory workbook", () => {
  it("writes the same copy: values one row down, notes with the original address and formula", async () => {
    const workbook = new MemoryWorkbook(["Summary"]);
    workbook.name = "Haushalt 2027.xlsx";
    await workbook.writeBlock("Summary!A1", [["Summary"], [null], ["NPV", npvFormula, "=B3*2"]]);
    workbook.setCachedValue("Summary!B3", -4200);
    workbook.setCachedValue("Summary!C3", -8400);
    const report = await workbook.freezeSheets(request);
    expect(report).toEqual({ sheets: ["Summary (frozen)"], frozenCells: 1, omitted: [] });
    const copy = workbook.sheet("Summary (frozen)");
    expect(copy.cells.get("1,1")?.value).toBe("Values of Summary in Haushalt 2027.xlsx at 2026-12-01T09:30:00Z");
    expect(copy.cells.get("4,2")).toEqual({ value: -4200, formula: null, note: `Summary!B3 held ${npvFormula}` });
    expect(copy.cells.get("4,3")).toEqual({ value: -8400, formula: null });
    expect(workbook.sheet("Summary").cells.get("3,2")?.formula).toBe(npvFormula);
  });

  it("shortens a long sheet name so that the suffix fits into Excel's 31 characters", async () => {
    const workbook = new MemoryWorkbook(["Zahlungsströme je Kostenträger"]);
    const report = await workbook.freezeSheets({ ...request, sheets: ["Zahlungsströme je Kostenträger"] });
    // 31 − 9 characters of " (frozen)" = 22 characters of the original.
    expect(report.sheets).toEqual(["Zahlungsströme je Kost (frozen)"]);
    expect(report.sheets[0]).toHaveLength(31);
  });
});

describe("freeze for sharing of a large sheet under Excel's 5 MB request limit", () => {
  const freezeRequest: FreezeRequest = { ...request, sheets: ["Draws"] };
  const drawRows = 2_000;
  /** A text of 200 characters in B:T, a PREVENT cell in A (its value 0.5): 40,000 cells. */
  const text = "iteration text ".padEnd(200, "x");

  function fakeWithDraws(): FakeExcel {
    const fake = new FakeExcel(["Draws"]);
    const draws = fake.sheet("Draws")!;
    for (let row = 1; row <= drawRows; row++) {
      draws.formulas.set(`${row},1`, `=PREVENT.SAMPLE("pert",1,0,1,2,${row})`);
      fake.calculated.set(`Draws!${row},1`, 0.5);
      for (let column = 2; column <= 20; column++) draws.formulas.set(`${row},${column}`, text);
    }
    return fake;
  }

  // The copy writes each text with its prefix, "'…" (201 characters, 203 with quotes, 204 with its
  // comma): 38,000 × 204 = 7,752,000 bytes of texts alone, over 5 MB in one request.
  it("writes the copy in requests of at most 2 MB, every value and note landing", async () => {
    expect(text).toHaveLength(200);
    const fake = fakeWithDraws();
    const report = await new OfficeWorkbook(fake.host()).freezeSheets(freezeRequest);
    expect(report.frozenCells).toBe(drawRows);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(2_000_000);
    expect(fake.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(7_752_000 / 2_000_000));
    const copy = fake.sheet("Draws (frozen)")!;
    expect(copy.formulas.get(`${drawRows + 1},20`)).toBe(`'${text}`);
    expect(copy.formulas.get(`${drawRows + 1},1`)).toBe(0.5);
    expect(copy.notes).toHaveLength(drawRows);
    // Reading: each text twice (value and formula), "…" and a comma, 38,000 × 2 × 203 = 15,428,000
    // bytes: answers of at most 5 MB, after Excel refused the first, of 20,000 cells at once.
    const refused = fake.responseBytes.filter((bytes) => bytes > 5_000_000);
    expect(refused).toHaveLength(1);
    expect(fake.responseBytes.reduce((sum, bytes) => sum + bytes, 0) - refused[0]).toBeGreaterThan(15_428_000);
  });

  it("leaves the workbook as it was when any writing sync fails", async () => {
    const plain = fakeWithDraws();
    await new OfficeWorkbook(plain.host()).freezeSheets(freezeRequest);
    // The syncs that write: the reading ones send no values.
    const writing = plain.requestBytes.flatMap((bytes, i) => (bytes > 0 ? [i + 1] : []));
    expect(writing.length).toBeGreaterThanOrEqual(Math.ceil(7_752_000 / 2_000_000));
    for (const sync of writing) {
      const fake = fakeWithDraws();
      const before = new Map(fake.sheet("Draws")!.formulas);
      fake.failAtSync = sync;
      fake.applyBeforeFailure = Math.floor(plain.requestOperations[sync - 1] / 2);
      await expect(new OfficeWorkbook(fake.host()).freezeSheets(freezeRequest)).rejects.toThrow(
        new RegExp(`GeneralException at sync ${sync}\\)\\. Nothing was changed in the workbook`),
      );
      expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Draws"]);
      expect(fake.sheet("Draws")!.formulas).toEqual(before);
    }
  });
});
