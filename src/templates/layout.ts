/**
 * The one layout step: definition + language (+ data rows) + naming → host-neutral plan.
 * Both renderers (xlsx and Office.js) consume the plan; nothing about a layout is decided twice.
 */
import { attachTermNotes } from "./termNotes";
import { isInputError } from "../engine/errors";
import { cellAddress, parseRange, quotedSheet, rangeAddress } from "../shared/addresses";
import { layoutCharts, layoutTableCharts } from "./chartLayout";
import { resolveFormula, type Resolver } from "./formulaPlaceholders";
import { markerSheet, markerTemplateValue } from "./marker";
import { labels } from "./labels";
import type { EngineResultRow, Language, RowDefinition, SheetDefinition, TableRows, TemplateData, TemplateDefinition } from "./model";
import { unchangedNaming } from "./naming";
import type { Naming, PlannedCell, PlannedSheet, TemplateInsertion, WorkbookPlan } from "./plan";
import { putScenarioHeader, putScenarioRow, scenarioColumns } from "./scenarioLayout";
import { SheetBuilder, text, type NameSink } from "./sheetBuilder";
import { dataFor, layoutTable, renderedTables, tableCheckFormula, type RenderedTable } from "./tableLayout";
import { lineHeight, wrappedLines } from "./textWrap";
import { appendFormulaRanges } from "./formulaRanges";
import { printSetup } from "./printLayout";
import { shareBesidePoints } from "./numberFormats";

/** Input rows: label, value, low, high, unit, grade, source. */
const inputColumns = { label: 1, value: 2, low: 3, high: 4, unit: 5, grade: 6, source: 7 };

/** A row tall enough for `content` wrapped in `width` characters (never lower than it is). */
function wrapRow(builder: SheetBuilder, r: number, content: string, width: number): void {
  const lines = wrappedLines(content, width);
  if (lines > 1) builder.rowHeights[r] = Math.max(builder.rowHeights[r] ?? 0, lineHeight * lines + 3);
}

/** A result's explanation: across the printed columns right of it, wrapped, where the sheet prints wrapped. */
function putExplanation(builder: SheetBuilder, r: number, column: number, explanation: string, definition: SheetDefinition): void {
  const printed = definition.columnWidths.slice(0, definition.print?.columns);
  if (!definition.print?.wrap || printed.length <= column) return void builder.put(r, column, explanation, "note");
  builder.put(r, column, explanation, "wrappedNote");
  builder.merges.push(rangeAddress(r, column, r, printed.length));
  wrapRow(
    builder,
    r,
    explanation,
    printed.slice(column - 1).reduce((sum, width) => sum + width, 0),
  );
}

/** An input's source: wrapped within its column where the sheet prints wrapped and the column prints. */
function putSource(builder: SheetBuilder, r: number, source: string, definition: SheetDefinition): void {
  const width = definition.columnWidths[inputColumns.source - 1];
  const printed = definition.print?.wrap && width !== undefined && inputColumns.source <= (definition.print.columns ?? Infinity);
  if (!printed) return void builder.put(r, inputColumns.source, source, "note");
  builder.put(r, inputColumns.source, source, "wrappedNote");
  wrapRow(builder, r, source, width);
}

/** The identifier formulas of the same sheet reach a row by (`{@key}`), if it has one. */
function rowKeyOf(row: RowDefinition): string | undefined {
  if (row.kind === "years") return row.key;
  if (row.kind === "yearHeader") return "year_header";
  if (row.kind === "lookupRow") return row.key;
  if (row.kind === "scenario") return row.key;
  if (row.kind === "resultGrid") return row.key;
  if (row.kind === "value") return row.key;
  return undefined;
}

/** The value of an engine result and its note: the engine's message in the note when it has no value. */
function engineValue(
  row: EngineResultRow,
  rowsOf: (table: string) => TableRows,
  language: Language,
): { value: number | string; note: string } {
  try {
    return { value: row.compute(rowsOf(row.table)), note: text(labels.engineValue, language) };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { value: "", note: `${text(labels.engineValueMissing, language)} ${error.message}` };
  }
}

