import { invalidValue, notEnoughData } from "./errors";
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
  if (shares.every((share) => share === null)) throw notEnoughData("shares: no share given");
  let sum = 0;
  shares.forEach((share, index) => {
    if (share !== null) sum += requireRate(share, `shares: share ${index + 1}`);
  });
  if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
    throw invalidValue(`shares: add up to ${sum} (${percent(sum)}), expected 1 (100 %)`);
  }
  return shares.map((share) => requireFiniteResult(amount * (share ?? 0), "split"));
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))} %`;
}
