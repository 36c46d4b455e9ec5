/* Typed access to comparisons.json, written by comparisons.R (R's prop.test, fisher.test, t.test, qt/pt). */
import reference from "./comparisons.json";

export interface RateCase {
  name: string;
  events_treated: number;
  n_treated: number;
  events_control: number;
  n_control: number;
  confidence: number;
  rate_treated: number;
  rate_control: number;
  difference: number;
  wilson_treated: [number, number];
  wilson_control: [number, number];
  lower: number;
  upper: number;
  p_value: number;
  fisher_p: number;
  nnt: number | null;
}

export interface MeanCase {
  name: string;
  confidence: number;
  treated: number[];
  control: number[];
  mean_treated: number;
  mean_control: number;
  difference: number;
  lower: number;
  upper: number;
  p_value: number;
  df: number;
  t: number;
  n_treated: number;
  n_control: number;
}

export interface DifferenceInDifferencesCase {
  name: string;
  confidence: number;
  treated_before: number[];
  treated_after: number[];
  control_before: number[];
  control_after: number[];
  difference: number;
  se: number;
  df: number;
  lower: number;
  upper: number;
  p_value: number;
}

export interface ComparisonsReference {
  distributions: {
    normal_quantile: { probability: number; value: number }[];
    normal_cdf: { z: number; value: number }[];
    t_quantile: { probability: number; df: number; value: number }[];
    t_cdf: { t: number; df: number; value: number }[];
  };
  wilson: { events: number; n: number; confidence: number; bounds: [number, number] }[];
  rates: RateCase[];
  means: MeanCase[];
  differences_in_differences: DifferenceInDifferencesCase[];
}

export const comparisonsReference = reference as unknown as ComparisonsReference;

export function rateCase(name: string): RateCase {
  const found = comparisonsReference.rates.find((candidate) => candidate.name.startsWith(name));
  if (!found) throw new Error(`no reference case '${name}'`);
  return found;
}