/** What the rows of every sheet of a template are laid out with. */
interface TemplateContext {
  language: Language;
  naming: Naming;
  names: NameSink;
  tables: Map<string, RenderedTable>;
  rowsOf: (table: string) => TableRows;
  boundOf: Resolver["boundOf"];
  templateValueOf: Resolver["templateValueOf"];
}

interface RowsSheet extends TemplateContext {
  definition: SheetDefinition;
  sheetName: string;
  /** Where formulas find the rows (see Resolver): the rows laid out as a block away from A1. */
  origin?: Resolver["origin"];
}

function layoutRows({ definition, sheetName, language, naming, names, tables, rowsOf, boundOf, templateValueOf, origin }: RowsSheet): {
  builder: SheetBuilder;
  rowOf: Map<string, number>;
} {
  const rows = definition.rows ?? [];
  const yearColumns = definition.yearColumns ?? 0;
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const key = rowKeyOf(row);
    if (key) rowOf.set(key, index + 1);
  });
  const resolver: Resolver = {
    naming,
    language,
    rowOf,
    yearColumns,
    columnOf: scenarioColumns(definition.key, rows),
    boundOf,
    templateValueOf,
    origin,
  };
  const builder = new SheetBuilder(language);
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
        } else if (definition.print?.wrap) {
          const printed = definition.columnWidths.slice(0, definition.print.columns);
          builder.put(r, 1, content, "wrappedNote");
          builder.merges.push(rangeAddress(r, 1, r, printed.length));
          wrapRow(
            builder,
            r,
            content,
            printed.reduce((sum, width) => sum + width, 0),
          );
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
        if (row.locked) for (const cell of builder.cells.filter((cell) => cell.row === r)) cell.locked = true;
        builder.put(r, c.unit, text(row.unit, language), "note");
        builder.put(r, c.grade, row.grade, "note");
        putSource(builder, r, text(row.source, language), definition);
        names.add(row.name, sheetName, cellAddress(r, c.value, true));
        if (row.validation) builder.validate(cellAddress(r, c.value), row.validation, language);
        return;
      }
      case "textInput": {
        const c = inputColumns;
        builder.put(r, c.label, text(row.label, language), "label");
        const value = text(row.value, language);
        builder.put(r, c.value, value === "" ? null : value, "input", "text", text(row.source, language));
        builder.cells[builder.cells.length - 1].literal = true;
        builder.put(r, c.grade, row.grade, "note");
        putSource(builder, r, text(row.source, language), definition);
        names.add(row.name, sheetName, cellAddress(r, c.value, true));
        if (row.options)
          builder.validate(cellAddress(r, c.value), { kind: "list", options: row.options.codes, message: row.options.message }, language);
        return;
      }
      case "result": {
        builder.put(r, 1, text(row.label, language), "label");
        const style = row.keyResult ? "keyResult" : "result";
        const at = row.inPoints ? putPoints(builder, r, style) : 2;
        builder.put(r, at, resolveFormula(row.formula, resolver, at, 0), style, row.format, row.note && text(row.note, language));
        const value = builder.cells[builder.cells.length - 1];
        if (row.addinFormula) value.addinFormula = resolveFormula(row.addinFormula, resolver, at, 0);
        if (row.writtenOnce) value.writtenOnce = row.writtenOnce;
        if (row.inPoints) value.numberFormat = shareBesidePoints[language];
        if (row.explanation) putExplanation(builder, r, at + 1, text(row.explanation, language), definition);
        if (row.name) names.add(row.name, sheetName, cellAddress(r, at, true));
        return;
      }
      case "value":
        builder.put(r, 1, text(row.label, language), "label");
        builder.put(r, 2, typeof row.value === "object" ? text(row.value, language) : row.value, "result", row.format);
        if (typeof row.value === "string") builder.cells[builder.cells.length - 1].literal = true;
        return;
      case "engineResult": {
        builder.put(r, 1, text(row.label, language), "label");
        const style = row.keyResult ? "keyResult" : "result";
        const at = row.inPoints ? putPoints(builder, r, style) : 2;
        const { value, note } = engineValue(row, rowsOf, language);
        builder.put(r, at, value, style, row.format, note);
        Object.assign(builder.cells[builder.cells.length - 1], {
          addinFormula: resolveFormula(row.addinFormula, resolver, at, 0),
          noteForContent: true,
          ...(row.inPoints && { numberFormat: shareBesidePoints[language] }),
        });
        if (row.explanation) builder.put(r, at + 1, text(row.explanation, language), "note");
        if (row.name) names.add(row.name, sheetName, cellAddress(r, at, true));
        return;
      }
      case "tableCheck":
        builder.put(r, 1, text(row.label, language), "label");
        builder.put(r, 2, tableCheckFormula(row, tables), "result", "number");
        names.add(row.name, sheetName, cellAddress(r, 2, true));
        return;
      case "sentence":
        builder.put(r, 1, resolveFormula(row.formula, resolver, 1, 0), row.style);
        if (row.span && row.span > 1) builder.merges.push(rangeAddress(r, 1, r, row.span));
        if (row.lines) builder.rowHeights[r] = lineHeight * row.lines + 3;
        if (row.name) names.add(row.name, sheetName, cellAddress(r, 1, true));
        return;
      case "yearHeader":
        builder.put(r, 1, text(row.label, language), "columnHeader");
        for (let year = 1; year <= yearColumns; year++) {
          builder.put(r, 1 + year, row.formula ? resolveFormula(row.formula, resolver, 1 + year, year) : year, "columnHeader", "integer");
        }
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
          builder.put(
            r,
            2 + i,
            resolveFormula(formula, resolver, 2 + i, 0),
            row.keyResult ? "keyResult" : "result",
            row.formats?.[i] ?? row.format,
          );
          const cell = builder.cells[builder.cells.length - 1];
          if (row.asShares && (row.formats?.[i] ?? row.format) === "percentPrecise") cell.numberFormat = shareBesidePoints[language];
          const addinFormula = row.addinFormulas?.[i];
          if (addinFormula) cell.addinFormula = resolveFormula(addinFormula, resolver, 2 + i, 0);
          const writtenOnce = row.writtenOnce?.[i];
          if (writtenOnce) cell.writtenOnce = writtenOnce;
          const name = row.names?.[i];
          if (name) names.add(name, sheetName, cellAddress(r, 2 + i, true));
          const highlight = row.highlights?.[i];
          if (highlight) builder.highlight(r, 2 + i, highlight, language);
        });
        return;
      case "lookupRow":
        row.cells.forEach((cell, i) => {
          const content = typeof cell === "number" || cell === null ? cell : text(cell, language);
          const style = row.inputColumns.includes(i) ? "input" : "label";
          builder.put(r, i + 1, content, style, row.formats[i]);
        });
        return;
      case "scenarioHeader":
        putScenarioHeader(builder, r, text(row.label, language), row.model, language);
        return;
      case "scenario":
        putScenarioRow(builder, r, text(row.label, language), row.model, row.values, resolver, row.addinValues);
        return;
    }
  });
  return { builder, rowOf };
}

