import { existsSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/templates/cli";
import { readTemplateData } from "../../src/templates/data";
import { serialFromIsoDate } from "../../src/shared/serialDates";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";

const header = "id,group,start,care_home_entry,follow_up_end\n";

describe("reading a cohort CSV", () => {
  it("turns ISO dates into Excel serial numbers (1900 date system)", () => {
    // 2022-01-09: 44,570 days after 1899-12-30 (Excel shows 44570 for this date).
    expect(serialFromIsoDate("2022-01-09")).toBe(44570);
    expect(serialFromIsoDate("2023-02-29")).toBeNull();
  });

  it("names the line of a quote that is never closed or a quoted field that goes on after its quote", () => {
    expect(() =>
      readTemplateData(placementCohort, `${header}T1,treated,2022-01-09,,2025-12-31\n"T2,treated,2022-01-09,,2025-12-31\n`, "c.csv"),
    ).toThrow(
      'c.csv, line 3: a field opens with a quote (") that is never closed, so the rest of the file would be read as that one field',
    );
    expect(() => readTemplateData(placementCohort, `${header}"T1"x,treated,2022-01-09,,2025-12-31\n`, "c.csv")).toThrow(
      'c.csv, line 2: a quoted field goes on after its closing quote ("); inside a quoted field, write a quote as two quotes ("")',
    );
  });

  it("keeps a blank entry date as empty", () => {
    const data = readTemplateData(placementCohort, `${header}T1,treated,2022-01-09,,2025-12-31\n`, "c.csv");
    expect(data.rows[0].slice(0, 5)).toEqual(["T1", "treated", 44570, null, 46022]);
  });

  it("reads the covariates when the file has them, and leaves them blank when it has not", () => {
    const withCovariates = readTemplateData(
      placementCohort,
      "id,group,start,care_home_entry,follow_up_end,age,care_grade,living_alone\nT1,treated,2022-01-09,,2025-12-31,81,,1\n",
      "c.csv",
    );
    expect(withCovariates.rows[0].slice(0, 8)).toEqual(["T1", "treated", 44570, null, 46022, 81, null, 1]);
    const without = readTemplateData(placementCohort, `${header}T1,treated,2022-01-09,,2025-12-31\n`, "c.csv");
    expect(without.rows[0].slice(5, 8)).toEqual([null, null, null]);
    expect(() =>
      readTemplateData(
        placementCohort,
        "id,group,start,care_home_entry,follow_up_end,age\nT1,treated,2022-01-09,,2025-12-31,achtzig\n",
        "c.csv",
      ),
    ).toThrow("c.csv, line 2, column 'age': 'achtzig' is not a number");
  });

  it.each([
    ["id,group,start,follow_up_end\nT1,treated,2022-01-09,2025-12-31\n", "c.csv, line 1: column 'care_home_entry' is missing"],
    [
      `${header}T1,treated,2022-01-09,,2025-12-31\nT2,treatd,2022-01-09,,2025-12-31\n`,
      "c.csv, line 3, column 'group': 'treatd' is not one of treated, control",
    ],
    [`${header}T1,control,01/09/2022,,2025-12-31\n`, "c.csv, line 2, column 'start': '01/09/2022' is not a date"],
    [`${header}T1,control,2022-01-09,2022-13-01,2025-12-31\n`, "c.csv, line 2, column 'care_home_entry': '2022-13-01' is not a date"],
  ])("stops on bad data with file, line and column", (csv, message) => {
    expect(() => readTemplateData(placementCohort, csv, "c.csv")).toThrow(message);
  });

  it("writes nothing when the CSV is bad", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pd-cli-"));
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, `${header}T1,other,2022-01-09,,2025-12-31\n`);
    const out = join(dir, "out.xlsx");
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(run(["template", "placement-cohort", "--lang", "de", "--out", out, "--data", csv])).resolves.toBe(2);
    expect(error.mock.calls[0][0]).toMatch(/Zeile 2, Spalte „group“/);
    error.mockRestore();
    expect(existsSync(out)).toBe(false);
  });
});

describe("reading a CSV of scores for the group comparison", () => {
  const scores = "child,group,wave,score\n";

  it("keeps group, wave and score of each row", () => {
    const data = readTemplateData(groupComparison, `${scores}Tb001,treated,before,85.1\nCa002,control,after,90\n`, "s.csv");
    // The file has no covariate columns: those cells stay blank.
    expect(data).toEqual({
      table: "observations_table",
      rows: [
        ["Tb001", "treated", "before", 85.1, null, null],
        ["Ca002", "control", "after", 90, null, null],
      ],
    });
  });

  it.each([
    [`${scores}Tb001,treated,later,85.1\n`, "s.csv, line 2, column 'wave': 'later' is not one of before, after"],
    [`${scores}Tb001,treated,before,85.1\nTb002,treated,before,n/a\n`, "s.csv, line 3, column 'score': 'n/a' is not a number"],
    ["child,group,score\nTb001,treated,85.1\n", "s.csv, line 1: column 'wave' is missing"],
  ])("stops on bad data with file, line and column", (csv, message) => {
    expect(() => readTemplateData(groupComparison, csv, "s.csv")).toThrow(message);
  });

  it("fills the Data sheet of the command line's file from kindergarten-scores.csv", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pd-cli-")), "scores.xlsx");
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    await run([
      "template",
      "group-comparison",
      "--lang",
      "en",
      "--out",
      out,
      "--data",
      join(__dirname, "..", "..", "examples", "kindergarten-scores.csv"),
    ]);
    log.mockRestore();
    expect(existsSync(out)).toBe(true);
  });
});
