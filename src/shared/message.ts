/**
 * Messages of the catalogue (src/shared/catalogue) and how they become text in a language.
 *
 * An entry is a `Bilingual` whose texts hold named placeholders:
 *   {name}                 the value as it is: text verbatim, a number as the language writes it,
 *                          a Bilingual or a nested Message in the language, a list joined by ", "
 *   {name:count}           a whole number with thousands separators ("100.000")
 *   {name:percent}         a share as a percentage ("95 %")
 *   {name:points}          a difference of shares in percentage points ("3,2 Prozentpunkte")
 *   {name:pvalue}          a p-value ("0,012", "< 0,001")
 *   {name:date}            an Excel date serial ("01.07.2022" / "2022-07-01")
 *   {name:argument}        the name of a function argument (text); the pane shows its field label
 *   {name:cell}            a CellPosition: "Zeile 14 von treated"; the pane shows "Geförderte Gruppe: Zelle Kohorte!G15"
 *   {name:plural:one|other} the form for the count, `#` standing for the count ("# Zeile|# Zeilen")
 */
import { isBilingual, type Bilingual } from "./bilingual";
import { catalogue } from "./catalogue";
import { formatCount, formatDate, formatPValue, formatPercent, formatPercentagePoints, formatValue, pluralCategory } from "./formatting";
import type { Language } from "./language";

export type Catalogue = typeof catalogue;
export type MessageKey = keyof Catalogue & string;

/** The placeholder names of one text, read from its literal type. */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}:${string}` ? Name : Body) | PlaceholderNames<Rest>
  : never;

export type PlaceholdersOf<K extends MessageKey> = PlaceholderNames<Catalogue[K]["en"]> | PlaceholderNames<Catalogue[K]["de"]>;

/** A cell of a range handed to a function or a wizard field: 0-based row and column inside it. */
export interface CellPosition {
  readonly kind: "cell";
  /** The argument (custom functions) or the field key (pane) whose range holds the cell. */
  readonly argument: string;
  readonly row: number;
  readonly column: number;
  /** How the range is shaped, which decides how the position is said ("Zeile 14", "Spalte 3", both). */
  readonly shape: "column" | "row" | "block";
  /** The cell's sheet address where the host gives it (e.g. "Kohorte!G15"). */
  readonly address?: string;
}

export interface Message<K extends MessageKey = MessageKey> {
  readonly code: K;
  readonly values: MessageValues<K>;
}

export type MessageValue = string | number | boolean | Bilingual | Message | CellPosition | readonly MessageValue[];

export type MessageValues<K extends MessageKey> = [PlaceholdersOf<K>] extends [never]
  ? Record<string, never>
  : { readonly [P in PlaceholdersOf<K>]: MessageValue };

/** The values argument, left out for a message without placeholders. */
export type ValuesArgument<K extends MessageKey> = [PlaceholdersOf<K>] extends [never] ? [] : [values: MessageValues<K>];

export function message<K extends MessageKey>(code: K, ...values: ValuesArgument<K>): Message<K> {
  return { code, values: (values[0] ?? {}) as MessageValues<K> };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as Message).code === "string" && (value as Message).code in catalogue;
}

function isCellPosition(value: unknown): value is CellPosition {
  return typeof value === "object" && value !== null && (value as CellPosition).kind === "cell";
}

/** How the edge that shows a message names arguments and cells; by default as the function's arguments. */
export interface RenderOptions {
  /** The label of an argument or field in this language (the pane's field labels); undefined keeps the name. */
  argumentLabel?: (argument: string, language: Language) => string | undefined;
  /** The whole position of a cell in this language (the pane's "Geförderte Gruppe: Zelle Kohorte!G15"); undefined keeps the default. */
  cellText?: (cell: CellPosition, language: Language) => string | undefined;
}

export function cellPosition(argument: string, row: number, column: number, shape: CellPosition["shape"], address?: string): CellPosition {
  return address === undefined ? { kind: "cell", argument, row, column, shape } : { kind: "cell", argument, row, column, shape, address };
}

function argumentText(name: string, language: Language, options: RenderOptions): string {
  return options.argumentLabel?.(name, language) ?? name;
}

function defaultCellText(cell: CellPosition, language: Language, options: RenderOptions): string {
  const argument = argumentText(cell.argument, language, options);
  const row = formatCount(cell.row + 1, language);
  const column = formatCount(cell.column + 1, language);
  const where =
    cell.shape === "column"
      ? render(message("position.row", { row, argument }), language, options)
      : cell.shape === "row"
        ? render(message("position.column", { column, argument }), language, options)
        : render(message("position.rowColumn", { row, column, argument }), language, options);
  return cell.address === undefined ? where : render(message("position.withAddress", { address: cell.address, where }), language, options);
}

function valueText(value: MessageValue, format: string | undefined, language: Language, options: RenderOptions): string {
  if (Array.isArray(value)) return value.map((item) => valueText(item, format, language, options)).join(", ");
  if (isCellPosition(value)) return options.cellText?.(value, language) ?? defaultCellText(value, language, options);
  if (isMessage(value)) return render(value, language, options);
  if (isBilingual(value)) return value[language];
  if (typeof value === "boolean") return render(message(value ? "value.true" : "value.false"), language, options);
  if (typeof value === "string") return format === "argument" ? argumentText(value, language, options) : value;
  const number = value as number;
  switch (format) {
    case "count":
      return formatCount(number, language);
    case "percent":
      return formatPercent(number, language);
    case "points":
      return formatPercentagePoints(number, language);
    case "pvalue":
      return formatPValue(number, language);
    case "date":
      return formatDate(number, language);
    default:
      return formatValue(number, language);
  }
}

const placeholder = /\{([A-Za-z0-9_]+)(?::([a-z]+)(?::([^}]*))?)?\}/g;

/** Fills a text's placeholders; a placeholder without a value is a programming error and shows as {name}. */
export function fill(text: string, values: Record<string, MessageValue>, language: Language, options: RenderOptions = {}): string {
  return text.replace(placeholder, (whole, name: string, format: string | undefined, forms: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (format === "plural") {
      const [one, other] = (forms ?? "").split("|");
      const count = Number(value);
      return (pluralCategory(count, language) === "one" ? one : other).replace("#", formatCount(count, language));
    }
    return valueText(value, format, language, options);
  });
}

/** A message as text in the language. */
export function render(entry: Message, language: Language, options: RenderOptions = {}): string {
  const texts = catalogue[entry.code] as Bilingual;
  return fill(texts[language], entry.values as Record<string, MessageValue>, language, options);
}

/** A message in both languages at once, the shape template cells and labels take. */
export function bilingual(entry: Message, options: RenderOptions = {}): Bilingual {
  return { de: render(entry, "de", options), en: render(entry, "en", options) };
}

/** A catalogue entry without placeholders as the shape template cells and labels take. */
export function term<K extends MessageKey>(code: K): Catalogue[K] {
  return catalogue[code];
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}
