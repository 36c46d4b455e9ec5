import { requireConfidence } from "./checks";
import { normalCriticalValue } from "./distributions";
import { notEnoughData } from "./errors";
import { kaplanMeierOfGroup, type KaplanMeierCurve } from "./kaplanMeier";
import { logRankTest, type LogRankTest } from "./logRank";
import { restrictedMean, type RestrictedMean } from "./restrictedMean";
import { groupTimes } from "./riskSets";
import type { TimeAtHome } from "./timeAtHome";

export const DEFAULT_HORIZON_MONTHS = 36;

export interface GroupTimeAtHome {
  curve: KaplanMeierCurve;
  restrictedMean: RestrictedMean;
}

export interface TimeAtHomeComparison {
  horizon: number;
  confidence: number;
  logRank: LogRankTest;
  treated: GroupTimeAtHome;
  control: GroupTimeAtHome;
  /**
   * Restricted mean months at home, treated − control: the months by which care-home entry was
   * delayed on average within the horizon (PREVENT.PLACEMENTVALUE's months_avoided per person).
   */
  monthsDelayed: number;
  /** √(se_treated² + se_control²): the two groups are independent. */
  standardError: number;
  /** monthsDelayed ∓ z · standardError. */
  lower: number;
  upper: number;
}

/**
 * Treated against control: the log-rank test and the restricted mean time at home up to the
 * horizon in each group, with their difference. A group with nobody in it gives not-enough-data.
 */
export function compareTimeAtHome(
  treated: readonly TimeAtHome[],
  control: readonly TimeAtHome[],
  horizon = DEFAULT_HORIZON_MONTHS,
  confidence = 0.95,
): TimeAtHomeComparison {
  requireConfidence(confidence);
  if (treated.length === 0) throw notEnoughData("engine.noTreated");
  if (control.length === 0) throw notEnoughData("engine.noControl");
  const treatedTimes = groupTimes(treated);
  const controlTimes = groupTimes(control);
  const treatedCurve = kaplanMeierOfGroup(treatedTimes);
  const controlCurve = kaplanMeierOfGroup(controlTimes);
  const treatedMean = restrictedMean(treatedCurve, horizon);
  const controlMean = restrictedMean(controlCurve, horizon);
  const monthsDelayed = treatedMean.months - controlMean.months;
  const standardError = Math.hypot(treatedMean.standardError, controlMean.standardError);
  const margin = normalCriticalValue(confidence) * standardError;
  return {
    horizon,
    confidence,
    logRank: logRankTest(treatedTimes, controlTimes),
    treated: { curve: treatedCurve, restrictedMean: treatedMean },
    control: { curve: controlCurve, restrictedMean: controlMean },
    monthsDelayed,
    standardError,
    lower: monthsDelayed - margin,
    upper: monthsDelayed + margin,
  };
}
