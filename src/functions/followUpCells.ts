import { invalidValue } from "../engine/errors";
import { matchingCode } from "../shared/dataCodes";
import { timeAtHome, type TimeAtHome } from "../engine/timeAtHome";
import { alignedNumbers, position, type Range } from "./cells";

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

/** "row 14" etc. for the k-th cell (row order) of a range as Excel passed it. */
function cellPosition(range: unknown, k: number): string {
  if (!Array.isArray(range) || !Array.isArray(range[0])) return "row 1";
  const columns = range[0].length;
  return position(range as Range, Math.floor(k / columns), k % columns);
}

function requireSameLength(columns: { argument: string; length: number }[]): void {
  const [first, ...others] = columns;
  for (const other of others) {
    if (other.length !== first.length) {
      throw invalidValue(
        `${other.argument}: ${other.length} cells, but ${first.argument} has ${first.length}; give one cell per person in each range`,
      );
    }
  }
}

/** Months at home of the person in cell k, or null for a row without any date. */
function personAt(k: number, start: DateColumn, entry: DateColumn, end: DateColumn): TimeAtHome | null {
  const startSerial = start.serials[k];
  const entrySerial = entry.serials[k];
  const endSerial = end.serials[k];
  if (startSerial === null && entrySerial === null && endSerial === null) return null;
  if (startSerial === null) throw invalidValue(`start_dates: ${cellPosition(start.range, k)} is empty, expected the start date`);
  if (endSerial === null) throw invalidValue(`end_dates: ${cellPosition(end.range, k)} is empty, expected the end of follow-up`);
  return timeAtHome({ start: startSerial, entry: entrySerial, end: endSerial }, () => cellPosition(start.range, k));
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

const groupWords = "treated or control (or 1 for treated, 0 for control)";

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
  const shown = typeof cell === "string" ? `'${cell}'` : String(cell);
  throw invalidValue(`groups: ${cellPosition(range, k)} is ${shown}, expected ${groupWords}`);
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
    if (group === null) throw invalidValue(`groups: ${cellPosition(groups, k)} is empty, expected ${groupWords}`);
    result[group].push(person);
  }
  return result;
}
