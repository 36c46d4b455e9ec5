/**
 * What PREVENT.POOLED.COUNTS, PREVENT.POOLED and PREVENT.POOLED.WEIGHTS say when an input is
 * wrong, in German and English. Each message names the argument and, in a range, the row.
 */
import { displayLanguage, type Language } from "../shared/language";
import type { Label } from "./outputs";

/** Where a cell sits in its range: a column counts rows, a row counts columns. */
export interface CellPlace {
  row: number;
  column: number;
  /** "column": one column, "row": one row, "block": several of each. */
  shape: "column" | "row" | "block";
}

function placeText(place: CellPlace, language: Language): string {
  const [row, column] = language === "de" ? ["Zeile", "Spalte"] : ["row", "column"];
  if (place.shape === "column") return `${row} ${place.row + 1}`;
  if (place.shape === "row") return `${column} ${place.column + 1}`;
  return `${row} ${place.row + 1}, ${column} ${place.column + 1}`;
}

function numberText(value: number, language: Language): string {
  if (Number.isNaN(value)) return language === "de" ? "keine Zahl" : "not a number";
  return new Intl.NumberFormat(language === "de" ? "de-DE" : "en-GB", { maximumSignificantDigits: 15 }).format(value);
}

/** A cell's content as the message quotes it: text in quotation marks, numbers as the language writes them. */
function cellText(cell: unknown, language: Language): string {
  if (typeof cell === "string") return language === "de" ? `„${cell}“` : `'${cell}'`;
  if (typeof cell === "number") return numberText(cell, language);
  if (typeof cell === "boolean") return language === "de" ? (cell ? "WAHR" : "FALSCH") : cell ? "TRUE" : "FALSE";
  return String(cell);
}

type Message = (language: Language) => string;

export const poolingMessages = {
  notACount:
    (argument: string, place: CellPlace, cell: unknown): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} ist keine Anzahl; erwartet wird eine ganze Zahl ab 0.`
        : `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} is not a count; expected a whole number of at least 0.`,
  tooLargeCount:
    (argument: string, place: CellPlace, cell: number): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: ${numberText(cell, language)} ist zu groß; höchstens ${numberText(1e15, language)} Personen je Gruppe.`
        : `${argument}, ${placeText(place, language)}: ${numberText(cell, language)} is too large; at most ${numberText(1e15, language)} people per group.`,
  emptyCell:
    (argument: string, place: CellPlace): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: Die Zelle ist leer, obwohl die anderen Angaben dieses Standorts ausgefüllt sind.`
        : `${argument}, ${placeText(place, language)}: the cell is empty while the site's other cells are filled in.`,
  moreEventsThanPeople:
    (eventsArgument: string, nArgument: string, place: CellPlace, events: number, n: number): Message =>
    (language) =>
      language === "de"
        ? `${eventsArgument}, ${placeText(place, language)}: ${numberText(events, language)} Ereignisse, aber ${nArgument} nennt für diesen Standort nur ${numberText(n, language)} Personen.`
        : `${eventsArgument}, ${placeText(place, language)}: ${numberText(events, language)} events, but ${nArgument} gives only ${numberText(n, language)} people for this site.`,
  emptyGroup:
    (argument: string, place: CellPlace): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: Die Gruppe hat niemanden; jeder Standort braucht in beiden Gruppen mindestens eine Person.`
        : `${argument}, ${placeText(place, language)}: the group has no one; each site needs at least one person in each group.`,
  differentLengths:
    (argument: string, cells: number, first: string, firstCells: number): Message =>
    (language) =>
      language === "de"
        ? `${argument}: ${numberText(cells, language)} Zellen, ${first} aber ${numberText(firstCells, language)}; bitte für jeden Standort eine Zeile in jedem Bereich angeben.`
        : `${argument}: ${numberText(cells, language)} cells, but ${first} has ${numberText(firstCells, language)}; give one row per site in each range.`,
  tooFewSites:
    (argument: string, sites: number): Message =>
    (language) =>
      language === "de"
        ? `${argument}: ${sites === 1 ? "nur ein Standort" : "kein Standort"}; für eine Zusammenfassung werden mindestens zwei Standorte benötigt.`
        : `${argument}: ${sites === 1 ? "only one site" : "no site"}; pooling needs at least two sites.`,
  notAnEstimate:
    (argument: string, place: CellPlace, cell: unknown): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} ist keine Zahl.`
        : `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} is not a number.`,
  estimateOutOfReach:
    (argument: string, place: CellPlace, cell: number): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: ${numberText(cell, language)} liegt außerhalb des berechenbaren Bereichs (Betrag höchstens 10^40).`
        : `${argument}, ${placeText(place, language)}: ${numberText(cell, language)} is out of reach (at most 10^40 in size).`,
  notAStandardError:
    (argument: string, place: CellPlace, cell: unknown): Message =>
    (language) =>
      language === "de"
        ? `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} ist kein zulässiger Standardfehler; erwartet wird eine Zahl zwischen 10^-40 und 10^40.`
        : `${argument}, ${placeText(place, language)}: ${cellText(cell, language)} is not a standard error; expected a number between 10^-40 and 10^40.`,
  unknownChoice:
    (argument: string, cell: unknown, choices: readonly string[]): Message =>
    (language) =>
      language === "de"
        ? `${argument}: ${cellText(cell, language)} ist nicht vorgesehen; zulässig sind ${choices.join(" und ")}.`
        : `${argument}: ${cellText(cell, language)} is not one of the choices; use ${choices.join(" or ")}.`,
  confidence:
    (cell: unknown): Message =>
    (language) =>
      language === "de"
        ? `confidence: ${cellText(cell, language)} muss eine Zahl zwischen 0 und 1 sein (z. B. 0,95).`
        : `confidence: ${cellText(cell, language)} must be a number strictly between 0 and 1 (e.g. 0.95).`,
  unknownOutput:
    (cell: unknown, keys: readonly string[]): Message =>
    (language) =>
      language === "de"
        ? `output: ${cellText(cell, language)} ist kein Schlüssel dieser Funktion; zulässig sind ${keys.join(", ")}.`
        : `output: ${cellText(cell, language)} is not a key of this function; use one of ${keys.join(", ")}.`,
  noPValue: (): Message => (language) =>
    language === "de"
      ? "p_value: Alle Standorte zeigen dieselbe Wirkung von 0; ein Test ist nicht möglich."
      : "p_value: every site shows the same effect of 0; there is nothing to test.",
  noConvergence: (): Message => (language) =>
    language === "de"
      ? "method: Das REML-Verfahren kommt für diese Daten zu keinem Ergebnis; bitte method „DL“ verwenden."
      : 'method: REML does not converge for these data; use method "DL".',
  outOfReach: (): Message => (language) =>
    language === "de"
      ? "Die Schätzwerte und Varianzen liegen in der Größenordnung zu weit auseinander, um sie zusammenzufassen."
      : "The estimates and variances are too far apart in size to be pooled.",
};

/** A message in the display language. */
export function say(message: Message, language: Language = displayLanguage()): string {
  return message(language);
}

/** Both languages of a message (for tests and for labels written into sheets). */
export function bothLanguages(message: Message): Label {
  return { de: message("de"), en: message("en") };
}
