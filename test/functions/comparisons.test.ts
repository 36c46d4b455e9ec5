import { differenceInDifferencesOfMeans, meanDifference, rateDifference, rateDifferenceFromCounts } from "../../src/functions/comparisons";
import { comparisonsReference, rateCase } from "../reference/comparisonsReference";
import { expectAgreement } from "../support/agreement";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

/** What Excel passes for an omitted optional argument. */
const omitted = null as never;

function column(values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A column of `events` ones followed by n − events zeros. */
function outcomes(events: number, n: number): unknown[][] {
  return column(Array.from({ length: n }, (_, i) => (i < events ? 1 : 0)));
}

/** The value column of a spilled table, by its row's position. */
function values(table: unknown[][]): unknown[] {
  return table.map((row) => row[1]);
}

describe("PREVENT.RATEDIFF", () => {
  const readme = rateCase("README example");

  test("README example, 9 of 120 vs 21 of 115: the spilled table in English agrees with R", () => {
    const table = rateDifference(outcomes(9, 120), outcomes(21, 115), omitted, omitted);
    expect(table.map((row) => row[0])).toEqual([
      "Rate, treated group",
      "Rate, control group",
      "Difference (treated − control)",
      "Lower limit, 95% confidence interval",
      "Upper limit, 95% confidence interval",
      "p-value (two-proportion z-test)",
      "p-value (Fisher's exact test)",
      "People served per prevented event (NNT)",
      "n, treated group",
      "n, control group",
    ]);
    const expected = [
      readme.rate_treated,
      readme.rate_control,
      readme.difference,
      readme.lower,
      readme.upper,
      readme.p_value,
      readme.fisher_p,
      readme.nnt!,
      120,
      115,
    ];
    values(table).forEach((value, i) => expectAgreement(value as number, expected[i], String(table[i][0])));
  });

  test("labels follow a German display language", () => {
    const table = withDisplayLanguage("de-DE", () => rateDifference(outcomes(9, 120), outcomes(21, 115), 0.9, omitted));
    expect(table[0][0]).toBe("Quote Interventionsgruppe");
    expect(table[3][0]).toBe("Untere Grenze, 90-%-Konfidenzintervall");
    expect(table[7][0]).toBe("Beratene je verhindertem Ereignis (NNT)");
  });

  test("confidence with a fraction of a percent shows it in the label", () => {
    const english = rateDifference(outcomes(9, 120), outcomes(21, 115), 0.975, omitted);
    expect(english[4][0]).toBe("Upper limit, 97.5% confidence interval");
    const german = withDisplayLanguage("de-AT", () => rateDifference(outcomes(9, 120), outcomes(21, 115), 0.975, omitted));
    expect(german[4][0]).toBe("Obere Grenze, 97,5-%-Konfidenzintervall");
  });

  test("output returns one value by its key, case and spaces ignored", () => {
    const cohort = rateCase("example cohort at 90 %");
    const lower = rateDifference(outcomes(34, 240), outcomes(70, 230), 0.9, "lower");
    expect(lower).toHaveLength(1);
    expectAgreement(lower[0][0], cohort.lower, "lower");
    expectAgreement(rateDifference(outcomes(34, 240), outcomes(70, 230), 0.9, " Fisher_P ")[0][0], cohort.fisher_p, "fisher_p");
    expect(rateDifference(outcomes(34, 240), outcomes(70, 230), omitted, "n_control")).toEqual([[230]]);
  });

  test('TRUE/FALSE count as 1/0; null and "" are skipped', () => {
    const treated = column([true, false, null, 1, "", 0, false, true]);
    const control = column([0, 0, 1, null, null, false]);
    // treated: 3 events of 6; control: 1 of 4
    const table = rateDifference(treated, control, omitted, omitted);
    expect(values(table).slice(0, 3)).toEqual([0.5, 0.25, 0.25]);
    expect(values(table).slice(8)).toEqual([6, 4]);
  });

  test("text in a range gives #VALUE! naming the argument and the row", () => {
    const treated = column(Array.from({ length: 20 }, (_, i) => (i === 13 ? "ja" : 0)));
    expect(thrownExcelError(() => rateDifference(treated, outcomes(3, 10), omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "row 14 of treated is 'ja', expected 0 or 1",
    });
  });

  test("a value other than 0/1 in a wider range names row and column", () => {
    const control = [
      [1, 0, 1],
      [0, 2, 0],
    ];
    expect(thrownExcelError(() => rateDifference(outcomes(1, 3), control, omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "row 2, column 2 of control is 2, expected 0 or 1",
    });
  });

  test("an empty group gives #N/A with a message", () => {
    expect(thrownExcelError(() => rateDifference(column([null, "", null]), outcomes(3, 10), omitted, omitted))).toEqual({
      code: "#N/A",
      message: "treated: the group is empty, there is no rate to compare",
    });
  });

  test("equal rates: an empty cell for NNT in the table, #N/A when asked for by key", () => {
    const table = rateDifference(outcomes(5, 50), outcomes(10, 100), omitted, omitted);
    expect(table[7][1]).toBe("");
    const error = thrownExcelError(() => rateDifference(outcomes(5, 50), outcomes(10, 100), omitted, "nnt"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/^nnt: the two rates are equal/);
  });

  test("a confidence outside (0, 1) and an unknown key give #VALUE!", () => {
    expect(thrownExcelError(() => rateDifference(outcomes(1, 5), outcomes(2, 5), 95, omitted))).toEqual({
      code: "#VALUE!",
      message: "confidence: 95 must lie strictly between 0 and 1 (e.g. 0.95)",
    });
    const error = thrownExcelError(() => rateDifference(outcomes(1, 5), outcomes(2, 5), omitted, "mean_treated"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^output: 'mean_treated' is not a key of this function; use one of rate_treated, /);
  });
});

describe("PREVENT.RATEDIFF.COUNTS", () => {
  test.each(comparisonsReference.rates.slice(0, 6))("$name: agrees with R and with RATEDIFF on the same people", (reference) => {
    const counts = rateDifferenceFromCounts(
      reference.events_treated,
      reference.n_treated,
      reference.events_control,
      reference.n_control,
      reference.confidence,
      omitted,
    );
    const ranges = rateDifference(
      outcomes(reference.events_treated, reference.n_treated),
      outcomes(reference.events_control, reference.n_control),
      reference.confidence,
      omitted,
    );
    expect(counts).toEqual(ranges);
    expectAgreement(counts[3][1] as number, reference.lower, "lower");
    expectAgreement(counts[4][1] as number, reference.upper, "upper");
  });

  test("no events in either group: p-values 1, interval from the Wilson bounds, no NNT", () => {
    const reference = rateCase("no event in either group");
    const table = rateDifferenceFromCounts(0, 10, 0, 20, omitted, omitted);
    expect(values(table)).toEqual([0, 0, 0, expect.any(Number), expect.any(Number), 1, 1, "", 10, 20]);
    expectAgreement(table[3][1] as number, reference.lower, "lower");
    expectAgreement(table[4][1] as number, reference.upper, "upper");
  });

  test("wrong counts give #VALUE! naming the argument", () => {
    expect(thrownExcelError(() => rateDifferenceFromCounts(130, 120, 21, 115, omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "events_treated: 130 is more than n_treated (120)",
    });
    expect(thrownExcelError(() => rateDifferenceFromCounts(9, 120, -1, 115, omitted, omitted)).message).toMatch(
      /^events_control: -1 must be a whole number/,
    );
    expect(thrownExcelError(() => rateDifferenceFromCounts(9, 120.5, 21, 115, omitted, omitted)).message).toMatch(
      /^n_treated: 120.5 must be a whole number/,
    );
    expect(thrownExcelError(() => rateDifferenceFromCounts(9, 120, 21, "viele" as never, omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "n_control: 'viele' is not a number",
    });
    expect(thrownExcelError(() => rateDifferenceFromCounts(omitted, 120, 21, 115, omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "events_treated: is empty",
    });
  });

  test("a group of nobody gives #N/A", () => {
    expect(thrownExcelError(() => rateDifferenceFromCounts(0, 0, 21, 115, omitted, omitted))).toEqual({
      code: "#N/A",
      message: "n_treated: the group is empty, there is no rate to compare",
    });
  });
});

describe("PREVENT.MEANDIFF", () => {
  const [afterProgramme, beforeProgramme] = comparisonsReference.means;

  test("kindergarten scores after the programme year: the table agrees with t.test", () => {
    const table = meanDifference(column(afterProgramme.treated), column(afterProgramme.control), omitted, omitted);
    expect(table.map((row) => row[0])).toEqual([
      "Mean, treated group",
      "Mean, control group",
      "Difference (treated − control)",
      "Lower limit, 95% confidence interval",
      "Upper limit, 95% confidence interval",
      "p-value (Welch t-test)",
      "Degrees of freedom (Welch)",
      "n, treated group",
      "n, control group",
    ]);
    const expected = [
      afterProgramme.mean_treated,
      afterProgramme.mean_control,
      afterProgramme.difference,
      afterProgramme.lower,
      afterProgramme.upper,
      afterProgramme.p_value,
      afterProgramme.df,
      afterProgramme.n_treated,
      afterProgramme.n_control,
    ];
    values(table).forEach((value, i) => expectAgreement(value as number, expected[i], String(table[i][0])));
  });

  test("the same in a row, with blanks, at 90 %, by key", () => {
    const treated = [[...beforeProgramme.treated, null, ""]];
    const control = [[null, ...beforeProgramme.control]];
    expectAgreement(meanDifference(treated, control, 0.9, "upper")[0][0], beforeProgramme.upper, "upper");
    expectAgreement(meanDifference(treated, control, 0.9, "df")[0][0], beforeProgramme.df, "df");
  });

  test("German labels", () => {
    const table = withDisplayLanguage("de", () => meanDifference(column([1, 2, 3]), column([2, 4]), omitted, omitted));
    expect(table.map((row) => row[0])).toEqual([
      "Mittelwert Interventionsgruppe",
      "Mittelwert Vergleichsgruppe",
      "Differenz (Intervention − Vergleich)",
      "Untere Grenze, 95-%-Konfidenzintervall",
      "Obere Grenze, 95-%-Konfidenzintervall",
      "p-Wert (Welch-t-Test)",
      "Freiheitsgrade (Welch)",
      "n Interventionsgruppe",
      "n Vergleichsgruppe",
    ]);
  });

  test("text or a boolean in a range gives #VALUE! naming the cell", () => {
    expect(thrownExcelError(() => meanDifference(column([1, 2, "n/a"]), column([1, 2]), omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "row 3 of treated is 'n/a', expected a number",
    });
    expect(thrownExcelError(() => meanDifference(column([1, 2]), column([true, 2]), omitted, omitted))).toEqual({
      code: "#VALUE!",
      message: "row 1 of control is TRUE, expected a number",
    });
  });

  test("one value in a group, or no spread at all, gives #N/A", () => {
    expect(thrownExcelError(() => meanDifference(column([5]), column([1, 2]), omitted, omitted))).toEqual({
      code: "#N/A",
      message: "treated: needs at least two values to estimate the spread, has 1",
    });
    expect(thrownExcelError(() => meanDifference(column([5, 5]), column([2, 2]), omitted, omitted)).code).toBe("#N/A");
  });
});

describe("PREVENT.DID", () => {
  const [kindergarten, kindergartenAt90] = comparisonsReference.differences_in_differences;
  const ranges = [
    column(kindergarten.treated_before),
    column(kindergarten.treated_after),
    column(kindergarten.control_before),
    column(kindergarten.control_after),
  ] as const;

  test("kindergarten programme year: the table agrees with the formula in R", () => {
    const table = differenceInDifferencesOfMeans(...ranges, omitted, omitted);
    expect(table.map((row) => row[0])).toEqual([
      "Difference in differences",
      "Standard error",
      "Degrees of freedom (Welch–Satterthwaite)",
      "Lower limit, 95% confidence interval",
      "Upper limit, 95% confidence interval",
      "p-value (t-test)",
    ]);
    const expected = [
      kindergarten.difference,
      kindergarten.se,
      kindergarten.df,
      kindergarten.lower,
      kindergarten.upper,
      kindergarten.p_value,
    ];
    values(table).forEach((value, i) => expectAgreement(value as number, expected[i], String(table[i][0])));
  });

  test("at 90 %, by key", () => {
    expectAgreement(differenceInDifferencesOfMeans(...ranges, 0.9, "lower")[0][0], kindergartenAt90.lower, "lower");
    expectAgreement(differenceInDifferencesOfMeans(...ranges, 0.9, "p_value")[0][0], kindergartenAt90.p_value, "p_value");
  });

  test("errors name the argument", () => {
    expect(
      thrownExcelError(() => differenceInDifferencesOfMeans(ranges[0], ranges[1], ranges[2], column([1, "x"]), omitted, omitted)),
    ).toEqual({
      code: "#VALUE!",
      message: "row 2 of control_after is 'x', expected a number",
    });
    expect(thrownExcelError(() => differenceInDifferencesOfMeans(ranges[0], column([]), ranges[2], ranges[3], omitted, omitted))).toEqual({
      code: "#N/A",
      message: "treated_after: needs at least two values to estimate the spread, has 0",
    });
    expect(thrownExcelError(() => differenceInDifferencesOfMeans(...ranges, omitted, "nnt")).code).toBe("#VALUE!");
  });
});
