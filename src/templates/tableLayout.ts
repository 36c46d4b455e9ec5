/**
 * Data tables as laid out: their final names and headers, the formula of each computed column,
 * the table checks that count rows the formulas would leave out, and the rows a table starts with.
 */
import { columnLetters, quotedSheet, rangeAddress } from "../shared/addresses";
import { quotedText } from "../shared/formulaText";
import { codeText } from "../shared/dataCodes";
import { placeholder } from "./formulaPlaceholders";
import { lineHeight, wrappedLines } from "./textWrap";
import type { DataTableDefinition, DataValue, Language, SheetDefinition, TableCheckRow, TemplateData, TemplateDefinition } from "./model";
import { formatCode } from "./numberFormats";
import type { Naming, PlannedTableBody } from "./plan";
import { SheetBuilder, text, type NameSink } from "./sheetBuilder";
import { columnReference, thisRowReference, wholeColumnReference } from "./tableReferences";

/** A data table as rendered: final table and sheet names, headers in the template's language. */
export interface RenderedTable {
  name: string;
  sheet: string;
  headers: string[];
  definition: DataTableDefinition;
}

export function renderedTables(template: TemplateDefinition, language: Language, naming: Naming): Map<string, RenderedTable> {
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
export function tableCheckFormula(row: TableCheckRow, tables: Map<string, RenderedTable>): string {
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

/**
 * The formula of a computed column, the same in every row: other columns of the row as
 * structured references (so the table keeps it as a calculated column), the row number as ROW().
 */
function columnFormula(table: RenderedTable, formula: string, naming: Naming, language: Language): string {
  const columns = table.definition.columns;
  return formula
    .replace(/\{row\}/g, "ROW()")
    .replace(/\{col:([a-z_0-9]+)\}/g, (_m, key: string) => {
      const target = columns.findIndex((column) => column.key === key);
      if (target < 0) throw new Error(`table ${table.definition.name}: no column '${key}'`);
      return thisRowReference(table.name, table.headers[target]);
    })
    .replace(placeholder, (_m, _at, key: string, modifier?: string) =>
      modifier === "code" ? quotedText(codeText(key, language)) : naming.name(key),
    );
}

/** The rows as the sheet shows them: the codes of code columns in the workbook's language. */
function writtenRows(table: DataTableDefinition, rows: DataValue[][], language: Language): DataValue[][] {
  const coded = table.columns.map((column) => column.validation?.kind === "list");
  if (!coded.some(Boolean)) return rows;
  return rows.map((row) => row.map((value, c) => (coded[c] && typeof value === "string" ? codeText(value, language) : value)));
}

export function layoutTable(
  rendered: RenderedTable,
  language: Language,
  naming: Naming,
  stored: DataValue[][],
  names: NameSink,
  compact: boolean,
): { builder: SheetBuilder; range: string; columnFormulas: (string | null)[]; body?: PlannedTableBody } {
  const builder = new SheetBuilder(language);
  const table = rendered.definition;
  const rows = writtenRows(table, stored, language);
  const headers = rendered.headers;
  headers.forEach((header, i) => builder.put(1, i + 1, header, table.wrapHeaders ? "wrappedColumnHeader" : "columnHeader"));
  if (table.wrapHeaders) {
    // Bold letters are wider than running text: one character of each column is kept free; a
    // line may also break after a hyphen ("Nutzen-Kosten-…"), as Excel and LibreOffice break it.
    const lines = Math.max(
      ...headers.map((header, i) => wrappedLines(header.replace(/-(?=\S)/g, "- "), Math.max(1, table.columns[i].width - 1))),
    );
    if (lines > 1) builder.rowHeights[1] = lineHeight * lines + 3;
  }
  const columnFormulas = table.columns.map((column) => (column.formula ? columnFormula(rendered, column.formula, naming, language) : null));
  const lastRow = 1 + Math.max(rows.length, 1);
  const body: PlannedTableBody = {
    rows,
    rowCount: Math.max(rows.length, 1),
    columns: table.columns.map((column, c) => {
      const style = columnFormulas[c] ? "result" : "input";
      return { formula: columnFormulas[c], style, numberFormat: formatCode(column.format, language), locked: style !== "input" };
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
    if (column.name)
      names.add(column.name, rendered.sheet, rangeAddress(2, c + 1, lastRow, c + 1, true), columnReference(rendered.name, headers[c]));
  });
  return { builder, range: rangeAddress(1, 1, lastRow, table.columns.length), columnFormulas, body: compact ? body : undefined };
}

export function dataFor(template: TemplateDefinition, definition: SheetDefinition, data: TemplateData | undefined): DataValue[][] {
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
