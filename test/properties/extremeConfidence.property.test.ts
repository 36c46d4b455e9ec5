/*
 * Every function with a confidence level, on valid data, at confidences as close to 0 and 1 as
 * a double gets: each output is a finite number, "" or a label, or #VALUE!/#N/A with a message;
 * never NaN or ±Infinity (Excel would show #NUM! with no reason given).
 */
import fc from "fast-check";
import { differenceInDifferencesOfMeans, meanDifference, rateDifference, rateDifferenceFromCounts } from "../../src/functions/comparisons";
import { kaplanMeierTable, logRankTable } from "../../src/functions/survival";
import { isSpill, returnsResultOrExcelError } from "./arbitraryCells";

const extremeConfidence = fc.oneof(
  fc.constantFrom(1 - 2 ** -53, 1 - 2 ** -52, 1 - 1e-15, 1 - 1e-9, 2 ** -53, Number.MIN_VALUE, 1e-300, 0.5, 0.95),
  fc.double({ min: Number.MIN_VALUE, max: 1 - 2 ** -53, noNaN: true }),
);

const column = (values: unknown[]) => values.map((value) => [value]);
const outcomes = (events: number, n: number) => column(Array.from({ length: n }, (_, i) => (i < events ? 1 : 0)));
const values = (seed: number, n: number) => column(Array.from({ length: n }, (_, i) => 50 + ((i * 37 + seed * 11) % 23) - seed));

// 12 people, two groups; 2022-01-01 is serial 44562; entries spread over three years.
const groups = column([
  "treated",
  "control",
  "treated",
  "control",
  "treated",
  "control",
  "treated",
  "control",
  "treated",
  "control",
  "treated",
  "control",
]);
const starts = column(Array.from({ length: 12 }, (_, i) => 44562 + 30 * i));
const entries = column([null, 45000, 45200, 45100, null, 45300, null, null, 45600, 45050, null, 45400]);
const ends = column(Array.from({ length: 12 }, () => 46022));

const rateKeys = ["rate_treated", "rate_control", "difference", "lower", "upper", "p_value", "fisher_p", "nnt", "n_treated", "n_control"];
const meanKeys = ["mean_treated", "mean_control", "difference", "lower", "upper", "p_value", "df", "n_treated", "n_control"];
const didKeys = ["difference", "se", "df", "lower", "upper", "p_value"];
const kaplanMeierKeys = ["at_home_12", "lower_12", "upper_12", "at_risk_12", "median", "median_lower", "median_upper", "people", "entries"];
const logRankKeys = ["chi_square", "p_value", "months_delayed", "se", "lower", "upper"];

/** A table of labels and finite values, or one finite value. */
const isResult = (result: unknown[][]) => isSpill(result);

const cases: [string, string[], (confidence: number, output: string | null) => unknown[][]][] = [
  ["RATEDIFF", rateKeys, (c, o) => rateDifference(outcomes(3, 20), outcomes(9, 22), c, o as never)],
  ["RATEDIFF (no events)", rateKeys, (c, o) => rateDifference(outcomes(0, 5), outcomes(0, 4), c, o as never)],
  ["RATEDIFF.COUNTS", rateKeys, (c, o) => rateDifferenceFromCounts(5e8, 1e9, 4e8, 1e9, c, o as never)],
  ["RATEDIFF.COUNTS (small)", rateKeys, (c, o) => rateDifferenceFromCounts(1, 2, 0, 1, c, o as never)],
  ["MEANDIFF", meanKeys, (c, o) => meanDifference(values(1, 8), values(2, 9), c, o as never)],
  ["DID", didKeys, (c, o) => differenceInDifferencesOfMeans(values(1, 6), values(3, 6), values(2, 7), values(4, 7), c, o as never)],
  ["KAPLANMEIER", kaplanMeierKeys, (c, o) => kaplanMeierTable(starts, entries, ends, [[6, 12, 24]], c, o as never)],
  ["LOGRANK", logRankKeys, (c, o) => logRankTable(groups, starts, entries, ends, 36, c, o as never)],
];

describe.each(cases)("%s at extreme confidence levels", (_name, keys, call) => {
  test("the data are valid: 95 % gives a table", () => {
    expect(isResult(call(0.95, null))).toBe(true);
  });

  test("the table and every single output are finite, blank or an Excel error with a message", () => {
    fc.assert(
      fc.property(extremeConfidence, fc.constantFrom<string | null>(null, ...keys), (confidence, output) =>
        returnsResultOrExcelError(() => call(confidence, output), isResult),
      ),
      { numRuns: 200 },
    );
  });
});
