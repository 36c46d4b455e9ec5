import { evalues, riskRatio } from "../engine/confounding";
import { detectableDifference, sampleSize } from "../engine/power";
import { requireEventCount } from "../engine/proportions";
import { isBlank, optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";
import { evalueOutputs, evalueRatioOutputs, sampleSizeOutputs, type EValueKey, type SampleSizeKey } from "./outputs";
import { catalogueResult } from "./resultTable";

/* PREVENT.EVALUE, PREVENT.EVALUE.RR, PREVENT.DETECTABLE and PREVENT.SAMPLESIZE: could an
   unmeasured factor explain the effect, and could the comparison have found one (DESIGN §3.8). */

const defaultConfidence = 0.95;
const defaultPower = 0.8;

/**
 * The risk ratio of the treated to the control group with its log (Katz) interval, and the
 * E-values of VanderWeele and Ding: how strongly (as a risk ratio) an unmeasured factor would have
 * to be associated with both the service and the outcome to explain the ratio away, and to move
 * the interval to 1. A group without an event gives #N/A: the ratio is undefined.
 * @customfunction EVALUE
 * @param events_treated People in the treated group who had the event.
 * @param n_treated People in the treated group.
 * @param events_control People in the control group who had the event.
 * @param n_control People in the control group.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: risk_ratio, rr_lower, rr_upper, evalue or evalue_limit.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function evalueFromCounts(
  events_treated: number,
  n_treated: number,
  events_control: number,
  n_control: number,
  confidence?: number,
  output?: string,
): any[][] {
  return excelResult(() => {
    const level = optionalNumber(confidence, "confidence", defaultConfidence);
    const treated = requireEventCount(
      requiredNumber(events_treated, "events_treated"),
      requiredNumber(n_treated, "n_treated"),
      "events_treated",
      "n_treated",
    );
    const control = requireEventCount(
      requiredNumber(events_control, "events_control"),
      requiredNumber(n_control, "n_control"),
      "events_control",
      "n_control",
    );
    const ratio = riskRatio(treated, control, level);
    const e = evalues(ratio.riskRatio, [ratio.lower, ratio.upper]);
    const values: Record<EValueKey, number> = {
      risk_ratio: ratio.riskRatio,
      rr_lower: ratio.lower,
      rr_upper: ratio.upper,
      evalue: e.evalue,
      evalue_limit: e.evalueLimit,
    };
    return catalogueResult(evalueOutputs, values, output, { confidence: level });
  });
}

/**
 * The E-values of any risk ratio, e.g. the adjusted one of PREVENT.ADJUSTED: for the ratio, and
 * for its interval the E-value of the limit nearer 1 (1 when the interval contains 1).
 * @customfunction EVALUE.RR
 * @param risk_ratio The risk ratio (greater than 0).
 * @param [limit_1] One limit of its confidence interval; alone, the limit nearer 1.
 * @param [limit_2] The other limit.
 * @param [output] One value instead of the table: evalue or evalue_limit.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function evalueFromRatio(risk_ratio: number, limit_1?: number, limit_2?: number, output?: string): any[][] {
  return excelResult(() => {
    const ratio = requiredNumber(risk_ratio, "risk_ratio");
    const limits = [
      ["limit_1", limit_1],
      ["limit_2", limit_2],
    ]
      .filter(([, limit]) => !isBlank(limit))
      .map(([name, limit]) => requiredNumber(limit, name as string));
    const e = evalues(ratio, limits);
    return catalogueResult(evalueRatioOutputs, { evalue: e.evalue, evalue_limit: e.evalueLimit }, output);
  });
}

/**
 * The smallest reduction of the treated group's rate that a two-sided two-proportion z-test
 * detects with the given power, for these group sizes: a negative difference (treated − control).
 * A non-significant comparison with a large detectable reduction is no evidence against an effect.
 * @customfunction DETECTABLE
 * @param n_treated People in the treated group.
 * @param n_control People in the control group.
 * @param rate_control The control group's rate, strictly between 0 and 1.
 * @param [power] Power, strictly between 0 and 1 (default 0.8).
 * @param [confidence] Confidence level of the test, strictly between 0 and 1 (default 0.95).
 * @returns The detectable difference of rates (treated − control), a negative number.
 */
export function detectable(n_treated: number, n_control: number, rate_control: number, power?: number, confidence?: number): number {
  return excelResult(() =>
    detectableDifference(
      requiredNumber(n_treated, "n_treated"),
      requiredNumber(n_control, "n_control"),
      requiredNumber(rate_control, "rate_control"),
      optionalNumber(power, "power", defaultPower),
      optionalNumber(confidence, "confidence", defaultConfidence),
    ),
  );
}

/**
 * People a planned evaluation needs to detect a change of the rate from rate_control to
 * rate_treated with a two-sided two-proportion z-test at the given power and level, with ratio
 * control people per treated person.
 * @customfunction SAMPLESIZE
 * @param rate_control The rate expected without the service, strictly between 0 and 1.
 * @param rate_treated The rate expected with the service, strictly between 0 and 1.
 * @param [power] Power, strictly between 0 and 1 (default 0.8).
 * @param [confidence] Confidence level of the test, strictly between 0 and 1 (default 0.95).
 * @param [ratio] Control people per treated person (default 1).
 * @param [output] One value instead of the table: n_treated, n_control or n_total.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function plannedSampleSize(
  rate_control: number,
  rate_treated: number,
  power?: number,
  confidence?: number,
  ratio?: number,
  output?: string,
): any[][] {
  return excelResult(() => {
    const level = optionalNumber(confidence, "confidence", defaultConfidence);
    const size = sampleSize(
      requiredNumber(rate_control, "rate_control"),
      requiredNumber(rate_treated, "rate_treated"),
      optionalNumber(power, "power", defaultPower),
      level,
      optionalNumber(ratio, "ratio", 1),
    );
    const values: Record<SampleSizeKey, number> = { n_treated: size.nTreated, n_control: size.nControl, n_total: size.nTotal };
    return catalogueResult(sampleSizeOutputs, values, output, { confidence: level });
  });
}
