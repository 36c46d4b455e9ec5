import { invalidValue } from "../engine/errors";
import { matchingCode } from "../shared/dataCodes";
import { timeAtHome, type TimeAtHome } from "../engine/timeAtHome";
import { alignedNumbers, describe, position, type Range } from "./cells";
import { cellPosition as positionOf, message, type CellPosition } from "../shared/message";

/**
 * Cohort ranges (one cell per person in each: group, start, care-home entry, end of follow-up)
 * turned into months at home. The ranges may be columns or rows but must hold the same number of
 * cells. Dates are Excel serials; a blank cell, and 0 (Excel desktop passes blank cells as 0, and
 * serial 0 is no real date), is an empty date. A row with no date at all is skipped; otherwise the
 * start and the end of follow-up are required, the care-home entry only when there was one.
 */

interface DateColumn {
  argument: string;
  range: unknown;
  /** null for an empty date. */
  serials: (number | null)[];
}

function dateColumn(range: unknown, argument: string): DateColumn {
  const serials = alignedNumbers(range, argument).map((serial) => (serial === 0 ? null : serial));
  return { argument, range, serials };
}

/** The position of the k-th cell (row order) of an argument's range as Excel passed it. */
function cellPosition(range: unknown, k: number, argument: string): CellPosition {
  if (!Array.isArray(range) || !Array.isArray(range[0])) return positionOf(argument, 0, 0, "column");
  const columns = range[0].length;
  return position(range as Range, Math.floor(k / columns), k % columns, argument);
}

function requireSameLength(columns: { argument: string; length: number }[]): void {
  const [first, ...others] = columns;
  for (const other of others) {
    if (other.length !== first.length) {
      throw invalidValue("cells.sameCount", { argument: other.argument, cells: other.length, first: first.argument, people: first.length });
    }
  }
}

function rangeOf(argument: string, start: DateColumn, entry: DateColumn, end: DateColumn): unknown {
  return argument === entry.argument ? entry.range : argument === end.argument ? end.range : start.range;
}

/** Months at home of the person in cell k, or null for a row without any date. */
function personAt(k: number, start: DateColumn, entry: DateColumn, end: DateColumn): TimeAtHome | null {
  const startSerial = start.serials[k];
  const entrySerial = entry.serials[k];
  const endSerial = end.serials[k];
  if (startSerial === null && entrySerial === null && endSerial === null) return null;
  if (startSerial === null)
    throw invalidValue("cells.emptyCell", { cell: cellPosition(start.range, k, "start_dates"), expected: message("cells.expected.start") });
  if (endSerial === null)
    throw invalidValue("cells.emptyCell", { cell: cellPosition(end.range, k, "end_dates"), expected: message("cells.expected.end") });
  return timeAtHome({ start: startSerial, entry: entrySerial, end: endSerial }, (argument) =>
    cellPosition(rangeOf(argument, start, entry, end), k, argument),
  );
}

function readDates(start_dates: unknown, entry_dates: unknown, end_dates: unknown): [DateColumn, DateColumn, DateColumn] {
  const columns = [dateColumn(start_dates, "start_dates"), dateColumn(entry_dates, "entry_dates"), dateColumn(end_dates, "end_dates")];
  requireSameLength(columns.map((column) => ({ argument: column.argument, length: column.serials.length })));
  return columns as [DateColumn, DateColumn, DateColumn];
}

/** Everyone's months at home, for one group's Kaplan–Meier curve. */
export function followUps(start_dates: unknown, entry_dates: unknown, end_dates: unknown): TimeAtHome[] {
  const [start, entry, end] = readDates(start_dates, entry_dates, end_dates);
  const people: TimeAtHome[] = [];
  for (let k = 0; k < start.serials.length; k++) {
    const person = personAt(k, start, entry, end);
    if (person !== null) people.push(person);
  }
  return people;
}

export type Group = "treated" | "control";

const groupWords = message("cells.expected.group");

/**
 * "treated"/"control" in any case, a German template's "gefördert"/"Vergleich" (or another
 * spelling dataCodes.ts lists), or 1 (treated) / 0 (control); null for a blank cell. The k-th
 * cell of `range`.
 */
function groupOf(cell: unknown, range: unknown, k: number): Group | null {
  if (cell === null || cell === undefined || cell === "") return null;
  if (cell === 1) return "treated";
  if (cell === 0) return "control";
  if (typeof cell === "string") {
    const code = matchingCode(["treated", "control"], cell);
    if (code === "treated" || code === "control") return code;
  }
  throw invalidValue("cells.wrongCell", { cell: cellPosition(range, k, "groups"), shown: describe(cell), expected: groupWords });
}

function flatCells(range: unknown): unknown[] {
  if (!Array.isArray(range)) return range === null || range === undefined || range === "" ? [] : [range];
  return (range as unknown[][]).flat();
}

/** Months at home per person, split by group. */
export function groupedFollowUps(
  groups: unknown,
  start_dates: unknown,
  entry_dates: unknown,
  end_dates: unknown,
): Record<Group, TimeAtHome[]> {
  const groupCells = flatCells(groups);
  const [start, entry, end] = readDates(start_dates, entry_dates, end_dates);
  requireSameLength([
    { argument: "start_dates", length: start.serials.length },
    { argument: "groups", length: groupCells.length },
  ]);
  const result: Record<Group, TimeAtHome[]> = { treated: [], control: [] };
  for (let k = 0; k < groupCells.length; k++) {
    const group = groupOf(groupCells[k], groups, k);
    const person = personAt(k, start, entry, end);
    if (person === null) continue;
    if (group === null) throw invalidValue("cells.emptyCell", { cell: cellPosition(groups, k, "groups"), expected: groupWords });
    result[group].push(person);
  }
  return result;
}
