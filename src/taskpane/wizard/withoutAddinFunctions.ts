/**
 * The comparison block for a workbook where the PREVENT functions cannot run (Excel without
 * CustomFunctionsRuntime 1.2, or the functions not associated in this runtime): the same rows,
 * with native formulas where Excel has them — the two rates, their difference, Newcombe's
 * interval from two Wilson intervals and the pooled z-test, as the .xlsx templates compute them
 * (src/templates/definitions/comparisonRows.ts) — and otherwise the value the add-in's function
 * gives now, fixed. LET needs Excel 2021 or Microsoft 365, which the add-in needs anyway.
 */
import { differenceInDifferencesOfMeans, meanDifference, rateDifference } from "../../functions/comparisons";
import type { CellContent } from "../../shared/cellContent";
import type { Language } from "../../shared/language";
import type { WorkbookPort } from "../../office/workbookPort";
import type { AdjustedFigures } from "./figures";
import type { PreparedComparison } from "./prepareComparison";

type Implementation = (...args: unknown[]) => unknown[][];

const implementations: Record<string, Implementation> = {
  "PREVENT.RATEDIFF": rateDifference as Implementation,
  "PREVENT.MEANDIFF": meanDifference as Implementation,
  "PREVENT.DID": differenceInDifferencesOfMeans as Implementation,
};

/**
 * Events and people of a 1/0 or TRUE/FALSE range, blanks skipped, as PREVENT.RATEDIFF counts them.
 * --cell turns TRUE into 1 and a blank into 0; counting by length treats TRUE like 1, so the
 * formula gives the same in LibreOffice, where TRUE is the number 1 (SUM and COUNT differ there).
 */
function counts(range: string, events: string, people: string): string {
  return `${events},SUMPRODUCT(IFERROR(--${range},0)),${people},SUMPRODUCT(--(LEN(${range})>0))`;
}

function wilson(rate: string, n: string, sign: "+" | "-"): string {
  return `(${rate}+z^2/(2*${n})${sign}z*SQRT(${rate}*(1-${rate})/${n}+z^2/(4*${n}^2)))/(1+z^2/${n})`;
}

const rateResults: Record<string, string> = {
  rate_treated: "p1",
  rate_control: "p0",
  difference: "d",
  lower: `d-SQRT((p1-${wilson("p1", "n1", "-")})^2+(${wilson("p0", "n0", "+")}-p0)^2)`,
  upper: `d+SQRT((${wilson("p1", "n1", "+")}-p1)^2+(p0-${wilson("p0", "n0", "-")})^2)`,
  p_value: "IF(OR(pp=0,pp=1),1,2*(1-NORM.S.DIST(ABS(d)/SQRT(pp*(1-pp)*(1/n1+1/n0)),TRUE)))",
};

/** The native formula of a rate comparison's output, or null where Excel has none (Fisher's test, NNT). */
export function nativeRateFormula(treated: string, control: string, confidenceCell: string, key: string): string | null {
  const result = rateResults[key];
  if (!result) return null;
  return (
    `=LET(${counts(treated, "e1", "n1")},${counts(control, "e0", "n0")},` +
    `p1,e1/n1,p0,e0/n0,d,p1-p0,pp,(e1+e0)/(n1+n0),z,NORM.S.INV(1-(1-${confidenceCell})/2),${result})`
  );
}

const addinCall = /^=(PREVENT\.[A-Z.]+)\((.*), (\$[A-Z]+\$\d+), "([a-z_]+)"\)$/;

const balanceCall = /^=INDEX\(PREVENT\.BALANCE\(.*"([a-z_]+)"\),(\d+)\)$/;
const adjustedCall = /^=PREVENT\.ADJUSTED\(.*"([a-z_]+)"\)$/;

/** The value of a balance or adjusted-effect cell, as the pane computed it; undefined for any other cell. */
function adjustedValue(cell: string, figures: AdjustedFigures): CellContent | undefined {
  const balance = balanceCall.exec(cell);
  if (balance) {
    const row = figures.balance[Number(balance[2]) - 1];
    const value = { mean_treated: row?.meanTreated, mean_control: row?.meanControl, smd: row?.standardisedMeanDifference }[balance[1]];
    return typeof value === "number" && Number.isFinite(value) ? value : "";
  }
  const adjusted = adjustedCall.exec(cell);
  if (!adjusted) return undefined;
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
  return byKey[adjusted[1]] ?? "";
}

/** Why the block holds no PREVENT formulas, for the pane's status line. */
export const explanation: Record<Language, string> = {
  en: "The add-in's functions are not available in this Excel (they need custom functions, CustomFunctionsRuntime 1.2), so the block uses Excel's own formulas where Excel has them and fixed values elsewhere; fixed values do not change when the data change.",
  de: "Die Funktionen des Add-ins sind in diesem Excel nicht verfügbar (sie brauchen benutzerdefinierte Funktionen, CustomFunctionsRuntime 1.2). Der Block nutzt daher Excels eigene Formeln, wo Excel sie hat, und sonst feste Werte; feste Werte ändern sich nicht mit den Daten.",
};

/** What a cell of the block becomes: its content now, or a value computed from the cells of some ranges. */
type Replacement = { content: CellContent } | { ranges: string[]; compute: (values: CellContent[][][]) => CellContent };

function replacement(cell: CellContent, comparison: PreparedComparison): Replacement {
  if (typeof cell === "string" && cell.includes("PREVENT.") && comparison.adjustment) {
    const adjusted = adjustedValue(cell, comparison.adjustment.figures);
    if (adjusted !== undefined) return { content: adjusted };
  }
  const call = typeof cell === "string" ? addinCall.exec(cell) : null;
  if (!call) return { content: cell };
  const [, name, rangesText, confidenceCell, key] = call;
  const ranges = rangesText.split(", ");
  if (name === "PREVENT.RATEDIFF" && ranges.length === 2) {
    const native = nativeRateFormula(ranges[0], ranges[1], confidenceCell, key);
    if (native) return { content: native };
  }
  const implementation = implementations[name];
  if (!implementation) return { content: "" };
  return {
    ranges,
    compute: (values) => {
      try {
        return implementation(...values, comparison.figures.confidence, key)[0][0] as CellContent;
      } catch {
        return "";
      }
    },
  };
}

/**
 * The prepared block with every PREVENT formula replaced: a native formula, or the value computed
 * now ("" where there is none). The ranges the computed values need are read in one batch.
 */
export async function withoutAddinFunctions(port: WorkbookPort, comparison: PreparedComparison): Promise<PreparedComparison> {
  const replacements = comparison.cells.map((row) => row.map((cell) => replacement(cell, comparison)));
  const needed = [...new Set(replacements.flat().flatMap((planned) => ("ranges" in planned ? planned.ranges : [])))];
  const snapshots = await port.readRanges(needed);
  const valuesOf = new Map(needed.map((range, i) => [range, snapshots[i].values]));
  const cells = replacements.map((row) =>
    row.map((planned) => ("content" in planned ? planned.content : planned.compute(planned.ranges.map((range) => valuesOf.get(range)!)))),
  );
  return { ...comparison, cells };
}
