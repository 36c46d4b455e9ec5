/**
 * The one layout step: definition + language (+ data rows) + naming → host-neutral plan.
 * Both renderers (xlsx and Office.js) consume the plan; nothing about a layout is decided twice.
 */
import type { CellContent } from "../office/workbookPort";
import { cellAddress, columnLetters, parseRange, quotedSheet, rangeAddress } from "./addresses";
import type {
  ChartDefinition,
  DataTableDefinition,
  DataValue,
  Formula,
  Language,
  NumberFormatKey,
  RowDefinition,
  SheetDefinition,
  StyleKey,
  TemplateData,
  TableCheckRow,
  TemplateDefinition,
  Text,
  Validation,
} from "./model";
import type { Naming, PlannedCell, PlannedChart, PlannedSheet, PlannedTableBody, PlannedValidationRange, TemplateInsertion, WorkbookPlan } from "./plan";
import { unchangedNaming } from "./naming";
import { labels } from "./labels";
import { columnReference, thisRowReference, wholeColumnReference } from "./tableReferences";

export const numberFormats: Record<NumberFormatKey, string> = {
  euro: '#,##0 "EUR";[Red]-#,##0 "EUR"',
  euroCents: '#,##0.00 "EUR";[Red]-#,##0.00 "EUR"',
  percent: "0.0%",
  percentPrecise: "0.00%",
  number: "#,##0",
  decimal: "#,##0.00",
  decimalPrecise: "0.0000",
  integer: "0",
  ratio: "0.00",
  date: "yyyy-mm-dd",
  text: "@",
};

/** Sheet holding the hidden marker (template id, version, language). */
export const markerSheetName = "PreventionDividend";
export const markerName = "prevention_dividend_template";

/** Input rows: label, value, low, high, unit, grade, source. */
const inputColumns = { label: 1, value: 2, low: 3, high: 4, unit: 5, grade: 6, source: 7 };

interface Resolver {
  naming: Naming;
  language: Language;
  rowOf: Map<string, number>;
  yearColumns: number;
}

const placeholder = /\{(@?)([A-Za-z_][A-Za-z0-9_]*)(?::([a-z0-9]+))?\}/g;

/** Resolves placeholders of a formula written in the definition (see model.ts). */
export function resolveFormula(written: Formula, resolver: Resolver, column: number, year: number): string {
  const formula = typeof written === "string" ? written : written[resolver.language];
  return formula.replace(placeholder, (_match, at: string, key: string, modifier: string | undefined) => {
    if (!at) {
      if (key === "year") return String(year);
      return resolver.naming.name(key);
    }
    const row = resolver.rowOf.get(key);
    if (row === undefined) throw new Error(`formula ${formula}: no row '${key}' on this sheet`);
    if (modifier === "previous") return cellAddress(row, column - 1);
    if (modifier === "years") return rangeAddress(row, 2, row, 1 + resolver.yearColumns);
    if (modifier === "first") return cellAddress(row, 2, true);
    const fixedColumn = modifier && /^col(\d+)$/.exec(modifier);
    if (fixedColumn) return cellAddress(row, Number(fixedColumn[1]), true);
    if (modifier) throw new Error(`formula ${formula}: unknown modifier '${modifier}'`);
    return cellAddress(row, column);
  });
}

function text(value: Text, language: Language): string {
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

/** Points per line of wrapped 11-point text. */
const lineHeight = 15;

/**
 * Lines a text takes when wrapped at word boundaries in a column `width` characters wide. A
 * character of running text is taken as wide as the column's character unit, which holds for
 * LibreOffice's substitute font and leaves a little room in Excel's narrower Calibri.
 */
export function wrappedLines(content: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width || used === 0) used = needed;
    else {
      lines += 1 + Math.floor(Math.max(0, word.length - 1) / width);
      used = word.length % width || width;
    }
  }
  return lines;
}

