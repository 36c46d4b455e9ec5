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

/**
 * How the rows show their differences: `points` shows the difference and its bounds in percentage
 * points (the shares beside them keep the names) and p-values below 0.001 as "< 0,001".
 */
export interface ComparisonStyle {
  points?: boolean;
}

/** Labels of a difference, with "in percentage points" when it is shown in points. */
function differenceLabel(de: string, en: string, points: boolean): Text {
  return points ? t(`${de} in Prozentpunkten`, `${en} in percentage points`) : t(de, en);
}

export function rateComparisonRows(words: GroupWords = counselledWords, style: ComparisonStyle = {}): RowDefinition[] {
  const points = style.points === true;
  const inPoints = (row: ResultRow): ResultRow => (points ? { ...row, inPoints: true } : row);
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
      inPoints(
        result({
          name: "rate_difference",
          label: points
            ? t(
                `Differenz in Prozentpunkten (${words.treated.de} − ${words.control.de})`,
                `Difference in percentage points (${words.treated.en} − ${words.control.en})`,
              )
            : t(`Differenz (${words.treated.de} − ${words.control.de})`, `Difference (${words.treated.en} − ${words.control.en})`),
          formula: "={rate_treated}-{rate_control}",
          format: "percentPrecise",
          keyResult: true,
        }),
      ),
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
      inPoints(
        result({
          name: "difference_lower",
          label: differenceLabel("Differenz: untere Grenze (Newcombe)", "Difference: lower bound (Newcombe)", points),
          formula: `=${newcombeBound("lower", "{rate_difference}", treatedBounds, controlBounds)}`,
          format: "percentPrecise",
          keyResult: true,
        }),
      ),
      "lower",
    ),
    viaAddin(
      inPoints(
        result({
          name: "difference_upper",
          label: differenceLabel("Differenz: obere Grenze (Newcombe)", "Difference: upper bound (Newcombe)", points),
          formula: `=${newcombeBound("upper", "{rate_difference}", treatedBounds, controlBounds)}`,
          format: "percentPrecise",
          keyResult: true,
        }),
      ),
      "upper",
    ),
    viaAddin(
      result({
        name: "p_value",
        label: t("p-Wert (zweiseitig, z-Test)", "p-value (two-sided z-test)"),
        formula: `=${pooledZTestP("{rate_difference}", pooled, "{n_treated}", "{n_control}")}`,
        format: points ? "pValue" : "decimalPrecise",
      }),
      "p_value",
    ),
  ];
}
