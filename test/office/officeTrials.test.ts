import { settling } from "../../src/office/officeTrials";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { CalculationNotSettledError, RestoreError, type Trial } from "../../src/office/workbookPort";
import { FakeExcel } from "../support/fakeExcel";

const inputs = ["discount_rate", "months_avoided", "horizon"];
const results = ["npv_county", "npv_public"];

/**
 * Assumptions B2:B4 hold the inputs, months avoided as the user's own formula; Summary B2:B3 the
 * results. The fake's "recalculation" makes the county's NPV 1,000 × months avoided − 10,000 and
 * the public NPV twice that, reading months avoided as 12 while its formula is in the cell.
 */
function workbook(): FakeExcel {
  const fake = new FakeExcel(["Assumptions", "Summary"]);
  const assumptions = fake.sheet("Assumptions")!;
  assumptions.formulas.set("2,2", 0.035);
  assumptions.formulas.set("3,2", "=Plan!C4/2");
  assumptions.formulas.set("4,2", 5);
  assumptions.numberFormats.set("2,2", "0.0%");
  fake.names.set("discount_rate", "=Assumptions!$B$2");
  fake.names.set("months_avoided", "=Assumptions!$B$3");
  fake.names.set("horizon", "=Assumptions!$B$4");
  fake.names.set("npv_county", "=Summary!$B$2");
  fake.names.set("npv_public", "=Summary!$B$3");
  fake.sheet("Summary")!.formulas.set("2,2", "=NPV(discount_rate,Flows!B20:K20)");
  fake.sheet("Summary")!.formulas.set("3,2", "=pv_benefits_public-pv_costs");
  fake.calculate = () => {
    const months = assumptions.formulas.get("3,2");
    const county = 1000 * (typeof months === "number" ? months : 12) - 10000;
    fake.calculated.set("Summary!2,2", county);
    fake.calculated.set("Summary!3,2", 2 * county);
  };
  return fake;
}

/** Base, then each input at a low and a high value, one at a time: seven trials. */
async function oneWay(trial: Trial): Promise<unknown[][]> {
  const seen = [await trial({})];
  for (const [name, low, high] of [
    ["discount_rate", 0.015, 0.05],
    ["months_avoided", 6, 25],
    ["horizon", 3, 10],
  ] as const) {
    seen.push(await trial({ [name]: low }), await trial({ [name]: high }));
  }
  return seen;
}

function inputsOf(fake: FakeExcel) {
  return new Map(fake.sheet("Assumptions")!.formulas);
}

/** Months avoided 12 (base): 1,000 × 12 − 10,000 = 2,000; at 6: −4,000; at 25: 15,000; the public NPV twice that. */
const expected = [
  [2000, 4000],
  [2000, 4000],
  [2000, 4000],
  [-4000, -8000],
  [15000, 30000],
  [2000, 4000],
  [2000, 4000],
];

// No real pauses between the reads of a trial: the fake settles by syncs, not by time.
const usualSettling = { ...settling };
beforeAll(() => Object.assign(settling, { firstPause: 0, longestPause: 0 }));
afterAll(() => Object.assign(settling, usualSettling));

