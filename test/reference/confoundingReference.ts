/* Typed access to confounding.json, written by confounding.R (E-values by their formula, R's power.prop.test and uniroot). */
import reference from "./confounding.json";

export interface RatioReference {
  risk_ratio: number;
  limit_1: number;
  limit_2: number;
  evalue: number;
  evalue_limit: number;
}

export interface CountsReference {
  events_treated: number;
  n_treated: number;
  events_control: number;
  n_control: number;
  confidence: number;
  risk_ratio: number;
  rr_lower: number;
  rr_upper: number;
  evalue: number;
  evalue_limit: number;
}

export interface DetectableReference {
  n_treated: number;
  n_control: number;
  rate_control: number;
  power: number;
  confidence: number;
  difference: number;
  method: string;
}

export interface SampleSizeReference {
  rate_control: number;
  rate_treated: number;
  power: number;
  confidence: number;
  ratio: number;
  exact_treated: number;
  n_treated: number;
  n_control: number;
  n_total: number;
  method: string;
}

export interface ConfoundingReference {
  paper_example: RatioReference;
  ratios: RatioReference[];
  counts: CountsReference[];
  detectable: DetectableReference[];
  undetectable: { n_treated: number; n_control: number; rate_control: number; power: number; confidence: number; power_at_zero: number };
  sample_sizes: SampleSizeReference[];
  powers: { n: number; rate_treated: number; rate_control: number; confidence: number; power: number }[];
}

export const confoundingReference = reference as unknown as ConfoundingReference;
