/* Typed access to comparableGroups.json, written by comparableGroups.R (R's glm(binomial), vcov, lm and sandwich::vcovHC). */
import reference from "./comparableGroups.json";

export interface BalanceReference {
  covariate: string;
  mean_treated: number;
  mean_control: number;
  smd: number;
  variance_ratio: number;
}

export interface AdjustedReference {
  method: "regression" | "weighting";
  confidence: number;
  rate_treated: number;
  rate_control_adjusted: number;
  difference: number;
  se: number;
  lower: number;
  upper: number;
  p_value: number;
  nnt: number;
  n_treated: number;
  n_control: number;
  effective_n_control?: number;
}

/** One data set: outcome, group and covariate columns with null for a missing value, and what R computed from its complete rows. */
export interface ComparableGroupsCase {
  name: string;
  covariates: string[];
  outcome: (number | null)[];
  group: (number | null)[];
  covariate_columns: (number | null)[][];
  complete_rows: number;
  propensity_coefficients: number[];
  outcome_coefficients: number[];
  /** null for a row left out. */
  weights: (number | null)[];
  balance: BalanceReference[];
  balance_weighted: BalanceReference[];
  adjusted: AdjustedReference[];
}

export interface ComparableGroupsReference {
  cohort_crude: { rate_treated: number; rate_control: number; difference: number };
  cases: ComparableGroupsCase[];
}

export const comparableGroupsReference = reference as unknown as ComparableGroupsReference;

export function referenceCase(name: string): ComparableGroupsCase {
  const found = comparableGroupsReference.cases.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no reference case ${name}`);
  return found;
}
