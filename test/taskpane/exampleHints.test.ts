/*
 * Every range and table column the wizard's hints name can be typed as it stands and reads the
 * example data: in English and in German, where the example workbook has German sheet and table
 * names.
 */
import { parseStructuredReference } from "../../src/shared/structuredReference";
import { exampleNames, exampleRanges } from "../../src/taskpane/preview/exampleRanges";
import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { strings } from "../../src/taskpane/strings";

/** The sheet ranges ("Kohorte!G2:G241") and table columns ("Beratene[Umzug binnen 24 Monaten]") a text names. */
function namedRanges(text: string, sheets: string[], tables: string[]): string[] {
  const ranges = [...text.matchAll(/([A-Za-zÄÖÜäöüß]+)!([A-Z]+\d+(?::[A-Z]+\d+)?)/g)].filter((m) => sheets.includes(m[1])).map((m) => m[0]);
  const columns = [...text.matchAll(/([A-Za-zÄÖÜäöüß]+)\[([^\]]+)\]/g)].filter((m) => tables.includes(m[1])).map((m) => m[0]);
  return [...ranges, ...columns];
}

describe.each(["en", "de"] as const)("the hints of the preview, %s", (language) => {
  it("name only sheets and tables the example workbook has, and each one reads data", async () => {
    const names = exampleNames(language);
    const workbook = await previewWorkbook(language);
    const sheets = await workbook.sheetNames();
    expect(sheets).toEqual([names.cohortSheet, names.groupsSheet, names.scoresSheet]);
    const tables = [...new Set((await workbook.tableColumns()).map((column) => column.table))];
    const text = strings[language];
    const example = exampleRanges(names);
    const hints = { range: example.cohortTreated, column: example.counselledMoved, target: example.cohortTarget };
    const hintTexts = [text.rangeHint(hints), text.targetHint(hints)];
    const named = hintTexts.flatMap((hint) => namedRanges(hint, sheets, tables));
    expect(named).toEqual([example.cohortTreated, example.counselledMoved, example.cohortTarget]);
    // The outcome ranges: the cohort's treated rows (240 households, 34 moves; exampleData.ts) and the same as a table column.
    const [range, column] = await workbook.readRanges([example.cohortTreated, example.counselledMoved]);
    for (const read of [range, column]) {
      const cells = read.values.flat();
      expect(cells.length).toBe(240);
      expect(cells.reduce((sum: number, value) => sum + Number(value), 0)).toBe(34);
    }
    expect(parseStructuredReference(example.counselledMoved)).toEqual({ table: names.counselledTable, column: names.movedColumn });
    // The sheets, tables and cells the example hint names exist, and every range "Fill in the example" types holds numbers.
    const exampleHint = text.exampleHint(names);
    for (const name of [names.cohortSheet, names.groupsSheet, names.scoresSheet, names.counselledTable, names.comparisonTable])
      expect(exampleHint).toContain(name);
    const typed = [
      example.cohortControl,
      ...example.cohortCovariates.flatMap((covariate) => [covariate.treated, covariate.control]),
      example.scoresTreatedBefore,
      example.scoresTreatedAfter,
      example.scoresControlBefore,
      example.scoresControlAfter,
    ];
    for (const read of await workbook.readRanges(typed)) expect(read.values.flat().every((value) => typeof value === "number")).toBe(true);
  });
});