class SheetBuilder {
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

function rowKey(row: RowDefinition): string | undefined {
  if (row.kind === "years") return row.key;
  if (row.kind === "yearHeader") return "year_header";
  if (row.kind === "lookupRow") return row.key;
  return undefined;
}

interface NameSink {
  /** `reference` replaces the sheet-qualified address as the name's reference (a structured reference). */
  add(name: string, sheet: string, address: string, reference?: string): void;
}

/** A data table as rendered: final table and sheet names, headers in the template's language. */
interface RenderedTable {
  name: string;
  sheet: string;
  headers: string[];
  definition: DataTableDefinition;
}

function renderedTables(template: TemplateDefinition, language: Language, naming: Naming): Map<string, RenderedTable> {
  const tables = new Map<string, RenderedTable>();
  for (const sheet of template.sheets) {
    if (!sheet.table) continue;
    tables.set(sheet.table.name, {
      name: naming.name(sheet.table.name),
      sheet: naming.sheet(text(sheet.name, language)),
      headers: sheet.table.columns.map((column) => text(column.header, language)),
      definition: sheet.table,
    });
  }
  return tables;
}

/** Formula of a table check (see TableCheckRow): counts what the table's formulas would leave out. */
function tableCheckFormula(row: TableCheckRow, tables: Map<string, RenderedTable>): string {
  const table = tables.get(row.table);
  if (!table) throw new Error(`table check ${row.name}: no table '${row.table}'`);
  const columns = table.definition.columns;
  const firstColumn = columnReference(table.name, table.headers[0]);
  const indexes = (computed: boolean) => columns.flatMap((column, i) => (Boolean(column.formula) === computed ? [i] : []));
  switch (row.count) {
    case "outside": {
      const sheetColumn = (column: number) => `${quotedSheet(table.sheet)}!$${columnLetters(column)}:$${columnLetters(column)}`;
      const inputs = indexes(false);
      if (inputs.length === 0) throw new Error(`table check ${row.name}: table '${row.table}' has no data columns`);
      // Non-empty cells are counted with COUNTIF(…,"<>"): LibreOffice 7.4 COUNTA counted
      // empty cells of a column outside a table as filled in some workbooks.
      const filled = (range: string) => `COUNTIF(${range},"<>")`;
      // Below: what a sheet column holds beyond the table's header and rows (the table starts at A1).
      const below = inputs.map((i) => `${filled(sheetColumn(i + 1))}-${filled(wholeColumnReference(table.name, table.headers[i]))}`);
      // Beside: the column just right of the table, over the table's rows.
      const beside = sheetColumn(columns.length + 1);
      return `=MAX(${below.join(",")})+${filled(`INDEX(${beside},1):INDEX(${beside},ROWS(${firstColumn})+1)`)}`;
    }
    case "unfilled": {
      const computed = indexes(true);
      if (computed.length === 0) throw new Error(`table check ${row.name}: table '${row.table}' has no computed columns`);
      return `=SUMPRODUCT(--((${computed.map((i) => `ISBLANK(${columnReference(table.name, table.headers[i])})`).join("+")})>0))`;
    }
    case "missing": {
      const sizing = table.definition.sizedAfter;
      const source = sizing && tables.get(sizing.table);
      if (!sizing || !source) throw new Error(`table check ${row.name}: table '${row.table}' is not sized after another table`);
      return `=MAX(0,${sizing.perRow}*ROWS(${columnReference(source.name, source.headers[0])})+${sizing.extra}-ROWS(${firstColumn}))`;
    }
  }
}

function layoutRows(
  definition: SheetDefinition,
  sheetName: string,
  language: Language,
  naming: Naming,
  names: NameSink,
  tables: Map<string, RenderedTable>,
): { builder: SheetBuilder; rowOf: Map<string, number> } {
  const rows = definition.rows ?? [];
  const yearColumns = definition.yearColumns ?? 0;
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = rowKey(row);
    if (key) rowOf.set(key, index + 1);
  });
  const resolver: Resolver = { naming, language, rowOf, yearColumns };
  const builder = new SheetBuilder();
  rows.forEach((row, index) => {
    const r = index + 1;
    switch (row.kind) {
      case "blank":
        return;
      case "title":
      case "heading":
      case "warning":
        builder.put(r, 1, text(row.text, language), row.kind);
        return;
      case "paragraph": {
        // On a one-column sheet the text wraps; elsewhere it runs on over the empty cells.
        const content = text(row.text, language);
        if (definition.columnWidths.length === 1) {
          builder.put(r, 1, content, "method");
          builder.rowHeights[r] = lineHeight * wrappedLines(content, definition.columnWidths[0]) + 3;
        } else builder.put(r, 1, content, "note");
        return;
      }
      case "header":
        row.cells.forEach((cell, i) => builder.put(r, i + 1, text(cell, language), "columnHeader"));
        return;
      case "input": {
        const c = inputColumns;
        builder.put(r, c.label, text(row.label, language), "label");
        builder.put(r, c.value, row.value, "input", row.format, text(row.source, language));
        if (row.low !== undefined) builder.put(r, c.low, row.low, "input", row.format);
        if (row.high !== undefined) builder.put(r, c.high, row.high, "input", row.format);
        builder.put(r, c.unit, text(row.unit, language), "note");
        builder.put(r, c.grade, row.grade, "note");
        builder.put(r, c.source, text(row.source, language), "note");
        names.add(row.name, sheetName, cellAddress(r, c.value, true));
        if (row.validation) builder.validate(cellAddress(r, c.value), row.validation, language);
        return;
      }
      case "result": {
        builder.put(r, 1, text(row.label, language), "label");
        const style = row.key ? "keyResult" : "result";
        builder.put(r, 2, resolveFormula(row.formula, resolver, 2, 0), style, row.format, row.note && text(row.note, language));
        if (row.addinFormula) builder.cells[builder.cells.length - 1].addinFormula = resolveFormula(row.addinFormula, resolver, 2, 0);
        if (row.explanation) builder.put(r, 3, text(row.explanation, language), "note");
        if (row.name) names.add(row.name, sheetName, cellAddress(r, 2, true));
        return;
      }
      case "tableCheck":
        builder.put(r, 1, text(row.label, language), "label");
        builder.put(r, 2, tableCheckFormula(row, tables), "result", "number");
        names.add(row.name, sheetName, cellAddress(r, 2, true));
        return;
      case "sentence":
        builder.put(r, 1, resolveFormula(row.formula, resolver, 1, 0), row.style);
        if (row.name) names.add(row.name, sheetName, cellAddress(r, 1, true));
        return;
      case "yearHeader":
        builder.put(r, 1, text(row.label, language), "columnHeader");
        for (let year = 1; year <= yearColumns; year++) builder.put(r, 1 + year, year, "columnHeader", "integer");
        return;
      case "years":
        builder.put(r, 1, text(row.label, language), "label");
        for (let year = 1; year <= yearColumns; year++) {
          const column = 1 + year;
          builder.put(r, column, resolveFormula(row.formula, resolver, column, year), row.style ?? "result", row.format);
        }
        if (row.name) names.add(row.name, sheetName, rangeAddress(r, 2, r, 1 + yearColumns, true));
        return;
      case "resultGrid":
        builder.put(r, 1, text(row.label, language), "label");
        row.formulas.forEach((formula, i) => {
          builder.put(r, 2 + i, resolveFormula(formula, resolver, 2 + i, 0), row.key ? "keyResult" : "result", row.format);
          const name = row.names?.[i];
          if (name) names.add(name, sheetName, cellAddress(r, 2 + i, true));
        });
        return;
      case "lookupRow":
        row.cells.forEach((cell, i) => {
          const content = typeof cell === "number" ? cell : text(cell, language);
          const style = row.inputColumns.includes(i) ? "input" : "label";
          builder.put(r, i + 1, content, style, row.formats[i]);
        });
        return;
    }
  });
  return { builder, rowOf };
}

