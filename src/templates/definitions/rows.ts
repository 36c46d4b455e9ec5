/** Short builders for the rows of a definition, so the definitions read like the sheets. */
import type { ConfidenceGrade, Formula, InputRow, NumberFormatKey, ResultRow, RowDefinition, Text, Validation, YearRow } from "../model";
import { labels } from "../labels";

export function t(de: string, en: string): Text {
  return { de, en };
}

export function title(de: string, en: string): RowDefinition {
  return { kind: "title", text: t(de, en) };
}

export function heading(de: string, en: string): RowDefinition {
  return { kind: "heading", text: t(de, en) };
}

export function paragraph(de: string, en: string): RowDefinition {
  return { kind: "paragraph", text: t(de, en) };
}

export const blank: RowDefinition = { kind: "blank" };

export const inputHeader: RowDefinition = { kind: "header", cells: labels.inputHeader };

export const gradeLegend: RowDefinition = { kind: "paragraph", text: labels.gradeLegend };

export function between(minimum: number, maximum: number, kind: "decimal" | "whole" = "decimal"): Validation {
  return {
    kind,
    minimum,
    maximum,
    message: t(`Bitte einen Wert zwischen ${minimum} und ${maximum} eingeben.`, `Please enter a value between ${minimum} and ${maximum}.`),
  };
}

export const share: Validation = between(0, 1);

/** An input row as a definition states it: `range` is the plausible low and high value, if known. */
export interface InputArguments {
  name: string;
  label: Text;
  value: number;
  range?: [number, number];
  unit: Text;
  grade: ConfidenceGrade;
  source: Text;
  format: NumberFormatKey;
  validation?: Validation;
}

export function input({ name, label, value, range, unit, grade, source, format, validation }: InputArguments): InputRow {
  return { kind: "input", name, label, value, low: range?.[0], high: range?.[1], unit, grade, source, format, validation };
}

/** A result row as a definition states it: `keyResult` marks a key result (the stronger result style). */
export interface ResultArguments {
  name?: string;
  label: Text;
  formula: Formula;
  format: NumberFormatKey;
  explanation?: Text;
  keyResult?: boolean;
}

export function result({ name, label, formula, format, explanation, keyResult = false }: ResultArguments): ResultRow {
  return { kind: "result", name, label, formula, format, explanation, keyResult };
}

export function years(key: string, label: Text, formula: string, format: NumberFormatKey, name?: string): YearRow {
  return { kind: "years", key, label, formula, format, name };
}

/**
 * The one column of a "Method and sources" sheet: its wrapped text fits the printed width of an
 * A4 landscape page even unscaled (about 660 pt at LibreOffice's 6.6 pt per character).
 */
export const methodColumnWidths = [100];

export const euroUnit = t("EUR", "EUR");
export const euroPerMonth = t("EUR/Monat", "EUR/month");
export const shareUnit = t("Anteil", "share");
export const countUnit = t("Anzahl", "count");

/** The source of a figure the user is to replace with their own. */
export const estimate = t("Schätzung – durch eigene Daten ersetzen", "estimate – replace with local data");

/** The confidence level the templates start with. */
export const defaultConfidence = 0.95;

/** The confidence level of a template's intervals: one named input, 95 % unless the user says otherwise. */
export function confidenceInput(): InputRow {
  return input({
    name: "confidence",
    label: t("Konfidenzniveau", "Confidence level"),
    value: defaultConfidence,
    unit: shareUnit,
    grade: "A",
    source: t("Konvention", "Convention"),
    format: "percent",
    validation: between(0.5, 0.999),
  });
}