describe("trials of inputs through Excel's recalculation (recording fake)", () => {
  it("reads the results after each trial, two syncs a trial, and restores value and formula at the end", async () => {
    const fake = workbook();
    const before = inputsOf(fake);
    const seen = await new OfficeWorkbook(fake.host()).withTrialInputs(inputs, results, oneWay);
    expect(seen).toEqual(expected);
    // Two to set up, seven trials of two reads that agree (the first in the writing batch), one to restore.
    expect(fake.syncs).toBe(17);
    expect(inputsOf(fake)).toEqual(before);
    expect(fake.sheet("Assumptions")!.numberFormats.get("2,2")).toBe("0.0%");
  });

  it("leaves every input with its original value and formula when any sync fails, wherever in its batch", async () => {
    for (let sync = 1; sync <= 17; sync++) {
      for (const applied of [0, 1, 2, 99]) {
        const fake = workbook();
        const before = inputsOf(fake);
        fake.failAtSync = sync;
        fake.applyBeforeFailure = applied;
        const outcome = await new OfficeWorkbook(fake.host()).withTrialInputs(inputs, results, oneWay).then(
          () => "done",
          (error: unknown) => String(error),
        );
        // Only a failure of the restoring batch itself is made good by its second attempt.
        expect([sync, applied, outcome]).toEqual([sync, applied, sync === 17 ? "done" : `Error: GeneralException at sync ${sync}`]);
        expect([sync, applied, inputsOf(fake)]).toEqual([sync, applied, before]);
      }
    }
  });

  it("restores when the run stops in between, as on Cancel", async () => {
    const fake = workbook();
    const before = inputsOf(fake);
    const stopped = new OfficeWorkbook(fake.host()).withTrialInputs(inputs, results, async (trial) => {
      await trial({ months_avoided: 6 });
      throw new Error("cancelled");
    });
    await expect(stopped).rejects.toThrow("cancelled");
    expect(inputsOf(fake)).toEqual(before);
  });

  it("names the inputs it could not restore, with what they held, when both restoring batches fail", async () => {
    const fake = workbook();
    // Setup 2, one trial 3 and 4; restoring 5 and again 6.
    fake.failingSyncs.set(5, 0);
    fake.failingSyncs.set(6, 0);
    const error = await new OfficeWorkbook(fake.host())
      .withTrialInputs(inputs, results, async (trial) => trial({ months_avoided: 6 }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as Error).message).toBe(
      "These inputs could not be restored; enter their original contents by hand: months_avoided (Assumptions!B3): =Plan!C4/2.",
    );
  });

  it("refuses before writing anything when a name is missing or Excel calculates only on request", async () => {
    const missing = workbook();
    await expect(new OfficeWorkbook(missing.host()).withTrialInputs([...inputs, "cost_growth"], results, oneWay)).rejects.toThrow(
      "This workbook has no name cost_growth; nothing was changed.",
    );
    const manual = workbook();
    manual.calculationMode = "Manual";
    await expect(new OfficeWorkbook(manual.host()).withTrialInputs(inputs, results, oneWay)).rejects.toThrow(/manual calculation/);
    expect(manual.log.filter((entry) => entry.includes("write"))).toEqual([]);
  });

  it("reads only once custom functions have settled, where Excel reports the calculation state (ExcelApi 1.9)", async () => {
    const fake = workbook();
    // The results read as before for three syncs after each change, the state "Calculating".
    fake.settlingSyncs = 3;
    const seen = await new OfficeWorkbook(fake.host()).withTrialInputs(inputs, results, oneWay);
    expect(seen).toEqual(expected);
    // A trial that changes the results: the writing batch and the next two syncs read the old
    // values and "Calculating", the fourth and fifth read the new ones and agree. The first trial
    // (all inputs as they were) and the trials of the discount rate and of the horizon at 10, on
    // which the fake's results do not depend, take two; months avoided at 6, at 25, and back to
    // 12 with the horizon at 3 take five each.
    expect(fake.syncs).toBe(2 + 4 * 2 + 3 * 5 + 1);
  });

  it("reads until two reads agree below ExcelApi 1.9, and when Excel says done before the functions settle", async () => {
    const older = workbook();
    older.apiMinorVersion = 8;
    older.settlingSyncs = 1;
    expect(await new OfficeWorkbook(older.host()).withTrialInputs(inputs, results, oneWay)).toEqual(expected);
    expect(older.loads.some((load) => load.includes("calculationState"))).toBe(false);

    const early = workbook();
    early.settlingSyncs = 1;
    early.doneWhileSettling = true;
    expect(await new OfficeWorkbook(early.host()).withTrialInputs(inputs, results, oneWay)).toEqual(expected);
  });

  it("stops after a bounded number of reads when Excel never finishes, and restores the inputs", async () => {
    const fake = workbook();
    const before = inputsOf(fake);
    fake.settlingSyncs = 1_000;
    const error = await new OfficeWorkbook(fake.host())
      .withTrialInputs(inputs, results, async (trial) => trial({ months_avoided: 6 }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CalculationNotSettledError);
    // Setup 2, the trial's reads, one to restore.
    expect(fake.syncs).toBe(2 + settling.reads + 1);
    expect(inputsOf(fake)).toEqual(before);
  });

  it("takes a calculation left pending as settled only where Excel leaves data tables uncalculated", async () => {
    const tables = workbook();
    tables.calculationMode = "AutomaticExceptTables";
    tables.settledState = "Pending";
    expect(await new OfficeWorkbook(tables.host()).withTrialInputs(inputs, results, oneWay)).toEqual(expected);

    const pending = workbook();
    pending.settledState = "Pending";
    const error = await new OfficeWorkbook(pending.host())
      .withTrialInputs(inputs, results, async (trial) => trial({}))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CalculationNotSettledError);
  });
});