/**
 * The formula of a computed column, the same in every row: other columns of the row as
 * structured references (so the table keeps it as a calculated column), the row number as ROW().
 */
function columnFormula(table: RenderedTable, formula: string, naming: Naming): string {
  const columns = table.definition.columns;
  return formula
    .replace(/\{row\}/g, "ROW()")
    .replace(/\{col:([a-z_0-9]+)\}/g, (_m, key: string) => {
      const target = columns.findIndex((column) => column.key === key);
      if (target < 0) throw new Error(`table ${table.definition.name}: no column '${key}'`);
      return thisRowReference(table.name, table.headers[target]);
    })
    .replace(placeholder, (_m, _at, key: string) => naming.name(key));
}

function layoutTable(
  rendered: RenderedTable,
  language: Language,
  naming: Naming,
  rows: DataValue[][],
  names: NameSink,
  compact: boolean,
): { builder: SheetBuilder; range: string; columnFormulas: (string | null)[]; body?: PlannedTableBody } {
  const builder = new SheetBuilder();
  const table = rendered.definition;
  const headers = rendered.headers;
  headers.forEach((header, i) => builder.put(1, i + 1, header, "columnHeader"));
  const columnFormulas = table.columns.map((column) => (column.formula ? columnFormula(rendered, column.formula, naming) : null));
  const lastRow = 1 + Math.max(rows.length, 1);
  const body: PlannedTableBody = {
    rows,
    rowCount: Math.max(rows.length, 1),
    columns: table.columns.map((column, c) => {
      const style = columnFormulas[c] ? "result" : "input";
      return { formula: columnFormulas[c], style, numberFormat: numberFormats[column.format], locked: style !== "input" };
    }),
  };
  for (let i = 0; i < body.rowCount && !compact; i++) {
    const r = i + 2;
    table.columns.forEach((column, c) => {
      const formula = columnFormulas[c];
      if (formula) {
        builder.put(r, c + 1, formula, "result", column.format);
      } else {
        const value = rows[i]?.[c] ?? null;
        builder.put(r, c + 1, value, "input", column.format);
        if (typeof value === "string") builder.cells[builder.cells.length - 1].literal = true;
      }
    });
  }
  table.columns.forEach((column, c) => {
    const dataRange = rangeAddress(2, c + 1, lastRow, c + 1);
    if (column.validation) builder.validate(dataRange, column.validation, language);
    if (column.name) names.add(column.name, rendered.sheet, rangeAddress(2, c + 1, lastRow, c + 1, true), columnReference(rendered.name, headers[c]));
  });
  return { builder, range: rangeAddress(1, 1, lastRow, table.columns.length), columnFormulas, body: compact ? body : undefined };
}

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
function layoutTableCharts(definition: SheetDefinition, lastRow: number, language: Language): PlannedChart[] {
  const columns = definition.table!.columns;
  const column = (key: string) => {
    const index = columns.findIndex((candidate) => candidate.key === key);
    if (index < 0) throw new Error(`chart on ${definition.key}: no column '${key}'`);
    return { range: rangeAddress(2, index + 1, lastRow, index + 1), format: columns[index].format };
  };
  return (definition.charts ?? []).map((chart) => {
    const series = (chart.seriesColumns ?? []).map((entry) => ({ name: text(entry.name, language), values: column(entry.y).range, categories: column(entry.x).range }));
    if (series.length === 0) throw new Error(`chart on ${definition.key} needs seriesColumns`);
    return { ...chartTexts(chart, language), valueFormat: numberFormats[column(chart.seriesColumns![0].y).format], categories: series[0].categories, series };
  });
}

