import { parseStructuredReference, sameColumn, structuredReference } from "../../shared/structuredReference";
import type { TableColumn, WorkbookPort } from "../../office/workbookPort";
import type { CellContent } from "../../shared/cellContent";
import { parseRange, quotedSheet, cellAddress } from "../../shared/addresses";
import { parseTypedNumber } from "../numbers";
import { strings, type Language } from "../strings";
import { absoluteRange, blockAddress, blockRowCount, comparisonBlock, rangeLabelKeys } from "./comparisonBlock";
import type { ComparisonFigures, OutcomeKind } from "./figures";
import { resultSentence, type Wording } from "./resultSentence";

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
}

/** Field problems, keyed "range0" … "range3", "confidence", "target". */
export type FieldErrors = Record<string, string>;

export interface PreparedComparison {
  /** Sheet-qualified top-left cell of the block. */
  topLeft: string;
  /** The whole block's address, for the overwrite question. */
  blockAddress: string;
  cells: CellContent[][];
  /** Number format per cell of `cells`; null leaves the cell's format alone. */
  numberFormats: (string | null)[][];
  figures: ComparisonFigures;
  sentence: string;
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

/**
 * What is wrong with the fields as typed, before anything is read: a range missing or not a
 * range, a confidence outside 50–99.9 %, a target cell missing, not a cell, or too close to the
 * sheet's last row or column for the block. Keys: range0…range3, confidence, target.
 */
export function typedFieldErrors(input: WizardInput, language: Language): FieldErrors {
  const text = strings[language];
  const labels = rangeLabelKeys(input.outcome).map((key) => text[key]);
  const fieldErrors: FieldErrors = {};
  labels.forEach((label, i) => {
    const typed = (input.ranges[i] ?? "").trim();
    if (typed === "") fieldErrors[`range${i}`] = text.rangeMissing(label);
    else if (!parseStructuredReference(typed) && !isValidRange(typed)) fieldErrors[`range${i}`] = text.dataRangeInvalid(label, typed);
  });
  const percent = parseTypedNumber(input.confidence.replace("%", ""), language);
  if (percent === null || percent < 50 || percent > 99.9) fieldErrors.confidence = text.confidenceInvalid;
  const target = input.target.trim();
  if (target === "" || !isValidRange(target)) {
    fieldErrors.target = target === "" ? text.rangeMissing(text.targetCell) : text.rangeInvalid(text.targetCell, target);
  } else {
    const topLeft = parseRange(target);
    const rows = blockRowCount(input.outcome);
    if (topLeft.top + rows - 1 > lastSheetRow || topLeft.left + 1 > lastSheetColumn) {
      fieldErrors.target = text.targetTooClose(text.targetCell, rows);
    }
  }
  return fieldErrors;
}

/**
 * Checks the typed fields, reads the ranges, computes the figures with the engine and lays out
 * the block. Writes nothing. Throws the engine's message when the data cannot be compared
 * (e.g. "treated: row 14 is 'ja', expected 0 or 1").
 */
export async function prepareComparison(port: WorkbookPort, input: WizardInput, language: Language): Promise<Preparation> {
  const text = strings[language];
  const labels = rangeLabelKeys(input.outcome).map((key) => text[key]);
  const fieldErrors = typedFieldErrors(input, language);
  const typedRanges = labels.map((_, i) => (input.ranges[i] ?? "").trim());
  const references = typedRanges.map(parseStructuredReference);
  const percent = parseTypedNumber(input.confidence.replace("%", ""), language);
  // Table columns are looked up only when one is named; the formulas get the workbook's spelling.
  const tables: TableColumn[] = references.some((reference) => reference) ? await port.tableColumns() : [];
  const columns = references.map((reference) => reference && tables.find((column) => sameColumn(column, reference)));
  labels.forEach((label, i) => {
    if (references[i] && !columns[i] && !fieldErrors[`range${i}`]) fieldErrors[`range${i}`] = text.tableColumnMissing(label, typedRanges[i]);
  });
  if (Object.keys(fieldErrors).length > 0) return { kind: "invalid", fieldErrors };

  const confidence = Math.round((percent as number) * 10) / 1000;
  const activeSheet = parseRange((await port.selectedRange()).address).sheet ?? (await port.sheetNames())[0];
  const warnings: string[] = [];
  // An A1 range is read, and written into the formulas, only as far as the sheet holds anything:
  // a whole column or sheet typed by mistake costs nothing, and the user is told of the cut.
  const ranges = await Promise.all(
    labels.map(async (label, i) => {
      const column = columns[i];
      if (column) return structuredReference(column.table, column.column);
      const typed = absoluteRange(typedRanges[i], activeSheet);
      const used = await port.usedPart(typed);
      if (used === null) throw new Error(text.rangeEmpty(label, typed));
      const usedAbsolute = absoluteRange(used, activeSheet);
      if (usedAbsolute !== typed) warnings.push(text.rangeCut(label, typed, usedAbsolute));
      return usedAbsolute;
    }),
  );
  const snapshots = await Promise.all(ranges.map((range) => port.readRange(range)));
  snapshots.forEach((snapshot, i) => {
    const blanks = blankCells(snapshot.values);
    const cells = snapshot.values.reduce((count, row) => count + row.length, 0);
    if (blanks > 0) warnings.push(text.blanksWarning(labels[i], blanks, cells));
  });

  const { computeFigures } = await import(/* webpackChunkName: "pane-comparison-engine" */ "./computeFigures");
  const figures = computeFigures(
    input.outcome,
    snapshots.map((snapshot) => snapshot.values),
    confidence,
  );
  const sentence = resultSentence(figures, language, input.wording);

  const parsedTarget = parseRange(input.target.trim());
  const topLeft = { ...parsedTarget, sheet: parsedTarget.sheet ?? activeSheet };
  const { cells, numberFormats } = comparisonBlock({ outcome: input.outcome, ranges, confidence }, topLeft, sentence, language);
  const address = blockAddress(topLeft, input.outcome);
  const existing = await port.readRange(address);
  const occupied = existing.formulas.some((row) => row.some((cell) => !isEmpty(cell)));
  return {
    kind: "ready",
    topLeft: `${quotedSheet(topLeft.sheet)}!${cellAddress(topLeft.top, topLeft.left)}`,
    blockAddress: address,
    cells,
    numberFormats,
    figures,
    sentence,
    warnings,
    occupied,
  };
}
