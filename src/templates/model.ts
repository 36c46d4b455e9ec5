/**
 * The declarative definition of a workbook template. One definition per template; the layout
 * step (layout.ts) turns it into a host-neutral plan that both renderers (xlsx file and
 * Office.js) consume, so nothing about a template's layout is written twice.
 *
 * Formulas are written in Excel's en-US syntax with placeholders the layout resolves:
 * - `{discount_rate}`: a workbook name (defined by an input, a result or a data column);
 *   the layout may rename it (suffix) when the workbook already holds that name.
 * - `{@row_key}`: in a year row, the cell of the row `row_key` of the same sheet in the same
 *   year column; `{@row_key:previous}` the column before; `{@row_key:years}` the whole span
 *   of year columns of that row.
 * Functions newer than Excel 2007 are written without `_xlfn.`; the xlsx renderer adds the
 * prefix from one list (`functionsNeedingPrefix` in xlsxFormulaPrefixes.ts).
 */
import type { Bilingual } from "../shared/bilingual";
import type { Language } from "../shared/language";

export type { Language };

/** Every label exists in German and English (the shared `Bilingual`); the language is chosen when the template is rendered. */
export type Text = Bilingual;

/** How sure the figure is: A = statutory or measured locally, B = published study, C = published
 * estimate or derived, D = assumption to be replaced with local data. */
export type ConfidenceGrade = "A" | "B" | "C" | "D";

export type NumberFormatKey =
  | "euro"
  | "euroCents"
  | "percent"
  | "percentPrecise"
  | "number"
  | "decimal"
  | "decimalPrecise"
  | "integer"
  | "ratio"
  | "date"
  | "dateOrBlank"
  | "text"
  /** A p-value: four decimals, below 0.001 the words "< 0,001" / "< 0.001". */
  | "pValue"
  /** A difference of two rates already multiplied by 100: "−16,27 Pp." / "−16.27 pp". */
  | "points"
  | "percentWhole"
  | "oneDecimal"
  | "threeDecimals";

export type StyleKey =
  | "title"
  | "heading"
  | "label"
  | "input"
  | "result"
  | "keyResult"
  | "columnHeader"
  /** A column header that wraps within its column (a wide table's long headers, printed). */
  | "wrappedColumnHeader"
  | "note"
  /** A note wrapped within its cell (a source on a sheet that prints wrapped). */
  | "wrappedNote"
  | "warning"
  | "method"
  /** A result that asks for attention (a highlight's look, e.g. a check that warns). */
  | "flagged"
  /** A sentence across a printed page: the headline of a committee page, its plain lines, its warning. */
  | "headline"
  | "sentence"
  | "caution";

export type Validation =
  | { kind: "decimal"; minimum: number; maximum: number; message: Text }
  | { kind: "whole"; minimum: number; maximum: number; message: Text }
  | { kind: "list"; options: string[]; message: Text }
  | { kind: "date"; message: Text };

/** A named input: one row with value, low, high, unit, confidence grade and source. */
export interface InputRow {
  kind: "input";
  name: string;
  label: Text;
  value: number;
  low?: number;
  high?: number;
  unit: Text;
  grade: ConfidenceGrade;
  source: Text;
  format: NumberFormatKey;
  validation?: Validation;
  /** Set by an organisation's defaults: the cells stay locked (on a protected sheet users cannot change them). */
  locked?: boolean;
  /** The organisation's default for this input, as its defaults file set it (organisationDefaults.ts). */
  organisationDefault?: { value: number; locked: boolean };
}

/**
 * A named input holding a text: a name (e.g. the municipality's), or one of a few choices
 * (`options`, codes of dataCodes.ts written in the workbook's language, e.g. where the evidence
 * comes from). One row like a numeric input, without a range or a unit.
 */
export interface TextInputRow {
  kind: "textInput";
  name: string;
  label: Text;
  /** The text the template puts there; empty for none. With `options`, the text of one of them. */
  value: Text;
  options?: { codes: string[]; message: Text };
  grade: ConfidenceGrade;
  source: Text;
}

/** A computed value with a label; `name` makes it a workbook name others can refer to. */
export interface ResultRow {
  kind: "result";
  name?: string;
  label: Text;
  formula: Formula;
  format: NumberFormatKey;
  /** A key result: carries the stronger result style. */
  keyResult?: boolean;
  /** Plain-language explanation, shown next to the value. */
  explanation?: Text;
  /** A note on the value cell (e.g. a source). */
  note?: Text;
  /**
   * A difference of two rates: shown in percentage points (the value × 100), with the share beside
   * it carrying the name, so that formulas go on reckoning in shares.
   */
  inPoints?: boolean;
  /**
   * Formula used instead by the Office.js renderer when the add-in's functions are available
   * (PREVENT.*, same placeholders as `formula`); the .xlsx file keeps the native formula.
   */
  addinFormula?: string;
  /** Excel has no native formula for `addinFormula`: where the add-in's functions cannot run, this value is written once. */
  writtenOnce?: WrittenOnce;
}

