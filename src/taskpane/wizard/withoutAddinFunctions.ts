/**
 * The comparison block for a workbook where the PREVENT functions cannot run: each cell in its
 * native form (nativeForms.ts), which the block carries from the start. Values that need the
 * add-in's functions are computed now from the ranges, read in one batch, and written fixed.
 */
import { differenceInDifferencesOfMeans, meanDifference, rateDifference } from "../../functions/comparisons";
import type { CellContent } from "../../shared/cellContent";
import type { Language } from "../../shared/language";
import type { WorkbookPort } from "../../office/workbookPort";
import type { AdjustedFigures } from "./figures";
import type { ComparisonFunction, NativeForm } from "./nativeForms";
import type { PreparedComparison } from "./prepareComparison";

type Implementation = (...args: unknown[]) => unknown[][];

const implementations: Record<ComparisonFunction, Implementation> = {
  "PREVENT.RATEDIFF": rateDifference as Implementation,
  "PREVENT.MEANDIFF": meanDifference as Implementation,
  "PREVENT.DID": differenceInDifferencesOfMeans as Implementation,
};

/** A balance or adjusted-effect figure as the pane computed it; "" where there is none. */
function adjustedValue(form: NativeForm & { kind: "adjusted" | "balance" }, figures: AdjustedFigures | undefined): CellContent {
  if (!figures) return "";
  if (form.kind === "balance") {
    const row = figures.balance[form.covariate];
    const value = { mean_treated: row?.meanTreated, mean_control: row?.meanControl, smd: row?.standardisedMeanDifference }[
      form.key as "mean_treated" | "mean_control" | "smd"
    ];
    return typeof value === "number" && Number.isFinite(value) ? value : "";
  }
  const effect = figures.effect;
  const byKey: Record<string, number | null> = {
    rate_treated: effect.rateTreated,
    rate_control_adjusted: effect.rateControlAdjusted,
    difference: effect.difference,
    se: effect.standardError,
    lower: effect.lower,
    upper: effect.upper,
    p_value: effect.pValue,
    nnt: effect.numberNeededToTreat,
    n_treated: effect.nTreated,
    n_control: effect.nControl,
  };
  return byKey[form.key] ?? "";
}

/** Why the block holds no PREVENT formulas, for the pane's status line. */
export const explanation: Record<Language, string> = {
  en: "The add-in's functions are not available in this Excel (they need custom functions, CustomFunctionsRuntime 1.2), so the block uses Excel's own formulas where Excel has them and fixed values elsewhere; fixed values do not change when the data change.",
  de: "Die Funktionen des Add-ins sind in diesem Excel nicht verfügbar (sie brauchen benutzerdefinierte Funktionen, CustomFunctionsRuntime 1.2). Der Block nutzt daher Excels eigene Formeln, wo Excel sie hat, und sonst feste Werte; feste Werte ändern sich nicht mit den Daten.",
};

/**
 * The prepared block with every cell in its native form: a native formula, or the value computed
 * now ("" where there is none). The ranges the computed values need are read in one batch.
 */
export async function withoutAddinFunctions(port: WorkbookPort, comparison: PreparedComparison): Promise<PreparedComparison> {
  const forms = comparison.nativeForms;
  const needed = [...new Set(forms.flat().flatMap((form) => (form?.kind === "valueOf" ? form.ranges : [])))];
  const snapshots = await port.readRanges(needed);
  const valuesOf = new Map(needed.map((range, i) => [range, snapshots[i].values]));
  const native = (form: NativeForm | null, cell: CellContent): CellContent => {
    if (form === null) return cell;
    switch (form.kind) {
      case "formula":
        return form.formula;
      case "adjusted":
      case "balance":
        return adjustedValue(form, comparison.adjustment?.figures);
      case "valueOf":
        try {
          const values = form.ranges.map((range) => valuesOf.get(range)!);
          return implementations[form.functionName](...values, comparison.figures.confidence, form.key)[0][0] as CellContent;
        } catch {
          return "";
        }
    }
  };
  const cells = comparison.cells.map((row, r) => row.map((cell, c) => native(forms[r][c], cell)));
  return { ...comparison, cells };
}
