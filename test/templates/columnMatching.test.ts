import { columnNames, emptyMapping, parseMapEntry, type ColumnMapping } from "../../src/templates/columnMatching";
import { DataFileError, readTemplateData, UnknownCodeError, UnmatchedColumnsError } from "../../src/templates/data";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate as volunteerHours } from "../../src/templates/definitions/volunteerHours";
import { templates } from "../../src/templates/registry";
import type { DataTableDefinition, TemplateDefinition } from "../../src/templates/model";

const tableOf = (template: TemplateDefinition): DataTableDefinition =>
  template.sheets.find((sheet) => sheet.table?.columns.some((c) => c.csv))!.table!;

/** The message of what `read` throws, in one language. */
function refusal(read: () => unknown, language: "de" | "en" = "en"): string {
  try {
    read();
  } catch (error) {
    if (error instanceof DataFileError) return error.text?.[language] ?? error.message;
    throw error;
  }
  throw new Error("nothing was refused");
}

// 2022-01-09 = serial 44570, 2025-12-31 = 46022, 2023-12-04 = 45264 (days after 1899-12-30).
describe("the CSV reader takes the template's German and English column names", () => {
  it("reads a German export: ID;Gruppe;Beginn;Heimaufnahme;Ende der Beobachtung with beraten/Vergleich and German dates", () => {
    const file =
      "ID;Gruppe;Beginn;Heimaufnahme;Ende der Beobachtung;Alter;Pflegegrad;allein lebend\n" +
      "T1;beraten;09.01.2022;;31.12.2025;81;3;ja\n" +
      "C1;Vergleich;09.01.2022;04.12.2023;31.12.2025;77;2;nein\n";
    const rows = readTemplateData(placementCohort, file, "kohorte.csv").rows;
    expect(rows.map((row) => row.slice(0, 8))).toEqual([
      ["T1", "treated", 44570, null, 46022, 81, 3, 1],
      ["C1", "control", 44570, 45264, 46022, 77, 2, 0],
    ]);
  });

  it("forgives case, spaces, underscores and umlaut spellings", () => {
    const file =
      "id , GRUPPE,beginn,HEIMAUFNAHME,ende_der_beobachtung\nT1,Gefoerdert,2022-01-09,,2025-12-31\nC1, VERGLEICH ,2022-01-09,,2025-12-31\n";
    const rows = readTemplateData(placementCohort, file, "k.csv").rows;
    expect(rows.map((row) => row[1])).toEqual(["treated", "control"]);
    const volunteers = "Tätigkeit;Ehrenamtliche;Stunden je Woche;Wochen je Jahr\nBesuche;3;2,5;46\n";
    expect(readTemplateData(volunteerHours, volunteers, "v.csv").rows[0].slice(0, 4)).toEqual(["Besuche", 3, 2.5, 46]);
    const umlauts = "Taetigkeit;Ehrenamtliche;Stunden je Woche;Wochen je Jahr\nBesuche;3;2,5;46\n";
    expect(readTemplateData(volunteerHours, umlauts, "v.csv").rows[0][0]).toBe("Besuche");
  });

  it("takes the codes 1/0 for the group, vorher/nachher for the wave, and x/ja/yes for yes", () => {
    const scores = "Kind;Gruppe;Welle;Wert\nK1;1;vorher;85,1\nK2;0;nachher;80\n";
    expect(readTemplateData(groupComparison, scores, "s.csv").rows.map((row) => row.slice(0, 4))).toEqual([
      ["K1", "treated", "before", 85.1],
      ["K2", "control", "after", 80],
    ]);
    const flags =
      "id,group,start,care_home_entry,follow_up_end,living_alone\nA,treated,2022-01-09,,2025-12-31,x\nB,treated,2022-01-09,,2025-12-31,\nC,control,2022-01-09,,2025-12-31,Yes\n";
    // living alone: x = yes; a blank stays unknown (the template says a blank is not "no" here).
    expect(readTemplateData(placementCohort, flags, "f.csv").rows.map((row) => row[7])).toEqual([1, null, 1]);
  });

  it("takes a blank as no where the template says so", () => {
    const table = tableOf(placementCohort);
    const template: TemplateDefinition = {
      ...placementCohort,
      sheets: placementCohort.sheets.map((sheet) =>
        sheet.table === table
          ? {
              ...sheet,
              table: {
                ...table,
                columns: table.columns.map((column) =>
                  column.key === "living_alone" ? { ...column, csv: { ...column.csv!, kind: { flag: { blank: 0 as const } } } } : column,
                ),
              },
            }
          : sheet,
      ),
    };
    const file = "id,group,start,care_home_entry,follow_up_end,living_alone\nA,treated,2022-01-09,,2025-12-31,\n";
    expect(readTemplateData(template, file, "f.csv").rows[0][7]).toBe(0);
  });

  it("no two columns of a template answer to the same name", () => {
    for (const template of templates) {
      const table = template.sheets.find((sheet) => sheet.table?.columns.some((column) => column.csv))?.table;
      if (!table) continue;
      const names = table.columns.flatMap((column) => columnNames(column));
      expect(names.length).toBe(new Set(names).size);
    }
  });
});

