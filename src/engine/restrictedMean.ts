import type { KaplanMeierCurve } from "./kaplanMeier";
import { requireMonths } from "./timeAtHome";

export interface RestrictedMean {
  horizon: number;
  /** Mean months at home within the horizon: the area under the Kaplan–Meier curve from 0 to the horizon. */
  months: number;
  standardError: number;
}

/**
 * The restricted mean time at home and its standard error, as print(survfit, rmean = horizon)
 * computes them (survival 3.5, survmean): beyond the last follow-up the curve is carried on at its
 * last value. Variance Σᵢ Aᵢ² · dᵢ / (nᵢ (nᵢ − dᵢ)) over the times before the horizon, Aᵢ the
 * area under the curve from time i to the horizon; a time where everyone at risk entered adds 0.
 */
export function restrictedMean(curve: KaplanMeierCurve, horizon: number): RestrictedMean {
  requireMonths(horizon, "horizon");
  // Rectangles under the step curve, one per curve time up to the horizon and one to the horizon.
  const widths: number[] = [];
  const heights: number[] = [];
  const hazardVariances: number[] = [];
  let previous = 0;
  let share = 1;
  for (let i = 0; i < curve.months.length && curve.months[i] <= horizon; i++) {
    widths.push(curve.months[i] - previous);
    heights.push(share);
    const n = curve.atRisk[i];
    const d = curve.entered[i];
    hazardVariances.push(n - d === 0 ? 0 : d / (n * (n - d)));
    previous = curve.months[i];
    share = curve.atHome[i];
  }
  widths.push(horizon - previous);
  heights.push(share);
  hazardVariances.push(0);

  let months = 0;
  for (let k = 0; k < widths.length; k++) months += widths[k] * heights[k];
  // Area after time i = rectangles i+1 … last; summed from the end.
  let areaAfter = 0;
  let variance = 0;
  for (let k = widths.length - 1; k >= 1; k--) {
    areaAfter += widths[k] * heights[k];
    variance += areaAfter * areaAfter * hazardVariances[k - 1];
  }
  return { horizon, months, standardError: Math.sqrt(variance) };
}
