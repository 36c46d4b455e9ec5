import fc from "fast-check";
import { kaplanMeierTable, logRankTable } from "../../src/functions/survival";
import { anyCell, anyRange, isFiniteNumber, isSpill, returnsResultOrExcelError } from "./arbitraryCells";

const kaplanMeierKeys = ["at_home_6", "lower_12", "upper_24", "at_risk_36", "median", "median_lower", "median_upper", "people", "entries"];
const logRankKeys = [
  "chi_square",
  "p_value",
  "observed_treated",
  "expected_treated",
  "observed_control",
  "expected_control",
  "months_treated",
  "months_control",
  "months_delayed",
  "se",
  "lower",
  "upper",
  "n_treated",
  "n_control",
];

const anyOutput = (keys: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom<unknown>(null, "", ...keys, ...keys.map((key) => ` ${key.toUpperCase()} `)), anyCell);
const anyNumberArgument: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, "", 0.95, 0.9, 36, 12, 0, 1, -1, 1200, 1201, NaN, Infinity, true, "36"),
  fc.double(),
);

const isResult = (result: unknown[][]): boolean =>
  isSpill(result) && (result[0].length >= 2 || (result.length === 1 && result[0].length === 1 && isFiniteNumber(result[0][0])));

/** One person of a plausible cohort: dates as serials, now and then a blank or a wrong cell. */
const person = fc.record({
  group: fc.oneof(
    { weight: 150, arbitrary: fc.constantFrom<unknown>("treated", "control", 1, 0, " Treated ") },
    { weight: 1, arbitrary: anyCell },
  ),
  start: fc.integer({ min: 44000, max: 46000 }),
  entryDays: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null, freq: 2 }),
  extraDays: fc.integer({ min: 0, max: 600 }),
  broken: fc.oneof({ weight: 150, arbitrary: fc.constant<unknown>(undefined) }, { weight: 1, arbitrary: anyCell }),
});
const cohort = fc.array(person, { minLength: 0, maxLength: 40 }).map((people) => {
  const groups: unknown[][] = [];
  const starts: unknown[][] = [];
  const entries: unknown[][] = [];
  const ends: unknown[][] = [];
  people.forEach((p, i) => {
    const entry = p.entryDays === null ? "" : p.start + p.entryDays;
    const end = p.start + (p.entryDays ?? 0) + p.extraDays;
    groups.push([p.group]);
    starts.push([p.broken !== undefined && i % 3 === 0 ? p.broken : p.start]);
    entries.push([p.broken !== undefined && i % 3 === 1 ? p.broken : entry]);
    ends.push([p.broken !== undefined && i % 3 === 2 ? p.broken : end]);
  });
  return { groups, starts, entries, ends };
});

const parameters = { numRuns: 300 };
const tolerance = 1e-12;

describe("PREVENT.KAPLANMEIER never fails other than with #VALUE! or #N/A", () => {
  test("any input", () => {
    fc.assert(
      fc.property(
        anyRange,
        anyRange,
        anyRange,
        anyRange,
        anyNumberArgument,
        anyOutput(kaplanMeierKeys),
        (starts, entries, ends, times, confidence, output) =>
          returnsResultOrExcelError(
            () => kaplanMeierTable(starts as never, entries as never, ends as never, times as never, confidence as never, output as never),
            isResult,
          ),
      ),
      parameters,
    );
  });

  test("plausible cohorts: shares lie in [0, 1] inside their intervals, people at risk never grow with time", () => {
    fc.assert(
      fc.property(cohort, fc.constantFrom(null, 0.8, 0.95, 0.999), (data, confidence) =>
        returnsResultOrExcelError(
          () => kaplanMeierTable(data.starts, data.entries, data.ends, [[0, 3, 6, 12, 24, 36, 48]], confidence as never, null as never),
          (table) => {
            const rows = table.slice(1, 8);
            const shares = rows.map((row) => row[1]).filter(isFiniteNumber) as number[];
            const atRisk = rows.map((row) => row[4] as number);
            return (
              isSpill(table) &&
              rows.every((row) => {
                const [share, lower, upper] = row.slice(1, 4);
                if (!isFiniteNumber(share)) return lower === "" && upper === "";
                if (!isFiniteNumber(lower)) return upper === "";
                return (
                  -tolerance <= (lower as number) &&
                  (lower as number) <= (share as number) + tolerance &&
                  (share as number) <= (upper as number) + tolerance &&
                  (upper as number) <= 1 + tolerance
                );
              }) &&
              shares.every((share, i) => share >= 0 && share <= 1 && (i === 0 || share <= shares[i - 1] + tolerance)) &&
              atRisk.every((n, i) => Number.isInteger(n) && n >= 0 && (i === 0 || n <= atRisk[i - 1]))
            );
          },
        ),
      ),
      parameters,
    );
  });
});

