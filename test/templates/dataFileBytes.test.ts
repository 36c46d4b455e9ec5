import { DataFileError, readTemplateData } from "../../src/templates/data";
import { placementCohort } from "../../src/templates/definitions/placementCohort";

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
