import { adjustedDifference, balanceTable, weightsColumn } from "../../src/functions/comparableGroups";
import { adjustedOutputs, balanceOutputs, outputKeys } from "../../src/functions/outputs";
import { comparableGroupsReference, referenceCase, type ComparableGroupsCase } from "../reference/comparableGroupsReference";
import { expectAgreement } from "../support/agreement";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

/** What Excel passes for an omitted optional argument. */
const omitted = null as never;
/** DESIGN §3.6 asks for agreement with R to 1e-6. */
const tolerance = 1e-6;

function column(values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** A reference case's ranges as Excel on the web passes them: a missing value is a blank cell (""). */
function ranges(c: ComparableGroupsCase) {
  return {
    outcome: column(c.outcome.map((value) => value ?? "")),
    group: column(c.group.map((value) => value ?? "")),
    covariates: c.group.map((_, i) => c.covariate_columns.map((values) => values[i] ?? "")),
  };
}

const adjustedKeys: string[] = outputKeys(adjustedOutputs);
const balanceKeys: string[] = outputKeys(balanceOutputs);

describe.each(comparableGroupsReference.cases.map((c) => [c.name, c]))("%s: agreement with R", (_name, c) => {
  const { outcome, group, covariates } = ranges(c);

  test("WEIGHTS: 1 for the served, e/(1 − e) from glm(binomial) for the comparison group, empty for a row left out", () => {
    const weights = weightsColumn(group, covariates);
    expect(weights).toHaveLength(c.group.length);
    c.weights.forEach((expected, i) => {
      if (expected === null) expect(weights[i]).toEqual([""]);
      else expectAgreement(weights[i][0] as number, expected, `weight in row ${i + 1}`, tolerance);
    });
  });

  test("BALANCE without and with the weights: means, SMD and variance ratio per covariate", () => {
    const check = (table: unknown[][], expected: typeof c.balance) => {
      expect(table).toHaveLength(c.covariates.length);
      expected.forEach((row, j) => {
        balanceKeys.forEach((key, k) =>
          expectAgreement(table[j][k] as number, row[key as keyof typeof row] as number, `${row.covariate} ${key}`, tolerance),
        );
      });
    };
    check(balanceTable(covariates, group, omitted, omitted), c.balance);
    check(balanceTable(covariates, group, weightsColumn(group, covariates), omitted), c.balance_weighted);
  });

  test.each(c.adjusted.map((r) => [r.method, r.confidence, r]))("ADJUSTED by %s at %s: every row of the table", (method, confidence, r) => {
    const table = adjustedDifference(outcome, group, covariates, method as string, confidence as number, omitted);
    const keys = adjustedKeys.filter((key) => key in r);
    expect(table).toHaveLength(keys.length);
    keys.forEach((key, i) =>
      expectAgreement(table[i][1] as number, (r as unknown as Record<string, number>)[key], `${method} ${key}`, tolerance),
    );
    expect(r.n_treated + r.n_control).toBe(c.complete_rows);
  });
});

describe("a case small enough to check by hand", () => {
  // x = 0: 2 served (outcomes 1, 0), 4 in the comparison group (1, 1, 0, 0);
  // x = 1: 4 served (0, 0, 0, 1), 2 in the comparison group (1, 0).
  const outcome = column([1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0]);
  const group = column([1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0]);
  const covariates = column([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);

  test("WEIGHTS: the odds of being served in each stratum, 2/4 at x = 0 and 4/2 at x = 1", () => {
    const expected = [1, 1, 0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 2, 2];
    weightsColumn(group, covariates).forEach((row, i) => expectAgreement(row[0] as number, expected[i], `row ${i + 1}`, 1e-12));
  });

  test("BALANCE: the weights make the comparison group's mean of x that of the served", () => {
    // Unweighted: means 4/6 and 2/6, both variances 6/5 · 2/9 = 4/15, SMD (1/3)/√(4/15) = 0.645497…, ratio 1.
    const [[meanTreated, meanControl, smd, ratio]] = balanceTable(covariates, group, omitted, omitted) as number[][];
    expectAgreement(meanTreated, 2 / 3, "mean served", 1e-12);
    expectAgreement(meanControl, 1 / 3, "mean comparison", 1e-12);
    expectAgreement(smd, 1 / 3 / Math.sqrt(4 / 15), "smd", 1e-12);
    expectAgreement(ratio, 1, "variance ratio", 1e-12);
    // Weighted: comparison mean (4 · 0.5 · 0 + 2 · 2 · 1) / 6 = 2/3, so SMD 0; weighted variance
    // Σw(x − m)² / (Σw − Σw²/Σw) = (4/3) / (6 − 9/6) = 8/27, ratio (4/15) / (8/27) = 0.9.
    const [weighted] = balanceTable(covariates, group, weightsColumn(group, covariates), omitted) as number[][];
    expectAgreement(weighted[1], 2 / 3, "weighted mean comparison", 1e-12);
    expectAgreement(weighted[2], 0, "weighted smd", 1e-12);
    expectAgreement(weighted[3], 0.9, "weighted variance ratio", 1e-12);
  });

  test("ADJUSTED by weighting: stratum rates of the comparison group weighted by the served", () => {
    // rate served 2/6; comparison adjusted (0.5 · 2 + 2 · 1) / (0.5 · 4 + 2 · 2) = 3/6; difference −1/6, NNT 6.
    // HC0 variance of the group coefficient with two groups: Σ_served e²/n² + Σ_comparison w²e²/(Σw)²
    // = (2 · 4/9 + 4 · 1/9)/36 + 0.25 · (4 · 0.25 + 2 · 4)/36 = 1/27 + 1/16. Effective n = 6²/9 = 4.
    const table = adjustedDifference(outcome, group, covariates, "weighting", omitted, omitted);
    const value = (key: string) => table[adjustedKeys.indexOf(key)][1] as number;
    expectAgreement(value("rate_treated"), 1 / 3, "rate served", 1e-12);
    expectAgreement(value("rate_control_adjusted"), 1 / 2, "adjusted comparison rate", 1e-12);
    expectAgreement(value("difference"), -1 / 6, "difference", 1e-12);
    expectAgreement(value("se"), Math.sqrt(1 / 27 + 1 / 16), "se", 1e-12);
    expectAgreement(value("nnt"), 6, "nnt", 1e-12);
    expectAgreement(value("effective_n_control"), 4, "effective n", 1e-12);
    expect([value("n_treated"), value("n_control")]).toEqual([6, 6]);
  });
});

describe("labels, keys and blanks", () => {
  const c = referenceCase("cohort");
  const { outcome, group, covariates } = ranges(c);

  test("English and German labels; the interval labels name the confidence level", () => {
    const english = adjustedDifference(outcome, group, covariates, omitted, 0.9, omitted);
    expect(english[4][0]).toBe("Lower limit, 90% confidence interval");
    expect(english.map((row) => row[0])).not.toContain("Effective n, weighted comparison group");
    const german = withDisplayLanguage("de-DE", () => adjustedDifference(outcome, group, covariates, "Weighting", 0.975, omitted));
    expect(german[5][0]).toBe("Obere Grenze, 97,5-%-Konfidenzintervall");
    expect(german[10][0]).toBe("Effektives n der gewichteten Vergleichsgruppe");
  });

  test("output gives one value; effective_n_control with regression is #N/A, an unknown key #VALUE!", () => {
    const difference = adjustedDifference(outcome, group, covariates, "weighting", omitted, "difference");
    expect(difference).toHaveLength(1);
    expectAgreement(difference[0][0] as number, c.adjusted.find((r) => r.method === "weighting")!.difference, "difference", tolerance);
    expect(thrownExcelError(() => adjustedDifference(outcome, group, covariates, omitted, omitted, "effective_n_control"))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("weighting"),
    });
    expect(thrownExcelError(() => adjustedDifference(outcome, group, covariates, omitted, omitted, "effect")).code).toBe("#VALUE!");
    expect(thrownExcelError(() => adjustedDifference(outcome, group, covariates, "matching", omitted, omitted))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("method"),
    });
  });

  test("BALANCE with output spills just that column", () => {
    const smd = balanceTable(covariates, group, omitted, "smd");
    expect(smd).toHaveLength(3);
    c.balance.forEach((row, j) => expectAgreement(smd[j][0] as number, row.smd, `${row.covariate} smd`, tolerance));
  });

  test("a row with a blank anywhere is left out and the counts say so", () => {
    const simulated = referenceCase("simulated");
    const r = ranges(simulated);
    const table = adjustedDifference(r.outcome, r.group, r.covariates, omitted, omitted, omitted);
    // 300 rows, four of them with a missing value (R: complete.cases)
    expect((table[8][1] as number) + (table[9][1] as number)).toBe(296);
  });
});

