import { requireConfidence, requireFinite } from "./checks";
import { normalCriticalValue } from "./distributions";
import { invalidValue, notEnoughData } from "./errors";
import type { EventCount } from "./proportions";

/*
 * Unmeasured confounding (DESIGN §3.8): the risk ratio of two groups and the E-value of
 * VanderWeele & Ding (Annals of Internal Medicine 2017, 167:268–274), the risk ratio by which an
 * unmeasured factor would have to be associated with both the service and the outcome to
 * explain the observed ratio away.
 */

export interface RiskRatio {
  /** (events_treated / n_treated) ÷ (events_control / n_control). */
  riskRatio: number;
  lower: number;
  upper: number;
}

export interface EValues {
  /** The E-value of the ratio itself. */
  evalue: number;
  /** The E-value of the interval limit nearer 1; 1 when the interval contains 1 (or no limit is given). */
  evalueLimit: number;
}

/**
 * The risk ratio treated ÷ control with the log (Katz) interval
 * exp(log RR ± z·√(1/a − 1/n₁ + 1/c − 1/n₂)). Undefined when a group has no event.
 */
export function riskRatio(treated: EventCount, control: EventCount, confidence: number): RiskRatio {
  requireConfidence(confidence);
  if (treated.n === 0) throw notEnoughData("engine.groupEmpty", { argument: "n_treated" });
  if (control.n === 0) throw notEnoughData("engine.groupEmpty", { argument: "n_control" });
  if (treated.events === 0 || control.events === 0) {
    const group = treated.events === 0 ? "events_treated" : "events_control";
    throw notEnoughData("engine.noEvent", { argument: group });
  }
  const ratio = treated.events / treated.n / (control.events / control.n);
  const se = Math.sqrt(1 / treated.events - 1 / treated.n + 1 / control.events - 1 / control.n);
  const z = normalCriticalValue(confidence);
  return { riskRatio: ratio, lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se) };
}

/** RR + √(RR·(RR − 1)) for RR ≥ 1, the same on 1/RR below 1. */
export function evalueOf(ratio: number): number {
  const above = ratio >= 1 ? ratio : 1 / ratio;
  return above + Math.sqrt(above) * Math.sqrt(above - 1);
}

function requireRatio(value: number, argument: string): number {
  requireFinite(value, argument);
  if (!(value > 0)) throw invalidValue("engine.notARiskRatio", { argument, value });
  if (!Number.isFinite(evalueOf(value))) throw invalidValue("engine.evalueOutOfReach", { argument, value });
  return value;
}

/**
 * E-values of a risk ratio and, when given, of its interval: the E-value of the limit nearer 1
 * (two limits may come in either order), 1 when the interval contains 1. A single limit must be
 * the one nearer 1: on the far side it says nothing about how close the interval comes to 1.
 */
export function evalues(ratio: number, limits: number[] = []): EValues {
  requireRatio(ratio, "risk_ratio");
  limits.forEach((limit, i) => requireRatio(limit, `limit_${i + 1}`));
  const evalue = evalueOf(ratio);
  if (limits.length === 0) return { evalue, evalueLimit: 1 };
  if (limits.length === 2 && (ratio < Math.min(...limits) || ratio > Math.max(...limits))) {
    throw invalidValue("engine.ratioOutsideInterval", { argument: "risk_ratio", value: ratio, lower: limits[0], upper: limits[1] });
  }
  if (limits.length === 1 && ratio !== 1 && (limits[0] - ratio) * (ratio - 1) > 0) {
    throw invalidValue("engine.limitFarSide", { argument: "limit_1", value: limits[0], ratio });
  }
  const low = Math.min(ratio, ...limits);
  const high = Math.max(ratio, ...limits);
  if (low <= 1 && high >= 1) return { evalue, evalueLimit: 1 };
  return { evalue, evalueLimit: evalueOf(ratio > 1 ? low : high) };
}