/**
 * What a cell holds where the add-in's functions cannot run and Excel has no native formula for
 * its value: the value of its `addinFormula`, computed when the cell is written and fixed from
 * then on. The layout only carries it to the cell; whoever writes the cells computes it.
 */
export interface WrittenOnce {
  kind: string;
}

/** A labelled value written as it stands, not a formula (e.g. the range a block compares, its confidence level). */
export interface ValueRow {
  kind: "value";
  /** Formulas of the same rows refer to its value's cell as {@key:first}. */
  key?: string;
  label: Text;
  /** A number, a text in both languages, or a text as it stands in either (e.g. a range's address). */
  value: Text | string | number;
  format?: NumberFormatKey;
}

/**
 * A value the add-in computes live inside Excel (`addinFormula`, a PREVENT function) and native
 * formulas cannot: the layout computes it with the engine from the rows of a data table (the
 * data given, or the example rows) and writes it as a value, with a note saying so.
 */
export interface EngineResultRow {
  kind: "engineResult";
  name?: string;
  label: Text;
  addinFormula: string;
  /** The data table whose rows `compute` reads. */
  table: string;
  /** The value from the table's rows; throws the engine's error when the rows do not allow one. */
  compute(rows: TableRows): number;
  format: NumberFormatKey;
  /** A key result: carries the stronger result style. */
  keyResult?: boolean;
  explanation?: Text;
  /** As a result row's: shown in percentage points, the share beside it carrying the name. */
  inPoints?: boolean;
}

/** The values of a data table's columns of data (not its computed columns), by column key. */
export interface TableRows {
  column(key: string): DataValue[];
}

/** One value per year column (years 1…yearColumns of the sheet). */
export interface YearRow {
  kind: "years";
  key: string;
  /** Workbook name for the whole row of year columns (for NPV etc. on other sheets). */
  name?: string;
  label: Text;
  /** Formula for one year column; `{year}` is the column's year number. */
  formula: string;
  format: NumberFormatKey;
  style?: StyleKey;
}

/** The header row of the year columns: Year 1, Year 2, … */
export interface YearHeaderRow {
  kind: "yearHeader";
  label: Text;
  /** Formula of each header cell instead of its year number (e.g. a calendar year: `={first_year}+{year}-1`). */
  formula?: string;
}

export interface TitleRow {
  kind: "title" | "heading" | "paragraph" | "warning";
  text: Text;
}

/** A formula shown as a text line (e.g. a plain-language reading or a warning). */
export interface SentenceRow {
  kind: "sentence";
  name?: string;
  formula: Formula;
  style: StyleKey;
  /** Columns (from A) the sentence's cell is merged across, wrapped into `lines` lines. */
  span?: number;
  lines?: number;
}

export interface BlankRow {
  kind: "blank";
}

/**
 * A count that shows whether a data table holds everything it should; the layout writes its
 * formula from the table's sheet, name and rendered headers:
 * - "outside": rows with data below the table or in the column just beside it, which no
 *   formula counts until the table is extended;
 * - "unfilled": rows of the table with an empty cell in a computed column;
 * - "missing": rows a table sized after another (`sizedAfter`) lacks for that table's rows.
 */
export interface TableCheckRow {
  kind: "tableCheck";
  table: string;
  count: "outside" | "unfilled" | "missing";
  name: string;
  label: Text;
}

/** Column headers for a block of inputs or results. */
export interface HeaderRow {
  kind: "header";
  cells: Text[];
}

/** A small editable table of values (e.g. optimism bias by design grade). */
export interface LookupRow {
  kind: "lookupRow";
  /** Formulas refer to its cells as {@key:col3}. */
  key: string;
  /** null: an empty cell (e.g. an input area to paste into). */
  cells: (Text | number | null)[];
  /** Which cells (0-based) are inputs. */
  inputColumns: number[];
  formats: NumberFormatKey[];
}

/**
 * A cell that takes the look `style` while its text equals one of `texts` (e.g. a check's "warn"):
 * conditional formatting, so the look follows every recalculation, with or without the add-in.
 */
export interface Highlight {
  style: StyleKey;
  texts: Text[];
}

