/** Collects the planned cells, row heights and validations of one sheet while it is laid out. */
import type { CellContent } from "../shared/cellContent";
import { parseRange, rangeAddress } from "../shared/addresses";
import type { Highlight, Language, NumberFormatKey, StyleKey, Text, Validation } from "./model";
import { codeText } from "../shared/dataCodes";
import { formatCode } from "./numberFormats";
import type { PlannedCell, PlannedHighlight, PlannedValidationRange } from "./plan";

/** A text of the definition in the language being laid out. */
export function text(value: Text, language: Language): string {
  return value[language];
}

function validationRule(validation: Validation, language: Language) {
  switch (validation.kind) {
    case "decimal":
    case "whole":
      return { kind: validation.kind, minimum: validation.minimum, maximum: validation.maximum };
    case "list":
      return { kind: "list" as const, options: validation.options.map((option) => codeText(option, language)) };
    case "date":
      return { kind: "date" as const };
  }
}

export class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly validations: PlannedValidationRange[] = [];
  readonly highlights: PlannedHighlight[] = [];
  /** Ranges merged into one cell (a sentence across the page). */
  readonly merges: string[] = [];

  constructor(private readonly language: Language) {}

  put(row: number, column: number, content: CellContent, style?: StyleKey, format?: NumberFormatKey, note?: string) {
    this.cells.push({
      row,
      column,
      content,
      style,
      numberFormat: format ? formatCode(format, this.language) : undefined,
      note,
      locked: style !== "input",
    });
  }

  /** A highlight of one cell; a cell just below the last highlight's range, of the same look and texts, joins that range. */
  highlight(row: number, column: number, highlight: Highlight, language: Language) {
    const texts = highlight.texts.map((value) => text(value, language));
    const last = this.highlights[this.highlights.length - 1];
    if (last && last.style === highlight.style && last.texts.join("\n") === texts.join("\n")) {
      const range = parseRange(last.range);
      if (range.left === column && range.right === column && range.bottom === row - 1) {
        last.range = rangeAddress(range.top, column, row, column);
        return;
      }
    }
    this.highlights.push({ range: rangeAddress(row, column, row, column), style: highlight.style, texts });
  }

  validate(range: string, validation: Validation, language: Language) {
    this.validations.push({ range, rule: validationRule(validation, language), message: text(validation.message, language) });
  }
}

export interface NameSink {
  /** `reference` replaces the sheet-qualified address as the name's reference (a structured reference). */
  add(name: string, sheet: string, address: string, reference?: string): void;
}
