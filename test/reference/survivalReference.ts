/* Typed access to survival.json, written by survival.R (R's survival package: survfit, survdiff, print(survfit, rmean)). */
import { timeAtHome, type TimeAtHome } from "../../src/engine/timeAtHome";
import reference from "./survival.json";

/** R's NA is null; an infinite value is written as the text "Infinity". */
export type ReferenceNumber = number | null | "Infinity";

export interface KaplanMeierReference {
  confidence: number;
  times: number[];
  /** The whole survfit curve, one value per distinct time. */
  curve: {
    time: number[];
    surv: number[];
    lower: (number | null)[];
    upper: (number | null)[];
    std_err: ReferenceNumber[];
    n_risk: number[];
    n_event: number[];
    n_censor: number[];
  };
  /** summary(fit, times, extend = TRUE). */
  at_times: { surv: number[]; lower: (number | null)[]; upper: (number | null)[]; n_risk: number[] };
  people: number;
  entries: number;
  median: number | null;
  median_lower: number | null;
  median_upper: number | null;
}

export interface LogRankReference {
  horizon: number;
  confidence: number;
  chi_square: number;
  p_value: number;
  observed_treated: number;
  observed_control: number;
  expected_treated: number;
  expected_control: number;
  n_treated: number;
  n_control: number;
  months_treated: number;
  se_treated: number;
  months_control: number;
  se_control: number;
  months_delayed: number;
  se_delayed: number;
  lower: number;
  upper: number;
}

/** People as the functions receive them: Excel serials, null for no care-home entry. */
export interface ReferencePeople {
  group: string[];
  start: number[];
  entry: (number | null)[];
  end: number[];
}

export interface HandMadeCase {
  name: string;
  people: ReferencePeople;
  kaplan_meier: { treated: KaplanMeierReference; control: KaplanMeierReference; control_80: KaplanMeierReference };
  log_rank: LogRankReference;
  log_rank_12: LogRankReference;
}

export interface SurvivalReference {
  survival_version: string;
  cohort: {
    name: string;
    kaplan_meier: {
      treated: KaplanMeierReference;
      control: KaplanMeierReference;
      treated_90: KaplanMeierReference;
      everyone: KaplanMeierReference;
    };
    log_rank: LogRankReference;
    log_rank_24_90: LogRankReference;
    log_rank_60: LogRankReference;
  };
  cohort_people: ReferencePeople;
  hand_made: HandMadeCase[];
}

export const survivalReference = reference as unknown as SurvivalReference;

/** Time at home of the people of one group ("treated", "control") or of everyone (null). */
export function timesOf(people: ReferencePeople, group: string | null): TimeAtHome[] {
  const times: TimeAtHome[] = [];
  people.group.forEach((name, i) => {
    if (group !== null && name !== group) return;
    times.push(timeAtHome({ start: people.start[i], entry: people.entry[i], end: people.end[i] }, `row ${i + 1}`));
  });
  return times;
}