/** How rows are laid out as a block of cells on a sheet of the user's, outside any template. */
export interface BlockLayout {
  language: Language;
  /** The sheet cell of the block's top-left corner. */
  origin: { top: number; left: number };
  /** What the `{name}` placeholders of the rows' formulas stand for: a range's address, or a text as it stands. */
  references: Record<string, string>;
}

/** The cells of `rows` laid out from `origin`, each at its sheet row and column; placeholders resolved. */
export function layoutBlock(rows: RowDefinition[], { language, origin, references }: BlockLayout): PlannedCell[] {
  const naming: Naming = {
    sheet: (baseName) => baseName,
    name(key) {
      if (!(key in references)) throw new Error(`block: no reference '${key}'`);
      return references[key];
    },
  };
  const { builder } = layoutRows({
    definition: { key: "block", name: { de: "", en: "" }, columnWidths: [], rows, protect: false },
    sheetName: "",
    language,
    naming,
    names: { add: () => undefined },
    tables: new Map(),
    rowsOf: (table) => {
      throw new Error(`block: no table '${table}'`);
    },
    boundOf: undefined,
    templateValueOf: undefined,
    origin,
  });
  return builder.cells.map((cell) => ({ ...cell, row: cell.row + origin.top - 1, column: cell.column + origin.left - 1 }));
}