function layoutCharts(definition: SheetDefinition, rowOf: Map<string, number>, language: Language, cells: PlannedCell[]): PlannedChart[] {
  const yearColumns = definition.yearColumns ?? 0;
  const header = rowOf.get("year_header");
  return (definition.charts ?? []).map((chart) => {
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

function dataFor(template: TemplateDefinition, definition: SheetDefinition, data: TemplateData | undefined): DataValue[][] {
  const table = definition.table!;
  if (table.sizedAfter) {
    const { table: source, perRow, extra } = table.sizedAfter;
    const sourceSheet = template.sheets.find((sheet) => sheet.table?.name === source);
    if (!sourceSheet) throw new Error(`table ${table.name}: no table '${source}' to size after`);
    const rows = dataFor(template, sourceSheet, data).length * perRow + extra;
    return Array.from({ length: rows }, () => []);
  }
  if (data && data.table === table.name) return data.rows;
  return table.exampleRows;
}

/**
 * The plan of a template in one language, optionally filled with data rows. With `compactTables`
 * the data rows of tables stay in each table's `body` instead of one cell object per value
 * (a file of 200,000 rows would otherwise need millions of them); only the xlsx renderer reads it.
 */
export function layoutTemplate(
  template: TemplateDefinition,
  language: Language,
  data?: TemplateData,
  naming: Naming = unchangedNaming,
  { compactTables = false }: { compactTables?: boolean } = {},
): WorkbookPlan {
  const plan: WorkbookPlan = { templateId: template.id, version: template.version, language, sheets: [], names: [], nameAddresses: {} };
  const names: NameSink = {
    add(name, sheet, address, reference) {
      const finalName = naming.name(name);
      plan.names.push({ name: finalName, reference: reference ?? `${quotedSheet(sheet)}!${address}` });
      plan.nameAddresses[name] = { sheet, address: address.replace(/\$/g, "") };
    },
  };
  const tables = renderedTables(template, language, naming);
  for (const definition of template.sheets) {
    const sheetName = naming.sheet(text(definition.name, language));
    let sheet: PlannedSheet;
    if (definition.table) {
      const rendered = tables.get(definition.table.name)!;
      const { builder, range, columnFormulas, body } = layoutTable(rendered, language, naming, dataFor(template, definition, data), names, compactTables);
      sheet = {
        name: sheetName,
        hidden: false,
        protect: definition.protect,
        columnWidths: definition.table.columns.map((column) => column.width),
        cells: builder.cells,
        tables: [{ name: rendered.name, range, headers: rendered.headers, columnFormulas, ...(body && { body }) }],
        validations: builder.validations,
        charts: layoutTableCharts(definition, parseRange(range).bottom, language),
        rowHeights: builder.rowHeights,
        frozenRows: 1,
      };
    } else {
      const { builder, rowOf } = layoutRows(definition, sheetName, language, naming, names, tables);
      sheet = {
        name: sheetName,
        hidden: false,
        protect: definition.protect,
        columnWidths: definition.columnWidths,
        cells: builder.cells,
        tables: [],
        validations: builder.validations,
        charts: layoutCharts(definition, rowOf, language, builder.cells),
        rowHeights: builder.rowHeights,
        frozenRows: 0,
      };
    }
    plan.sheets.push(sheet);
  }
  plan.sheets.push(markerSheet(template, language, naming, names));
  return plan;
}

function markerSheet(template: TemplateDefinition, language: Language, naming: Naming, names: NameSink): PlannedSheet {
  const name = naming.sheet(markerSheetName);
  const builder = new SheetBuilder();
  const rows: [string, string][] = [
    [labels.markerTemplate[language], template.id],
    [labels.markerVersion[language], template.version],
    [labels.markerLanguage[language], language],
  ];
  rows.forEach(([label, value], i) => {
    builder.put(i + 1, 1, label, "label");
    builder.put(i + 1, 2, value, "label");
  });
  names.add(markerName, name, cellAddress(1, 2, true));
  return { name, hidden: true, protect: true, columnWidths: [14, 24], cells: builder.cells, tables: [], validations: [], charts: [], rowHeights: {}, frozenRows: 0 };
}

/** Every sheet and workbook name a template uses before any suffix, for collision checks. */
export function templateInsertion(template: TemplateDefinition, language: Language, data?: TemplateData): TemplateInsertion {
  const base = layoutTemplate(template, language, data);
  const definedNames = [...base.names.map((name) => name.name), ...base.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name))];
  return {
    templateId: template.id,
    sheetNames: base.sheets.map((sheet) => sheet.name),
    definedNames,
    plan: (naming) => layoutTemplate(template, language, data, naming),
  };
}

export { columnLetters };
