/**
 * The effect on the served adjusted for covariates (DESIGN §3.6) in a template: inside Excel with
 * the add-in, PREVENT.ADJUSTED over the data table's columns; in the .xlsx file (no add-in, native
 * formulas only) the value the engine computed from the table's rows when the file was made.
 */
import { adjustedEffect, type AdjustedEffect } from "../../engine/comparableGroups";
import { comparableGroupsInput } from "../../functions/comparableGroupCells";
import type { AdjustedKey } from "../../functions/outputs";
import type { EngineResultRow, NumberFormatKey, RowDefinition, TableRows, Text } from "../model";
import { heading, paragraph, t } from "./rows";

/** One person per row: outcome 1/0, group 1/0 and one number per covariate; null where a cell is blank. */
export interface AdjustmentCases {
  outcome: (number | null)[];
  group: (number | null)[];
  covariates: (number | null)[][];
}

export interface AdjustedCohort {
  /** The data table the cases come from. */
  table: string;
  /** PREVENT.ADJUSTED's outcome, group and covariates arguments, with placeholders (see model.ts). */
  arguments: string;
  /** The same cases from the table's rows, as those arguments give them to the function. */
  cases(rows: TableRows): AdjustmentCases;
  /** The confidence level the file is made with (the default of the input named `confidence`). */
  confidence: number;
}

function effect(cohort: AdjustedCohort, rows: TableRows): AdjustedEffect {
  const cases = cohort.cases(rows);
  const input = comparableGroupsInput({
    outcome: cases.outcome.map((value) => [value]),
    group: cases.group.map((value) => [value]),
    covariates: cases.covariates,
  });
  return adjustedEffect(input.data, input.outcome as Float64Array, "regression", cohort.confidence);
}

const values: Record<"rate_control_adjusted" | "difference" | "lower" | "upper", (effect: AdjustedEffect) => number> = {
  rate_control_adjusted: (adjusted) => adjusted.rateControlAdjusted,
  difference: (adjusted) => adjusted.difference,
  lower: (adjusted) => adjusted.lower,
  upper: (adjusted) => adjusted.upper,
};

function adjustedRow(
  cohort: AdjustedCohort,
  key: keyof typeof values & AdjustedKey,
  label: Text,
  format: NumberFormatKey,
  isKey = false,
): EngineResultRow {
  return {
    kind: "engineResult",
    name: `adjusted_${key}`,
    label,
    addinFormula: `=PREVENT.ADJUSTED(${cohort.arguments},"regression",{confidence},"${key}")`,
    table: cohort.table,
    compute: (rows) => values[key](effect(cohort, rows)),
    format,
    keyResult: isKey,
  };
}

export function adjustedRows(cohort: AdjustedCohort): RowDefinition[] {
  return [
    heading("Um die Merkmale bereinigte Differenz", "Difference adjusted for the covariates"),
    paragraph(
      "Logistische Regression des Ergebnisses auf Gruppe und Merkmale, gemittelt über die Beratenen (PREVENT.ADJUSTED). In Excel mit dem Add-in rechnen die Zellen laufend; in der Datei stehen die Werte, die beim Erstellen aus den damaligen Zeilen berechnet wurden (siehe Notiz an der Zelle).",
      "Logistic regression of the outcome on group and covariates, averaged over the counselled (PREVENT.ADJUSTED). In Excel with the add-in the cells compute live; in the file they hold the values computed from the rows when the file was made (see the note on the cell).",
    ),
    adjustedRow(
      cohort,
      "rate_control_adjusted",
      t("Quote der Beratenen ohne Beratung (bereinigt)", "Rate the counselled would have had without counselling (adjusted)"),
      "percent",
    ),
    adjustedRow(
      cohort,
      "difference",
      t("Bereinigte Differenz (Beratene − Vergleich)", "Adjusted difference (counselled − comparison)"),
      "percentPrecise",
      true,
    ),
    adjustedRow(cohort, "lower", t("Bereinigte Differenz: untere Grenze", "Adjusted difference: lower bound"), "percentPrecise"),
    adjustedRow(cohort, "upper", t("Bereinigte Differenz: obere Grenze", "Adjusted difference: upper bound"), "percentPrecise"),
  ];
}