/**
 * A difference of rates in percentage points (B, × 100) of the share beside it (C), which carries
 * the result's formula and name; returns the share's column.
 */
function putPoints(builder: SheetBuilder, row: number, style: "result" | "keyResult"): number {
  const share = cellAddress(row, 3);
  builder.put(row, 2, `=IF(ISNUMBER(${share}),100*${share},"")`, style, "points");
  return 3;
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
  const rowsOf = (name: string): TableRows => {
    const sheet = template.sheets.find((candidate) => candidate.table?.name === name);
    if (!sheet) throw new Error(`template ${template.id}: no table '${name}'`);
    const rows = dataFor(template, sheet, data);
    const columns = sheet.table!.columns;
    return {
      column(key) {
        const index = columns.findIndex((column) => column.key === key);
        if (index < 0 || columns[index].formula) throw new Error(`table ${name}: no column of data '${key}'`);
        return rows.map((row) => row[index] ?? null);
      },
    };
  };
  const boundOf = (name: string, bound: "low" | "high"): string => {
    const input = template.sheets.flatMap((sheet) => sheet.rows ?? []).find((row) => row.kind === "input" && row.name === name);
    if (input?.kind !== "input") throw new Error(`template ${template.id}: no input '${name}' for its ${bound} value`);
    if (input[bound] === undefined) throw new Error(`template ${template.id}: input '${name}' has no ${bound} value`);
    const at = plan.nameAddresses[name];
    if (!at) throw new Error(`template ${template.id}: input '${name}' must be on a sheet before the one using its ${bound} value`);
    return `${quotedSheet(at.sheet)}!${cellAddress(parseRange(at.address).top, inputColumns[bound], true)}`;
  };
  const templateValueOf = (name: string) => markerTemplateValue(template, naming, name);
  const context: TemplateContext = { language, naming, names, tables, rowsOf, boundOf, templateValueOf };
  // Charts of sheets with rows are laid out once every sheet is: a forest plot plots names of later sheets.
  const chartsOfRows: (() => void)[] = [];
  for (const definition of template.sheets) {
    const sheetName = naming.sheet(text(definition.name, language));
    let sheet: PlannedSheet;
    if (definition.table) {
      const rendered = tables.get(definition.table.name)!;
      const { builder, range, columnFormulas, body } = layoutTable(
        rendered,
        language,
        naming,
        dataFor(template, definition, data),
        names,
        compactTables,
      );
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
      const { builder, rowOf } = layoutRows({ ...context, definition, sheetName });
      sheet = {
        name: sheetName,
        hidden: false,
        protect: definition.protect,
        columnWidths: definition.columnWidths,
        cells: builder.cells,
        tables: [],
        validations: builder.validations,
        charts: [],
        ...(builder.highlights.length > 0 && { highlights: builder.highlights }),
        rowHeights: builder.rowHeights,
        frozenRows: 0,
        ...(builder.merges.length > 0 && { merges: builder.merges }),
      };
      const planned = sheet;
      chartsOfRows.push(
        () => (planned.charts = layoutCharts(definition, rowOf, language, builder.cells, (name) => plan.nameAddresses[name])),
      );
    }
    plan.sheets.push(sheet);
  }
  for (const layOut of chartsOfRows) layOut();
  template.sheets.forEach((definition, i) => {
    if (definition.appendFormulaRanges)
      appendFormulaRanges(
        plan.sheets[i],
        plan.sheets.filter((_, j) => j !== i),
        language,
        names,
      );
  });
  template.sheets.forEach((definition, i) => (plan.sheets[i].print = printSetup(definition, plan.sheets[i])));
  for (const sheet of plan.sheets) attachTermNotes(sheet, language);
  plan.sheets.push(markerSheet(template, language, naming, names));
  return plan;
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
