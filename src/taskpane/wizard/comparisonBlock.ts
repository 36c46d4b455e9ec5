import type { CellContent } from "../../shared/cellContent";
import { cellAddress, parseRange, quotedSheet, rangeAddress, type ParsedRange } from "../../shared/addresses";
import { strings, type Language } from "../strings";
import type { OutcomeKind } from "./figures";

/**
 * The labelled block of PREVENT formulas the wizard writes: a title, the ranges compared, the
 * confidence level (an input cell the formulas refer to), one row per result key and the
 * sentence. Two columns: label and value.
 */
export interface ComparisonRequest {
  outcome: OutcomeKind;
  /** Absolute, sheet-qualified ranges: [treated, control], or for before/after
   * [treated before, treated after, control before, control after]. */
  ranges: string[];
  confidence: number;
}

interface FunctionLayout {
  name: string;
  keys: string[];
  rangeLabels: (keyof RangeLabels)[];
}

type RangeLabels = Pick<
  ReturnType<() => (typeof strings)["en"]>,
  "treatedRange" | "controlRange" | "treatedBefore" | "treatedAfter" | "controlBefore" | "controlAfter"
>;

const layouts: Record<OutcomeKind, FunctionLayout> = {
  binary: {
    name: "PREVENT.RATEDIFF",
    keys: ["rate_treated", "rate_control", "difference", "lower", "upper", "p_value", "fisher_p", "nnt", "n_treated", "n_control"],
    rangeLabels: ["treatedRange", "controlRange"],
  },
  number: {
    name: "PREVENT.MEANDIFF",
    keys: ["mean_treated", "mean_control", "difference", "lower", "upper", "p_value", "df", "n_treated", "n_control"],
    rangeLabels: ["treatedRange", "controlRange"],
  },
  beforeAfter: {
    name: "PREVENT.DID",
    keys: ["difference", "se", "df", "lower", "upper", "p_value"],
    rangeLabels: ["treatedBefore", "treatedAfter", "controlBefore", "controlAfter"],
  },
};

const keyLabels: Record<Language, Record<string, string>> = {
  en: {
    rate_treated: "Rate, treated group",
    rate_control: "Rate, comparison group",
    mean_treated: "Mean, treated group",
    mean_control: "Mean, comparison group",
    difference: "Difference (treated − comparison)",
    lower: "Lower bound of the interval",
    upper: "Upper bound of the interval",
    p_value: "p-value",
    fisher_p: "p-value, Fisher's exact test",
    nnt: "People served per prevented event",
    n_treated: "n, treated group",
    n_control: "n, comparison group",
    se: "Standard error",
    df: "Degrees of freedom",
  },
  de: {
    rate_treated: "Quote, geförderte Gruppe",
    rate_control: "Quote, Vergleichsgruppe",
    mean_treated: "Mittelwert, geförderte Gruppe",
    mean_control: "Mittelwert, Vergleichsgruppe",
    difference: "Differenz (gefördert − Vergleich)",
    lower: "Untere Grenze des Intervalls",
    upper: "Obere Grenze des Intervalls",
    p_value: "p-Wert",
    fisher_p: "p-Wert, exakter Test nach Fisher",
    nnt: "Geförderte je verhindertem Ereignis",
    n_treated: "n, geförderte Gruppe",
    n_control: "n, Vergleichsgruppe",
    se: "Standardfehler",
    df: "Freiheitsgrade",
  },
};

const titles: Record<OutcomeKind, "blockTitleBinary" | "blockTitleNumber" | "blockTitleBeforeAfter"> = {
  binary: "blockTitleBinary",
  number: "blockTitleNumber",
  beforeAfter: "blockTitleBeforeAfter",
};

export function rangeLabelKeys(outcome: OutcomeKind): (keyof RangeLabels)[] {
  return layouts[outcome].rangeLabels;
}

/** "Cohort!$C$2:$C$241": a typed range made absolute, on `defaultSheet` when it names none. */
export function absoluteRange(typed: string, defaultSheet: string): string {
  const range = parseRange(typed);
  return `${quotedSheet(range.sheet ?? defaultSheet)}!${rangeAddress(range.top, range.left, range.bottom, range.right, true)}`;
}

export function blockRowCount(outcome: OutcomeKind): number {
  const layout = layouts[outcome];
  return 1 + layout.rangeLabels.length + 1 + layout.keys.length + 1;
}

/** The sheet-qualified address the block covers when it starts at `topLeft`. */
export function blockAddress(topLeft: ParsedRange & { sheet: string }, outcome: OutcomeKind): string {
  const bottom = topLeft.top + blockRowCount(outcome) - 1;
  return `${quotedSheet(topLeft.sheet)}!${rangeAddress(topLeft.top, topLeft.left, bottom, topLeft.left + 1)}`;
}

/** The cells of the block, row by row, for a block whose top-left cell is `topLeft`. */
export function comparisonBlock(
  request: ComparisonRequest,
  topLeft: ParsedRange,
  sentence: string,
  language: Language,
): CellContent[][] {
  const layout = layouts[request.outcome];
  const text = strings[language];
  const rows: CellContent[][] = [[text[titles[request.outcome]], ""]];
  layout.rangeLabels.forEach((label, index) => rows.push([text[label], request.ranges[index]]));
  const confidenceRow = topLeft.top + rows.length;
  rows.push([text.confidence, request.confidence]);
  const confidenceCell = cellAddress(confidenceRow, topLeft.left + 1, true);
  const argumentsText = request.ranges.join(", ");
  for (const key of layout.keys) {
    rows.push([keyLabels[language][key], `=${layout.name}(${argumentsText}, ${confidenceCell}, "${key}")`]);
  }
  rows.push([`${text.blockReading} ${text.blockReadingNote}`, sentence]);
  return rows;
}
