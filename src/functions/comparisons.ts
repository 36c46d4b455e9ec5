import { message } from "../shared/message";
import { differenceInDifferences } from "../engine/differenceInDifferences";
import { SampleAccumulator, welchTest, type MeanComparison, type SampleSummary, type TTestResult } from "../engine/means";
import { compareRates, requireEventCount, type RateComparison } from "../engine/proportions";
import { binaryOutcomes, eachNumber, optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";
import { withParameterAddresses } from "./parameterAddresses";
import {
  differenceInDifferencesOutputs,
  meanDifferenceOutputs,
  rateDifferenceOutputs,
  type DifferenceInDifferencesKey,
  type MeanDifferenceKey,
  type RateDifferenceKey,
} from "./outputs";
import { catalogueResult } from "./resultTable";

/* PREVENT.RATEDIFF, PREVENT.RATEDIFF.COUNTS, PREVENT.MEANDIFF and PREVENT.DID: treated versus
   control, always treated minus control (DESIGN §3.1). */

const defaultConfidence = 0.95;

function rateResult(comparison: RateComparison, confidence: number, output: unknown): any[][] {
  const values: Record<RateDifferenceKey, number | null> = {
    rate_treated: comparison.rateTreated,
    rate_control: comparison.rateControl,
    difference: comparison.difference,
    lower: comparison.lower,
    upper: comparison.upper,
    p_value: comparison.pValue,
    fisher_p: comparison.fisherPValue,
    nnt: comparison.numberNeededToTreat,
    n_treated: comparison.nTreated,
    n_control: comparison.nControl,
  };
  return catalogueResult(
    rateDifferenceOutputs,
    values,
    output,
    { confidence },
    {
      nnt: message("functions.nntEqualRates"),
    },
  );
}

/**
 * Compares a yes/no outcome (e.g. moved into a care home within the follow-up) between the
 * treated and the control group: rates, their difference (treated − control) with Newcombe's
 * score interval, the z-test and Fisher exact p-values, and the people served per prevented event.
 * @customfunction RATEDIFF
 * @requiresParameterAddresses
 * @param treated Outcome per person in the treated group: 1/0 or TRUE/FALSE. Blank cells are skipped.
 * @param control Outcome per person in the control group: 1/0 or TRUE/FALSE. Blank cells are skipped.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: rate_treated, rate_control, difference, lower, upper, p_value, fisher_p, nnt, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function rateDifference(
  treated: any[][],
  control: any[][],
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["treated", "control", "confidence", "output"], () => {
      const level = optionalNumber(confidence, "confidence", defaultConfidence);
      const comparison = compareRates(binaryOutcomes(treated, "treated"), binaryOutcomes(control, "control"), level);
      return rateResult(comparison, level, output);
    }),
  );
}

/**
 * The same comparison as PREVENT.RATEDIFF from aggregate counts: events and people per group.
 * @customfunction RATEDIFF.COUNTS
 * @param events_treated People in the treated group who had the event.
 * @param n_treated People in the treated group.
 * @param events_control People in the control group who had the event.
 * @param n_control People in the control group.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: rate_treated, rate_control, difference, lower, upper, p_value, fisher_p, nnt, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function rateDifferenceFromCounts(
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
    const comparison = compareRates(treated, control, level, { treated: "n_treated", control: "n_control" });
    return rateResult(comparison, level, output);
  });
}

/** Mean and variance of a range's numbers; blanks are skipped, anything else not a number is named. */
function sampleOf(range: unknown, argument: string): SampleSummary {
  const accumulator = new SampleAccumulator();
  eachNumber(range, argument, accumulator);
  return accumulator.summary();
}

function meanResult(comparison: MeanComparison, confidence: number, output: unknown): any[][] {
  const values: Record<MeanDifferenceKey, number | null> = {
    mean_treated: comparison.meanTreated,
    mean_control: comparison.meanControl,
    difference: comparison.difference,
    lower: comparison.lower,
    upper: comparison.upper,
    p_value: comparison.pValue,
    df: comparison.degreesOfFreedom,
    n_treated: comparison.nTreated,
    n_control: comparison.nControl,
  };
  return catalogueResult(meanDifferenceOutputs, values, output, { confidence });
}

/**
 * Compares a continuous outcome (months living at home, cost per person, a test score) between
 * the treated and the control group: means, their difference (treated − control) with Welch's
 * unequal-variance t interval and two-sided p-value.
 * @customfunction MEANDIFF
 * @requiresParameterAddresses
 * @param treated Values of the treated group. Blank cells are skipped.
 * @param control Values of the control group. Blank cells are skipped.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: mean_treated, mean_control, difference, lower, upper, p_value, df, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function meanDifference(
  treated: any[][],
  control: any[][],
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["treated", "control", "confidence", "output"], () => {
      const level = optionalNumber(confidence, "confidence", defaultConfidence);
      const comparison = welchTest(sampleOf(treated, "treated"), sampleOf(control, "control"), level);
      return meanResult(comparison, level, output);
    }),
  );
}

function differenceInDifferencesResult(result: TTestResult, confidence: number, output: unknown): any[][] {
  const values: Record<DifferenceInDifferencesKey, number | null> = {
    difference: result.difference,
    se: result.standardError,
    df: result.degreesOfFreedom,
    lower: result.lower,
    upper: result.upper,
    p_value: result.pValue,
  };
  return catalogueResult(differenceInDifferencesOutputs, values, output, { confidence });
}

/**
 * Difference in differences of four independent samples: (treated after − treated before) −
 * (control after − control before), with its standard error, Welch–Satterthwaite degrees of
 * freedom, t interval and two-sided p-value.
 * @customfunction DID
 * @requiresParameterAddresses
 * @param treated_before Values of the treated group before the programme. Blank cells are skipped.
 * @param treated_after Values of the treated group after the programme. Blank cells are skipped.
 * @param control_before Values of the control group before. Blank cells are skipped.
 * @param control_after Values of the control group after. Blank cells are skipped.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: difference, se, df, lower, upper or p_value.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function differenceInDifferencesOfMeans(
  treated_before: any[][],
  treated_after: any[][],
  control_before: any[][],
  control_after: any[][],
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(
      invocation,
      ["treated_before", "treated_after", "control_before", "control_after", "confidence", "output"],
      () => {
        const level = optionalNumber(confidence, "confidence", defaultConfidence);
        const result = differenceInDifferences(
          {
            treatedBefore: sampleOf(treated_before, "treated_before"),
            treatedAfter: sampleOf(treated_after, "treated_after"),
            controlBefore: sampleOf(control_before, "control_before"),
            controlAfter: sampleOf(control_after, "control_after"),
          },
          level,
        );
        return differenceInDifferencesResult(result, level, output);
      },
    ),
  );
}
