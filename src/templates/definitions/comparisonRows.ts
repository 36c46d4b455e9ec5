/**
 * Result rows comparing two rates with native Excel formulas (DESIGN §3.1): rates, difference
 * (treated − control), Newcombe's hybrid score interval from two Wilson intervals, and the
 * pooled two-proportion z-test. Expects the names events_treated, n_treated, events_control,
 * n_control and confidence.
 */
import type { ResultRow, Text, RowDefinition } from "../model";
import { newcombeBound, pooledZTestP, wilsonBound } from "./rateFormulaText";
import { result, t } from "./rows";

function wilson(rate: string, n: string, sign: "+" | "-"): string {
  return `=${wilsonBound(`{${rate}}`, `{${n}}`, "{z_value}", sign)}`;
}

const treatedBounds = { rate: "{rate_treated}", lower: "{wilson_lower_treated}", upper: "{wilson_upper_treated}" };
const controlBounds = { rate: "{rate_control}", lower: "{wilson_lower_control}", upper: "{wilson_upper_control}" };

const pooled = "({events_treated}+{events_control})/({n_treated}+{n_control})";

/** How the rows name the two groups. */
export interface GroupWords {
  treated: Text;
  control: Text;
}

export const counselledWords: GroupWords = { treated: t("Beratene", "counselled"), control: t("Vergleichsgruppe", "comparison group") };

function label(de: string, en: string, words: GroupWords, group: keyof GroupWords): Text {
  return t(`${de} ${words[group].de}`, `${en} ${words[group].en}`);
}

/** Inside Excel with the add-in, the same value from PREVENT.RATEDIFF.COUNTS by its output key. */
function viaAddin(row: ResultRow, output: string): ResultRow {
  return {
    ...row,
    addinFormula: `=PREVENT.RATEDIFF.COUNTS({events_treated},{n_treated},{events_control},{n_control},{confidence},"${output}")`,
  };
}

export function rateComparisonRows(words: GroupWords = counselledWords): RowDefinition[] {
  return [
    viaAddin(result("rate_treated", label("Quote", "Rate", words, "treated"), "={events_treated}/{n_treated}", "percent"), "rate_treated"),
    viaAddin(result("rate_control", label("Quote", "Rate", words, "control"), "={events_control}/{n_control}", "percent"), "rate_control"),
    viaAddin(
      result(
        "rate_difference",
        t(`Differenz (${words.treated.de} − ${words.control.de})`, `Difference (${words.treated.en} − ${words.control.en})`),
        "={rate_treated}-{rate_control}",
        "percentPrecise",
        undefined,
        true,
      ),
      "difference",
    ),
    result(
      "z_value",
      t("z-Wert des Konfidenzniveaus", "z for the confidence level"),
      "=NORM.S.INV(1-(1-{confidence})/2)",
      "decimalPrecise",
    ),
    result(
      "wilson_lower_treated",
      label("Wilson-Intervall, untere Grenze:", "Wilson interval, lower bound:", words, "treated"),
      wilson("rate_treated", "n_treated", "-"),
      "percentPrecise",
    ),
    result(
      "wilson_upper_treated",
      label("Wilson-Intervall, obere Grenze:", "Wilson interval, upper bound:", words, "treated"),
      wilson("rate_treated", "n_treated", "+"),
      "percentPrecise",
    ),
    result(
      "wilson_lower_control",
      label("Wilson-Intervall, untere Grenze:", "Wilson interval, lower bound:", words, "control"),
      wilson("rate_control", "n_control", "-"),
      "percentPrecise",
    ),
    result(
      "wilson_upper_control",
      label("Wilson-Intervall, obere Grenze:", "Wilson interval, upper bound:", words, "control"),
      wilson("rate_control", "n_control", "+"),
      "percentPrecise",
    ),
    viaAddin(
      result(
        "difference_lower",
        t("Differenz: untere Grenze (Newcombe)", "Difference: lower bound (Newcombe)"),
        `=${newcombeBound("lower", "{rate_difference}", treatedBounds, controlBounds)}`,
        "percentPrecise",
        undefined,
        true,
      ),
      "lower",
    ),
    viaAddin(
      result(
        "difference_upper",
        t("Differenz: obere Grenze (Newcombe)", "Difference: upper bound (Newcombe)"),
        `=${newcombeBound("upper", "{rate_difference}", treatedBounds, controlBounds)}`,
        "percentPrecise",
        undefined,
        true,
      ),
      "upper",
    ),
    viaAddin(
      result(
        "p_value",
        t("p-Wert (zweiseitig, z-Test)", "p-value (two-sided z-test)"),
        `=${pooledZTestP("{rate_difference}", pooled, "{n_treated}", "{n_control}")}`,
        "decimalPrecise",
      ),
      "p_value",
    ),
  ];
}
