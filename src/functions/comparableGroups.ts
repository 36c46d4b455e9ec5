import { message } from "../shared/message";
import {
  adjustedEffect,
  balance,
  propensityWeights,
  type AdjustedEffect,
  type AdjustmentMethod,
  type BalanceRow,
} from "../engine/comparableGroups";
import { invalidValue } from "../engine/errors";
import { optionalKey, optionalNumber } from "./cells";
import { comparableGroupsInput } from "./comparableGroupCells";
import { adjustedOutputs, balanceOutputs, outputKeys, outputLabel, type AdjustedKey, type BalanceKey } from "./outputs";
import { excelResult } from "./excelErrors";
import { withParameterAddresses } from "./parameterAddresses";
import { displayLanguage } from "../shared/language";
import { statisticsResult, type Labels, type ResultField, type SpilledTable } from "./resultTable";

/* PREVENT.BALANCE, PREVENT.WEIGHTS and PREVENT.ADJUSTED: were the served and the comparison group
   alike, and what is the effect on the served once measured differences are adjusted for
   (DESIGN §3.6). */

const defaultConfidence = 0.95;

function cell(value: number | null): number | "" {
  return value ?? "";
}

// --- PREVENT.BALANCE -----------------------------------------------------------------------------

function balanceValues(row: BalanceRow): Record<BalanceKey, number | null> {
  return {
    mean_treated: row.meanTreated,
    mean_control: row.meanControl,
    smd: row.standardisedMeanDifference,
    variance_ratio: row.varianceRatio,
  };
}

/**
 * Were the served and the comparison group alike? One row per covariate: the mean in the served
 * group, the mean in the comparison group, the standardised mean difference (|SMD| above 0.1 is
 * the usual sign of a real difference) and the variance ratio. With weights (e.g. from
 * PREVENT.WEIGHTS), the means and variances are weighted; the SMD keeps the unweighted spread.
 * @customfunction BALANCE
 * @requiresParameterAddresses
 * @param covariates One column per covariate (numbers), one row per person. A row with a blank is left out.
 * @param group Group per person: 1 = served, 0 = comparison group (or TRUE/FALSE).
 * @param [weights] A weight per person (at least 0), e.g. from PREVENT.WEIGHTS; default 1 for everyone.
 * @param [output] Just one column: mean_treated, mean_control, smd or variance_ratio.
 * @returns One row per covariate: mean served, mean comparison, SMD, variance ratio (no header row).
 */
export function balanceTable(
  covariates: any[][],
  group: any[][],
  weights?: any[][],
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["covariates", "group", "weights", "output"], () => {
      const key = optionalKey(output, "output");
      const keys = outputKeys(balanceOutputs);
      if (key !== null && !keys.includes(key as BalanceKey)) {
        throw invalidValue("functions.unknownOutput", { key, keys });
      }
      const input = comparableGroupsInput({ group, covariates, weights });
      const rows = balance(input.data, input.weights).map(balanceValues);
      const columns = key === null ? keys : [key as BalanceKey];
      return rows.map((row) => columns.map((column) => cell(row[column])));
    }),
  );
}

// --- PREVENT.WEIGHTS -----------------------------------------------------------------------------

/**
 * Weights that make the comparison group resemble the served group in the covariates: 1 for the
 * served, e/(1 − e) for the comparison group, e the probability of being served from a logistic
 * regression on the covariates. For PREVENT.BALANCE's weights.
 * @customfunction WEIGHTS
 * @requiresParameterAddresses
 * @param group Group per person: 1 = served, 0 = comparison group (or TRUE/FALSE).
 * @param covariates One column per covariate (numbers), one row per person. A row with a blank is left out.
 * @returns A column with one weight per person; an empty cell for a row left out.
 */
export function weightsColumn(group: any[][], covariates: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["group", "covariates"], () => {
      const input = comparableGroupsInput({ group, covariates });
      const weights = propensityWeights(input.data);
      const column: (number | string)[][] = Array.from({ length: input.people }, () => [""]);
      input.rowOfCase.forEach((row, i) => (column[row][0] = weights[i]));
      return column;
    }),
  );
}