/** A row of results side by side: a label and one formula per column (B, C, …). */
export interface ResultGridRow {
  kind: "resultGrid";
  /** Formulas refer to its cells as {@key:colN}. */
  key?: string;
  label: Text;
  formulas: Formula[];
  /** Workbook names of the cells, one per formula. */
  names?: string[];
  /** None: the cells without a format of their own in `formats` keep the cell's format. */
  format?: NumberFormatKey;
  /** A format per cell instead of `format` (e.g. an input's own format beside euros). */
  formats?: NumberFormatKey[];
  /** Per formula's cell (null: none), its PREVENT formula and its value written once, as a result row's. */
  addinFormulas?: (string | null)[];
  writtenOnce?: (WrittenOnce | null)[];
  /** Key results: the cells carry the stronger result style. */
  keyResult?: boolean;
  /** A highlight per formula's cell (null: none), e.g. on a check's result and not on its link. */
  highlights?: (Highlight | null)[];
  /**
   * Differences of rates kept as shares for the names that read them: the percent cells show the
   * share ("−0,0815 (Anteil)", as beside a value in points) instead of a percentage.
   */
  asShares?: boolean;
}

/**
 * A model expressed once more as one row of native formulas that reads all its inputs from cells
 * of its own row (DESIGN §5, "scenario row"): one column per input, then the computed columns.
 * Every scenario row of a sheet uses the same model, so its columns are the sheet's.
 */
export interface ScenarioModel {
  /** One column per input, from column B; the base row reads the workbook name of the same name. */
  /** `label` heads the input's column (the input row's label); without it the column shows the name. */
  /** `reads`: the workbook name the base row reads instead of `name` (a value computed from the input, e.g. the one in use). */
  inputs: { name: string; format: NumberFormatKey; label?: Text; reads?: string }[];
  /** Computed columns after the inputs; in `formula`, `{name}` of an input or an earlier output is this row's cell. */
  outputs: { key: string; header: Text; formula: string; format: NumberFormatKey }[];
}

/** The header of the scenario rows: the label column, the inputs' names and the outputs' headers. */
export interface ScenarioHeaderRow {
  kind: "scenarioHeader";
  label: Text;
  model: ScenarioModel;
}

/**
 * One scenario: each input cell reads its workbook name unless `values` gives it another formula,
 * e.g. `={horizon:low}` (the low value on the input's row). Formulas elsewhere on the sheet reach
 * its cells as `{@key:column}`, the column being an input's name or an output's key.
 */
export interface ScenarioRow {
  kind: "scenario";
  key: string;
  label: Text;
  model: ScenarioModel;
  /** A formula or a number (e.g. a draw written when the file was made) for an input instead of its name. */
  values?: Record<string, Formula | number>;
  /**
   * What the Office.js renderer writes instead into an input's cell when the add-in's functions are
   * available: a PREVENT formula (e.g. a PREVENT.SAMPLE column spilling down from the first row) or
   * "" (an empty cell for that spill).
   */
  addinValues?: Record<string, string>;
}

/** A formula, or one per language when it builds text. */
export type Formula = string | Text;

export type RowDefinition =
  | ResultGridRow
  | InputRow
  | TextInputRow
  | ResultRow
  | ValueRow
  | EngineResultRow
  | YearRow
  | YearHeaderRow
  | TitleRow
  | SentenceRow
  | BlankRow
  | TableCheckRow
  | HeaderRow
  | LookupRow
  | ScenarioHeaderRow
  | ScenarioRow;

/** A column of a data table (one row per person or per activity). */
export interface DataColumn {
  key: string;
  header: Text;
  /** Workbook name for the data range of this column. */
  name?: string;
  format: NumberFormatKey;
  width: number;
  validation?: Validation;
  /**
   * Where --data takes this column from: the CSV column (its English name; the German and English
   * headers and `also` are taken too, see columnMatching.ts), how to read it, and the columns (by
   * key) whose dates this column's date may not come before or after.
   */
  csv?: { column: string; kind: CsvKind; also?: string[]; notBefore?: string; notAfter?: string };
  /**
   * Computed column: one formula for every data row, so that the table keeps it as a calculated
   * column and fills it into new rows. `{col:key}` is the cell of another column in the same row
   * (a structured reference to this row); `{row}` is the sheet row number (tables start at A1).
   */
  formula?: string;
}

/**
 * How a CSV field is read: dates become Excel serial numbers; `options` lists the codes allowed
 * (dataCodes.ts: stored in English, written in the workbook's language); "optionalNumber": an
 * empty field, or a file without the column, leaves the cell blank; `flag`: yes or no as 1 or 0
 * (1/0, ja/nein, yes/no, x), a blank as `blank` says (0, or null for unknown).
 */
export type CsvKind =
  "text" | "number" | "optionalNumber" | "date" | "optionalDate" | { options: string[] } | { flag: { blank: 0 | null } };

