import { invalidValue } from "../engine/errors";
import { cellPosition, message, type CellPosition, type Message, type MessageValue } from "../shared/message";

/**
 * Coercion of what Excel hands a custom function into the plain numbers the engine expects.
 * Data parameters are `any[][]`: Excel desktop passes blanks as 0, Excel on the web as null or "".
 * null and "" are skipped; everything else must be a value of the expected kind, otherwise the
 * error names the argument and the position in the range. Where the host gives the range's sheet
 * address (`@requiresParameterAddresses`), the position carries the cell's address too.
 */

export type Cell = unknown;
export type Range = Cell[][];

export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** A cell's content as a message quotes it: text in quotes as typed, numbers and TRUE/FALSE in the language. */
export function describe(cell: Cell): MessageValue {
  if (typeof cell === "string") return `'${cell}'`;
  if (typeof cell === "number" && Number.isNaN(cell)) return message("value.notANumber");
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  return String(cell);
}

/**
 * The sheet addresses of the ranges the current call was given, by argument name, where the host
 * provides them (src/functions/parameterAddresses.ts); positions then name the cell too.
 */
let addressOfCell: (argument: string, row: number, column: number) => string | undefined = () => undefined;

export function readCellAddressesFrom(source: typeof addressOfCell): void {
  addressOfCell = source;
}

/** Row 14 of a single column, column 3 of a single row, row 2, column 3 otherwise (0-based in, 1-based shown). */
export function position(range: Range, row: number, column: number, argument = ""): CellPosition {
  const columns = range[0]?.length ?? 0;
  const shape = columns === 1 ? "column" : range.length === 1 ? "row" : "block";
  return cellPosition(argument, row, column, shape, addressOfCell(argument, row, column));
}

/** A range as given, a single value as a 1 × 1 range. Its rows are checked where they are read (`rowOf`). */
function requireRange(range: unknown): Range {
  if (!Array.isArray(range)) {
    if (isBlank(range)) return [];
    return [[range]];
  }
  return range as Range;
}

/** Row `r` of a range; checked while reading, so that 100,000-row ranges are walked once. */
function rowOf(range: Range, r: number, argument: string): Cell[] {
  const row = range[r];
  if (!Array.isArray(row)) throw invalidValue("cells.notARange", { argument });
  return row;
}

/** The error for a non-blank cell that is not of the expected kind. */
function wrongCell(range: Range, argument: string, row: number, column: number, expected: Message) {
  return invalidValue("cells.wrongCell", { cell: position(range, row, column, argument), shown: describe(range[row][column]), expected });
}

/**
 * A yes/no outcome per person: 1/0 or TRUE/FALSE. Returns the number of people and of events.
 * One pass with no branch on the outcome itself: x·(x − 1) is exactly 0 only for 0 and 1.
 */
export function binaryOutcomes(value: unknown, argument: string): { n: number; events: number } {
  const range = requireRange(value);
  let n = 0;
  let events = 0;
  for (let r = 0; r < range.length; r++) {
    const row = rowOf(range, r, argument);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && cell * (cell - 1) === 0) {
        events += cell;
        n++;
      } else if (typeof cell === "boolean") {
        if (cell) events++;
        n++;
      } else if (!isBlank(cell)) {
        throw wrongCell(range, argument, r, c, message("cells.expected.binary"));
      }
    }
  }
  return { n, events };
}

/** Whatever takes numbers one at a time, e.g. a running mean and variance. */
export interface NumberSink {
  add(value: number): void;
}

/**
 * Adds every number of a range to `sink` in row order, without collecting them (for one-pass
 * statistics over 100,000-row ranges). Blanks are skipped; any other non-number is named.
 */
export function eachNumber(value: unknown, argument: string, sink: NumberSink): void {
  const range = requireRange(value);
  for (let r = 0; r < range.length; r++) {
    const row = rowOf(range, r, argument);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) sink.add(cell);
      else if (!isBlank(cell)) throw wrongCell(range, argument, r, c, message("cells.expected.number"));
    }
  }
}

/** Every non-blank cell must be a finite number. */
export function numbers(value: unknown, argument: string): number[] {
  const values: number[] = [];
  eachNumber(value, argument, { add: (cell) => values.push(cell) });
  return values;
}

/**
 * The cells of a range in row order with blanks kept as null, for row-aligned inputs
 * (several ranges describing the same people). Non-blank cells must be finite numbers.
 */
export function alignedNumbers(value: unknown, argument: string): (number | null)[] {
  const range = requireRange(value);
  const values: (number | null)[] = [];
  for (let r = 0; r < range.length; r++) {
    const row = rowOf(range, r, argument);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlank(cell)) values.push(null);
      else if (typeof cell === "number" && Number.isFinite(cell)) values.push(cell);
      else throw wrongCell(range, argument, r, c, message("cells.expected.number"));
    }
  }
  return values;
}

/** A single number argument; omitted (null, blank) gives the default. */
export function optionalNumber(value: unknown, argument: string, fallback: number): number {
  if (isBlank(value)) return fallback;
  return requiredNumber(value, argument);
}

export function requiredNumber(value: unknown, argument: string): number {
  const cell = Array.isArray(value) ? (value as Range)[0]?.[0] : value;
  if (typeof cell === "boolean") {
    throw invalidValue("cells.booleanNotNumber", { argument, value: cell });
  }
  if (typeof cell !== "number" || !Number.isFinite(cell)) {
    throw isBlank(cell)
      ? invalidValue("cells.emptyArgument", { argument })
      : invalidValue("cells.notNumber", { argument, shown: describe(cell) });
  }
  return cell;
}

/** An optional text argument such as `output`; returned trimmed and lower-cased, or null when omitted. */
export function optionalKey(value: unknown, argument: string): string | null {
  if (isBlank(value)) return null;
  if (typeof value !== "string") throw invalidValue("cells.notTextKey", { argument, shown: describe(value) });
  return value.trim().toLowerCase();
}
