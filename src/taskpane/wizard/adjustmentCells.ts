/**
 * The wizard's covariates turned into the complete cases of PREVENT.ADJUSTED: the treated rows
 * stacked above the comparison rows, as the block's VSTACK formulas stack them, with a group
 * column of 1 (treated) and 0 (comparison). Blank cells stay blank, so a row with one is left out.
 */
import { comparableGroupsInput, type ComparableGroupsInput } from "../../functions/comparableGroupCells";
import { describe, isBlank } from "../../functions/cells";
import type { CellContent } from "../../shared/cellContent";

export interface CovariateCells {
  name: string;
  treated: CellContent[][];
  control: CellContent[][];
}

/** A one-column range as a list of cells; `field` names the range in the message when it is wider. */
function column(values: CellContent[][], field: string): CellContent[] {
  if (values.some((row) => row.length !== 1)) throw new Error(`${field}: give one column (one cell per person).`);
  return values.map((row) => row[0]);
}

function numbersOrBlanks(cells: CellContent[], field: string): CellContent[] {
  cells.forEach((cell, row) => {
    if (!isBlank(cell) && !(typeof cell === "number" && Number.isFinite(cell))) {
      throw new Error(`${field}: row ${row + 1} is ${describe(cell)}, expected a number.`);
    }
  });
  return cells;
}

export interface GroupFields {
  /** How the pane names the two outcome ranges and a covariate's range in a group, for messages. */
  treated: string;
  control: string;
  covariateIn(name: string, group: "treated" | "control"): string;
}

export function stackedGroups(
  outcome: { treated: CellContent[][]; control: CellContent[][] },
  covariates: CovariateCells[],
  fields: GroupFields,
): ComparableGroupsInput {
  const treated = column(outcome.treated, fields.treated);
  const control = column(outcome.control, fields.control);
  const covariateColumns = covariates.map((covariate) => {
    const inGroup = (group: "treated" | "control", expected: number) => {
      const field = fields.covariateIn(covariate.name, group);
      const cells = numbersOrBlanks(column(covariate[group], field), field);
      if (cells.length !== expected) {
        throw new Error(`${field}: ${cells.length} cells, but ${fields[group]} has ${expected}; give the same rows.`);
      }
      return cells;
    };
    return [...inGroup("treated", treated.length), ...inGroup("control", control.length)];
  });
  const input = comparableGroupsInput({
    outcome: [...treated, ...control].map((cell) => [cell]),
    group: [...treated.map(() => [1]), ...control.map(() => [0])],
    covariates: [...treated, ...control].map((_, k) => covariateColumns.map((cells) => cells[k])),
  });
  input.data.covariateNames = covariates.map((covariate) => covariate.name);
  return input;
}
