import type { PlannedCell, TemplateInsertion, WorkbookPlan } from "../../src/templates/plan";

/** A formula of 60 characters, the same in every cell. */
export const largeSheetFormula = "=ROUND(SUM($A$1:$A$10)*1.05+AVERAGE($B$1:$B$10)/3.5,4)+00000";

/**
 * A template insertion with one sheet "Iterations" of `rows` × `columns` cells of that formula with
 * the number format "0.00" (10,000 × 30: a Monte Carlo sheet of 10,000 iterations), protected, with
 * frozen header row and a chart; a small second sheet "Results"; and a name over column A.
 */
export function largeSheetInsertion(rows: number, columns: number): TemplateInsertion {
  const cells: PlannedCell[] = [];
  for (let row = 1; row <= rows; row++)
    for (let column = 1; column <= columns; column++)
      cells.push({ row, column, content: largeSheetFormula, numberFormat: "0.00", locked: true });
  const plan: WorkbookPlan = {
    templateId: "large",
    version: "1.0.0",
    language: "en",
    sheets: [
      {
        name: "Iterations",
        hidden: false,
        protect: true,
        columnWidths: [],
        cells,
        tables: [],
        validations: [],
        charts: [
          {
            kind: "column",
            title: "First column",
            categories: "A1:A20",
            series: [{ name: "Values", values: "B1:B20" }],
            from: { column: columns + 1, row: 1 },
            to: { column: columns + 8, row: 15 },
          },
        ],
        rowHeights: {},
        frozenRows: 1,
      },
      {
        name: "Results",
        hidden: false,
        protect: true,
        columnWidths: [20],
        cells: [{ row: 1, column: 1, content: "=AVERAGE(iterations_first)", locked: true, style: "result" }],
        tables: [],
        validations: [],
        charts: [],
        rowHeights: {},
        frozenRows: 0,
      },
    ],
    names: [{ name: "iterations_first", reference: `'Iterations'!$A$1:$A$${rows}` }],
    nameAddresses: {},
  };
  return { templateId: "large", sheetNames: ["Iterations", "Results"], definedNames: ["iterations_first"], plan: () => plan };
}
