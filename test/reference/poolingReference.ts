/* Typed access to pooling.json, written by pooling.R (metafor 3.8: escalc(measure = "RD"), rma, predict, weights). */
import reference from "./pooling.json";

export interface PooledFit {
  method: "REML" | "DL";
  interval: "HK" | "normal";
  confidence: number;
  estimate: number;
  se: number;
  lower: number;
  upper: number;
  p_value: number;
  tau2: number;
  i2: number;
  q: number;
  q_p_value: number;
  pi_lower: number;
  pi_upper: number;
  k: number;
  /** Random-effects weight of each site in percent. */
  weights: number[];
}

export interface CountsCase {
  name: string;
  events_treated: number[];
  n_treated: number[];
  events_control: number[];
  n_control: number[];
  /** escalc's rate difference and its variance per site. */
  yi: number[];
  vi: number[];
  fits: PooledFit[];
}

export interface EstimatesCase {
  name: string;
  estimates: number[];
  standard_errors: number[];
  fits: PooledFit[];
}

export interface PoolingReference {
  metafor_version: string;
  counts: CountsCase[];
  estimates: EstimatesCase[];
  chi_square: { x: number; df: number; value: number }[];
}

export const poolingReference = reference as unknown as PoolingReference;

/** The keys every fit carries besides its options and weights, in the functions' order. */
export const fitKeys = [
  "estimate",
  "se",
  "lower",
  "upper",
  "p_value",
  "tau2",
  "i2",
  "q",
  "q_p_value",
  "pi_lower",
  "pi_upper",
  "k",
] as const;
