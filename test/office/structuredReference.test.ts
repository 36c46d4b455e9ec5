import fc from "fast-check";
import { parseStructuredReference, structuredReference } from "../../src/shared/structuredReference";

/*
 * Expected forms from Microsoft's "Using structured references with Excel tables"
 * (support.microsoft.com, f5ed2452-2337-4f71-bed3-c8ae6d2b276e): DeptSales[Sales Amount]
 * (a space alone needs no second brackets), DeptSalesFYSummary[[Total$Amount]] (special
 * character), DeptSalesFYSummary['#OfItems] (# escaped with a single quotation mark).
 */
describe("structured references to a table column", () => {
  it("are written as Excel writes them", () => {
    expect(structuredReference("DeptSales", "Sales Amount")).toBe("DeptSales[Sales Amount]");
    expect(structuredReference("DeptSalesFYSummary", "Total$Amount")).toBe("DeptSalesFYSummary[[Total$Amount]]");
    expect(structuredReference("Counselled", "moved_within_24_months")).toBe("Counselled[moved_within_24_months]");
    expect(structuredReference("cohort_table", "Days: counselled")).toBe("cohort_table[[Days: counselled]]");
    expect(structuredReference("T", "#OfItems")).toBe("T[['#OfItems]]");
    expect(structuredReference("T", "it's [x]")).toBe("T[[it''s '[x']]]");
  });

  it("are read back in either bracket form", () => {
    expect(parseStructuredReference("DeptSales[Sales Amount]")).toEqual({ table: "DeptSales", column: "Sales Amount" });
    expect(parseStructuredReference(" DeptSalesFYSummary[[Total$Amount]] ")).toEqual({
      table: "DeptSalesFYSummary",
      column: "Total$Amount",
    });
    expect(parseStructuredReference("DeptSalesFYSummary['#OfItems]")).toEqual({ table: "DeptSalesFYSummary", column: "#OfItems" });
    expect(parseStructuredReference("Kohorte_2.Daten[Aufnahme ≤ 24 Monate]")).toEqual({
      table: "Kohorte_2.Daten",
      column: "Aufnahme ≤ 24 Monate",
    });
  });

  it.each([
    "Cohort!G2:G241",
    "G2",
    "'My sheet'!A1",
    "Sheet1!Table1[Amount]",
    "Table1[#Totals]",
    "Table1[[#Data],[Amount]]",
    "Table1[[Amount]:[Tax]]",
    "Table1[@Amount]",
    "Table1[]",
    "Table1[ ]",
    "1Table[Amount]",
    "Table1[Amount",
    "Table1[Am]ount]",
  ])("are not read from %p", (text) => {
    expect(parseStructuredReference(text)).toBeNull();
  });

  it("survive writing and reading for any table name and header", () => {
    const tableName = fc
      .tuple(fc.constantFrom("T", "_t", "\\t", "Kohorte", "Übersicht"), fc.stringMatching(/^[A-Za-z0-9._]{0,10}$/))
      .map(([first, rest]) => first + rest);
    const header = fc.string({
      minLength: 1,
      maxLength: 20,
      unit: fc.constantFrom("a", "Z", "7", " ", "$", "'", "[", "]", "#", "@", ":", ",", ".", "-", "ü", "\n", "(", "≤"),
    });
    fc.assert(
      fc.property(tableName, header, (table, column) => {
        fc.pre(column.trim() !== "");
        expect(parseStructuredReference(structuredReference(table, column))).toEqual({ table, column });
      }),
    );
  });
});
