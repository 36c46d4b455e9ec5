import fc from "fast-check";
import { adjustedDifference, balanceTable, weightsColumn } from "../../src/functions/comparableGroups";
import { adjustedOutputs, balanceOutputs, outputKeys } from "../../src/functions/outputs";
import { anyCell, anyRange, isFiniteNumber, isSpill, returnsResultOrExcelError } from "./arbitraryCells";

const parameters = { numRuns: 200 };
const omitted = null as never;

/** Mostly valid people: group and outcome 0/1, two or three covariates of plausible size, now and then a blank or anything else. */
const binaryCell = fc.oneof(
  { weight: 400, arbitrary: fc.constantFrom<unknown>(0, 1, 0, 1, true, false) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, "") },
  { weight: 1, arbitrary: anyCell },
);
const covariateCell = fc.oneof(
  {
    weight: 400,
    arbitrary: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: 60, max: 100, noNaN: true }), fc.constantFrom(0, 1)),
  },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, "", 1e12, -1e300, 1e308) },
  { weight: 1, arbitrary: anyCell },
);
const people = fc.integer({ min: 2, max: 3 }).chain((covariates) =>
  fc.array(fc.tuple(binaryCell, binaryCell, fc.array(covariateCell, { minLength: covariates, maxLength: covariates })), {
    minLength: 0,
    maxLength: 40,
  }),
);
const columns = (rows: [unknown, unknown, unknown[]][]) => ({
  outcome: rows.map(([outcome]) => [outcome]),
  group: rows.map(([, group]) => [group]),
  covariates: rows.map(([, , covariates]) => covariates),
});

/** Valid people only: both groups, spread in every covariate (so that BALANCE has a defined SMD). */
const validPeople = fc
  .array(
    fc.tuple(fc.constantFrom(0, 1), fc.constantFrom(0, 1), fc.tuple(fc.integer({ min: 65, max: 99 }), fc.integer({ min: 0, max: 5 }))),
    {
      minLength: 12,
      maxLength: 60,
    },
  )
  .map((rows) => [[0, 1, [70, 1]], [1, 1, [90, 4]], [1, 0, [66, 0]], [0, 0, [95, 5]], ...rows] as [number, number, number[]][]);

const spillOfNumbersAndBlanks = (result: unknown[][]) =>
  isSpill(result) && result.flat().every((cell) => cell === "" || isFiniteNumber(cell));
/** A table of labels and values, or a single value. */
const adjustedResult = (result: unknown[][]) =>
  isSpill(result) &&
  (result[0].length === 2
    ? result.every(([label, value]) => typeof label === "string" && (value === "" || isFiniteNumber(value)))
    : isFiniteNumber(result[0][0]));

describe("PREVENT.BALANCE, WEIGHTS and ADJUSTED on arbitrary input", () => {
  test("a spill of finite numbers and empty cells, or #VALUE!/#N/A with a message", () => {
    const outputs = [null, "", ...outputKeys(adjustedOutputs), ...outputKeys(balanceOutputs)];
    fc.assert(
      fc.property(
        people,
        fc.constantFrom<unknown>(null, "regression", "weighting", "x"),
        fc.constantFrom<unknown>(null, 0.95, 0.5, 2),
        fc.constantFrom<unknown>(...outputs),
        (rows, method, confidence, output) => {
          const { outcome, group, covariates } = columns(rows);
          return (
            returnsResultOrExcelError(() => weightsColumn(group, covariates), spillOfNumbersAndBlanks) &&
            returnsResultOrExcelError(() => balanceTable(covariates, group, omitted, output as never), spillOfNumbersAndBlanks) &&
            returnsResultOrExcelError(
              () => balanceTable(covariates, group, weightsColumn(group, covariates), omitted),
              spillOfNumbersAndBlanks,
            ) &&
            returnsResultOrExcelError(
              () => adjustedDifference(outcome, group, covariates, method as never, confidence as never, output as never),
              adjustedResult,
            )
          );
        },
      ),
      parameters,
    );
  });

  test("any range in any argument: a result or an Excel error, never anything else", () => {
    fc.assert(
      fc.property(
        anyRange,
        anyRange,
        anyRange,
        anyCell,
        (outcome, group, covariates, method) =>
          returnsResultOrExcelError(
            () => adjustedDifference(outcome as never, group as never, covariates as never, method as never, omitted, omitted),
            adjustedResult,
          ) &&
          returnsResultOrExcelError(
            () => balanceTable(covariates as never, group as never, outcome as never, omitted),
            spillOfNumbersAndBlanks,
          ) &&
          returnsResultOrExcelError(() => weightsColumn(group as never, covariates as never), spillOfNumbersAndBlanks),
      ),
      parameters,
    );
  });
});

describe("properties on valid data", () => {
  test("WEIGHTS: 1 for every served person, positive for the comparison group", () => {
    fc.assert(
      fc.property(validPeople, (rows) => {
        const { group, covariates } = columns(rows);
        return returnsResultOrExcelError(
          () => weightsColumn(group, covariates),
          (weights) => weights.every(([weight], i) => (group[i][0] === 1 ? weight === 1 : (weight as number) > 0)),
        );
      }),
      parameters,
    );
  });

  test("BALANCE: swapping the groups swaps the means and flips the sign of the SMD", () => {
    fc.assert(
      fc.property(validPeople, (rows) => {
        const { group, covariates } = columns(rows);
        const swapped = group.map(([member]) => [1 - (member as number)]);
        const table = balanceTable(covariates, group, omitted, omitted) as number[][];
        const other = balanceTable(covariates, swapped, omitted, omitted) as number[][];
        return table.every(
          ([meanTreated, meanControl, smd, ratio], j) =>
            other[j][0] === meanControl &&
            other[j][1] === meanTreated &&
            Math.abs(other[j][2] + smd) <= 1e-12 * Math.max(1, Math.abs(smd)) &&
            Math.abs(other[j][3] * ratio - 1) <= 1e-12,
        );
      }),
      parameters,
    );
  });

  test("ADJUSTED: the interval holds the difference, and by weighting the served rate is the plain rate", () => {
    fc.assert(
      fc.property(validPeople, fc.constantFrom("regression", "weighting"), (rows, method) => {
        const { outcome, group, covariates } = columns(rows);
        return returnsResultOrExcelError(
          () => adjustedDifference(outcome, group, covariates, method, omitted, omitted),
          (table) => {
            const [rateTreated, rateControl, difference, se, lower, upper, p] = table.map((row) => row[1] as number);
            const served = rows.filter(([, member]) => member === 1);
            const plainRate = served.filter(([event]) => event === 1).length / served.length;
            return (
              lower <= difference &&
              difference <= upper &&
              se >= 0 &&
              p >= 0 &&
              p <= 1 &&
              rateTreated >= 0 &&
              rateTreated <= 1 &&
              rateControl >= 0 &&
              rateControl <= 1 &&
              (method === "regression" || Math.abs(rateTreated - plainRate) <= 1e-12)
            );
          },
        );
      }),
      parameters,
    );
  });
});
