import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { blockRows, requestBudgetBytes, requests, utf8Bytes, type RequestStep } from "../../src/office/requestBudget";
import { TemplateInsertionError } from "../../src/office/workbookPort";
import { rangeAddress } from "../../src/shared/addresses";
import { templateInsertion } from "../../src/templates/layout";
import { FakeExcel } from "../support/fakeExcel";
import { largeSheetFormula, largeSheetInsertion } from "../support/largeSheetPlan";
import { tinyTemplate } from "../support/tinyTemplate";

describe("request sizes", () => {
  it("counts UTF-8 bytes as they travel: 1 for ASCII, 2 for ä, 3 for €, 4 for an emoji (RFC 3629)", () => {
    expect([utf8Bytes("a"), utf8Bytes("ä"), utf8Bytes("€"), utf8Bytes("😀"), utf8Bytes("Prüfung")]).toEqual([1, 2, 3, 4, 8]);
  });

  it("sizes a block as the JSON of its arrays plus its calls", () => {
    // [[1,"a"],[2,"b"]] is 17 characters, [[null,null],[null,null]] 25: 42 bytes, and 500 for the one call.
    const block = blockRows(
      [
        [
          [1, "a"],
          [2, "b"],
        ],
        [
          [null, null],
          [null, null],
        ],
      ],
      1,
      () => undefined,
    );
    expect(block.fixedBytes + block.rowBytes.reduce((sum, bytes) => sum + bytes, 0)).toBe(42 + 500);
  });

  it("groups steps in order under the budget, cuts rows to fill a request, and sends an oversized row alone", () => {
    const queued: string[] = [];
    const step = (bytes: number, name: string): RequestStep => ({ bytes, queue: () => queued.push(name) });
    const rows = {
      fixedBytes: 5,
      rowBytes: [10, 10, 10, 10, 150, 10],
      queueRows: (first: number, last: number) => queued.push(`rows ${first}-${last}`),
    };
    // Budget 100: 30 + 50 fit; the rows (5 a part) take row 0 in what is left (5 + 10 = 15), rows 1–3
    // the next request (5 + 30 = 35) up to row 4, whose 155 exceed any request: it goes alone. Row 5
    // (15) starts the last request, and the last step (40) joins it.
    const grouped = requests([step(30, "a"), step(50, "b"), rows, step(40, "c")], 100);
    expect(grouped.map((request) => request.map((part) => part.bytes))).toEqual([[30, 50, 15], [35], [155], [15, 40]]);
    for (const request of grouped) for (const part of request) part.queue();
    expect(queued).toEqual(["a", "b", "rows 0-0", "rows 1-3", "rows 4-4", "rows 5-5", "c"]);
    expect(() => requests([], 0)).toThrow("budget must be a positive number of bytes, got 0");
  });
});

const formula = largeSheetFormula;
const rows = 10_000;
const columns = 30;
const bigPlan = () => largeSheetInsertion(rows, columns);

/**
 * The old way wrote the sheet as one block: formulas, each cell "…" (62 bytes) with commas, and
 * number formats "0.00" (6 bytes) likewise. Per row 30 × 62 + 29 commas + 2 brackets = 1,891 and
 * 30 × 6 + 29 + 2 = 211; 10,000 rows with 9,999 commas and the outer brackets:
 * 18,910,000 + 10,001 = 18,920,001 and 2,110,000 + 10,001 = 2,120,001, together 21,040,002 bytes,
 * four times Excel on the web's 5 MB.
 */
const oneBlockBytes = 21_040_002;

function userWorkbook(): FakeExcel {
  const fake = new FakeExcel(["Data"]);
  fake.sheet("Data")!.formulas.set("1,1", "my numbers");
  fake.names.set("mine", "=Data!$A$1");
  return fake;
}

function snapshot(fake: FakeExcel) {
  return {
    sheets: fake.sheets.map((sheet) => sheet.name),
    names: [...fake.names.entries()],
    data: [...fake.sheet("Data")!.formulas.entries()],
  };
}

