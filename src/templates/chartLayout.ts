/** Charts as laid out: over a table's columns, or over the year columns of a sheet's rows. */
import { rangeAddress } from "../shared/addresses";
import type { ChartDefinition, Language, SheetDefinition } from "./model";
import { numberFormats } from "./numberFormats";
import type { PlannedCell, PlannedChart } from "./plan";
import { text } from "./sheetBuilder";

function chartTexts(chart: ChartDefinition, language: Language) {
  return {
    kind: chart.kind,
    title: text(chart.title, language),
    xAxisTitle: chart.xAxisTitle && text(chart.xAxisTitle, language),
    yAxisTitle: chart.yAxisTitle && text(chart.yAxisTitle, language),
    valueMaximum: chart.valueMaximum,
    from: chart.from,
    to: chart.to,
  };
}

/** Charts over a table's columns: each series plots one column against another, over every data row. */
export function layoutTableCharts(definition: SheetDefinition, lastRow: number, language: Language): PlannedChart[] {
  const columns = definition.table!.columns;
  const column = (key: string) => {
    const index = columns.findIndex((candidate) => candidate.key === key);
    if (index < 0) throw new Error(`chart on ${definition.key}: no column '${key}'`);
    return { range: rangeAddress(2, index + 1, lastRow, index + 1), format: columns[index].format };
  };
  return (definition.charts ?? []).map((chart) => {
    const series = (chart.seriesColumns ?? []).map((entry) => ({
      name: text(entry.name, language),
      values: column(entry.y).range,
      categories: column(entry.x).range,
    }));
    if (series.length === 0) throw new Error(`chart on ${definition.key} needs seriesColumns`);
    return {
      ...chartTexts(chart, language),
      valueFormat: numberFormats[column(chart.seriesColumns![0].y).format],
      categories: series[0].categories,
      series,
    };
  });
}

/** A chart over a block of rows: categories from one column, a series from each other column. */
function blockChart(
  definition: SheetDefinition,
  chart: ChartDefinition,
  rowOf: Map<string, number>,
  language: Language,
  cells: PlannedCell[],
): PlannedChart {
  const block = chart.seriesBlock!;
  const rowNumber = (key: string) => {
    const row = rowOf.get(key);
    if (row === undefined) throw new Error(`chart on ${definition.key}: no row '${key}'`);
    return row;
  };
  const [first, last] = [rowNumber(block.first), rowNumber(block.last)];
  const column = (index: number) => rangeAddress(first, index, last, index);
  const plotted = cells.find((cell) => cell.row === first && cell.column === block.series[0]?.column);
  const categoryFormat = cells.find((cell) => cell.row === first && cell.column === block.categories)?.numberFormat;
  return {
    ...chartTexts(chart, language),
    valueFormat: plotted?.numberFormat,
    categories: column(block.categories),
    textCategories: categoryFormat === numberFormats.text,
    categoryFormat: categoryFormat === numberFormats.text ? undefined : categoryFormat,
    series: block.series.map((series) => ({ name: text(series.name, language), values: column(series.column) })),
  };
}

/** Where a workbook name points: its sheet and its A1 cell or range (no $). */
export type NameAddress = (name: string) => { sheet: string; address: string } | undefined;

/** A forest plot: points with horizontal whiskers, each range found by its workbook name. */
function forestChart(definition: SheetDefinition, chart: ChartDefinition, language: Language, addressOf: NameAddress): PlannedChart {
  const at = (name: string) => {
    const found = addressOf(name);
    if (!found) throw new Error(`forest plot on ${definition.key}: no name '${name}' laid out before it`);
    return found;
  };
  const series = chart.forest!.map((entry) => {
    const x = at(entry.x);
    const sameSheet = (name: string) => {
      const found = at(name);
      if (found.sheet !== x.sheet) throw new Error(`forest plot on ${definition.key}: '${name}' is not on the sheet of '${entry.x}'`);
      return found.address;
    };
    return {
      name: text(entry.name, language),
      values: sameSheet(entry.y),
      categories: x.address,
      sheet: x.sheet,
      errorBars: { minus: sameSheet(entry.minus), plus: sameSheet(entry.plus) },
    };
  });
  const extent = (chart.forestExtent ?? []).map((point) => {
    const x = at(point.x);
    const y = at(point.y);
    if (y.sheet !== x.sheet) throw new Error(`forest plot on ${definition.key}: '${point.y}' is not on the sheet of '${point.x}'`);
    return { name: "", values: y.address, categories: x.address, sheet: x.sheet, hidden: true };
  });
  return {
    ...chartTexts(chart, language),
    markersOnly: true,
    valueFormat: chart.yAxisFormat,
    categoryFormat: chart.xAxisFormat && numberFormats[chart.xAxisFormat],
    categories: series[0].categories,
    series: [...series, ...extent],
  };
}

export function layoutCharts(
  definition: SheetDefinition,
  rowOf: Map<string, number>,
  language: Language,
  cells: PlannedCell[],
  addressOf: NameAddress = () => undefined,
): PlannedChart[] {
  const yearColumns = definition.yearColumns ?? 0;
  const header = rowOf.get("year_header");
  return (definition.charts ?? []).map((chart) => {
    if (chart.forest) return forestChart(definition, chart, language, addressOf);
    if (chart.seriesBlock) return blockChart(definition, chart, rowOf, language, cells);
    if (header === undefined) throw new Error(`chart on ${definition.key} needs a year header row`);
    const seriesRows = chart.seriesRows ?? [];
    const firstSeries = (definition.rows ?? []).find((row) => row.kind === "years" && row.key === seriesRows[0]);
    return {
      ...chartTexts(chart, language),
      valueFormat: firstSeries?.kind === "years" ? numberFormats[firstSeries.format] : undefined,
      categories: rangeAddress(header, 2, header, 1 + yearColumns),
      series: seriesRows.map((key) => {
        const row = rowOf.get(key);
        if (row === undefined) throw new Error(`chart on ${definition.key}: no row '${key}'`);
        const label = cells.find((cell) => cell.row === row && cell.column === 1)?.content;
        return { name: String(label ?? key), values: rangeAddress(row, 2, row, 1 + yearColumns) };
      }),
    };
  });
}
