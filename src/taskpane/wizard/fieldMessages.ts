/**
 * Messages about the wizard's data as the user sees the pane and the sheet: the field by its label
 * in the pane's language and the cell by its sheet address ("Geförderte Gruppe: Zelle
 * Kohorte!G15 enthält 'ja', erwartet 0 oder 1"), not the row inside the range the engine was given.
 */
import { cellAddress, parseRange, quotedSheet } from "../../shared/addresses";
import { errorText } from "../../shared/codedError";
import type { Language } from "../../shared/language";
import { message, render, type CellPosition, type RenderOptions } from "../../shared/message";

/** A range the wizard read: its field label and the A1 address it was read from. */
export interface ReadField {
  label: string;
  address: string;
}

/** Where an argument's cell k (0-based, in the range the engine saw) is: the field and the row in it. */
export type Locate = (argument: string, row: number, column: number) => { field: ReadField; row: number; column: number } | undefined;

function sheetAddress(field: ReadField, row: number, column: number): string | undefined {
  try {
    const range = parseRange(field.address);
    const cell = cellAddress(range.top + row, range.left + column);
    return range.sheet === null ? cell : `${quotedSheet(range.sheet)}!${cell}`;
  } catch {
    return undefined;
  }
}

/** Render options that name arguments by their fields and cells by their sheet addresses. */
export function fieldRenderOptions(fields: Map<string, ReadField>, locate: Locate): RenderOptions {
  return {
    argumentLabel: (argument) => fields.get(argument)?.label,
    cellText: (cell: CellPosition, language: Language) => {
      const found = locate(cell.argument, cell.row, cell.column);
      if (!found) return undefined;
      const address = sheetAddress(found.field, found.row, found.column);
      if (address === undefined) return undefined;
      return render(message("position.paneCell", { field: found.field.label, address }), language);
    },
  };
}

/** A straight locator: each argument is one field, its rows are the field's rows. */
export function directLocator(fields: Map<string, ReadField>): Locate {
  return (argument, row, column) => {
    const field = fields.get(argument);
    return field ? { field, row, column } : undefined;
  };
}

/** The error as text in the pane's language, naming fields and sheet cells. */
export function fieldErrorText(error: unknown, language: Language, options: RenderOptions): string {
  return errorText(error, language, options);
}
