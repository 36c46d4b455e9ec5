/**
 * Reading ranges in row bands so that no answer exceeds Excel's payload limit (requestBudget.ts):
 * as many bands in one sync as the estimate allows, one sync for ranges of ordinary size. The size
 * of an answer is known only once Excel sends it; where cells hold more than estimated, Excel
 * refuses the answer, and since reading changes nothing, the bands of that answer are asked
 * again at half the rows.
 */
import { parseRange, rangeAddress } from "../shared/addresses";
import type { CellContent } from "../shared/cellContent";
import { requestBudgetBytes } from "./requestBudget";

/**
 * Estimated bytes of a cell whose value and formula are read: a number or short text twice over.
 * Cells holding formulas take more, and the doubling below finds how much.
 */
export const dataCellBytes = 20;

/** Estimated bytes of a cell read for a frozen copy: a value of about 20 characters, a formula of about 60, a number format of about 20. */
export const frozenCellBytes = 100;

export interface BandedContents {
  values: CellContent[][];
  formulas: CellContent[][];
  /** Empty unless number formats were asked for. */
  numberFormats: string[][];
}

/** Whether Excel refused to send an answer because of its size (the code of an OfficeExtension.Error). */
function answerTooLarge(error: unknown): boolean {
  const code = "ResponsePayloadSizeLimitExceeded";
  return error instanceof Error && ((error as { code?: string }).code === code || error.message.startsWith(code));
}

/** The values and formulas (and number formats) of sheet-qualified A1 ranges, each read in row bands. */
export async function readInBands(
  context: Excel.RequestContext,
  addresses: string[],
  { numberFormats, cellBytes }: { numberFormats: boolean; cellBytes: number },
): Promise<BandedContents[]> {
  const read = addresses.map((): BandedContents => ({ values: [], formulas: [], numberFormats: [] }));
  const properties = numberFormats ? "values,formulas,numberFormat" : "values,formulas";
  const cursors = addresses.map((address) => {
    const { sheet, top, left, bottom, right } = parseRange(address);
    return { sheet: sheet ?? "", next: top, bottom, left, right, width: right - left + 1, cellBytes };
  });
  for (;;) {
    const parts: { index: number; first: number; last: number; range: Excel.Range }[] = [];
    let bytes = 0;
    fill: for (const [index, cursor] of cursors.entries()) {
      const rowsAtOnce = Math.max(1, Math.floor(requestBudgetBytes / cursor.cellBytes / cursor.width));
      for (let first = cursor.next; first <= cursor.bottom; first += rowsAtOnce) {
        const last = Math.min(cursor.bottom, first + rowsAtOnce - 1);
        const partBytes = (last - first + 1) * cursor.width * cursor.cellBytes;
        if (parts.length > 0 && bytes + partBytes > requestBudgetBytes) break fill;
        bytes += partBytes;
        const range = context.workbook.worksheets.getItem(cursor.sheet).getRange(rangeAddress(first, cursor.left, last, cursor.right));
        parts.push({ index, first, last, range: range.load(properties) });
      }
    }
    if (parts.length === 0) return read;
    try {
      await context.sync();
    } catch (error) {
      if (!answerTooLarge(error) || (parts.length === 1 && parts[0].first === parts[0].last)) throw error;
      // The cells hold more than estimated: estimate twice as much for the ranges of this answer.
      for (const index of new Set(parts.map((part) => part.index))) cursors[index].cellBytes *= 2;
      continue;
    }
    for (const { index, last, range } of parts) {
      read[index].values.push(...(range.values as CellContent[][]));
      read[index].formulas.push(...(range.formulas as CellContent[][]));
      if (numberFormats) read[index].numberFormats.push(...(range.numberFormat as string[][]));
      cursors[index].next = last + 1;
    }
  }
}