describe("bad input gives #VALUE! or #N/A with a message that says why", () => {
  const outcome = column([1, 0, 1, 0, 0, 1, 0, 0, 1, 0]);
  const group = column([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  const age = [70, 82, 75, 91, 68, 77, 88, 73, 80, 85];
  const covariates = age.map((value, i) => [value, i % 2]);

  test("a covariate that separates the outcome: #N/A naming that column", () => {
    // x equals the outcome apart from its scale: a perfect predictor.
    const separating = covariates.map((row, i) => [row[0], (outcome[i][0] as number) * 3]);
    expect(thrownExcelError(() => adjustedDifference(outcome, group, separating, omitted, omitted, omitted))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("covariates: column 2"),
    });
    // and one that separates the groups, for the weights
    const byGroup = covariates.map((row, i) => [row[0], group[i][0]]);
    expect(thrownExcelError(() => weightsColumn(group, byGroup))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("covariates: column 2"),
    });
  });

  test("a constant or a repeated covariate: #VALUE! naming it", () => {
    const constant = covariates.map((row) => [row[0], 5]);
    expect(thrownExcelError(() => adjustedDifference(outcome, group, constant, omitted, omitted, omitted))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("covariates: column 2"),
    });
    const repeated = covariates.map((row) => [row[0], row[1], row[0]]);
    expect(thrownExcelError(() => weightsColumn(group, repeated))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("covariates: column 3 repeats covariates: column 1"),
    });
  });

  test("too few complete rows, an empty group or an outcome with one value only: #N/A", () => {
    const few = (rows: number) =>
      adjustedDifference(outcome.slice(0, rows), group.slice(0, rows), covariates.slice(0, rows), omitted, omitted, omitted);
    expect(thrownExcelError(() => few(5)).code).toBe("#N/A"); // nobody in the comparison group
    const fourRows = [[1], [0], [1], [0]];
    expect(
      thrownExcelError(() =>
        adjustedDifference(
          fourRows,
          [[1], [1], [0], [0]],
          [
            [1, 2],
            [2, 1],
            [3, 5],
            [4, 3],
          ],
          omitted,
          omitted,
          omitted,
        ),
      ),
    ).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("4 complete rows for 4 parameters"),
    });
    expect(
      thrownExcelError(() => adjustedDifference(column(age.map(() => 0)), group, covariates, omitted, omitted, omitted)),
    ).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("outcome"),
    });
  });

  test("values other than 0/1 and ranges of different length: #VALUE! with the row", () => {
    const wrong = column([1, 0, 1, 0, 0, 1, 2, 0, 1, 0]);
    expect(thrownExcelError(() => adjustedDifference(wrong, group, covariates, omitted, omitted, omitted)).message).toBe(
      "row 7 of outcome is 2, expected 0 or 1",
    );
    const text = group.map((row, i) => (i === 3 ? ["ja"] : row));
    expect(thrownExcelError(() => balanceTable(covariates, text, omitted, omitted)).message).toContain("row 4 of group is 'ja'");
    expect(thrownExcelError(() => weightsColumn(group.slice(0, 9), covariates))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("covariates: 10 rows, but group has 9"),
    });
    expect(thrownExcelError(() => adjustedDifference(outcome.slice(1), group, covariates, omitted, omitted, omitted)).code).toBe("#VALUE!");
    const negative = column(age.map((_, i) => (i === 2 ? -1 : 1)));
    expect(thrownExcelError(() => balanceTable(covariates, group, negative, omitted)).message).toContain("row 3 of weights is -1");
  });
});
