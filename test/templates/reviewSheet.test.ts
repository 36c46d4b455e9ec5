/**
 * The review sheet of the counselling business case, recalculated by LibreOffice: with the
 * defaults every check passes (the pane's own check not run yet); with inputs that break each
 * rule, that check warns. Expected statuses follow from the rules by hand (see each change).
 */
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import { errorCells, recalculatePlans, setNamedCell } from "./recalculatedCells";
import { requireSoffice } from "./libreoffice";

/** The Result column (B) of the review sheet's row labelled `label`. */
function status(sheets: Map<string, string[][]>, label: string): string | undefined {
  return sheets.get("Review")!.find((row) => row[0] === label)?.[1];
}

const checks = {
  shares: "Cost-bearer shares add to 100 % (county's + city's cost = cost in every year)",
  bias: "Optimism bias applied (only a randomised design, level 5, needs none)",
  months: "Months avoided not above the average stay in a care home",
  constants: "No constants typed into formula cells of the model (checked by the task pane)",
  discountSource: "Discount rate (real)",
  postsSource: "Counselling posts (full-time equivalents)",
};

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  requireSoffice();
  const defaults = layoutTemplate(counsellingCase, "en");
  const broken = layoutTemplate(counsellingCase, "en");
  // 30 months avoided > 25 months average stay; optimism bias 0 at design level 3; the discount
  // rate's source (column G, five right of its value) emptied; the pane found 2 cells on 1 Dec 2026.
  setNamedCell(broken, "months_avoided", 30);
  setNamedCell(broken, "optimism_bias", 0);
  setNamedCell(broken, "discount_rate", "", 5);
  setNamedCell(broken, "review_constant_cells", 2);
  setNamedCell(broken, "review_checked_on", 46357);
  recalculated = await recalculatePlans([
    { label: "defaults", stem: "review-defaults", plan: defaults },
    { label: "broken", stem: "review-broken", plan: broken },
  ]);
}, 120000);

describe("review sheet recalculated in LibreOffice", () => {
  it("passes every check with the defaults, and says the pane has not checked yet", () => {
    const { sheets } = recalculated.get("defaults")!;
    expect(errorCells(sheets)).toEqual([]);
    expect(
      [checks.shares, checks.bias, checks.months, checks.discountSource, checks.postsSource].map((label) => status(sheets, label)),
    ).toEqual(new Array(5).fill("pass"));
    expect(status(sheets, checks.constants)).toBe("not checked yet");
    // Every input of the model has its own row, and every one passes.
    const inputRows = sheets
      .get("Review")!
      .filter(
        (row) =>
          row[2]?.startsWith("→ ") &&
          row[0] !== checks.shares &&
          row[0] !== checks.bias &&
          row[0] !== checks.months &&
          row[0] !== checks.constants,
      );
    expect(inputRows.length).toBe(
      counsellingCase.sheets.flatMap((sheet) => sheet.rows ?? []).filter((row) => row.kind === "input").length - 3,
    );
    expect(inputRows.every((row) => row[1] === "pass")).toBe(true);
  });

  it("warns where a rule is broken and nowhere else", () => {
    const { sheets } = recalculated.get("broken")!;
    expect(Object.fromEntries(Object.entries(checks).map(([key, label]) => [key, status(sheets, label)]))).toEqual({
      shares: "pass",
      bias: "warn",
      months: "warn",
      constants: "warn",
      discountSource: "warn",
      postsSource: "pass",
    });
    // 46,357 is 1 December 2026 as an Excel serial date.
    expect(sheets.get("Review")!.find((row) => row[0] === "Date of that check (empty or 0: not checked yet)")![1]).toBe("2026-12-01");
  });

  it("links each check to the cell it concerns, in words rather than the cell's workbook name", () => {
    const { sheets } = recalculated.get("defaults")!;
    const row = sheets.get("Review")!.find((candidate) => candidate[0] === checks.months)!;
    expect(row[2]).toBe("→ go to the cell");
  });
});