describe("a mapping says which of the file's columns is which and which value means served", () => {
  const file = "Fallnummer;Status;Datum Beratung;Einzug;Ende\nF1;B;09.01.2022;;31.12.2025\nF2;K;09.01.2022;04.12.2023;31.12.2025\n";

  it("without one, the reader names every missing column in both languages, as the mapping step needs them", () => {
    let error: unknown;
    try {
      readTemplateData(placementCohort, file, "eigene.csv");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnmatchedColumnsError);
    const unmatched = error as UnmatchedColumnsError;
    expect(unmatched.missing.map((column) => column.csvName)).toEqual(["id", "group", "start", "care_home_entry", "follow_up_end"]);
    expect(unmatched.header).toEqual(["Fallnummer", "Status", "Datum Beratung", "Einzug", "Ende"]);
    expect(unmatched.text!.de).toBe(
      "eigene.csv, Zeile 1: Es fehlen die Spalten „Kennung (pseudonym)“ (id), „Gruppe“ (group), „Beginn“ (start), „Heimaufnahme“ (care_home_entry), „Ende der Beobachtung“ (follow_up_end) (gefunden: „Fallnummer“, „Status“, „Datum Beratung“, „Einzug“, „Ende“)",
    );
  });

  it("with one, the file is read, and an unknown code is asked for", () => {
    let mapping: ColumnMapping = emptyMapping;
    for (const entry of ["id=Fallnummer", "Gruppe=Status", "start=Datum Beratung", "Heimaufnahme=Einzug", "follow_up_end=Ende"]) {
      const next = parseMapEntry(tableOf(placementCohort), entry, mapping);
      if ("problem" in next) throw new Error(next.problem.en);
      mapping = next;
    }
    let codeError: unknown;
    try {
      readTemplateData(placementCohort, file, "eigene.csv", mapping);
    } catch (caught) {
      codeError = caught;
    }
    expect(codeError).toBeInstanceOf(UnknownCodeError);
    expect((codeError as UnknownCodeError).value).toBe("B");
    expect((codeError as UnknownCodeError).text!.de).toMatch(
      /^eigene\.csv, Zeile 2, Spalte „Status“: „B“ ist keiner der Werte gefördert oder Vergleich/,
    );
    for (const entry of ["group.treated=B", "Gruppe.Vergleich=K"]) {
      const next = parseMapEntry(tableOf(placementCohort), entry, mapping);
      if ("problem" in next) throw new Error(next.problem.en);
      mapping = next;
    }
    expect(readTemplateData(placementCohort, file, "eigene.csv", mapping).rows.map((row) => row.slice(0, 5))).toEqual([
      ["F1", "treated", 44570, null, 46022],
      ["F2", "control", 44570, 45264, 46022],
    ]);
  });

  it("refuses a map entry for a column or code the template does not have, in both languages", () => {
    const table = tableOf(placementCohort);
    expect(parseMapEntry(table, "Postleitzahl=PLZ", emptyMapping)).toEqual({
      problem: {
        de: "--map „Postleitzahl=PLZ“: Die Vorlage hat keine Spalte „Postleitzahl“ (Spalten: id, group, start, care_home_entry, follow_up_end, age, care_grade, living_alone)",
        en: "--map 'Postleitzahl=PLZ': the template has no column 'Postleitzahl' (columns: id, group, start, care_home_entry, follow_up_end, age, care_grade, living_alone)",
      },
    });
    expect(parseMapEntry(table, "group.served", emptyMapping)).toHaveProperty(
      "problem.en",
      "--map 'group.served': expected COLUMN=HEADER or COLUMN.CODE=VALUE",
    );
    expect(parseMapEntry(table, "group.served=B", emptyMapping)).toHaveProperty(
      "problem.de",
      "--map „group.served=B“: Die Spalte group hat keinen Code „served“ (Codes: treated, control)",
    );
  });
});

describe("dates must make sense", () => {
  const header = "id,group,start,care_home_entry,follow_up_end\n";

  it("refuses an end of follow-up before the start, with the line, in both languages", () => {
    const read = () =>
      readTemplateData(placementCohort, `${header}T1,treated,2022-01-09,,2025-12-31\nT2,treated,2022-01-09,,2021-03-01\n`, "c.csv");
    expect(refusal(read)).toBe(
      "c.csv, line 3, column 'follow_up_end': 2021-03-01 is before 2022-01-09 in the column 'start' of the same line; this date cannot come before it. Correct the dates or leave the line out.",
    );
    expect(refusal(read, "de")).toBe(
      "c.csv, Zeile 3, Spalte „follow_up_end“: 2021-03-01 liegt vor 2022-01-09 in der Spalte „start“ derselben Zeile; dieses Datum kann nicht davor liegen. Bitte die Daten berichtigen oder die Zeile weglassen.",
    );
  });

  it("refuses an entry before the start or after the end of follow-up", () => {
    expect(refusal(() => readTemplateData(placementCohort, `${header}T1,treated,2022-01-09,2021-12-31,2025-12-31\n`, "c.csv"))).toMatch(
      /^c\.csv, line 2, column 'care_home_entry': 2021-12-31 is before 2022-01-09 in the column 'start'/,
    );
    expect(
      refusal(
        () =>
          readTemplateData(
            placementCohort,
            `ID;Gruppe;Beginn;Heimaufnahme;Ende der Beobachtung\nT1;beraten;09.01.2022;02.01.2026;31.12.2025\n`,
            "k.csv",
          ),
        "de",
      ),
    ).toMatch(/^k\.csv, Zeile 2, Spalte „Heimaufnahme“: 02\.01\.2026 liegt nach 31\.12\.2025 in der Spalte „Ende der Beobachtung“/);
  });

  it("takes an entry on the day of the start or of the end", () => {
    const rows = readTemplateData(
      placementCohort,
      `${header}T1,treated,2022-01-09,2022-01-09,2025-12-31\nT2,control,2022-01-09,2025-12-31,2025-12-31\n`,
      "c.csv",
    ).rows;
    expect(rows.map((row) => row[3])).toEqual([44570, 46022]);
  });
});
