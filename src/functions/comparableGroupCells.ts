import type { ComparableGroups } from "../engine/comparableGroups";
import { invalidValue, notEnoughData } from "../engine/errors";
import { describe, isBlank, position, type Range } from "./cells";

/**
 * The ranges of PREVENT.BALANCE, PREVENT.WEIGHTS and PREVENT.ADJUSTED turned into complete cases:
 * one entry per person in `group` (and `outcome`, `weights`), one row per person in `covariates`
 * with one column per covariate. A person with a blank (null or "") in any of them is left out.
 */

type Cells = { argument: string; range: Range; cells: unknown[] };

function asRange(value: unknown, argument: string): Range {
  if (!Array.isArray(value)) return isBlank(value) ? [] : [[value]];
  if (!value.every(Array.isArray)) throw invalidValue(`${argument}: expected a range of cells`);
  return value as Range;
}

/** A column (or row) of one cell per person, in order. */
function personCells(value: unknown, argument: string): Cells {
  const range = asRange(value, argument);
  return { argument, range, cells: range.flat() };
}

/** "row 14" etc. for the k-th cell, in row order. */
function cellPosition(column: Cells, k: number): string {
  const columns = column.range[0]?.length || 1;
  return position(column.range, Math.floor(k / columns), k % columns);
}

/** 1/0 or TRUE/FALSE; null for a blank. */
function binaryAt(column: Cells, k: number, meaning: string): number | null {
  const cell = column.cells[k];
  if (isBlank(cell)) return null;
  if (cell === 1 || cell === true) return 1;
  if (cell === 0 || cell === false) return 0;
  throw invalidValue(`${column.argument}: ${cellPosition(column, k)} is ${describe(cell)}, expected ${meaning}`);
}

function requireSameCount(column: Cells, people: number, first: string): void {
  if (column.cells.length !== people) {
    throw invalidValue(
      `${column.argument}: ${column.cells.length} cells, but ${first} has ${people}; give one cell per person in each range`,
    );
  }
}

export interface ComparableGroupsInput {
  data: ComparableGroups;
  /** The data row (0-based, in `group`) of each complete case. */
  rowOfCase: number[];
  /** Cells in `group`: the length of the WEIGHTS column. */
  people: number;
  outcome: Float64Array | null;
  weights: Float64Array | null;
}

/** The complete cases of group, covariates and, where given, outcome and weights. */
export function comparableGroupsInput(ranges: {
  group: unknown;
  covariates: unknown;
  outcome?: unknown;
  weights?: unknown;
}): ComparableGroupsInput {
  const group = personCells(ranges.group, "group");
  const people = group.cells.length;
  const covariates = asRange(ranges.covariates, "covariates");
  if (covariates.length !== people) {
    throw invalidValue(
      `covariates: ${covariates.length} rows, but group has ${people} cells; give one row per person, one column per covariate`,
    );
  }
  const covariateCount = covariates[0]?.length ?? 0;
  if (people > 0 && covariateCount === 0) throw invalidValue("covariates: no column; give one column per covariate");
  const outcome = ranges.outcome === undefined ? null : personCells(ranges.outcome, "outcome");
  const weights = isBlank(ranges.weights) ? null : personCells(ranges.weights, "weights");
  if (outcome) requireSameCount(outcome, people, "group");
  if (weights) requireSameCount(weights, people, "group");

  const rowOfCase: number[] = [];
  const groupValues: number[] = [];
  const outcomeValues: number[] = [];
  const weightValues: number[] = [];
  const covariateValues: number[][] = Array.from({ length: covariateCount }, () => []);
  const row = new Array<number>(covariateCount);
  for (let k = 0; k < people; k++) {
    let complete = true;
    const member = binaryAt(group, k, "1 (served) or 0 (comparison group)");
    if (member === null) complete = false;
    const event = outcome ? binaryAt(outcome, k, "0 or 1") : 0;
    if (event === null) complete = false;
    let weight = 1;
    if (weights) {
      const cell = weights.cells[k];
      if (isBlank(cell)) complete = false;
      else if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) weight = cell;
      else throw invalidValue(`weights: ${cellPosition(weights, k)} is ${describe(cell)}, expected a number of at least 0`);
    }
    const cells = covariates[k];
    if (cells.length !== covariateCount) throw invalidValue("covariates: expected a rectangular range");
    for (let j = 0; j < covariateCount; j++) {
      const cell = cells[j];
      if (isBlank(cell)) complete = false;
      else if (typeof cell === "number" && Number.isFinite(cell)) row[j] = cell;
      else throw invalidValue(`covariates: ${position(covariates, k, j)} is ${describe(cell)}, expected a number`);
    }
    if (!complete) continue;
    rowOfCase.push(k);
    groupValues.push(member as number);
    outcomeValues.push(event as number);
    weightValues.push(weight);
    for (let j = 0; j < covariateCount; j++) covariateValues[j].push(row[j]);
  }
  if (rowOfCase.length === 0) throw notEnoughData("no complete row: every person has a blank in group, covariates" + (outcome ? " or outcome" : ""));
  return {
    data: {
      group: Float64Array.from(groupValues),
      covariates: covariateValues.map((values) => Float64Array.from(values)),
      covariateNames: covariateValues.map((_, j) => `covariates: column ${j + 1}`),
    },
    rowOfCase,
    people,
    outcome: outcome ? Float64Array.from(outcomeValues) : null,
    weights: weights ? Float64Array.from(weightValues) : null,
  };
}
