import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { templateInputs } from "../../src/taskpane/assumptions/templateInputs";
import { recordedInputNames } from "../../src/taskpane/insertedCopies";
import { runOneWay, sensitivityPlan, type SensitivityPlan } from "../../src/taskpane/treasurer/sensitivityRun";
import { parseRange } from "../../src/shared/addresses";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { templateInsertion } from "../../src/templates/layout";

/**
 * A stand-in for Excel's recalculation with known zeros. At the base (months 12, discount rate
 * 3.5 %, horizon 5) the county's NPV is 20,000:
 *   county = 10,000 × months − 100,000 − 4,000,000 × (rate − 0.035) + 15,000 × (horizon − 5)
 * zero at months 10, at rate 0.04, and between horizon 3 (−10,000) and 4 (5,000);
 *   public = 20,000 × months − 50,000, positive over months 6–25: no switching value.
 */
async function workbook(): Promise<{ workbook: MemoryWorkbook; plan: SensitivityPlan }> {
  const book = new MemoryWorkbook();
  await book.insertTemplate(templateInsertion(counsellingCase, "en"));
  const value = (name: string) => {
    const { sheet, top, left } = parseRange(book.names.get(name)!);
    return book.sheet(sheet!).cells.get(`${top},${left}`)?.value as number;
  };
  book.calculate = () => {
    const county = 10000 * value("months_avoided") - 100000 - 4e6 * (value("discount_rate") - 0.035) + 15000 * (value("horizon") - 5);
    book.setCachedValue("npv_county", county);
    book.setCachedValue("npv_public", 20000 * value("months_avoided") - 50000);
  };
  const named = await book.namedInputs();
  const plan = sensitivityPlan(named, templateInputs(named, [counsellingCase], await recordedInputNames(book, named)), "en")!;
  return { workbook: book, plan };
}

describe("switching values by bisection through recalculation", () => {
  it("finds where the county's NPV crosses zero for the non-linear inputs, and none where it does not", async () => {
    const { workbook: book, plan } = await workbook();
    const outcome = await runOneWay(
      book,
      plan,
      () => undefined,
      () => false,
    );
    const row = (name: string) => outcome.rows.find((candidate) => candidate.input.name === name)!;
    const months = row("months_avoided").switching!;
    expect(months[0]!.kind === "value" && months[0]!.value).toBeCloseTo(10, 4);
    expect(months[1]).toEqual({ kind: "none" });
    const rate = row("discount_rate").switching!;
    expect(rate[0]!.kind === "value" && rate[0]!.value).toBeCloseTo(0.04, 7);
    // The first whole year past the crossing between 3 and 4.
    expect(row("horizon").switching![0]).toEqual({ kind: "value", value: 4 });
    // Linear inputs are left to the Sensitivity sheet.
    expect(row("posts_fte").switching).toBeUndefined();
    expect(outcome.stopped).toBe(false);
  });

  it("stops when asked, keeps what was done and restores the inputs", async () => {
    const { workbook: book, plan } = await workbook();
    const before = await book.namedInputs();
    let done = 0;
    const outcome = await runOneWay(
      book,
      plan,
      (n) => (done = n),
      () => done >= 5,
    );
    // Base, then low and high of two inputs.
    expect([outcome.stopped, outcome.rows.length]).toEqual([true, 2]);
    expect((await book.namedInputs()).filter((input) => !input.name.startsWith("npv_"))).toEqual(
      before.filter((input) => !input.name.startsWith("npv_")),
    );
  });
});