// --- PREVENT.ADJUSTED ----------------------------------------------------------------------------

function adjustmentMethod(method: unknown): AdjustmentMethod {
  const key = optionalKey(method, "method");
  if (key === null || key === "regression") return "regression";
  if (key === "weighting") return "weighting";
  throw invalidValue("functions.unknownMethod", { key });
}

function adjustedLabels(confidence: number): Labels<AdjustedKey> {
  const entries = adjustedOutputs.outputs.map((entry) => [
    entry.key,
    { en: outputLabel(entry, "en", { confidence }), de: outputLabel(entry, "de", { confidence }) },
  ]);
  return Object.fromEntries(entries) as Labels<AdjustedKey>;
}

function adjustedFields(effect: AdjustedEffect, withAllKeys: boolean): ResultField<AdjustedKey>[] {
  const fields: ResultField<AdjustedKey>[] = [
    { key: "rate_treated", value: effect.rateTreated },
    { key: "rate_control_adjusted", value: effect.rateControlAdjusted },
    { key: "difference", value: effect.difference },
    { key: "se", value: effect.standardError },
    { key: "lower", value: effect.lower },
    { key: "upper", value: effect.upper },
    { key: "p_value", value: effect.pValue, whyMissing: message("functions.pValueNoError") },
    {
      key: "nnt",
      value: effect.numberNeededToTreat,
      whyMissing: message("functions.nntAdjustedZero"),
    },
    { key: "n_treated", value: effect.nTreated },
    { key: "n_control", value: effect.nControl },
  ];
  if (effect.method === "weighting" || withAllKeys) {
    fields.push({
      key: "effective_n_control",
      value: effect.effectiveNControl,
      whyMissing: message("functions.effectiveNOnlyWeighting"),
    });
  }
  fields.push(
    { key: "risk_ratio", value: effect.riskRatio, whyMissing: message("functions.riskRatioUndefined", { key: "risk_ratio" }) },
    { key: "rr_lower", value: effect.rrLower, whyMissing: message("functions.riskRatioUndefined", { key: "rr_lower" }) },
    { key: "rr_upper", value: effect.rrUpper, whyMissing: message("functions.riskRatioUndefined", { key: "rr_upper" }) },
  );
  return fields;
}

/**
 * The effect on the served, adjusted for measured differences between the groups: the served
 * group's rate, the rate the same people would have had without the service (estimated from the
 * comparison group), their difference with a normal confidence interval and p-value, and the NNT.
 * "regression" uses a logistic model of the outcome; "weighting" reweights the comparison group
 * (PREVENT.WEIGHTS) and also gives the effective size of the weighted comparison group. The ratio
 * of the two rates (risk ratio, interval by the delta method on the log scale) feeds PREVENT.EVALUE.RR.
 * Differences that were not measured are not adjusted for.
 * @customfunction ADJUSTED
 * @requiresParameterAddresses
 * @param outcome Outcome per person: 1/0 or TRUE/FALSE (e.g. moved into a care home within 24 months).
 * @param group Group per person: 1 = served, 0 = comparison group (or TRUE/FALSE).
 * @param covariates One column per covariate (numbers), one row per person. A row with a blank anywhere is left out.
 * @param [method] "regression" (default) or "weighting".
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: rate_treated, rate_control_adjusted, difference, se, lower, upper, p_value, nnt, n_treated, n_control, effective_n_control, risk_ratio, rr_lower or rr_upper.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function adjustedDifference(
  outcome: any[][],
  group: any[][],
  covariates: any[][],
  method?: string,
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["outcome", "group", "covariates", "method", "confidence", "output"], (): SpilledTable => {
      const chosen = adjustmentMethod(method);
      const level = optionalNumber(confidence, "confidence", defaultConfidence);
      const input = comparableGroupsInput({ outcome, group, covariates });
      const effect = adjustedEffect(input.data, input.outcome as Float64Array, chosen, level);
      const fields = adjustedFields(effect, optionalKey(output, "output") !== null);
      return statisticsResult(fields, output, adjustedLabels(level), displayLanguage());
    }),
  );
}
