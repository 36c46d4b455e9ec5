import { parseStructuredReference, sameColumn, structuredReference } from "../../shared/structuredReference";
import { SelectionNotOneBlockError, type TableColumn, type WorkbookPort } from "../../office/workbookPort";
import type { CellContent } from "../../shared/cellContent";
import { parseRange, quotedSheet, cellAddress } from "../../shared/addresses";
import { parseTypedNumber } from "../numbers";
import { strings, type Language } from "../strings";
import { blockColumnCount } from "./adjustmentBlock";
import { absoluteRange, blockAddress, blockRowCount, comparisonBlock, rangeLabelKeys } from "./comparisonBlock";
import type { AdjustedFigures, ComparisonFigures, OutcomeKind } from "./figures";
import type { NativeForm } from "./nativeForms";
import { adjustedSentence, resultSentence, type Wording } from "./resultSentence";
import { directLocator, fieldErrorText, fieldRenderOptions, type Locate, type ReadField } from "./fieldMessages";

/** What the user typed into the wizard. */
export interface WizardInput {
  outcome: OutcomeKind;
  /**
   * One typed range per group (two, or four for before/after), in the order of rangeLabelKeys:
   * an A1 range or a structured reference to a table column ("Counselled[Moved within 24 months]").
   */
  ranges: string[];
  /** Percent, e.g. "95". */
  confidence: string;
  target: string;
  wording: Wording;
  /** Yes/no outcome only: covariates to check the balance of and adjust for (none: a plain comparison). */
  covariates?: CovariateInput[];
}

/** A covariate as typed: its name and its cells in the treated and in the comparison group, each a range or a table column. */
export interface CovariateInput {
  name: string;
  treated: string;
  control: string;
}

/** Field problems, keyed "range0" … "range3", "covariate0name", "covariate0treated", "covariate0control" …, "confidence", "target". */
export type FieldErrors = Record<string, string>;

export interface PreparedComparison {
  /** Sheet-qualified top-left cell of the block. */
  topLeft: string;
  /** The whole block's address, for the overwrite question. */
  blockAddress: string;
  /** The cells with PREVENT formulas. */
  cells: CellContent[][];
  /** Number format per cell of `cells`; null leaves the cell's format alone. */
  numberFormats: (string | null)[][];
  /** Per cell of `cells`, its form where the PREVENT functions cannot run; null: the same. */
  nativeForms: (NativeForm | null)[][];
  figures: ComparisonFigures;
  sentence: string;
  /** With covariates: the adjusted effect and its reading. */
  adjustment: { figures: AdjustedFigures; sentence: string } | null;
  warnings: string[];
  /** The target cells hold something: ask before writing. */
  occupied: boolean;
}

export type Preparation = { kind: "invalid"; fieldErrors: FieldErrors } | ({ kind: "ready" } & PreparedComparison);

function isValidRange(text: string): boolean {
  try {
    parseRange(text);
    return true;
  } catch {
    return false;
  }
}

function isEmpty(cell: CellContent): boolean {
  return cell === null || cell === "";
}

function blankCells(values: CellContent[][]): number {
  return values.reduce((count, row) => count + row.filter(isEmpty).length, 0);
}

/** The last row and column of a worksheet (Excel 2007 and later). */
const lastSheetRow = 1_048_576;
const lastSheetColumn = 16_384;

/** Whether an A1 range reaches past the sheet's last row or column, which Excel has not. */
function pastSheet(text: string): boolean {
  const { bottom, right } = parseRange(text);
  return bottom > lastSheetRow || right > lastSheetColumn;
}

/** One typed range field: its key in FieldErrors, its label in messages and what was typed. */
interface RangeField {
  key: string;
  label: string;
  typed: string;
}

function activeCovariates(input: WizardInput): CovariateInput[] {
  return input.outcome === "binary" ? (input.covariates ?? []) : [];
}

/** How a covariate is called in messages: its name, or "Covariate 2" while it has none. */
function covariateLabel(covariate: CovariateInput, index: number, language: Language): string {
  return covariate.name.trim() || strings[language].covariateNumber(index + 1);
}

/** The outcome ranges, then each covariate's treated and comparison range. */
function rangeFields(input: WizardInput, language: Language): RangeField[] {
  const text = strings[language];
  const outcomes = rangeLabelKeys(input.outcome).map((key, i) => ({
    key: `range${i}`,
    label: text[key],
    typed: (input.ranges[i] ?? "").trim(),
  }));
  const covariates = activeCovariates(input).flatMap((covariate, i) =>
    (["treated", "control"] as const).map((group) => ({
      key: `covariate${i}${group}`,
      label: text.covariateIn(covariateLabel(covariate, i, language), group),
      typed: covariate[group].trim(),
    })),
  );
  return [...outcomes, ...covariates];
}

