/**
 * The host-neutral plan of a rendered template: every cell, name, table, validation, chart and
 * protection, with sheet and workbook names already resolved. The layout step (layout.ts)
 * produces it from a definition; the xlsx renderer and the Office.js adapter only execute it.
 */
import type { CellContent } from "../shared/cellContent";
import type { DataValue, Language, StyleKey, WrittenOnce } from "./model";

export interface PlannedCell {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** A number, a text, a boolean, or an en-US formula starting with "=" (no _xlfn. prefixes). */
  content: CellContent;
  /** The same value through the add-in's functions (PREVENT.*), for hosts that have them. */
  addinFormula?: string;
  /** Where the add-in's functions cannot run, the value of `addinFormula` is written once (`content` holds nothing). */
  writtenOnce?: WrittenOnce;
  style?: StyleKey;
  /** Excel number format code, e.g. '#,##0 "EUR"'. */
  numberFormat?: string;
  note?: string;
  /** The note describes `content` only (a value computed when the plan was made): a host writing `addinFormula` leaves it out. */
  noteForContent?: boolean;
  /** Cells are locked when the sheet is protected unless they hold inputs. */
  locked: boolean;
  /** The content is a text from the user's data: written as text even when it starts with "=". */
  literal?: boolean;
}

export type PlannedValidation =
  { kind: "decimal" | "whole"; minimum: number; maximum: number } | { kind: "list"; options: string[] } | { kind: "date" };

export interface PlannedValidationRange {
  /** A1 range inside the sheet, e.g. "B4" or "B2:B241". */
  range: string;
  rule: PlannedValidation;
  message: string;
}

export interface PlannedTable {
  name: string;
  /** A1 range of header and data rows, e.g. "A1:F241". */
  range: string;
  headers: string[];
  /**
   * By column: the formula of a calculated column (the same text in every data row, with
   * structured references to its own row), or null for a column of data.
   */
  columnFormulas?: (string | null)[];
  /**
   * The data rows in compact form, for files of many rows: the sheet's cells then hold only the
   * header, and the renderer writes rows 2… from here (see layoutTemplate's `compactTables`).
   */
  body?: PlannedTableBody;
}

export interface PlannedTableBody {
  /** Values by row and column (texts are data, never formulas); formula columns are ignored. */
  rows: DataValue[][];
  /** Rows the table has below its header: at least 1 (an empty row when there are no data). */
  rowCount: number;
  columns: { formula: string | null; style: StyleKey; numberFormat?: string; locked: boolean }[];
}

/**
 * One series: A1 ranges of its values and categories, on the chart's sheet or on `sheet`;
 * `errorBars` are the ranges of the lengths of horizontal whiskers below and above each point.
 */
export interface PlannedSeries {
  name: string;
  values: string;
  categories?: string;
  sheet?: string;
  errorBars?: { minus: string; plus: string };
  /** Drawn without marker or line and left out of the legend (it only extends the axes). */
  hidden?: boolean;
}

export interface PlannedChart {
  /** "scatter": straight lines through (x, y) points, each series with its own x values. */
  kind: "line" | "column" | "scatter" | "bar";
  title: string;
  /** A1 range (inside the sheet) of the category labels, or the x values of a scatter chart. */
  categories: string;
  /** `categories` of a series replaces the chart's for that series (scatter charts). */
  series: PlannedSeries[];
  /** Markers only, no lines (a forest plot); the series carry their whiskers. */
  markersOnly?: boolean;
  /** The categories are texts (otherwise numbers). */
  textCategories?: boolean;
  /** Number format code of numeric categories (that of their cells). */
  categoryFormat?: string;
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format code of the value axis (that of the plotted cells). */
  valueFormat?: string;
  valueMaximum?: number;
  from: { column: number; row: number };
  to: { column: number; row: number };
}

/** Cells of a range that take the look `style` while their text equals one of `texts` (conditional formatting). */
export interface PlannedHighlight {
  /** A1 range inside the sheet, e.g. "B6:B9". */
  range: string;
  style: StyleKey;
  /** In the plan's language, e.g. "warn" and "not checked yet". */
  texts: string[];
}

export interface PlannedSheet {
  name: string;
  hidden: boolean;
  protect: boolean;
  columnWidths: number[];
  /** Row-major order. */
  cells: PlannedCell[];
  tables: PlannedTable[];
  validations: PlannedValidationRange[];
  charts: PlannedChart[];
  /** Looks that follow the cells' texts; left out when there are none. */
  highlights?: PlannedHighlight[];
  /** Heights in points of rows holding wrapped text, by 1-based row. */
  rowHeights: Record<number, number>;
  /** Rows frozen at the top (table headers). */
  frozenRows: number;
  /** Ranges whose cells are merged into one (a sentence across a printed page); the content sits in the top-left cell. */
  merges?: string[];
  /** What prints of the sheet and how; left out for a sheet that does not print (the hidden marker). */
  print?: PlannedPrint;
}

/** The print setup of a sheet: one print area, rows repeated on every page, A4, fitted to the page width. */
export interface PlannedPrint {
  /** A1 range inside the sheet, e.g. "A1:J40". */
  area: string;
  /** Rows repeated at the top of every printed page, e.g. "1:1"; none when left out. */
  titleRows?: string;
  orientation: "portrait" | "landscape";
  /** Pages across and down the area is fitted to; 0 down: as many as it takes. */
  fitToWidth: number;
  fitToHeight: number;
}

export interface PlannedName {
  name: string;
  /**
   * Absolute reference including the sheet, e.g. "'Annahmen'!$B$4", or for a column of a data
   * table the structured reference to its data rows, e.g. "cohort_table[Gruppe]", which grows
   * with the table.
   */
  reference: string;
}

export interface WorkbookPlan {
  templateId: string;
  version: string;
  language: Language;
  sheets: PlannedSheet[];
  names: PlannedName[];
  /** Where each name lives as rendered: sheet name and A1 address, for tests and the task pane. */
  nameAddresses: Record<string, { sheet: string; address: string }>;
}

/** Final sheet and workbook names, chosen so that nothing existing is overwritten. */
export interface Naming {
  sheet(baseName: string): string;
  name(baseName: string): string;
}

/** What a host needs to insert a template: the base names it will use and a plan for any naming. */
export interface TemplateInsertion {
  templateId: string;
  sheetNames: string[];
  definedNames: string[];
  plan(naming: Naming): WorkbookPlan;
}