describe("PREVENT.LOGRANK never fails other than with #VALUE! or #N/A", () => {
  test("any input", () => {
    fc.assert(
      fc.property(
        anyRange,
        anyRange,
        anyRange,
        anyRange,
        anyNumberArgument,
        anyNumberArgument,
        anyOutput(logRankKeys),
        (groups, starts, entries, ends, horizon, confidence, output) =>
          returnsResultOrExcelError(
            () =>
              logRankTable(
                groups as never,
                starts as never,
                entries as never,
                ends as never,
                horizon as never,
                confidence as never,
                output as never,
              ),
            isResult,
          ),
      ),
      parameters,
    );
  });

  test("plausible cohorts: entries add up, p is a probability, mean months lie within the horizon", () => {
    fc.assert(
      fc.property(cohort, fc.constantFrom(null, 6, 24, 36, 100), (data, horizon) =>
        returnsResultOrExcelError(
          () => logRankTable(data.groups, data.starts, data.entries, data.ends, horizon as never, null as never, null as never),
          (table) => {
            const value = Object.fromEntries(logRankKeys.map((key, i) => [key, table[i][1]])) as Record<string, number | "">;
            const h = horizon ?? 36;
            const n = (key: string) => value[key] as number;
            const observed = n("observed_treated") + n("observed_control");
            const expected = n("expected_treated") + n("expected_control");
            const testOk = value.chi_square === "" ? value.p_value === "" : n("chi_square") >= 0 && n("p_value") >= 0 && n("p_value") <= 1;
            return (
              isResult(table) &&
              testOk &&
              Math.abs(observed - expected) <= 1e-9 * Math.max(1, observed) &&
              [n("months_treated"), n("months_control")].every((months) => months >= -tolerance && months <= h * (1 + tolerance)) &&
              n("lower") <= n("months_delayed") + 1e-9 &&
              n("months_delayed") <= n("upper") + 1e-9
            );
          },
        ),
      ),
      parameters,
    );
  });

  test("swapping the groups keeps the chi-square and turns the months delayed around", () => {
    let results = 0;
    fc.assert(
      fc.property(cohort, (data) => {
        const other = (group: unknown) => {
          const word = typeof group === "string" ? group.trim().toLowerCase() : group;
          return word === "treated" || word === 1 ? "control" : word === "control" || word === 0 ? "treated" : group;
        };
        const swapped = data.groups.map(([group]) => [other(group)]);
        let forward: unknown[][];
        try {
          forward = logRankTable(data.groups, data.starts, data.entries, data.ends, null as never, null as never, null as never);
        } catch {
          return true; // invalid or too little data: covered above
        }
        results++;
        const backward = logRankTable(swapped, data.starts, data.entries, data.ends, null as never, null as never, null as never);
        const close = (a: unknown, b: unknown) => (a === "" && b === "") || Math.abs((a as number) - (b as number)) <= 1e-9;
        return close(forward[0][1], backward[0][1]) && close(forward[8][1], -(backward[8][1] as number));
      }),
      parameters,
    );
    // Most generated cohorts are valid, so the comparison really runs.
    expect(results).toBeGreaterThan(parameters.numRuns / 2);
  });
});