/**
 * What is wrong with the fields as typed, before anything is read: a range missing or not a
 * range, a covariate without a name, a confidence outside 50–99.9 %, a target cell missing, not
 * a cell, or too close to the sheet's last row or column for the block.
 */
export function typedFieldErrors(input: WizardInput, language: Language): FieldErrors {
  const text = strings[language];
  const fieldErrors: FieldErrors = {};
  for (const field of rangeFields(input, language)) {
    if (field.typed === "") fieldErrors[field.key] = text.rangeMissing(field.label);
    else if (!parseStructuredReference(field.typed) && !isValidRange(field.typed))
      fieldErrors[field.key] = text.dataRangeInvalid(field.label, field.typed);
    else if (!parseStructuredReference(field.typed) && pastSheet(field.typed))
      fieldErrors[field.key] = text.rangePastSheet(field.label, field.typed);
  }
  const covariates = activeCovariates(input);
  covariates.forEach((covariate, i) => {
    const name = covariate.name.trim();
    const label = `${text.covariateNumber(i + 1)}, ${text.covariateName}`;
    if (name === "") fieldErrors[`covariate${i}name`] = text.covariateNameMissing(label);
    // The name is written into a cell as it stands: it must not read as a formula.
    else if (/^[=+\-@]/.test(name)) fieldErrors[`covariate${i}name`] = text.covariateNameFormula(label);
  });
  const percent = parseTypedNumber(input.confidence.replace("%", ""), language);
  if (percent === null || percent < 50 || percent > 99.9) fieldErrors.confidence = text.confidenceInvalid;
  const target = input.target.trim();
  if (target === "" || !isValidRange(target)) {
    fieldErrors.target = target === "" ? text.rangeMissing(text.targetCell) : text.rangeInvalid(text.targetCell, target);
  } else if (pastSheet(target)) {
    fieldErrors.target = text.rangePastSheet(text.targetCell, target);
  } else {
    const topLeft = parseRange(target);
    const rows = blockRowCount(input.outcome, covariates.length);
    const columns = blockColumnCount(covariates.length);
    if (topLeft.top + rows - 1 > lastSheetRow || topLeft.left + columns - 1 > lastSheetColumn) {
      fieldErrors.target = text.targetTooClose(text.targetCell, rows, columns);
    }
  }
  return fieldErrors;
}

/** The address of the user's selection; a selection of several areas is refused in the user's language. */
export async function selectedAddress(port: WorkbookPort, language: Language): Promise<string> {
  try {
    return (await port.selectedRange()).address;
  } catch (error) {
    if (error instanceof SelectionNotOneBlockError) throw new Error(strings[language].selectOneBlock);
    throw error;
  }
}
/**
 * Checks the typed fields, reads the ranges, computes the figures with the engine and lays out
 * the block. Writes nothing. Throws the engine's message when the data cannot be compared
 * (e.g. "treated: row 14 is 'ja', expected 0 or 1").
 */