export interface DataTableDefinition {
  name: string;
  columns: DataColumn[];
  /** Rows shown when the template is rendered without data. */
  exampleRows: DataValue[][];
  /**
   * A table of computed columns only, sized after another table's rows: `perRow` rows for each of
   * its rows plus `extra` (e.g. two points of a step curve per person and one starting point).
   */
  sizedAfter?: { table: string; perRow: number; extra: number };
  /** Headers wrap within their columns, in a header row as tall as the longest needs (printed in full). */
  wrapHeaders?: boolean;
}

export type DataValue = number | string | null;

/** One series of a forest plot: workbook names of its x values, y values and whisker lengths. */
export interface ForestSeries {
  name: Text;
  x: string;
  y: string;
  minus: string;
  plus: string;
}

/** Points drawn invisibly so that the axis reaches them (charts scale to points, not to whiskers): workbook names. */
export interface ForestExtent {
  x: string;
  y: string;
}

export interface ChartDefinition {
  /** "scatter": straight lines through (x, y) points, for curves over a table's columns; "bar": horizontal bars, the first category on top (a tornado). */
  kind: "line" | "column" | "scatter" | "bar";
  title: Text;
  xAxisTitle?: Text;
  yAxisTitle?: Text;
  /** Top of the value axis (e.g. 1 for shares); automatic when left out. */
  valueMaximum?: number;
  /** Year rows of the same sheet to plot against the year header (sheets with rows). */
  seriesRows?: string[];
  /** Column keys of the same sheet's table, x and y per series (sheets with a table). */
  seriesColumns?: { name: Text; x: string; y: string }[];
  /** Columns (1-based) of a block of rows of the same sheet, from row key `first` to `last`: categories in one, a series in each other. */
  seriesBlock?: { first: string; last: string; categories: number; series: { name: Text; column: number }[] };
  /**
   * A forest plot (kind "scatter", on a sheet with rows): each series plots points (x, y) with
   * horizontal whiskers of lengths `minus` and `plus`, markers without lines. All four are
   * workbook names of a table column or of a cell, on any sheet laid out before the chart's.
   */
  forest?: ForestSeries[];
  /** The forest plot's axis reaches these points too (the ends of the whiskers, zero). */
  forestExtent?: ForestExtent[];
  /** Number format of the horizontal axis of a forest plot (e.g. percent). */
  xAxisFormat?: NumberFormatKey;
  /** Number format code of the vertical axis (e.g. "0;0" for positions plotted below zero). */
  yAxisFormat?: string;
  /** Anchor of the chart: top-left and bottom-right cells (0-based column, 1-based row). */
  from: { column: number; row: number };
  to: { column: number; row: number };
}

export interface SheetDefinition {
  key: string;
  name: Text;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  rows?: RowDefinition[];
  /** A data table starting at A1 (instead of rows). */
  table?: DataTableDefinition;
  /** Number of year columns (B…) for year rows. */
  yearColumns?: number;
  charts?: ChartDefinition[];
  /**
   * Sheet protection without password (inputs stay open). Sheets holding a data table stay
   * unprotected: Excel neither grows a table nor lets it be resized on a protected sheet.
   */
  protect: boolean;
  /**
   * How the sheet prints (printLayout.ts): landscape and fitted to the page width unless it says
   * otherwise; `onePage` fits it on one page (a committee page); `rows` and `columns` print only the first ones;
   * `charts: false` leaves its charts out of the printout. `wrap` wraps its paragraphs across the sheet's
   * columns and the sources of its inputs within their column, so that no text runs past the printed edge.
   */
  print?: { orientation?: "portrait" | "landscape"; onePage?: boolean; rows?: number; columns?: number; charts?: boolean; wrap?: boolean };
  /** The Review sheet: the layout appends the ranges of the model's formula cells (formulaRanges.ts). */
  appendFormulaRanges?: boolean;
}

/**
 * A whole number chosen when a template is made (e.g. the number of Monte Carlo iterations): the
 * definition is built again for the chosen value, and the marker sheet records it.
 */
export interface TemplateSetting {
  key: string;
  label: Text;
  defaultValue: number;
  minimum: number;
  maximum: number;
}

/** The value of each of a template's settings, by key. */
export type SettingValues = Readonly<Record<string, number>>;

export interface TemplateDefinition {
  id: string;
  version: string;
  title: Text;
  /** One line saying what the template is for, as the gallery shows it. */
  purpose: Text;
  sheets: SheetDefinition[];
  /** Choices the template can be made with; `values` are those this definition was built for. */
  settings?: {
    choices: TemplateSetting[];
    values: SettingValues;
    build(values: SettingValues): TemplateDefinition;
  };
  /** The organisation whose defaults this definition carries (organisationDefaults.ts); the marker records it. */
  organisationDefaults?: { organisation: string; validFrom: string };
}

/** Rows to fill a template's data table, already validated (see data.ts). */
export interface TemplateData {
  table: string;
  rows: DataValue[][];
}
