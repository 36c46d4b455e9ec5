import { message, render, type Message } from "../shared/message";
import { kaplanMeier, medianTimeToEntry, shareAtHome, type ShareAtHome } from "../engine/kaplanMeier";
import { requireConfidence } from "../engine/checks";
import { compareTimeAtHome, DEFAULT_HORIZON_MONTHS } from "../engine/timeAtHomeComparison";
import { numbers, optionalNumber } from "./cells";
import { excelResult } from "./excelErrors";
import { withParameterAddresses } from "./parameterAddresses";
import { followUps, groupedFollowUps } from "./followUpCells";
import { displayLanguage, type Language } from "../shared/language";
import { logRankOutputs, numberText, type LogRankKey } from "./outputs";
import { catalogueResult, statisticsResult, type Label, type Labels, type ResultField, type SpilledTable } from "./resultTable";

/* PREVENT.KAPLANMEIER and PREVENT.LOGRANK: time to care-home entry in cohorts whose follow-up
   differs from person to person (DESIGN §3.5). Months = days / (365.25 / 12). */

const defaultConfidence = 0.95;
const defaultTimes = [6, 12, 24, 36];

function label(en: string, de: string): Label {
  return { en, de };
}

/** "output" keys use a dot for decimals; a comma is accepted too. */
function normalisedOutput(output: unknown): unknown {
  return typeof output === "string" ? output.replace(",", ".") : output;
}

// --- PREVENT.KAPLANMEIER --------------------------------------------------------------------------

function requestedTimes(times: unknown): number[] {
  const requested = numbers(times, "times");
  return requested.length === 0 ? defaultTimes : requested;
}

/** Why a value of the row for `months` is empty. */
function missingShare(share: ShareAtHome, key: string): Message {
  const months = share.months;
  if (share.atHome === null) return message("functions.noneFollowed", { key, months });
  if (share.atHome === 1) return message("functions.noneEntered", { key, months });
  return message("functions.allEntered", { key, months });
}

interface KaplanMeierRow {
  share: ShareAtHome;
  fields: ResultField<string>[];
}

function kaplanMeierRows(shares: ShareAtHome[]): KaplanMeierRow[] {
  return shares.map((share) => {
    const suffix = numberText(share.months, "en");
    const field = (name: string, value: number | null): ResultField<string> => {
      const key = `${name}_${suffix}`;
      return { key, value, whyMissing: missingShare(share, key) };
    };
    return {
      share,
      fields: [
        field("at_home", share.atHome),
        field("lower", share.interval?.lower ?? null),
        field("upper", share.interval?.upper ?? null),
        field("at_risk", share.atRisk),
      ],
    };
  });
}

function kaplanMeierLabels(fields: ResultField<string>[]): Labels<string> {
  // Only the single-value path reads fields by key; its labels are the keys themselves.
  return Object.fromEntries(fields.map((field) => [field.key, label(field.key, field.key)]));
}

function headerRow(confidence: number, language: Language): string[] {
  const percent = confidence * 100;
  return [
    message("functions.kaplanMeier.months"),
    message("functions.kaplanMeier.atHome"),
    message("functions.kaplanMeier.lower", { percent }),
    message("functions.kaplanMeier.upper", { percent }),
    message("functions.kaplanMeier.atRisk"),
  ].map((entry) => render(entry, language));
}

/**
 * The share of people still living at home (not in a care home) at each requested time, by the
 * Kaplan–Meier method, which counts people followed for a shorter time correctly (censoring), with
 * log-log confidence intervals (Greenwood), the people at risk, and the median time to care-home
 * entry. Call it once per group.
 * @customfunction KAPLANMEIER
 * @requiresParameterAddresses
 * @param start_dates Start of the service per person (dates).
 * @param entry_dates Care-home entry per person (date), blank while the person still lives at home.
 * @param end_dates End of follow-up per person (date), e.g. the day the data were drawn.
 * @param [times] Months at which to report the share at home, one value or a range (default 6, 12, 24, 36).
 * @param [confidence] Confidence level of the intervals, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: at_home_12, lower_12, upper_12, at_risk_12 (for any requested time), median, median_lower, median_upper, people or entries.
 * @returns A table with one row per time (months, share at home, lower and upper limit, people at risk), then the median, the people and the entries; or the single value named by output.
 */
