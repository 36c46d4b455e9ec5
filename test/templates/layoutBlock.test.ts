/**
 * Rows laid out as a block placed away from A1 (layoutBlock): every cell and every reference of
 * its formulas moves with the origin. Expected addresses worked out by hand: with the origin at
 * L5 (row 5, column 12) the rows' first row is sheet row 5 and their column B is column M.
 */
import { layoutBlock } from "../../src/templates/layout";
import type { RowDefinition } from "../../src/templates/model";
import { numberFormatKeyOf, numberFormats } from "../../src/templates/numberFormats";

const rows: RowDefinition[] = [
  { kind: "title", text: { de: "Titel", en: "Title" } },
  { kind: "value", key: "confidence", label: { de: "Niveau", en: "Level" }, value: 0.9, format: "percentWhole" },
  { kind: "value", label: { de: "Bereich", en: "Range" }, value: "'Cohort'!$C$2:$C$9" },
  {
    kind: "result",
    label: { de: "Doppelt", en: "Twice" },
    formula: "=2*{@confidence:first}",
    addinFormula: '=PREVENT.X({cohort}, {@confidence:first}, "k")',
    format: "oneDecimal",
  },
  {
    kind: "result",
    label: { de: "Fest", en: "Fixed" },
    formula: "",
    addinFormula: "=PREVENT.Y({cohort})",
    format: "threeDecimals",
    writtenOnce: { kind: "computedLater" },
  },
  {
    kind: "resultGrid",
    key: "grid",
    label: { de: "Zeile", en: "Row" },
    formulas: ["=1", "={@grid:previous}+1"],
    formats: ["integer"],
  },
];

const cells = layoutBlock(rows, { language: "de", origin: { top: 5, left: 12 }, references: { cohort: "'Cohort'!$C$2:$C$9" } });
const at = (row: number, column: number) => cells.find((cell) => cell.row === row && cell.column === column);

describe("layoutBlock", () => {
  it("puts the rows from the origin in the language asked for", () => {
    expect(at(5, 12)?.content).toBe("Titel");
    expect(at(6, 12)?.content).toBe("Niveau");
    expect(at(6, 13)).toMatchObject({ content: 0.9, numberFormat: "0%" });
    expect(Math.min(...cells.map((cell) => cell.row))).toBe(5);
    expect(Math.min(...cells.map((cell) => cell.column))).toBe(12);
  });

  it("writes a text value as it stands, not as a formula", () => {
    expect(at(7, 13)).toMatchObject({ content: "'Cohort'!$C$2:$C$9", literal: true });
    expect(at(7, 13)?.numberFormat).toBeUndefined();
  });

  it("resolves references to rows and names from the origin, in both forms of a result", () => {
    expect(at(8, 13)).toMatchObject({ content: "=2*$M$6", addinFormula: `=PREVENT.X('Cohort'!$C$2:$C$9, $M$6, "k")`, numberFormat: "0.0" });
    // Relative reference to the cell left of the grid's second cell (N10): M10.
    expect(at(10, 14)?.content).toBe("=M10+1");
    expect(at(10, 13)?.numberFormat).toBe("0");
    expect(at(10, 14)?.numberFormat).toBeUndefined();
  });

  it("carries a value written once to its cell", () => {
    expect(at(9, 13)).toMatchObject({ content: "", addinFormula: "=PREVENT.Y('Cohort'!$C$2:$C$9)", numberFormat: "0.000" });
    expect(at(9, 13)?.writtenOnce).toEqual({ kind: "computedLater" });
  });

  it("inserts a reference as it stands, even one that reads like a placeholder", () => {
    const named: RowDefinition[] = [{ kind: "result", label: { de: "a", en: "a" }, formula: "=SUM({data})", format: "integer" }];
    const [, value] = layoutBlock(named, { language: "en", origin: { top: 1, left: 1 }, references: { data: "'Daten{jahr}'!$A$1:$A$9" } });
    expect(value.content).toBe("=SUM('Daten{jahr}'!$A$1:$A$9)");
  });

  it("refuses a name it has no reference for", () => {
    const unknown: RowDefinition[] = [{ kind: "result", label: { de: "a", en: "a" }, formula: "={other}", format: "integer" }];
    expect(() => layoutBlock(unknown, { language: "en", origin: { top: 1, left: 1 }, references: {} })).toThrow(/other/);
  });
});

describe("numberFormatKeyOf", () => {
  it("names the codes the functions' outputs use", () => {
    expect(numberFormatKeyOf("0.0%")).toBe("percent");
    expect(numberFormatKeyOf("0.0000")).toBe("decimalPrecise");
    expect(numberFormatKeyOf("0.0")).toBe("oneDecimal");
    expect(numberFormats[numberFormatKeyOf("0.000")]).toBe("0.000");
  });

  it("refuses a code without a name", () => {
    expect(() => numberFormatKeyOf("0.000000")).toThrow(/0\.000000/);
  });
});
