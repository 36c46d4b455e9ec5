import { differenceInDifferences } from "../engine/differenceInDifferences";
import { SampleAccumulator, welchTest, type MeanComparison, type SampleSummary, type TTestResult } from "../engine/means";
import { compareRates, requireEventCount, type RateComparison } from "../engine/proportions";
import { binaryOutcomes, eachNumber, optionalNumber, requiredNumber } from "./cells";
import { excelResult } from "./excelErrors";
import type { Language } from "../shared/language";
import { statisticsResult, type Label, type Labels, type ResultField } from "./resultTable";

/* PREVENT.RATEDIFF, PREVENT.RATEDIFF.COUNTS, PREVENT.MEANDIFF and PREVENT.DID: treated versus
   control, always treated minus control (DESIGN §3.1). */

const defaultConfidence = 0.95;

/** "95" for 0.95, "97.5" / "97,5" for 0.975. */
export function confidencePercent(confidence: number, language: Language): string {
  const percent = String(Number((confidence * 100).toPrecision(10)));
  return language === "de" ? percent.replace(".", ",") : percent;
}

function intervalLabels(confidence: number): { lower: Label; upper: Label } {
  const en = confidencePercent(confidence, "en");
  const de = confidencePercent(confidence, "de");
  return {
    lower: { en: `Lower limit, ${en}% confidence interval`, de: `Untere Grenze, ${de}-%-Konfidenzintervall` },
    upper: { en: `Upper limit, ${en}% confidence interval`, de: `Obere Grenze, ${de}-%-Konfidenzintervall` },
  };
}

const groupSizeLabels = {
  n_treated: { en: "n, treated group", de: "n Interventionsgruppe" },
  n_control: { en: "n, control group", de: "n Vergleichsgruppe" },
};

type RateKey =
  | "rate_treated"
  | "rate_control"
  | "difference"
  | "lower"
  | "upper"
  | "p_value"
  | "fisher_p"
  | "nnt"
  | "n_treated"
  | "n_control";

function rateLabels(confidence: number): Labels<RateKey> {
  return {
    rate_treated: { en: "Rate, treated group", de: "Quote Interventionsgruppe" },
    rate_control: { en: "Rate, control group", de: "Quote Vergleichsgruppe" },
    difference: { en: "Difference (treated − control)", de: "Differenz (Intervention − Vergleich)" },
    ...intervalLabels(confidence),
    p_value: { en: "p-value (two-proportion z-test)", de: "p-Wert (z-Test für zwei Anteile)" },
    fisher_p: { en: "p-value (Fisher's exact test)", de: "p-Wert (exakter Test nach Fisher)" },
    nnt: { en: "People served per prevented event (NNT)", de: "Beratene je verhindertem Ereignis (NNT)" },
    ...groupSizeLabels,
  };
}

function rateResult(comparison: RateComparison, confidence: number, output: unknown): any[][] {
  const fields: ResultField<RateKey>[] = [
    { key: "rate_treated", value: comparison.rateTreated },
    { key: "rate_control", value: comparison.rateControl },
    { key: "difference", value: comparison.difference },
    { key: "lower", value: comparison.lower },
    { key: "upper", value: comparison.upper },
    { key: "p_value", value: comparison.pValue },
    { key: "fisher_p", value: comparison.fisherPValue },
    {
      key: "nnt",
      value: comparison.numberNeededToTreat,
      whyMissing: "nnt: the two rates are equal, so no number of people served prevents one event",
    },
    { key: "n_treated", value: comparison.nTreated },
    { key: "n_control", value: comparison.nControl },
  ];
  return statisticsResult(fields, output, rateLabels(confidence));
}

