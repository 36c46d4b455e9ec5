import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { parseRange } from "../../src/shared/addresses";
import { comparisonBlock } from "../../src/taskpane/wizard/comparisonBlock";
import type { PreparedComparison } from "../../src/taskpane/wizard/prepareComparison";
import { withoutAddinFunctions } from "../../src/taskpane/wizard/withoutAddinFunctions";
import type { OutcomeKind } from "../../src/taskpane/wizard/figures";

/** Column A: treated, column B: control, rows 1–4; the block from D1. */
async function prepared(
  outcome: OutcomeKind,
  treated: number[],
  control: number[],
): Promise<{ workbook: MemoryWorkbook; comparison: PreparedComparison }> {
  const workbook = new MemoryWorkbook();
  await workbook.writeBlock(
    "Sheet1!A1",
    treated.map((value, i) => [value, control[i]]),
  );
  const ranges = ["Sheet1!$A$1:$A$4", "Sheet1!$B$1:$B$4"];
  const { cells, numberFormats, nativeForms } = comparisonBlock(
    { outcome, ranges, confidence: 0.95 },
    parseRange("Sheet1!D1"),
    "Reading.",
    "en",
  );
  const figures = { confidence: 0.95 } as PreparedComparison["figures"];
  return {
    workbook,
    comparison: {
      topLeft: "Sheet1!D1",
      blockAddress: "",
      cells,
      numberFormats,
      nativeForms,
      figures,
      sentence: "Reading.",
      warnings: [],
      occupied: false,
      adjustment: null,
    },
  };
}

const valueOf = (cells: unknown[][], label: RegExp) => cells.find((row) => label.test(String(row[0])))![1];

describe("the comparison block without the add-in's functions", () => {
  it("computes rates, difference, Newcombe interval and z-test with native formulas, and fixes Fisher's p", async () => {
    const { workbook, comparison } = await prepared("binary", [1, 0, 1, 1], [0, 0, 1, 0]);
    const block = await withoutAddinFunctions(workbook, comparison);
    const values = block.cells.map((row) => row[1]);
    expect(values.some((value) => String(value).includes("PREVENT."))).toBe(false);
    // Rows as the block lays them out: title, two ranges, confidence (E4), then the outputs.
    expect(block.cells[3][1]).toBe(0.95);
    for (const label of [/^Rate, treated/, /^Rate, control/, /^Difference/, /^Lower limit/, /^Upper limit/, /z-test/]) {
      const formula = String(valueOf(block.cells, label));
      // A difference of rates is written in percentage points: 100 × the same LET.
      expect([String(label), /^=(100\*\()?LET\(/.test(formula)]).toEqual([String(label), true]);
      expect(formula).toContain("NORM.S.INV(1-(1-$E$4)/2)");
      expect(formula).toContain("SUMPRODUCT(IFERROR(--Sheet1!$A$1:$A$4,0))");
    }
    expect(String(valueOf(block.cells, /^Rate, treated/))).toMatch(/,p1\)$/);
    expect(String(valueOf(block.cells, /^Difference/))).toMatch(/^=100\*\(LET\(.*,d\)\)$/);
    // Fisher's exact test for 3 of 4 against 1 of 4: the tables with 0, 1, 3 or 4 treated events
    // are no more likely than the observed one: (1 + 16 + 16 + 1) / 70 (hypergeometric, C(8,4) = 70).
    expect(valueOf(block.cells, /Fisher/)).toBeCloseTo(34 / 70, 12);
  });

  it("fixes the values of a comparison of means, which has no native form here", async () => {
    const { workbook, comparison } = await prepared("number", [2, 4, 6, 8], [1, 2, 3, 4]);
    const block = await withoutAddinFunctions(workbook, comparison);
    expect(valueOf(block.cells, /^Mean, treated/)).toBe(5);
    expect(valueOf(block.cells, /^Mean, control/)).toBe(2.5);
    expect(valueOf(block.cells, /treated − control|Difference/)).toBe(2.5);
    // Welch: variances 20/3 and 5/3, n = 4 each: df = (5/3 + 5/12)² / ((5/3)²/3 + (5/12)²/3) = 4.41… (Welch–Satterthwaite).
    expect(valueOf(block.cells, /Degrees of freedom/)).toBeCloseTo((5 / 3 + 5 / 12) ** 2 / ((5 / 3) ** 2 / 3 + (5 / 12) ** 2 / 3), 10);
  });

  it("carries a native form for every PREVENT cell of every kind of block, and none for the other cells", async () => {
    for (const outcome of ["binary", "number", "beforeAfter"] as const) {
      const ranges = ["Sheet1!$A$1:$A$4", "Sheet1!$B$1:$B$4", "Sheet1!$C$1:$C$4", "Sheet1!$D$1:$D$4"].slice(
        0,
        outcome === "beforeAfter" ? 4 : 2,
      );
      const covariates = outcome === "binary" ? [{ name: "age", treated: "Sheet1!$E$1:$E$4", control: "Sheet1!$F$1:$F$4" }] : [];
      const block = comparisonBlock({ outcome, ranges, confidence: 0.9, covariates }, parseRange("Sheet1!H1"), "Reading.", "de");
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const addin = typeof cell === "string" && cell.includes("PREVENT.");
          expect([outcome, r, c, block.nativeForms[r][c] !== null]).toEqual([outcome, r, c, addin]);
        }),
      );
      const native = block.nativeForms.flat().flatMap((form) => (form?.kind === "formula" ? [form.formula] : []));
      expect(native.some((formula) => formula.includes("PREVENT."))).toBe(false);
    }
  });
});
