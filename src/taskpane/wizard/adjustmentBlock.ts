/**
 * The part of the wizard's block that covariates add below the comparison of a yes/no outcome: a
 * balance table of PREVENT.BALANCE formulas and the adjusted effect from PREVENT.ADJUSTED. The two
 * groups come as separate ranges, so the formulas stack them, treated rows above comparison rows.
 */
import { adjustedOutputs, balanceOutputs, type OutputDescription } from "../../functions/outputs";
import { smdThreshold } from "../../engine/balanceThreshold";
import type { RowDefinition } from "../../templates/model";
import { numberFormatKeyOf } from "../../templates/numberFormats";
import { strings } from "../strings";
import { covariateKey, outputText, paneText, placeholder, rangeKey } from "./blockCells";
import type { NativeForm } from "./nativeForms";

/** A covariate's name and its absolute ranges in the treated and in the comparison group (rows as in the outcome ranges). */
export interface CovariateRanges {
  name: string;
  treated: string;
  control: string;
}

export interface AdjustmentRequest {
  confidence: number;
  covariates: CovariateRanges[];
  /** The reading of the adjusted effect. */
  reading: string;
}

/** The keys of PREVENT.ADJUSTED the block shows: those of the regression method, without the risk ratio (read in the sentence). */
const notShown = new Set(["effective_n_control", "risk_ratio", "rr_lower", "rr_upper"]);
const adjustedKeys = adjustedOutputs.outputs.filter((output) => !notShown.has(output.key));

/** Label and value; with covariates the balance table's five: name, mean treated, mean comparison, SMD, flag. */
export function blockColumnCount(covariates = 0): number {
  return covariates === 0 ? 2 : 5;
}

/** VSTACK(treated, comparison) with blank cells kept blank: VSTACK alone would turn them into 0. */
function stacked(treated: string, control: string): string {
  return `VSTACK(IF(ISBLANK(${treated}),"",${treated}),IF(ISBLANK(${control}),"",${control}))`;
}

/** The outcome, group and covariate arguments of PREVENT.BALANCE and PREVENT.ADJUSTED: treated rows above comparison rows. */
function stackedArguments(covariates: number) {
  const [treated, control] = [placeholder(rangeKey(0)), placeholder(rangeKey(1))];
  const columns = Array.from({ length: covariates }, (_, i) =>
    stacked(placeholder(covariateKey(i, "treated")), placeholder(covariateKey(i, "control"))),
  );
  return {
    outcome: stacked(treated, control),
    group: `VSTACK(SEQUENCE(ROWS(${treated}),1,1,0),SEQUENCE(ROWS(${control}),1,0,0))`,
    covariates: columns.length === 1 ? columns[0] : `HSTACK(${columns.join(",")})`,
  };
}

const readingLabel = {
  de: `${strings.de.blockReading} ${strings.de.blockReadingNote}`,
  en: `${strings.en.blockReading} ${strings.en.blockReadingNote}`,
};

/** The label of the block's readings: what the sentence says, as calculated when written. */
export function readingRow(reading: string): RowDefinition {
  return { kind: "value", label: readingLabel, value: reading };
}

/**
 * The rows covariates add below the comparison: a balance table (one row per covariate: name,
 * mean treated, mean comparison, SMD, a flag where |SMD| > 0.1) and the adjusted effect
 * (PREVENT.ADJUSTED by regression). Their formulas reach the confidence level as {@confidence:first}.
 */
export function adjustmentRows({ covariates, confidence, reading }: AdjustmentRequest): RowDefinition[] {
  if (covariates.length === 0) return [];
  const args = stackedArguments(covariates.length);
  const [meanTreated, meanControl, smd] = balanceOutputs.outputs;
  const shown = [meanTreated, meanControl, smd];
  const balanceRows = covariates.map((covariate, i): RowDefinition => {
    const addin = ({ key }: OutputDescription) =>
      `=INDEX(${balanceOutputs.functionName}(${args.covariates},${args.group},,"${key}"),${i + 1})`;
    const fixed = ({ key }: (typeof shown)[number]): NativeForm => ({ kind: "balance", covariate: i, key });
    // The flag is a native formula already; it reads the SMD cell beside it, whatever that holds.
    const flag = (language: "de" | "en") =>
      `=IF(ISNUMBER({@balance${i}:previous}),IF(ABS({@balance${i}:previous})>${smdThreshold},"${strings[language].balanceFlag}",""),"")`;
    return {
      kind: "resultGrid",
      key: `balance${i}`,
      label: { de: covariate.name, en: covariate.name },
      formulas: ["", "", "", { de: flag("de"), en: flag("en") }],
      formats: shown.map((output) => numberFormatKeyOf(output.numberFormat)),
      addinFormulas: [...shown.map(addin), null],
      writtenOnce: [...shown.map(fixed), null],
    };
  });
  const adjustedRows = adjustedKeys.map((output): RowDefinition => {
    const computed: NativeForm = { kind: "adjusted", key: output.key };
    return {
      kind: "result",
      label: outputText(output, confidence),
      formula: "",
      addinFormula: `=${adjustedOutputs.functionName}(${args.outcome},${args.group},${args.covariates},"regression",{@confidence:first},"${output.key}")`,
      format: numberFormatKeyOf(output.numberFormat),
      writtenOnce: computed,
    };
  });
  return [
    { kind: "blank" },
    { kind: "heading", text: paneText("balanceTitle") },
    { kind: "header", cells: [paneText("balanceCovariate"), ...shown.map((output) => outputText(output)), paneText("balanceFlagHeader")] },
    ...balanceRows,
    { kind: "blank" },
    { kind: "heading", text: paneText("adjustedTitle") },
    ...adjustedRows,
    readingRow(reading),
  ];
}
