import { DataFileError, decodeText, readDataFile, readTemplateData } from "../../src/templates/data";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";

/** The error a read throws, with its message in both languages. */
function refusal(read: () => unknown): { de: string; en: string } {
  let thrown: unknown = null;
  try {
    read();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DataFileError);
  const error = thrown as DataFileError;
  expect(error.text).toBeDefined();
  return error.text!;
}

const cohortHeader = "id,group,start,care_home_entry,follow_up_end\n";

describe("dates a sheet cannot hold", () => {
  it.each(["1899-12-31", "1900-01-01", "1900-02-28", "1899-12-30", "1000-01-01", "1800-06-15", "28.02.1900"])(
    "refuses %s with its line and column instead of writing a wrong serial",
    (date) => {
      const csv = `${cohortHeader}T1,treated,2022-01-09,,2025-12-31\nT2,control,${date},,2025-12-31\n`;
      const text = refusal(() => readTemplateData(placementCohort, csv, "cohort.csv"));
      expect(text.en).toBe(
        `cohort.csv, line 3, column 'start': ${date} is before 1 March 1900, the first date the sheet can hold (before it Excel counts a 29 February 1900 that never was). Check the date.`,
      );
      expect(text.de).toBe(
        `cohort.csv, Zeile 3, Spalte „start“: ${date} liegt vor dem 1. März 1900, dem ersten Datum, das die Tabelle aufnehmen kann (Excel zählt davor einen 29. Februar 1900, den es nicht gab). Bitte prüfen Sie das Datum.`,
      );
    },
  );

  it("reads 1900-03-01 as serial 61, the first day serials and the calendar agree", () => {
    const data = readTemplateData(placementCohort, `${cohortHeader}T1,treated,1900-03-01,,01.03.1900\n`, "cohort.csv");
    expect(data.rows[0].slice(0, 5)).toEqual(["T1", "treated", 61, null, 61]);
  });

  it("still refuses a day that does not exist, such as 1900-02-29 and 2024-02-30, as no date", () => {
    for (const date of ["1900-02-29", "2024-02-30"])
      expect(() => readTemplateData(placementCohort, `${cohortHeader}T1,treated,${date},,2025-12-31\n`, "c.csv")).toThrow(
        `c.csv, line 2, column 'start': '${date}' is not a date of the form YYYY-MM-DD or DD.MM.YYYY`,
      );
  });
});

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 for the Latin-1 letters used here (ä ö ü ß é). */
const windows1252 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[(bom ? 2 : 0) + 2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const activities = "activity;volunteers;hours_per_week;weeks_per_year\n";

describe("encodings", () => {
  it("refuses a UTF-8 file with one Windows-1252 line, naming that line, instead of writing 'MÃ¼ller'", () => {
    const bytes = concat(utf8(activities), utf8("Besuchsdienst Müller;12;3;46\n"), windows1252("Café Straße;4;2;46\n"));
    const text = refusal(() => readTemplateData(volunteerHoursTemplate, bytes, "log.csv"));
    expect(text.en).toBe(
      'log.csv, line 3: the file mixes two encodings: line 2 is UTF-8, line 3 is not (perhaps Windows-1252). It is not read, so that no text is garbled. Save the file in one encoding, e.g. in Excel as "CSV UTF-8".',
    );
    expect(text.de).toBe(
      "log.csv, Zeile 3: Die Datei mischt zwei Kodierungen: Zeile 2 ist UTF-8, Zeile 3 nicht (vermutlich Windows-1252). Sie wird nicht gelesen, damit kein Text verfälscht wird. Speichern Sie die Datei in einer Kodierung, z. B. in Excel als „CSV UTF-8“.",
    );
  });

  it("refuses a file with the UTF-8 byte-order mark and a Windows-1252 line", () => {
    const bytes = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(activities), windows1252("Café;4;2;46\n"));
    const text = refusal(() => readTemplateData(volunteerHoursTemplate, bytes, "log.csv"));
    expect(text.en).toMatch(/^log\.csv, line 2: the file mixes two encodings: it starts with the UTF-8 byte-order mark, line 2 is not/);
    expect(text.de).toMatch(
      /^log\.csv, Zeile 2: Die Datei mischt zwei Kodierungen: sie beginnt mit der Markierung für UTF-8, Zeile 2 nicht/,
    );
  });

  it("still reads a file in Windows-1252 throughout", () => {
    const reading = readDataFile(volunteerHoursTemplate, windows1252(`${activities}Café Straße;4;2;46\n`), "log.csv");
    expect(reading.encoding).toBe("Windows-1252");
    expect(reading.data.rows[0][0]).toBe("Café Straße");
  });

  it("reads Excel's Unicode Text: UTF-16LE with a byte-order mark, tab-separated", () => {
    const file = `${activities.replace(/;/g, "\t")}Besuchsdienst Müller\t12\t3\t46\r\n`;
    const reading = readDataFile(volunteerHoursTemplate, utf16le(file), "log.txt");
    expect(reading).toMatchObject({ encoding: "UTF-16LE", separator: "\t" });
    expect(reading.data.rows[0].slice(0, 4)).toEqual(["Besuchsdienst Müller", 12, 3, 46]);
  });

  it("refuses UTF-16 without a byte-order mark by that name, not as a missing column", () => {
    const text = refusal(() => readTemplateData(volunteerHoursTemplate, utf16le(`${activities}Besuch;12;3;46\n`, false), "log.txt"));
    expect(text.en).toBe(
      'log.txt: the file is Unicode text (UTF-16LE) without a byte-order mark, so its encoding cannot be told for certain. Save it in Excel as "CSV UTF-8" or as "Unicode Text".',
    );
    expect(text.de).toBe(
      "log.txt: Die Datei ist als Unicode-Text (UTF-16LE) ohne Byte-Reihenfolge-Markierung gespeichert, daher ist ihre Kodierung nicht sicher zu erkennen. Speichern Sie sie in Excel als „CSV UTF-8“ oder als „Unicode-Text“.",
    );
  });

  it.each([
    ["an .xlsx", [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
    ["an .xls", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ])("recognises %s handed over as CSV by its bytes", (_, signature) => {
    const text = refusal(() =>
      readTemplateData(volunteerHoursTemplate, concat(Uint8Array.from(signature), utf8("x".repeat(200))), "log.csv"),
    );
    expect(text.en).toBe(
      'log.csv: this is a workbook, not a CSV file: open it in Excel and save it as CSV ("CSV UTF-8" or "CSV (Comma delimited)").',
    );
    expect(text.de).toBe(
      "log.csv: Dies ist eine Arbeitsmappe, keine CSV-Datei. Öffnen Sie sie in Excel und speichern Sie sie als CSV („CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“).",
    );
  });

  it("forgives a zero-width space, a non-breaking space and a BOM in the middle of header names", () => {
    const header = "activity\u200b;volunteers\u00a0;\ufeffhours_per_week;weeks_per_year\n";
    const data = readTemplateData(volunteerHoursTemplate, utf8(`${header}Besuch;12;3;46\n`), "log.csv");
    expect(data.rows[0].slice(0, 4)).toEqual(["Besuch", 12, 3, 46]);
  });

  it("shows an invisible character it does not forgive, here one inside a name, by name in the message", () => {
    const header = "activ\u200bity x;volunteers;hours_per_week;weeks_per_year\n";
    expect(() => readTemplateData(volunteerHoursTemplate, utf8(`${header}Besuch;12;3;46\n`), "log.csv")).toThrow(
      "found: 'activ⟨zero-width space⟩ity x', 'volunteers'",
    );
  });
});

describe("texts longer than a cell can hold", () => {
  it.each([40_000, 10 * 2 ** 20])("refuses a field of %i characters with its line and column", (length) => {
    const csv = `${activities}${"a".repeat(length)};12;3;46\n`;
    const text = refusal(() => readTemplateData(volunteerHoursTemplate, utf8(csv), "log.csv"));
    expect(text.en).toBe(
      `log.csv, line 2, column 'activity': the field has ${length.toLocaleString("en")} characters; an Excel cell holds at most 32,767. Shorten the text in the file.`,
    );
    expect(text.de).toBe(
      `log.csv, Zeile 2, Spalte „activity“: Das Feld hat ${length.toLocaleString("de-DE")} Zeichen; eine Excel-Zelle fasst höchstens 32.767. Kürzen Sie den Text in der Datei.`,
    );
  });

  it("takes a field of exactly 32,767 characters", () => {
    const data = readTemplateData(volunteerHoursTemplate, utf8(`${activities}${"a".repeat(32_767)};12;3;46\n`), "log.csv");
    expect((data.rows[0][0] as string).length).toBe(32_767);
  });
});

describe("decoding by hand", () => {
  it("reads UTF-8 of one to four bytes a character, and UTF-16 big-endian with its mark", () => {
    const text = "Grüße € 𝄞 ok";
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "UTF-8" });
    const big = new Uint8Array(2 + text.length * 2);
    big.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) big.set([text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff], 2 + 2 * i);
    expect(decodeText(big)).toEqual({ text, encoding: "UTF-16BE" });
  });
});
