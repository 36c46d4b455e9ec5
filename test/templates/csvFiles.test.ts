/* Reading CSV files as people have them: German Excel exports, other encodings, the usual slips. */
import { readFileSync } from "fs";
import { join } from "path";
import { decodeText, describeReading, maximumDataRows, readDataFile, readTemplateData } from "../../src/templates/data";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, "latin1"));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
const volunteers = (bytes: Uint8Array | string) =>
  readTemplateData(volunteerHoursTemplate, bytes, "v.csv").rows.map((row) => row.slice(0, 4));

describe("a CSV file as German Excel exports it", () => {
  // "CSV (Trennzeichen-getrennt)" on German Windows: semicolons, decimal commas, Windows-1252, CRLF.
  const german = "activity;volunteers;hours_per_week;weeks_per_year\r\nBesuchsdienst für Ältere;18;2,5;46\r\nEinkaufshilfe;9;3;48\r\n";

  it("reads semicolons, decimal commas, Windows-1252 and CRLF", () => {
    expect(volunteers(latin1(german))).toEqual([
      ["Besuchsdienst für Ältere", 18, 2.5, 46],
      ["Einkaufshilfe", 9, 3, 48],
    ]);
  });

  it("says what it found: rows, encoding and separator", () => {
    expect(describeReading("v.csv", readDataFile(volunteerHoursTemplate, latin1(german), "v.csv"))).toBe(
      "v.csv: 2 rows, Windows-1252, separated by ';'",
    );
  });

  it("reads the same file saved as UTF-8 with a byte order mark", () => {
    expect(volunteers(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(german)]))).toEqual(volunteers(latin1(german)));
  });

  it("reads a tab-separated file", () => {
    expect(volunteers(utf8("activity\tvolunteers\thours_per_week\tweeks_per_year\nLesepaten\t4\t1,5\t40\n"))).toEqual([
      ["Lesepaten", 4, 1.5, 40],
    ]);
  });

  it("reads dates written day first with dots (09.01.2022 is the 9th of January)", () => {
    const data = readTemplateData(
      placementCohort,
      latin1("id;group;start;care_home_entry;follow_up_end\r\nT1;treated;09.01.2022;;31.12.2025\r\n"),
      "c.csv",
    );
    // 44570 = 2022-01-09 and 46022 = 2025-12-31 as Excel serial numbers (1900 date system).
    expect(data.rows[0].slice(0, 5)).toEqual(["T1", "treated", 44570, null, 46022]);
  });

  it("decodes the euro sign of Windows-1252 (byte 0x80)", () => {
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x35, 0x84, 0x93]))).toEqual({ text: "€ 5„“", encoding: "Windows-1252" });
  });
});

describe("quoted fields", () => {
  it("keeps separators and line breaks inside quotes and counts lines of the file", () => {
    const csv = 'activity,volunteers,hours_per_week,weeks_per_year\n"Visits, shopping\nand letters",3,2,40\nReading,x,1,40\n';
    expect(() => volunteers(csv)).toThrow("v.csv, line 4, column 'volunteers': 'x' is not a number");
    expect(volunteers(csv.split("Reading")[0])).toEqual([["Visits, shopping\nand letters", 3, 2, 40]]);
  });

  it("stops at a quote that is never closed", () => {
    expect(() => volunteers('activity,volunteers,hours_per_week,weeks_per_year\n"Visits,3,2,40\n')).toThrow(/v\.csv, line 2: .*[Qq]uote/);
  });
});

describe("what is refused, with file, line, column and reason", () => {
  const head = "activity,volunteers,hours_per_week,weeks_per_year\n";
  it.each([
    [`${head}Visits,18,2,5,46\n`, "v.csv, line 2: 5 fields where the header has 4 (separator ',')"],
    [`${head}Visits,2,46\n`, "v.csv, line 2: 3 fields where the header has 4"],
    [
      `${head}Visits,"2,5",5,46\n`,
      "v.csv, line 2, column 'volunteers': '2,5' is not a number (a decimal comma needs a file separated by ';' or tab)",
    ],
    // The sheet's own validation: volunteers 0–1,000,000, hours 0–168, weeks 0–53.
    [`${head}Visits,-5,2,46\n`, "v.csv, line 2, column 'volunteers': -5 is outside 0–1000000, the range the sheet allows"],
    [`${head}Visits,5,1e300,46\n`, "v.csv, line 2, column 'hours_per_week': 1e+300 is outside 0–168"],
    [`${head}Visits,5,169,46\n`, "v.csv, line 2, column 'hours_per_week': 169 is outside 0–168"],
    [`${head}Visits,0x10,2,46\n`, "v.csv, line 2, column 'volunteers': '0x10' is not a number"],
    [`${head}Visits,Infinity,2,46\n`, "column 'volunteers': 'Infinity' is not a number"],
    [`${head}Visits,5,,46\n`, "v.csv, line 2, column 'hours_per_week': empty, expected a number"],
  ])("%j", (csv, message) => {
    expect(() => volunteers(csv)).toThrow(message);
  });

  it("refuses a column that appears twice instead of choosing one", () => {
    expect(() => volunteers("activity,volunteers,hours_per_week,weeks_per_year,volunteers\nVisits,2,3,46,4\n")).toThrow(
      "v.csv, line 1: column 'volunteers' appears twice",
    );
  });

  it("refuses numbers out of double range in a column without limits", () => {
    expect(() => readTemplateData(groupComparison, "child,group,wave,score\nT1,treated,before,1e400\n", "s.csv")).toThrow(
      "s.csv, line 2, column 'score': '1e400' is not a finite number",
    );
  });

  it("refuses a German number with a thousands dot instead of guessing", () => {
    expect(() => volunteers("activity;volunteers;hours_per_week;weeks_per_year\nVisits;1.200;2;46\n")).toThrow(
      "column 'volunteers': '1.200' could be a number with a thousands separator",
    );
  });

  it("names the separator when the header mixes them", () => {
    expect(() => volunteers("activity;volunteers;hours_per_week,weeks_per_year\nVisits;2;3,46\n")).toThrow(
      "v.csv, line 1: columns 'hours_per_week', 'weeks_per_year' are missing (found: 'activity', 'volunteers', 'hours_per_week,weeks_per_year'); the header line also contains ',': the file mixes separators (read with ';')",
    );
  });

  it("reads the examples shipped with the project unchanged", () => {
    const file = join(__dirname, "..", "..", "examples", "volunteer-log.csv");
    expect(volunteers(new Uint8Array(readFileSync(file)))).toEqual(volunteers(readFileSync(file, "utf8")));
  });

  it("says when a file has more rows than supported, before reading their values", () => {
    const rows = Array.from({ length: maximumDataRows + 1 }, () => "Visits,x,2,46").join("\n");
    expect(() => volunteers(`${head}${rows}\n`)).toThrow("v.csv: 200,001 data rows; at most 200,000 are supported");
  });
});