describe("a sheet of 300,000 cells through Office.js under Excel's 5 MB request limit", () => {
  it("would be refused as one block: the fake counts the hand-computed 21,040,002 bytes and refuses them", async () => {
    const fake = new FakeExcel(["Iterations"]);
    const plan = bigPlan().plan({ sheet: (name) => name, name: (name) => name });
    const formulas = Array.from({ length: rows }, () => new Array<string>(columns).fill(formula));
    const formats = Array.from({ length: rows }, () => new Array<string>(columns).fill("0.00"));
    expect(plan.sheets[0].cells).toHaveLength(rows * columns);
    expect(formula).toHaveLength(60);
    const write = fake.host().run(async (context) => {
      const block = context.workbook.worksheets.getItem("Iterations").getRange(rangeAddress(1, 1, rows, columns));
      block.numberFormat = formats;
      block.formulas = formulas;
      await context.sync();
    });
    await expect(write).rejects.toThrow(/^RequestPayloadSizeLimitExceeded/);
    expect(fake.requestBytes).toEqual([oneBlockBytes]);
    expect(fake.sheet("Iterations")!.formulas.size).toBe(0);
  });

  it("is inserted in requests of at most 2 MB, with every cell, the name, the chart and protection last", async () => {
    const fake = userWorkbook();
    const before = snapshot(fake);
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(bigPlan());
    expect(report.sheets).toEqual(["Iterations", "Results"]);
    // The budget is 2 MB of estimate, and the estimate is at least what the fake counts.
    expect(requestBudgetBytes).toBe(2_000_000);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(2_000_000);
    // 21 MB of cells in requests of at most 2 MB: at least 11 writing syncs after the two that read names and add sheets.
    expect(fake.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(oneBlockBytes / 2_000_000));
    const sheet = fake.sheet("Iterations")!;
    expect(sheet.formulas.size).toBe(rows * columns);
    expect(sheet.formulas.get(`${rows},${columns}`)).toBe(formula);
    expect(sheet.numberFormats.get(`${rows},${columns}`)).toBe("0.00");
    expect(sheet.charts).toEqual(["ColumnClustered"]);
    expect(fake.names.get("iterations_first")).toBe(`='Iterations'!$A$1:$A$${rows}`);
    // Protection after everything else, in the last sync; calculation suspended for each writing sync.
    const firstProtect = fake.log.findIndex((entry) => entry.endsWith(": protect"));
    expect(fake.log.slice(firstProtect)).toEqual(["Iterations: protect", "Results: protect"]);
    expect(fake.calculationSuspended).toBe(fake.syncs - 2);
    // Once per insertion, however many requests it takes.
    expect(fake.screenUpdatingSuspended).toBe(1);
    // The user's sheet and name untouched.
    expect(snapshot(fake).data).toEqual(before.data);
    expect(fake.names.get("mine")).toBe("=Data!$A$1");
  });

  it("leaves the workbook exactly as it was when any writing sync fails, after half of its operations", async () => {
    const plain = userWorkbook();
    await new OfficeWorkbook(plain.host()).insertTemplate(bigPlan());
    for (let sync = 3; sync <= plain.syncs; sync++) {
      const fake = userWorkbook();
      const before = snapshot(fake);
      fake.failAtSync = sync;
      fake.applyBeforeFailure = Math.floor(plain.requestOperations[sync - 1] / 2);
      const failure = await new OfficeWorkbook(fake.host()).insertTemplate(bigPlan()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TemplateInsertionError);
      expect((failure as Error).message).toMatch(new RegExp(`GeneralException at sync ${sync}\\).*Nothing was changed in the workbook`));
      expect(snapshot(fake)).toEqual(before);
    }
  });
});

describe("a small template", () => {
  it("still takes three syncs: names, sheets, one request with everything else", async () => {
    const fake = new FakeExcel();
    await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(tinyTemplate, "en"));
    expect(fake.syncs).toBe(3);
    expect(fake.calculationSuspended).toBe(1);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "Inputs", "Flows", "PreventionDividend"]);
  });
});
