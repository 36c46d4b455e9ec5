/**
 * The wizard's covariates turned into the complete cases of PREVENT.ADJUSTED: the treated rows
 * stacked above the comparison rows, as the block's VSTACK formulas stack them, with a group
 * column of 1 (treated) and 0 (comparison). Blank cells stay blank, so a row with one is left out.
 */
import { comparableGroupsInput, type ComparableGroupsInput } from "../../functions/comparableGroupCells";
import { describe, isBlank } from "../../functions/cells";
import { CodedError } from "../../shared/codedError";
import { cellPosition, message } from "../../shared/message";
import type { CellContent } from "../../shared/cellContent";

export interface CovariateCells {
  name: string;
  treated: CellContent[][];
  control: CellContent[][];
}

/** A one-column range as a list of cells; `field` names the range in the message when it is wider. */
function column(values: CellContent[][], field: string): CellContent[] {
  if (values.some((row) => row.length !== 1)) throw new CodedError("pane.oneColumn", { argument: field });
  return values.map((row) => row[0]);
}

function numbersOrBlanks(cells: CellContent[], field: string): CellContent[] {
  cells.forEach((cell, row) => {
    if (!isBlank(cell) && !(typeof cell === "number" && Number.isFinite(cell))) {
      throw new CodedError("cells.wrongCell", {
        cell: cellPosition(field, row, 0, "column"),
        shown: describe(cell),
        expected: message("cells.expected.number"),
      });
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
        throw new CodedError("pane.sameRows", { argument: field, cells: cells.length, other: fields[group], expected });
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
