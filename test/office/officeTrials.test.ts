import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { RestoreError, type Trial } from "../../src/office/workbookPort";
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

describe("trials of inputs through Excel's recalculation (recording fake)", () => {
  it("reads the results after each trial, one sync a trial, and restores value and formula at the end", async () => {
    const fake = workbook();
    const before = inputsOf(fake);
    const seen = await new OfficeWorkbook(fake.host()).withTrialInputs(inputs, results, oneWay);
    // Months avoided 12 (base): 1,000 × 12 − 10,000 = 2,000; at 6: −4,000; at 25: 15,000.
    expect(seen).toEqual([
      [2000, 4000],
      [2000, 4000],
      [2000, 4000],
      [-4000, -8000],
      [15000, 30000],
      [2000, 4000],
      [2000, 4000],
    ]);
    // Two to set up, seven trials, one to restore.
    expect(fake.syncs).toBe(10);
    expect(inputsOf(fake)).toEqual(before);
    expect(fake.sheet("Assumptions")!.numberFormats.get("2,2")).toBe("0.0%");
  });

  it("leaves every input with its original value and formula when any sync fails, wherever in its batch", async () => {
    for (let sync = 1; sync <= 10; sync++) {
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
        expect([sync, applied, outcome]).toEqual([sync, applied, sync === 10 ? "done" : `Error: GeneralException at sync ${sync}`]);
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
    // Setup 2, one trial 3; restoring 4 and again 5.
    fake.failingSyncs.set(4, 0);
    fake.failingSyncs.set(5, 0);
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
});
