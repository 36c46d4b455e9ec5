/**
 * Result rows comparing two rates with native Excel formulas (DESIGN §3.1): rates, difference
 * (treated − control), Newcombe's hybrid score interval from two Wilson intervals, and the
 * pooled two-proportion z-test. Expects the names events_treated, n_treated, events_control,
 * n_control and confidence.
 */
import type { ResultRow, Text, RowDefinition } from "../model";
import { newcombeBound, pooledZTestP, twoSidedZ, wilsonBound } from "./rateFormulaText";
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
    viaAddin(
      result({
        name: "rate_treated",
        label: label("Quote", "Rate", words, "treated"),
        formula: "={events_treated}/{n_treated}",
        format: "percent",
      }),
      "rate_treated",
    ),
    viaAddin(
      result({
        name: "rate_control",
        label: label("Quote", "Rate", words, "control"),
        formula: "={events_control}/{n_control}",
        format: "percent",
      }),
      "rate_control",
    ),
    viaAddin(
      result({
        name: "rate_difference",
        label: t(`Differenz (${words.treated.de} − ${words.control.de})`, `Difference (${words.treated.en} − ${words.control.en})`),
        formula: "={rate_treated}-{rate_control}",
        format: "percentPrecise",
        keyResult: true,
      }),
      "difference",
    ),
    result({
      name: "z_value",
      label: t("z-Wert des Konfidenzniveaus", "z for the confidence level"),
      formula: `=${twoSidedZ("{confidence}")}`,
      format: "decimalPrecise",
    }),
    result({
      name: "wilson_lower_treated",
      label: label("Wilson-Intervall, untere Grenze:", "Wilson interval, lower bound:", words, "treated"),
      formula: wilson("rate_treated", "n_treated", "-"),
      format: "percentPrecise",
    }),
    result({
      name: "wilson_upper_treated",
      label: label("Wilson-Intervall, obere Grenze:", "Wilson interval, upper bound:", words, "treated"),
      formula: wilson("rate_treated", "n_treated", "+"),
      format: "percentPrecise",
    }),
    result({
      name: "wilson_lower_control",
      label: label("Wilson-Intervall, untere Grenze:", "Wilson interval, lower bound:", words, "control"),
      formula: wilson("rate_control", "n_control", "-"),
      format: "percentPrecise",
    }),
    result({
      name: "wilson_upper_control",
      label: label("Wilson-Intervall, obere Grenze:", "Wilson interval, upper bound:", words, "control"),
      formula: wilson("rate_control", "n_control", "+"),
      format: "percentPrecise",
    }),
    viaAddin(
      result({
        name: "difference_lower",
        label: t("Differenz: untere Grenze (Newcombe)", "Difference: lower bound (Newcombe)"),
        formula: `=${newcombeBound("lower", "{rate_difference}", treatedBounds, controlBounds)}`,
        format: "percentPrecise",
        keyResult: true,
      }),
      "lower",
    ),
    viaAddin(
      result({
        name: "difference_upper",
        label: t("Differenz: obere Grenze (Newcombe)", "Difference: upper bound (Newcombe)"),
        formula: `=${newcombeBound("upper", "{rate_difference}", treatedBounds, controlBounds)}`,
        format: "percentPrecise",
        keyResult: true,
      }),
      "upper",
    ),
    viaAddin(
      result({
        name: "p_value",
        label: t("p-Wert (zweiseitig, z-Test)", "p-value (two-sided z-test)"),
        formula: `=${pooledZTestP("{rate_difference}", pooled, "{n_treated}", "{n_control}")}`,
        format: "decimalPrecise",
      }),
      "p_value",
    ),
  ];
}
