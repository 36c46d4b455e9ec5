import { invalidValue, notEnoughData } from "./errors";
import type { Bilingual } from "../shared/bilingual";
import { formatValue } from "../shared/formatting";
import { message } from "../shared/message";
import { requireFinite, requireRate } from "./checks";
import { requireFiniteResult } from "./appraisal";

/** How far the shares may miss 1 (100 %) through rounding alone. */
export const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * Divides an amount among cost bearers: amount × share for each. Shares lie between 0 and 1 and
 * must add up to 1 (± 1e-9); a blank share (null) counts as 0, so the result stays aligned with
 * the list of bearers and adds up to the amount.
 */
export function split(amount: number, shares: readonly (number | null)[]): number[] {
  requireFinite(amount, "amount");
  if (shares.every((share) => share === null)) throw notEnoughData("engine.sharesMissing", { argument: "shares" });
  let sum = 0;
  shares.forEach((share, index) => {
    if (share !== null) sum += requireRate(share, message("engine.shareNumber", { index: index + 1 }));
  });
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    throw invalidValue("engine.sharesSum", { argument: "shares", sum, percent: percentValue(sum) });
  }
  return shares.map((share) => requireFiniteResult(amount * (share ?? 0), message("engine.resultOf.split")));
}

/** The sum as a percentage with enough digits to show how far it is from 100 %. */
function percentValue(fraction: number): Bilingual {
  const percent = Number((fraction * 100).toPrecision(12));
  return { de: `${formatValue(percent, "de")} %`, en: `${formatValue(percent, "en")} %` };
}
