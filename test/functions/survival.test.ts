import { kaplanMeierTable, logRankTable } from "../../src/functions/survival";
import { survivalReference, type KaplanMeierReference, type LogRankReference, type ReferencePeople } from "../reference/survivalReference";
import { expectAgreement } from "../support/agreement";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

/** What Excel passes for an omitted optional argument. */
const omitted = null as never;

const { cohort, cohort_people: cohortPeople } = survivalReference;

function column(values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** The cohort's columns as Excel passes them; a missing entry is a blank cell (""), as Excel on the web sends it. */
function cohortColumns(people: ReferencePeople, group: string | null = null) {
  const rows = people.group.map((_, i) => i).filter((i) => group === null || people.group[i] === group);
  return {
    groups: column(rows.map((i) => people.group[i])),
    starts: column(rows.map((i) => people.start[i])),
    entries: column(rows.map((i) => people.entry[i] ?? "")),
    ends: column(rows.map((i) => people.end[i])),
  };
}

function expectCellAgreement(cell: unknown, expected: number | null, what: string): void {
  if (expected === null) expect([what, cell]).toEqual([what, ""]);
  else expectAgreement(cell as number, expected, what);
}

/** The rows of a KAPLANMEIER table for the requested times against summary(survfit, times). */
function expectTimeRows(table: unknown[][], r: KaplanMeierReference): void {
  r.times.forEach((months, i) => {
    const row = table[1 + i];
    expect(row[0]).toBe(months);
    expectCellAgreement(row[1], r.at_times.surv[i], `share at ${months}`);
    expectCellAgreement(row[2], r.at_times.lower[i], `lower at ${months}`);
    expectCellAgreement(row[3], r.at_times.upper[i], `upper at ${months}`);
    expect(row[4]).toBe(r.at_times.n_risk[i]);
  });
}

describe("PREVENT.KAPLANMEIER on the example cohort", () => {
  const treated = cohortColumns(cohortPeople, "treated");
  const control = cohortColumns(cohortPeople, "control");

  test("treated group: one row per default time, then median, people and entries, agreeing with R", () => {
    const table = kaplanMeierTable(treated.starts, treated.entries, treated.ends, omitted, omitted, omitted);
    const r = cohort.kaplan_meier.treated;
    expect(table[0]).toEqual(["Months", "Share still at home", "Lower limit, 95% CI", "Upper limit, 95% CI", "People at risk"]);
    expect(table.map((row) => row[0])).toEqual([
      "Months",
      6,
      12,
      24,
      36,
      "Median months to care-home entry",
      "People",
      "Care-home entries",
    ]);
    expectTimeRows(table, r);
    // Fewer than half of the treated entered a care home: no median (R: NA).
    expect(table[5]).toEqual(["Median months to care-home entry", "", "", "", ""]);
    expect(table[6]).toEqual(["People", 240, "", "", ""]);
    expect(table[7]).toEqual(["Care-home entries", r.entries, "", "", ""]);
  });

  test("control group: the median and its lower limit are reached, the upper limit is not", () => {
    const table = kaplanMeierTable(control.starts, control.entries, control.ends, omitted, omitted, omitted);
    const r = cohort.kaplan_meier.control;
    expectTimeRows(table, r);
    expectCellAgreement(table[5][1], r.median, "median");
    expectCellAgreement(table[5][2], r.median_lower, "median, lower limit");
    expect(r.median_upper).toBeNull();
    expect(table[5][3]).toBe("");
  });

  test("times as a row of values and a 90 % level; 48 months lies beyond every treated person's follow-up", () => {
    const r = cohort.kaplan_meier.treated_90;
    const table = kaplanMeierTable(treated.starts, treated.entries, treated.ends, [r.times], 0.9, omitted);
    expect(table[0]).toEqual(["Months", "Share still at home", "Lower limit, 90% CI", "Upper limit, 90% CI", "People at risk"]);
    r.times.slice(0, 4).forEach((months, i) => {
      expectCellAgreement(table[1 + i][1], r.at_times.surv[i], `share at ${months}`);
      expectCellAgreement(table[1 + i][2], r.at_times.lower[i], `lower at ${months}`);
      expectCellAgreement(table[1 + i][3], r.at_times.upper[i], `upper at ${months}`);
    });
    expect(table[5]).toEqual([48, "", "", "", 0]);
  });

  test("single values by output key", () => {
    const r = cohort.kaplan_meier.control;
    const value = (output: string) =>
      kaplanMeierTable(control.starts, control.entries, control.ends, omitted, omitted, output as never)[0][0] as number;
    expectAgreement(value("at_home_12"), r.at_times.surv[1], "at_home_12");
    expectAgreement(value("lower_24"), r.at_times.lower[2]!, "lower_24");
    expectAgreement(value(" UPPER_36 "), r.at_times.upper[3]!, "upper_36");
    expect(value("at_risk_6")).toBe(r.at_times.n_risk[0]);
    expectAgreement(value("median"), r.median!, "median");
    expectAgreement(value("median_lower"), r.median_lower!, "median_lower");
    expect(value("people")).toBe(230);
    const withTime = (output: string) => kaplanMeierTable(control.starts, control.entries, control.ends, [[1.5]], omitted, output as never);
    expect(withTime("at_home_1,5")).toEqual(withTime("at_home_1.5"));
    expect(value("entries")).toBe(r.entries);
  });

  test("a missing value asked for by key is #N/A with the reason", () => {
    expect(
      thrownExcelError(() => kaplanMeierTable(treated.starts, treated.entries, treated.ends, omitted, omitted, "median" as never)),
    ).toMatchObject({
      code: "#N/A",
      message: "median: fewer than half the people entered a care home within the follow-up",
    });
    expect(
      thrownExcelError(() => kaplanMeierTable(treated.starts, treated.entries, treated.ends, [[48]], omitted, "at_home_48" as never)),
    ).toMatchObject({
      code: "#N/A",
      message: "at_home_48: nobody in these data was followed for 48 months",
    });
    expect(
      thrownExcelError(() => kaplanMeierTable(treated.starts, treated.entries, treated.ends, [[0]], omitted, "lower_0" as never)),
    ).toMatchObject({
      code: "#N/A",
      message: "lower_0: nobody had entered a care home by 0 months, so the interval is not defined",
    });
    const unknown = thrownExcelError(() =>
      kaplanMeierTable(treated.starts, treated.entries, treated.ends, omitted, omitted, "at_home_7" as never),
    );
    expect(unknown.code).toBe("#VALUE!");
    expect(unknown.message).toMatch(
      /^output: 'at_home_7' is not a key of this function; use one of at_home_6, lower_6, upper_6, at_risk_6, at_home_12/,
    );
  });

  test("German labels with a decimal comma", () => {
    const table = withDisplayLanguage("de-DE", () =>
      kaplanMeierTable(treated.starts, treated.entries, treated.ends, [[12]], 0.975, omitted),
    );
    expect(table[0]).toEqual([
      "Monate",
      "Anteil noch zu Hause",
      "Untere Grenze, 97,5-%-KI",
      "Obere Grenze, 97,5-%-KI",
      "Personen unter Risiko",
    ]);
    expect(table.slice(2).map((row) => row[0])).toEqual(["Median der Monate bis zur Heimaufnahme", "Personen", "Heimaufnahmen"]);
  });
});

describe("PREVENT.KAPLANMEIER worked by hand", () => {
  // Start 2023-01-01 (44927). Entries after 365.25 and 730.5 days = 12 and 24 months; one person
  // censored at 18 months (547.875 days), one followed 36 months without entry.
  // At 12: 4 at risk, 1 entry → 3/4. At 18: 3 at risk (the person censored at 18 is still
  // followed then). At 24: 2 at risk, 1 entry → 3/4 · 1/2 = 3/8.
  const starts = column([44927, 44927, 44927, 44927]);
  const entries = column([44927 + 365.25, null, 44927 + 730.5, ""]);
  const ends = column([46022, 44927 + 547.875, 46022, 44927 + 1095.75]);

  test("shares and people at risk at 12, 18 and 24 months; the median is the entry at 24 months", () => {
    const table = kaplanMeierTable(starts, entries, ends, [[12, 18, 24]], omitted, omitted);
    expect(table.slice(1, 4).map((row) => [row[0], row[1], row[4]])).toEqual([
      [12, 0.75, 4],
      [18, 0.75, 3],
      [24, 0.375, 2],
    ]);
    expect(table[4][1]).toBe(24);
  });

  test("rows without any date are skipped, and 0 counts as an empty date (Excel desktop's blank)", () => {
    const padded = (range: unknown[][], blank: unknown) => [...range, [blank], [null], [""]];
    const table = kaplanMeierTable(padded(starts, 0), padded(entries, 0), padded(ends, 0), [[12, 18, 24]], omitted, omitted);
    expect(table).toEqual(kaplanMeierTable(starts, column([44927 + 365.25, 0, 44927 + 730.5, 0]), ends, [[12, 18, 24]], omitted, omitted));
    expect(table[table.length - 2]).toEqual(["People", 4, "", "", ""]);
  });

  test("ranges given as rows work as columns do", () => {
    const asRow = (range: unknown[][]) => [range.map((row) => row[0])];
    expect(kaplanMeierTable(asRow(starts), asRow(entries), asRow(ends), omitted, omitted, omitted)).toEqual(
      kaplanMeierTable(starts, entries, ends, omitted, omitted, omitted),
    );
  });
});

describe("PREVENT.KAPLANMEIER and PREVENT.LOGRANK refuse data that cannot be right", () => {
  const starts = column([44927, 44927, 44927]);
  const entries = column(["", 45000, ""]);
  const ends = column([45500, 45500, 45500]);
  const groups = column(["treated", "control", "control"]);

  const cases: [string, () => unknown, string, string][] = [
    [
      "an entry before the start",
      () => kaplanMeierTable(starts, column(["", 44570, ""]), ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of entry_dates (2022-01-09) is before the start (2023-01-01)",
    ],
    [
      "an end before the start",
      () => kaplanMeierTable(starts, entries, column([45500, 45500, 44570]), omitted, omitted, omitted),
      "#VALUE!",
      "row 3 of end_dates (2022-01-09) is before the start (2023-01-01)",
    ],
    [
      "an entry after the end of follow-up",
      () => logRankTable(groups, starts, column(["", 45600, ""]), ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of entry_dates (2024-11-04) is after the end of follow-up (2024-07-27)",
    ],
    [
      "text for a date",
      () => kaplanMeierTable(column([44927, "2023-01-01", 44927]), entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of start_dates is '2023-01-01', expected a number",
    ],
    [
      "a missing start",
      () => kaplanMeierTable(column([44927, "", 44927]), entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of start_dates is empty, expected the start date",
    ],
    [
      "a missing end of follow-up",
      () => kaplanMeierTable(starts, entries, column([45500, 45500, null]), omitted, omitted, omitted),
      "#VALUE!",
      "row 3 of end_dates is empty, expected the end of follow-up",
    ],
    [
      "ranges of different lengths",
      () => kaplanMeierTable(starts, entries, column([45500, 45500]), omitted, omitted, omitted),
      "#VALUE!",
      "end_dates: 2 cells, but start_dates has 3; give one cell per person in each range",
    ],
    [
      "a group range of another length",
      () => logRankTable(column(["treated", "control"]), starts, entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "groups: 2 cells, but start_dates has 3; give one cell per person in each range",
    ],
    [
      "an unknown group",
      () => logRankTable(column(["treated", "ja", "control"]), starts, entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of groups is 'ja', expected treated or control (or 1 for treated, 0 for control)",
    ],
    [
      "a person without group",
      () => logRankTable(column(["treated", "", "control"]), starts, entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of groups is empty, expected treated or control (or 1 for treated, 0 for control)",
    ],
    [
      "TRUE as a group",
      () => logRankTable(column(["treated", true, "control"]), starts, entries, ends, omitted, omitted, omitted),
      "#VALUE!",
      "row 2 of groups is TRUE, expected treated or control (or 1 for treated, 0 for control)",
    ],
    [
      "a time beyond 100 years",
      () => kaplanMeierTable(starts, entries, ends, [[12, 1300]], omitted, omitted),
      "#VALUE!",
      "times: 1300 must be a number of months from 0 to 1200 (100 years)",
    ],
    [
      "a negative horizon",
      () => logRankTable(groups, starts, entries, ends, -6 as never, omitted, omitted),
      "#VALUE!",
      "horizon: -6 must be a number of months from 0 to 1200 (100 years)",
    ],
    [
      "a confidence of 95",
      () => kaplanMeierTable(starts, entries, ends, omitted, 95 as never, omitted),
      "#VALUE!",
      "confidence: 95 must lie strictly between 0 and 1 (e.g. 0.95)",
    ],
    [
      "a group with nobody",
      () => logRankTable(column(["control", "control", "control"]), starts, entries, ends, omitted, omitted, omitted),
      "#N/A",
      "groups: nobody in the treated group",
    ],
    [
      "no dates at all",
      () => kaplanMeierTable(column(["", ""]), column(["", ""]), column([null, 0]), omitted, omitted, omitted),
      "#N/A",
      "no people with dates: the share at home needs at least one person",
    ],
  ];

  test.each(cases)("%s", (_what, run, code, message) => {
    expect(thrownExcelError(run)).toMatchObject({ code, message });
  });
});

describe("PREVENT.LOGRANK on the example cohort", () => {
  const people = cohortColumns(cohortPeople);

  function expectTable(table: unknown[][], r: LogRankReference): void {
    const expected = [
      r.chi_square,
      r.p_value,
      r.observed_treated,
      r.expected_treated,
      r.observed_control,
      r.expected_control,
      r.months_treated,
      r.months_control,
      r.months_delayed,
      r.se_delayed,
      r.lower,
      r.upper,
      r.n_treated,
      r.n_control,
    ];
    expect(table).toHaveLength(expected.length);
    table.forEach((row, i) => expectAgreement(row[1] as number, expected[i], String(row[0])));
  }

  test("the spilled table in English agrees with R's survdiff and print(survfit, rmean = 36)", () => {
    const table = logRankTable(people.groups, people.starts, people.entries, people.ends, omitted, omitted, omitted);
    expect(table.map((row) => row[0])).toEqual([
      "Log-rank chi-square (1 degree of freedom)",
      "p-value (log-rank test)",
      "Care-home entries observed, treated group",
      "Care-home entries expected, treated group",
      "Care-home entries observed, control group",
      "Care-home entries expected, control group",
      "Mean months at home within 36 months, treated group",
      "Mean months at home within 36 months, control group",
      "Months of care-home entry delayed (treated − control)",
      "Standard error of the months delayed",
      "Lower limit, 95% confidence interval",
      "Upper limit, 95% confidence interval",
      "n, treated group",
      "n, control group",
    ]);
    expectTable(table, cohort.log_rank);
  });

  test("horizon 24 months at 90 %, with 1 and 0 for the groups and words in any case", () => {
    const ones = column(people.groups.map(([group]) => (group === "treated" ? 1 : 0)));
    const words = column(people.groups.map(([group], i) => (i % 2 === 0 ? ` ${String(group).toUpperCase()} ` : group)));
    const r = cohort.log_rank_24_90;
    expectTable(logRankTable(ones, people.starts, people.entries, people.ends, 24 as never, 0.9 as never, omitted), r);
    expectTable(logRankTable(words, people.starts, people.entries, people.ends, 24 as never, 0.9 as never, omitted), r);
  });

  test("single values by output key, and German labels", () => {
    const r = cohort.log_rank;
    const value = (output: string) =>
      logRankTable(people.groups, people.starts, people.entries, people.ends, omitted, omitted, output as never);
    expectAgreement(value("months_delayed")[0][0] as number, r.months_delayed, "months_delayed");
    expectAgreement(value("p_value")[0][0] as number, r.p_value, "p_value");
    expect(value("observed_control")).toEqual([[r.observed_control]]);
    const table = withDisplayLanguage("de", () =>
      logRankTable(people.groups, people.starts, people.entries, people.ends, 18.5 as never, omitted, omitted),
    );
    expect(table[6][0]).toBe("Mittlere Monate zu Hause in 18,5 Monaten, Interventionsgruppe");
    expect(table[8][0]).toBe("Monate verzögerter Heimaufnahme (Intervention − Vergleich)");
  });

  test("without any entry there is no test: empty cells in the table, #N/A by key", () => {
    const starts = column([44927, 44927]);
    const none = column(["", ""]);
    const ends = column([45500, 45600]);
    const groups = column(["treated", "control"]);
    const table = logRankTable(groups, starts, none, ends, omitted, omitted, omitted);
    expect(table.slice(0, 2).map((row) => row[1])).toEqual(["", ""]);
    expect(thrownExcelError(() => logRankTable(groups, starts, none, ends, omitted, omitted, "chi_square" as never))).toMatchObject({
      code: "#N/A",
      message: "chi_square: no care-home entry while both groups were followed, so there is nothing to test",
    });
  });
});
