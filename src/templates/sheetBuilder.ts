/** Collects the planned cells, row heights and validations of one sheet while it is laid out. */
import type { CellContent } from "../shared/cellContent";
import type { Language, NumberFormatKey, StyleKey, Text, Validation } from "./model";
import { numberFormats } from "./numberFormats";
import type { PlannedCell, PlannedValidationRange } from "./plan";

/** A text of the definition in the language being laid out. */
export function text(value: Text, language: Language): string {
  return value[language];
}

function validationRule(validation: Validation) {
  switch (validation.kind) {
    case "decimal":
    case "whole":
      return { kind: validation.kind, minimum: validation.minimum, maximum: validation.maximum };
    case "list":
      return { kind: "list" as const, options: validation.options };
    case "date":
      return { kind: "date" as const };
  }
}

export class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  readonly validations: PlannedValidationRange[] = [];

  put(row: number, column: number, content: CellContent, style?: StyleKey, format?: NumberFormatKey, note?: string) {
    this.cells.push({
      row,
      column,
      content,
      style,
      numberFormat: format ? numberFormats[format] : undefined,
      note,
      locked: style !== "input",
    });
  }

  validate(range: string, validation: Validation, language: Language) {
    this.validations.push({ range, rule: validationRule(validation), message: text(validation.message, language) });
  }
}

export interface NameSink {
  /** `reference` replaces the sheet-qualified address as the name's reference (a structured reference). */
  add(name: string, sheet: string, address: string, reference?: string): void;
}
