/*
 * The German templates' data sheets hold, offer and count German codes (gefördert, Vergleich,
 * vorher, nachher); the English ones the English codes. The data themselves keep the English
 * code, so the figures computed from them are the same in both languages.
 */
import { layoutTemplate } from "../../src/templates/layout";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import type { WorkbookPlan } from "../../src/templates/plan";

const sheetOf = (plan: WorkbookPlan, name: string) => plan.sheets.find((sheet) => sheet.name === name)!;
const cellAt = (plan: WorkbookPlan, sheet: string, row: number, column: number) =>
  sheetOf(plan, sheet).cells.find((cell) => cell.row === row && cell.column === column)?.content;
const formulas = (plan: WorkbookPlan) =>
  plan.sheets.flatMap((sheet) => sheet.cells.map((cell) => cell.content)).filter((c) => typeof c === "string" && c.startsWith("="));

describe("codes in the German and English data sheets", () => {
  it("the German cohort sheet holds gefördert/Vergleich, offers them in its list and counts them", () => {
    const plan = layoutTemplate(placementCohort, "de");
    // The example rows: T0001 served, C0001 comparison (placementCohort.ts).
    expect(cellAt(plan, "Kohorte", 2, 2)).toBe("gefördert");
    expect(cellAt(plan, "Kohorte", 5, 2)).toBe("Vergleich");
    const list = sheetOf(plan, "Kohorte").validations.find((validation) => validation.rule.kind === "list")!;
    expect(list.rule).toEqual({ kind: "list", options: ["gefördert", "Vergleich"] });
    expect(list.message).toBe("gefördert oder Vergleich");
    const all = formulas(plan).join("\n");
    expect(all).toContain('COUNTIF(cohort_group,"gefördert")');
    expect(all).toContain('"Vergleich"');
    expect(all).not.toMatch(/"treated"|"control"/);
  });

  it("the English cohort sheet keeps treated/control", () => {
    const plan = layoutTemplate(placementCohort, "en");
    expect(cellAt(plan, "Cohort", 2, 2)).toBe("treated");
    expect(formulas(plan).join("\n")).toContain('COUNTIF(cohort_group,"treated")');
    expect(formulas(plan).join("\n")).not.toMatch(/"gefördert"|"Vergleich"/);
  });

  it("the German comparison data sheet holds and counts vorher/nachher", () => {
    const plan = layoutTemplate(groupComparison, "de");
    expect(cellAt(plan, "Daten", 2, 3)).toBe("vorher");
    const lists = sheetOf(plan, "Daten")
      .validations.filter((validation) => validation.rule.kind === "list")
      .map((v) => v.rule);
    expect(lists).toEqual([
      { kind: "list", options: ["gefördert", "Vergleich"] },
      { kind: "list", options: ["vorher", "nachher"] },
    ]);
    const all = formulas(plan).join("\n");
    expect(all).toContain('(observation_wave="nachher")');
    expect(all).not.toMatch(/"treated"|"control"|"before"|"after"/);
  });

  it("data read from a file keep the English code and are written in the workbook's language", () => {
    const data = { table: "cohort_table", rows: [["X1", "control", 44570, null, 46022, null, null, null]] };
    expect(cellAt(layoutTemplate(placementCohort, "de", data), "Kohorte", 2, 2)).toBe("Vergleich");
    expect(cellAt(layoutTemplate(placementCohort, "en", data), "Cohort", 2, 2)).toBe("control");
  });
});