export function kaplanMeierTable(
  start_dates: any[][],
  entry_dates: any[][],
  end_dates: any[][],
  times?: any[][],
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["start_dates", "entry_dates", "end_dates", "times", "confidence", "output"], () => {
      const level = requireConfidence(optionalNumber(confidence, "confidence", defaultConfidence));
      const months = requestedTimes(times);
      const curve = kaplanMeier(followUps(start_dates, entry_dates, end_dates));
      const rows = kaplanMeierRows(months.map((time) => shareAtHome(curve, time, level)));
      const median = medianTimeToEntry(curve, level);
      const summary: ResultField<string>[] = [
        { key: "median", value: median.median, whyMissing: message("functions.noMedian") },
        { key: "median_lower", value: median.lower, whyMissing: message("functions.noMedianLower") },
        { key: "median_upper", value: median.upper, whyMissing: message("functions.noMedianUpper") },
        { key: "people", value: curve.people },
        { key: "entries", value: curve.entries },
      ];
      if (output !== null && output !== undefined && output !== "") {
        const fields = [...rows.flatMap((row) => row.fields), ...summary];
        return statisticsResult(fields, normalisedOutput(output), kaplanMeierLabels(fields));
      }
      return kaplanMeierSpill(rows, summary, level, displayLanguage());
    }),
  );
}

function kaplanMeierSpill(rows: KaplanMeierRow[], summary: ResultField<string>[], confidence: number, language: Language): SpilledTable {
  const cell = (value: number | null) => value ?? "";
  const [median, lower, upper, people, entries] = summary.map((field) => field.value);
  const label = (code: "functions.kaplanMeier.median" | "functions.kaplanMeier.people" | "functions.kaplanMeier.entries") =>
    render(message(code), language);
  return [
    headerRow(confidence, language),
    ...rows.map(({ share, fields }) => [share.months, ...fields.slice(0, 3).map((field) => cell(field.value)), share.atRisk]),
    [label("functions.kaplanMeier.median"), cell(median), cell(lower), cell(upper), ""],
    [label("functions.kaplanMeier.people"), cell(people), "", "", ""],
    [label("functions.kaplanMeier.entries"), cell(entries), "", "", ""],
  ];
}

// --- PREVENT.LOGRANK -----------------------------------------------------------------------------

/**
 * Treated against control for time to care-home entry: the log-rank test (chi-square, p-value,
 * observed and expected entries per group) and the restricted mean months at home up to the
 * horizon per group, with their difference: the months by which care-home entry was delayed on
 * average (treated − control), for PREVENT.PLACEMENTVALUE's months_avoided.
 * @customfunction LOGRANK
 * @requiresParameterAddresses
 * @param groups Group per person: treated or control (or 1 for treated, 0 for control).
 * @param start_dates Start of the service per person (dates).
 * @param entry_dates Care-home entry per person (date), blank while the person still lives at home.
 * @param end_dates End of follow-up per person (date).
 * @param [horizon] Months up to which the mean time at home is taken (default 36).
 * @param [confidence] Confidence level of the interval of the months delayed, strictly between 0 and 1 (default 0.95).
 * @param [output] One value instead of the table: chi_square, p_value, observed_treated, expected_treated, observed_control, expected_control, months_treated, months_control, months_delayed, se, lower, upper, n_treated or n_control.
 * @returns A two-column table of labels and values, or the single value named by output.
 */
export function logRankTable(
  groups: any[][],
  start_dates: any[][],
  entry_dates: any[][],
  end_dates: any[][],
  horizon?: number,
  confidence?: number,
  output?: string,
  invocation?: CustomFunctions.Invocation,
): any[][] {
  return excelResult(() =>
    withParameterAddresses(invocation, ["groups", "start_dates", "entry_dates", "end_dates", "horizon", "confidence", "output"], () => {
      const months = optionalNumber(horizon, "horizon", DEFAULT_HORIZON_MONTHS);
      const level = optionalNumber(confidence, "confidence", defaultConfidence);
      const people = groupedFollowUps(groups, start_dates, entry_dates, end_dates);
      const result = compareTimeAtHome(people.treated, people.control, months, level);
      const values: Record<LogRankKey, number | null> = {
        chi_square: result.logRank.chiSquare,
        p_value: result.logRank.pValue,
        observed_treated: result.logRank.observedTreated,
        expected_treated: result.logRank.expectedTreated,
        observed_control: result.logRank.observedControl,
        expected_control: result.logRank.expectedControl,
        months_treated: result.treated.restrictedMean.months,
        months_control: result.control.restrictedMean.months,
        months_delayed: result.monthsDelayed,
        se: result.standardError,
        lower: result.lower,
        upper: result.upper,
        n_treated: result.treated.curve.people,
        n_control: result.control.curve.people,
      };
      return catalogueResult(
        logRankOutputs,
        values,
        normalisedOutput(output),
        { confidence: level, horizonMonths: months },
        {
          chi_square: message("functions.noTest", { key: "chi_square" }),
          p_value: message("functions.noTest", { key: "p_value" }),
        },
      );
    }),
  );
}