/**
 * Compares a yes/no outcome (e.g. moved into a care home within the follow-up) between the
 * treated and the control group: rates, their difference (treated − control) with Newcombe's
 * score interval, the z-test and Fisher exact p-values, and the people served per prevented event.
 * @customfunction RATEDIFF
 * @param treated Outcome per person in the treated group: 1/0 or TRUE/FALSE. Blank cells are skipped.
 * @param control Outcome per person in the control group: 1/0 or TRUE/FALSE. Blank cells are skipped.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: rate_treated, rate_control, difference, lower, upper, p_value, fisher_p, nnt, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function rateDifference(treated: any[][], control: any[][], confidence?: number, output?: string): any[][] {
  return excelResult(() => {
    const level = optionalNumber(confidence, "confidence", defaultConfidence);
    const comparison = compareRates(binaryOutcomes(treated, "treated"), binaryOutcomes(control, "control"), level);
    return rateResult(comparison, level, output);
  });
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

type MeanKey =
  | "mean_treated"
  | "mean_control"
  | "difference"
  | "lower"
  | "upper"
  | "p_value"
  | "df"
  | "n_treated"
  | "n_control";

function meanLabels(confidence: number): Labels<MeanKey> {
  return {
    mean_treated: { en: "Mean, treated group", de: "Mittelwert Interventionsgruppe" },
    mean_control: { en: "Mean, control group", de: "Mittelwert Vergleichsgruppe" },
    difference: { en: "Difference (treated − control)", de: "Differenz (Intervention − Vergleich)" },
    ...intervalLabels(confidence),
    p_value: { en: "p-value (Welch t-test)", de: "p-Wert (Welch-t-Test)" },
    df: { en: "Degrees of freedom (Welch)", de: "Freiheitsgrade (Welch)" },
    ...groupSizeLabels,
  };
}

function meanResult(comparison: MeanComparison, confidence: number, output: unknown): any[][] {
  const fields: ResultField<MeanKey>[] = [
    { key: "mean_treated", value: comparison.meanTreated },
    { key: "mean_control", value: comparison.meanControl },
    { key: "difference", value: comparison.difference },
    { key: "lower", value: comparison.lower },
    { key: "upper", value: comparison.upper },
    { key: "p_value", value: comparison.pValue },
    { key: "df", value: comparison.degreesOfFreedom },
    { key: "n_treated", value: comparison.nTreated },
    { key: "n_control", value: comparison.nControl },
  ];
  return statisticsResult(fields, output, meanLabels(confidence));
}

/**
 * Compares a continuous outcome (months living at home, cost per person, a test score) between
 * the treated and the control group: means, their difference (treated − control) with Welch's
 * unequal-variance t interval and two-sided p-value.
 * @customfunction MEANDIFF
 * @param treated Values of the treated group. Blank cells are skipped.
 * @param control Values of the control group. Blank cells are skipped.
 * @param [confidence] Confidence level of the interval, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: mean_treated, mean_control, difference, lower, upper, p_value, df, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function meanDifference(treated: any[][], control: any[][], confidence?: number, output?: string): any[][] {
  return excelResult(() => {
    const level = optionalNumber(confidence, "confidence", defaultConfidence);
    const comparison = welchTest(sampleOf(treated, "treated"), sampleOf(control, "control"), level);
    return meanResult(comparison, level, output);
  });
}

type DifferenceInDifferencesKey = "difference" | "se" | "df" | "lower" | "upper" | "p_value";

function differenceInDifferencesLabels(confidence: number): Labels<DifferenceInDifferencesKey> {
  return {
    difference: { en: "Difference in differences", de: "Differenz der Differenzen" },
    se: { en: "Standard error", de: "Standardfehler" },
    df: { en: "Degrees of freedom (Welch–Satterthwaite)", de: "Freiheitsgrade (Welch-Satterthwaite)" },
    ...intervalLabels(confidence),
    p_value: { en: "p-value (t-test)", de: "p-Wert (t-Test)" },
  };
}

function differenceInDifferencesResult(result: TTestResult, confidence: number, output: unknown): any[][] {
  const fields: ResultField<DifferenceInDifferencesKey>[] = [
    { key: "difference", value: result.difference },
    { key: "se", value: result.standardError },
    { key: "df", value: result.degreesOfFreedom },
    { key: "lower", value: result.lower },
    { key: "upper", value: result.upper },
    { key: "p_value", value: result.pValue },
  ];
  return statisticsResult(fields, output, differenceInDifferencesLabels(confidence));
}

/**
 * Difference in differences of four independent samples: (treated after − treated before) −
 * (control after − control before), with its standard error, Welch–Satterthwaite degrees of
 * freedom, t interval and two-sided p-value.
 * @customfunction DID
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
): any[][] {
  return excelResult(() => {
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
  });
}
