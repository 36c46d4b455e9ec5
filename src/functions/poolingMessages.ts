/**
 * What PREVENT.POOLED.COUNTS, PREVENT.POOLED and PREVENT.POOLED.WEIGHTS say when an input is
 * wrong, as catalogue messages (src/shared/catalogue/pooling.ts). Each names the argument and,
 * in a range, the row.
 */
import { formatList } from "../shared/formatting";
import { message, type Message, type MessageValue } from "../shared/message";

/** Where a cell sits in its range: a column counts rows, a row counts columns. */
export interface CellPlace {
  row: number;
  column: number;
  /** "column": one column, "row": one row, "block": several of each. */
  shape: "column" | "row" | "block";
}

function placeOf(argument: string, place: CellPlace): Message {
  const [row, column] = [place.row + 1, place.column + 1];
  if (place.shape === "column") return message("pooling.place.row", { argument, row });
  if (place.shape === "row") return message("pooling.place.column", { argument, column });
  return message("pooling.place.rowColumn", { argument, row, column });
}

/** A cell's content as the message quotes it: text in quotation marks, numbers and truth values as the language writes them. */
function cellOf(cell: unknown): MessageValue {
  if (typeof cell === "string") return message("value.quoted", { text: cell });
  if (typeof cell === "number" && Number.isNaN(cell)) return message("value.notANumber");
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  return String(cell);
}

/** Choices joined with "or" in the language ("DL oder REML" is said "DL und REML" in German: either is allowed). */
const choicesOf = (choices: readonly string[]): MessageValue => ({
  de: formatList(choices, "de"),
  en: formatList(choices, "en", "disjunction"),
});

export const poolingMessages = {
  notARange: (argument: string) => message("pooling.cells.notARange", { argument }),
  notRectangular: (argument: string) => message("pooling.cells.notRectangular", { argument }),
  notACount: (argument: string, place: CellPlace, cell: unknown) =>
    message("pooling.cells.notACount", { place: placeOf(argument, place), cell: cellOf(cell) }),
  tooLargeCount: (argument: string, place: CellPlace, cell: number, largest: number) =>
    message("pooling.cells.tooLargeCount", { place: placeOf(argument, place), cell: cellOf(cell), largest }),
  emptyCell: (argument: string, place: CellPlace) => message("pooling.cells.empty", { place: placeOf(argument, place) }),
  moreEventsThanPeople: (eventsArgument: string, nArgument: string, place: CellPlace, events: number, n: number) =>
    message("pooling.cells.moreEventsThanPeople", { place: placeOf(eventsArgument, place), events, n: nArgument, people: n }),
  emptyGroup: (argument: string, place: CellPlace) => message("pooling.cells.emptyGroup", { place: placeOf(argument, place) }),
  differentLengths: (argument: string, cells: number, first: string, firstCells: number) =>
    message("pooling.cells.differentLengths", { argument, cells, first, firstCells }),
  tooFewSites: (argument: string, sites: number) =>
    sites === 1 ? message("pooling.cells.oneSite", { argument }) : message("pooling.cells.noSite", { argument }),
  notAnEstimate: (argument: string, place: CellPlace, cell: unknown) =>
    message("pooling.cells.notAnEstimate", { place: placeOf(argument, place), cell: cellOf(cell) }),
  estimateOutOfReach: (argument: string, place: CellPlace, cell: number) =>
    message("pooling.cells.estimateOutOfReach", { place: placeOf(argument, place), cell: cellOf(cell) }),
  notAStandardError: (argument: string, place: CellPlace, cell: unknown) =>
    message("pooling.cells.notAStandardError", { place: placeOf(argument, place), cell: cellOf(cell) }),
  unknownChoice: (argument: string, cell: unknown, choices: readonly string[]) =>
    message("pooling.cells.unknownChoice", { argument, cell: cellOf(cell), choices: choicesOf(choices) }),
  confidence: (cell: unknown) => message("pooling.cells.confidence", { cell: cellOf(cell) }),
  unknownOutput: (cell: unknown, keys: readonly string[]) => message("pooling.cells.unknownOutput", { cell: cellOf(cell), keys }),
  noPValue: () => message("pooling.cells.noPValue"),
  noConvergence: () => message("pooling.cells.noConvergence"),
  outOfReach: () => message("pooling.cells.outOfReach"),
};
