import type { ComparableGroups } from "../engine/comparableGroups";
import { invalidValue, notEnoughData } from "../engine/errors";
import { describe, isBlank, position, type Range } from "./cells";
import { message, type Message } from "../shared/message";

/**
 * The ranges of PREVENT.BALANCE, PREVENT.WEIGHTS and PREVENT.ADJUSTED turned into complete cases:
 * one entry per person in `group` (and `outcome`, `weights`), one row per person in `covariates`
 * with one column per covariate. A person with a blank (null or "") in any of them is left out.
 * Written as plain loops into typed arrays: these ranges may hold 100,000 people.
 */

interface PersonCells {
  argument: string;
  range: Range;
  /** Cells per row of the range (1 for a column). */
  width: number;
  people: number;
}

function asRange(value: unknown, argument: string): Range {
  if (!Array.isArray(value)) return isBlank(value) ? [] : [[value]];
  if (!value.every(Array.isArray)) throw invalidValue("cells.notARange", { argument });
  return value as Range;
}

/** A column (or row) of one cell per person, in row order. */
function personCells(value: unknown, argument: string): PersonCells {
  const range = asRange(value, argument);
  const width = range[0]?.length || 1;
  if (range.some((row) => row.length !== width)) throw invalidValue("cells.notRectangular", { argument });
  return { argument, range, width, people: range.length === 0 ? 0 : range.length * width };
}

function cellAt(column: PersonCells, k: number): unknown {
  return column.width === 1 ? column.range[k][0] : column.range[Math.floor(k / column.width)][k % column.width];
}

function wrongCell(column: PersonCells, k: number, expected: Message) {
  const cell = position(column.range, Math.floor(k / column.width), k % column.width, column.argument);
  return invalidValue("cells.wrongCell", { cell, shown: describe(cellAt(column, k)), expected });
}

/** 1/0 or TRUE/FALSE; −1 for a blank. */
function binaryAt(column: PersonCells, k: number, meaning: Message): number {
  const cell = cellAt(column, k);
  if (cell === 1 || cell === true) return 1;
  if (cell === 0 || cell === false) return 0;
  if (isBlank(cell)) return -1;
  throw wrongCell(column, k, meaning);
}

function requireSameCount(column: PersonCells, people: number, first: string): void {
  if (column.people !== people) {
    throw invalidValue("cells.sameCount", { argument: column.argument, cells: column.people, first, people });
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
  const people = group.people;
  const covariates = asRange(ranges.covariates, "covariates");
  if (covariates.length !== people) {
    throw invalidValue("cells.covariateRows", { rows: covariates.length, people });
  }
  const covariateCount = covariates[0]?.length ?? 0;
  if (people > 0 && covariateCount === 0) throw invalidValue("cells.noCovariate");
  const outcome = ranges.outcome === undefined ? null : personCells(ranges.outcome, "outcome");
  const weights = isBlank(ranges.weights) ? null : personCells(ranges.weights, "weights");
  if (outcome) requireSameCount(outcome, people, "group");
  if (weights) requireSameCount(weights, people, "group");

  const rowOfCase: number[] = [];
  const groupValues = new Float64Array(people);
  const outcomeValues = new Float64Array(people);
  const weightValues = new Float64Array(people);
  const covariateValues = Array.from({ length: covariateCount }, () => new Float64Array(people));
  let cases = 0;
  for (let k = 0; k < people; k++) {
    let complete = true;
    const member = binaryAt(group, k, message("cells.expected.served"));
    if (member < 0) complete = false;
    const event = outcome ? binaryAt(outcome, k, message("cells.expected.binary")) : 0;
    if (event < 0) complete = false;
    let weight = 1;
    if (weights) {
      const cell = cellAt(weights, k);
      if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) weight = cell;
      else if (isBlank(cell)) complete = false;
      else throw wrongCell(weights, k, message("cells.expected.weight"));
    }
    const cells = covariates[k];
    if (cells.length !== covariateCount) throw invalidValue("cells.notRectangular", { argument: "covariates" });
    for (let j = 0; j < covariateCount; j++) {
      const cell = cells[j];
      if (typeof cell === "number" && Number.isFinite(cell)) covariateValues[j][cases] = cell;
      else if (isBlank(cell)) complete = false;
      else
        throw invalidValue("cells.wrongCell", {
          cell: position(covariates, k, j, "covariates"),
          shown: describe(cell),
          expected: message("cells.expected.number"),
        });
    }
    if (!complete) continue;
    rowOfCase.push(k);
    groupValues[cases] = member;
    outcomeValues[cases] = event;
    weightValues[cases] = weight;
    cases++;
  }
  if (cases === 0) throw notEnoughData(outcome ? "cells.noCompleteRowWithOutcome" : "cells.noCompleteRow");
  return {
    data: {
      group: groupValues.slice(0, cases),
      covariates: covariateValues.map((values) => values.slice(0, cases)),
      covariateNames: covariateValues.map((_, j) => message("cells.covariateColumn", { column: j + 1 })),
    },
    rowOfCase,
    people,
    outcome: outcome ? outcomeValues.slice(0, cases) : null,
    weights: weights ? weightValues.slice(0, cases) : null,
  };
}
