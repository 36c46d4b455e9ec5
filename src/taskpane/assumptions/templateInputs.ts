import type { NamedInput } from "../../office/workbookPort";
import type { CellContent } from "../../shared/cellContent";
import type { InputRow, TemplateDefinition, Text, TextInputRow } from "../../templates/model";

/** A workbook name that holds an input of a template, with what the definition says about it. */
export interface TemplateInput {
  name: string;
  address: string;
  value: CellContent;
  /** Set when the cell holds a formula: it is replaced only when the user agrees. */
  formula?: string;
  definition: InputRow;
  templateTitle: Text;
}

/** Inputs are edited as percent when the template shows them as percent. */
export function isPercent(definition: InputRow): boolean {
  return definition.format === "percent" || definition.format === "percentPrecise";
}

/**
 * Matches the names the add-in created (`recorded`) to the inputs of the template definitions. A
 * template inserted a second time carries a suffix on every name ("discount_rate_2"), which is
 * stripped to find the definition. Other names are left out.
 */
export function templateInputs(named: NamedInput[], definitions: TemplateDefinition[], recorded: Set<string>): TemplateInput[] {
  const byName = new Map<string, { definition: InputRow; templateTitle: Text }>();
  for (const template of definitions) {
    for (const sheet of template.sheets) {
      for (const row of sheet.rows ?? []) {
        if (row.kind === "input" && !byName.has(row.name.toLowerCase())) {
          byName.set(row.name.toLowerCase(), { definition: row, templateTitle: template.title });
        }
      }
    }
  }
  const found: TemplateInput[] = [];
  for (const input of named) {
    const lower = input.name.toLowerCase();
    if (!recorded.has(lower)) continue;
    const known = byName.get(lower) ?? byName.get(lower.replace(/_\d+$/, ""));
    if (known) found.push({ ...input, ...known });
  }
  return found;
}

/** A workbook name that holds a text input of a template (a name, or one of a few choices). */
export interface TemplateTextInput {
  name: string;
  address: string;
  value: CellContent;
  definition: TextInputRow;
  templateTitle: Text;
}

/** The text inputs among the names the add-in created, matched as `templateInputs` matches the numeric ones. */
export function templateTextInputs(named: NamedInput[], definitions: TemplateDefinition[], recorded: Set<string>): TemplateTextInput[] {
  const byName = new Map<string, { definition: TextInputRow; templateTitle: Text }>();
  for (const template of definitions)
    for (const sheet of template.sheets)
      for (const row of sheet.rows ?? [])
        if (row.kind === "textInput" && !byName.has(row.name)) byName.set(row.name, { definition: row, templateTitle: template.title });
  return named.flatMap((input) => {
    const lower = input.name.toLowerCase();
    const known = recorded.has(lower) ? (byName.get(lower) ?? byName.get(lower.replace(/_\d+$/, ""))) : undefined;
    return known ? [{ ...input, ...known }] : [];
  });
}

export type RangeCheck =
  | { kind: "fine" }
  /** Outside what the template allows at all (its data validation): not written. */
  | { kind: "refused"; minimum: number; maximum: number }
  /** Outside the plausible range of the reference parameters: written, with a warning. */
  | { kind: "implausible"; low: number; high: number };

export function checkValue(definition: InputRow, value: number): RangeCheck {
  const validation = definition.validation;
  if (validation && (validation.kind === "decimal" || validation.kind === "whole")) {
    const wholeMissing = validation.kind === "whole" && !Number.isInteger(value);
    if (value < validation.minimum || value > validation.maximum || wholeMissing) {
      return { kind: "refused", minimum: validation.minimum, maximum: validation.maximum };
    }
  }
  const low = definition.low;
  const high = definition.high;
  if (low !== undefined && high !== undefined && (value < low || value > high)) return { kind: "implausible", low, high };
  return { kind: "fine" };
}
