/**
 * What each sheet prints (DESIGN §4): a print area without the model's helper rows — the scenario
 * rows of the sensitivity and the Monte Carlo draws print as their summaries only, the Review
 * sheet's list of formula ranges not at all — the title repeated on every page, A4, fitted to the
 * page width (and to one page for a committee page).
 */
import { parseRange, rangeAddress } from "../shared/addresses";
import type { RowDefinition, SheetDefinition } from "./model";
import type { PlannedPrint, PlannedSheet } from "./plan";

const isScenario = (row: RowDefinition) => row.kind === "scenario" || row.kind === "scenarioHeader";

/** 1-based rows of the definition's scenario rows, as one block (first, last), or null. */
function scenarioBlock(rows: RowDefinition[]): [number, number] | null {
  const indices = rows.flatMap((row, i) => (isScenario(row) ? [i + 1] : []));
  return indices.length === 0 ? null : [indices[0], indices[indices.length - 1]];
}

export function printSetup(definition: SheetDefinition, sheet: PlannedSheet): PlannedPrint {
  const orientation = definition.print?.orientation ?? "landscape";
  const fit = { orientation, fitToWidth: 1, fitToHeight: definition.print?.onePage ? 1 : 0 } as const;
  if (sheet.tables.length > 0) {
    const table = parseRange(sheet.tables[0].range);
    const right = definition.print?.columns ? Math.min(definition.print.columns, table.right) : table.right;
    const area = rangeAddress(table.top, table.left, table.bottom, right);
    return { area, titleRows: "1:1", ...fit };
  }
  const rows = definition.rows ?? [];
  let [top, bottom] = [1, definition.print?.rows ?? rows.length];
  let titleRows: string | undefined;
  const block = scenarioBlock(rows);
  if (block && block[1] >= rows.length) {
    // Draws at the end: the area stops above them and the heading that introduces them.
    bottom = block[0] - 1;
    while (bottom > 1 && ["heading", "blank"].includes(rows[bottom - 1].kind)) bottom -= 1;
  } else if (block) {
    top = block[1] + 1;
    while (top < rows.length && rows[top - 1].kind === "blank") top += 1;
    titleRows = "1:1";
  }
  const printed = sheet.cells.filter((cell) => cell.row >= top && cell.row <= bottom);
  let right = printed.reduce((most, cell) => Math.max(most, cell.column), 1);
  for (const chart of definition.print?.charts === false ? [] : sheet.charts) {
    if (chart.from.row >= top && chart.from.row <= bottom + 3) {
      bottom = Math.max(bottom, chart.to.row);
      right = Math.max(right, chart.to.column);
    }
  }
  if (definition.print?.columns) right = definition.print.columns;
  if (!titleRows && bottom > 1 && !definition.print?.onePage) titleRows = "1:1";
  return { area: rangeAddress(top, 1, bottom, right), ...(titleRows && { titleRows }), ...fit };
}