export async function prepareComparison(port: WorkbookPort, input: WizardInput, language: Language): Promise<Preparation> {
  const text = strings[language];
  const fieldErrors = typedFieldErrors(input, language);
  const fields = rangeFields(input, language);
  const references = fields.map((field) => parseStructuredReference(field.typed));
  const percent = parseTypedNumber(input.confidence.replace("%", ""), language);
  // Table columns are looked up only when one is named; the formulas get the workbook's spelling.
  const tables: TableColumn[] = references.some((reference) => reference) ? await port.tableColumns() : [];
  const columns = references.map((reference) => reference && tables.find((column) => sameColumn(column, reference)));
  fields.forEach((field, i) => {
    if (references[i] && !columns[i] && !fieldErrors[field.key]) fieldErrors[field.key] = text.tableColumnMissing(field.label, field.typed);
  });
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };

  const confidence = Math.round((percent as number) * 10) / 1000;
  const activeSheet = parseRange(await selectedAddress(port, language)).sheet ?? (await port.sheetNames())[0];
  const warnings: string[] = [];
  // An A1 range is read, and written into the formulas, only as far as the sheet holds anything:
  // a whole column or sheet typed by mistake costs nothing, and the user is told of the cut.
  const typedRanges = fields.map((field, i) => (columns[i] ? null : absoluteRange(field.typed, activeSheet)));
  const typedA1 = typedRanges.filter((typed): typed is string => typed !== null);
  const usedParts = new Map((await port.usedParts(typedA1)).map((used, i) => [typedA1[i], used]));
  const ranges = fields.map((field, i) => {
    const column = columns[i];
    if (column) return structuredReference(column.table, column.column);
    const typed = typedRanges[i]!;
    const used = usedParts.get(typed);
    if (!used) throw new Error(text.rangeEmpty(field.label, typed));
    const usedAbsolute = absoluteRange(used, activeSheet);
    if (usedAbsolute !== typed) warnings.push(text.rangeCut(field.label, typed, usedAbsolute));
    return usedAbsolute;
  });
  const snapshots = await port.readRanges(ranges);
  snapshots.forEach((snapshot, i) => {
    const blanks = blankCells(snapshot.values);
    const cells = snapshot.values.reduce((count, row) => count + row.length, 0);
    if (blanks > 0) warnings.push(text.blanksWarning(fields[i].label, blanks, cells));
  });

  const outcomeCount = rangeLabelKeys(input.outcome).length;
  const outcomeValues = snapshots.slice(0, outcomeCount).map((snapshot) => snapshot.values);
  const { computeFigures, computeAdjustment, argumentNames } = await import(
    /* webpackChunkName: "pane-comparison-engine" */ "./computeFigures"
  );
  const read = fields.map((field, i): ReadField => ({ label: field.label, address: snapshots[i].address }));
  const byArgument = new Map<string, ReadField>();
  argumentNames[input.outcome].forEach((name, i) => byArgument.set(name, read[i]));
  read.forEach((field) => byArgument.set(field.label, field));
  const inLanguage = (error: unknown, locate: Locate = directLocator(byArgument)) =>
    new Error(fieldErrorText(error, language, fieldRenderOptions(byArgument, locate)));
  let figures: ComparisonFigures;
  try {
    figures = computeFigures(input.outcome, outcomeValues, confidence);
  } catch (error) {
    throw inLanguage(error);
  }
  const sentence = resultSentence(figures, language, input.wording);

  const covariates = activeCovariates(input).map((covariate, i) => ({
    name: covariate.name.trim(),
    treated: ranges[outcomeCount + 2 * i],
    control: ranges[outcomeCount + 2 * i + 1],
    cells: { treated: snapshots[outcomeCount + 2 * i].values, control: snapshots[outcomeCount + 2 * i + 1].values },
  }));
  let adjustment: PreparedComparison["adjustment"] = null;
  if (covariates.length > 0) {
    // PREVENT.ADJUSTED sees the treated rows stacked above the comparison rows.
    const treatedRows = outcomeValues[0].length;
    const stacked: Locate = (argument, row, column) => {
      const group = row < treatedRows ? 0 : 1;
      const inGroup = row - group * treatedRows;
      if (argument === "outcome" || argument === "group") return { field: read[group], row: inGroup, column: 0 };
      if (argument === "covariates") return { field: read[outcomeCount + 2 * column + group], row: inGroup, column: 0 };
      return directLocator(byArgument)(argument, row, column);
    };
    let adjusted: AdjustedFigures;
    try {
      adjusted = computeAdjustment(
        { treated: outcomeValues[0], control: outcomeValues[1] },
        covariates.map(({ name, cells }) => ({ name, ...cells })),
        confidence,
        { treated: fields[0].label, control: fields[1].label, covariateIn: text.covariateIn },
      );
    } catch (error) {
      throw inLanguage(error, stacked);
    }
    adjustment = { figures: adjusted, sentence: adjustedSentence(adjusted, language, input.wording) };
  }

  const parsedTarget = parseRange(input.target.trim());
  const topLeft = { ...parsedTarget, sheet: parsedTarget.sheet ?? activeSheet };
  const request = {
    outcome: input.outcome,
    ranges: ranges.slice(0, outcomeCount),
    confidence,
    covariates: covariates.map(({ name, treated, control }) => ({ name, treated, control })),
  };
  const { cells, numberFormats, nativeForms } = comparisonBlock(request, topLeft, sentence, language, adjustment?.sentence);
  const address = blockAddress(topLeft, input.outcome, covariates.length);
  const existing = await port.readRange(address);
  const occupied = existing.formulas.some((row) => row.some((cell) => !isEmpty(cell)));
  return {
    kind: "ready",
    topLeft: `${quotedSheet(topLeft.sheet)}!${cellAddress(topLeft.top, topLeft.left)}`,
    blockAddress: address,
    cells,
    numberFormats,
    nativeForms,
    figures,
    sentence,
    adjustment,
    warnings,
    occupied,
  };
}
