import { readTemplateData } from "../../src/templates/data";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { templates } from "../../src/templates/registry";
import { csvTable, fileColumns, sampleCsv } from "../../src/templates/sampleCsv";

describe("the sample CSV of each data card", () => {
  it("is read back by the reader into the template's own example rows, in German and in English", () => {
    for (const template of templates) {
      const table = csvTable(template);
      if (!table) continue;
      const csvColumns = table.columns.map((column, c) => (column.csv ? c : -1)).filter((c) => c >= 0);
      const expected = table.exampleRows.map((row) => csvColumns.map((c) => row[c] ?? null));
      for (const language of ["de", "en"] as const) {
        const rows = readTemplateData(template, sampleCsv(template, language), `sample-${language}.csv`).rows;
        expect(rows.map((row) => csvColumns.map((c) => row[c]))).toEqual(expected);
      }
    }
  });

  it("is written as German Excel writes CSV: semicolons, German headers and codes, TT.MM.JJJJ", () => {
    const [header, first] = sampleCsv(placementCohort, "de")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header).toBe("Kennung (pseudonym);Gruppe;Beginn;Heimaufnahme;Ende der Beobachtung;Alter;Pflegegrad;allein lebend (1/0)");
    // The first example person: T0001, served, start 44570 = 09.01.2022, end 46022 = 31.12.2025, 81 years, care grade 3, living alone.
    expect(first).toBe("T0001;gefördert;09.01.2022;;31.12.2025;81;3;ja");
  });

  it("lists the columns a file needs, with the codes in the card's language", () => {
    expect(fileColumns(placementCohort, "de").map((column) => [column.name, column.optional, column.values])).toEqual([
      ["Kennung (pseudonym)", false, null],
      ["Gruppe", false, ["gefördert", "Vergleich"]],
      ["Beginn", false, null],
      ["Heimaufnahme", false, null],
      ["Ende der Beobachtung", false, null],
      ["Alter", true, null],
      ["Pflegegrad", true, null],
      ["allein lebend (1/0)", true, ["1", "0", "ja", "nein", "x"]],
    ]);
  });
});
