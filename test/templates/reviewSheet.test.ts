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
  constants:
    "Deeper check by the task pane: every formula compared with the template (findings in D, date in E; For treasurers → Check formula cells)",
  native:
    "Model formulas intact: cells where the template put a formula that now hold something else (ISFORMULA, works without the add-in; count in column D)",
  placeholders: "No assumption graded D left (count in column D)",
  changed: "Inputs that differ from the template's value (count in column D; for information)",
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
  setNamedCell(broken, "municipality_name", "Musterstadt");
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
    expect(status(sheets, checks.native)).toBe("pass");
    expect(status(sheets, checks.changed)).toBe("pass");
    // Eleven inputs graded D are still to replace: six estimates, the example's four counts and the
    // municipality's name, a text input that is empty until the planner enters it.
    const placeholders = sheets.get("Review")!.find((row) => row[0] === checks.placeholders)!;
    expect(placeholders.slice(1, 4)).toEqual(["warn", "→ go to the cell", "11"]);
    const municipality = sheets.get("Review")!.find((row) => row[0] === "Municipality")!;
    expect(municipality.slice(1, 4)).toEqual(["still to replace", "→ go to the cell", ""]);
    // Every input of the model has its own row with a source and a grade, and every one passes;
    // each is listed once more against the template's value, unchanged.
    const inputs = counsellingCase.sheets.flatMap((sheet) => sheet.rows ?? []).filter((row) => row.kind === "input");
    const rows = sheets.get("Review")!;
    for (const input of inputs) {
      const listed = rows.filter((row) => row[0] === input.label.en);
      expect(listed.length).toBeGreaterThanOrEqual(2);
      expect(listed[0][1]).toBe("pass");
      expect(listed[listed.length - 1][1]).toBe("as in template");
    }
  });

  it("warns where a rule is broken and nowhere else", () => {
    const { sheets } = recalculated.get("broken")!;
    expect(Object.fromEntries(Object.entries(checks).map(([key, label]) => [key, status(sheets, label)]))).toEqual({
      shares: "pass",
      bias: "warn",
      months: "warn",
      constants: "warn",
      // 0 typed over the formula of the optimism bias: the ISFORMULA count sees it.
      native: "warn",
      placeholders: "warn",
      // months avoided 12 → 30 (the optimism bias is a result, not an input)
      changed: "warn",
      discountSource: "warn",
      postsSource: "pass",
    });
    // The pane's findings and date beside its check; 46,357 is 1 December 2026 as an Excel serial date.
    const pane = sheets.get("Review")!.find((row) => row[0] === checks.constants)!;
    expect(pane.slice(3, 5)).toEqual(["2", "2026-12-01"]);
    // The municipality's name entered, and ten placeholders remain.
    expect(
      sheets
        .get("Review")!
        .find((row) => row[0] === "Municipality")!
        .slice(1, 4),
    ).toEqual(["entered", "→ go to the cell", "Musterstadt"]);
    expect(sheets.get("Review")!.find((row) => row[0] === checks.placeholders)![3]).toBe("10");
    const months = sheets.get("Review")!.filter((row) => row[0] === "Care-home months avoided per prevented placement");
    expect(months[months.length - 1].slice(1, 5)).toEqual(["changed", "→ go to the cell", "30", "12"]);
  });

  it("links each check to the cell it concerns, in words rather than the cell's workbook name", () => {
    const { sheets } = recalculated.get("defaults")!;
    const row = sheets.get("Review")!.find((candidate) => candidate[0] === checks.months)!;
    expect(row[2]).toBe("→ go to the cell");
  });
});
