/**
 * The catalogue of what the statistics functions return: per function, its output keys in the
 * order of the spilled table, each with its German and English label and an Excel number format.
 * The functions' tables, the compare-groups wizard's blocks and the README's key lists are all made
 * from (or checked against) these lists, so a key is named in one place only.
 */
import type { Bilingual } from "../shared/bilingual";
import { formatValue } from "../shared/formatting";
import type { Language } from "../shared/language";

export type Label = Bilingual;

/** What some labels mention: the confidence level of an interval, the horizon of a mean. */
export interface LabelContext {
  confidence: number;
  horizonMonths: number;
}

export interface OutputDescription<Key extends string = string> {
  key: Key;
  label: Label | ((context: LabelContext) => Label);
  /** Excel number format code for the value, e.g. "0.0%". */
  numberFormat: string;
}

export interface OutputCatalogue<Key extends string = string> {
  /** The function's name as typed in Excel, e.g. "PREVENT.RATEDIFF". */
  functionName: string;
  outputs: readonly OutputDescription<Key>[];
}

const defaultContext: LabelContext = { confidence: 0.95, horizonMonths: 36 };

/** 12 → "12", 97.5 → "97.5" (English) or "97,5" (German): the shared formatter for values as typed. */
export function numberText(value: number, language: Language): string {
  return formatValue(Number(value.toPrecision(10)), language);
}

export function outputLabel(output: OutputDescription, language: Language, context: Partial<LabelContext> = {}): string {
  const label = typeof output.label === "function" ? output.label({ ...defaultContext, ...context }) : output.label;
  return label[language];
}

export function outputKeys<Key extends string>(catalogue: OutputCatalogue<Key>): Key[] {
  return catalogue.outputs.map((output) => output.key);
}

const format = {
  share: "0.0%",
  probability: "0.0000",
  count: "0",
  decimal: "0.00",
  precise: "0.000",
  /** One decimal: a number needed to treat, degrees of freedom, an effective n. */
  oneDecimal: "0.0",
  euros: "#,##0",
} as const;

const interval = {
  lower: ({ confidence }: LabelContext): Label => ({
    en: `Lower limit, ${numberText(confidence * 100, "en")}% confidence interval`,
    de: `Untere Grenze, ${numberText(confidence * 100, "de")}-%-Konfidenzintervall`,
  }),
  upper: ({ confidence }: LabelContext): Label => ({
    en: `Upper limit, ${numberText(confidence * 100, "en")}% confidence interval`,
    de: `Obere Grenze, ${numberText(confidence * 100, "de")}-%-Konfidenzintervall`,
  }),
};

const ratioInterval = {
  lower: ({ confidence }: LabelContext): Label => ({
    en: `Risk ratio: lower limit, ${numberText(confidence * 100, "en")}% confidence interval`,
    de: `Relatives Risiko: untere Grenze, ${numberText(confidence * 100, "de")}-%-Konfidenzintervall`,
  }),
  upper: ({ confidence }: LabelContext): Label => ({
    en: `Risk ratio: upper limit, ${numberText(confidence * 100, "en")}% confidence interval`,
    de: `Relatives Risiko: obere Grenze, ${numberText(confidence * 100, "de")}-%-Konfidenzintervall`,
  }),
};

const groupSizes = [
  { key: "n_treated", label: { en: "n, treated group", de: "n Interventionsgruppe" }, numberFormat: format.count },
  { key: "n_control", label: { en: "n, control group", de: "n Vergleichsgruppe" }, numberFormat: format.count },
] as const;

const treatedMinusControl: Label = { en: "Difference (treated − control)", de: "Differenz (Intervention − Vergleich)" };

export type RateDifferenceKey =
  "rate_treated" | "rate_control" | "difference" | "lower" | "upper" | "p_value" | "fisher_p" | "nnt" | "n_treated" | "n_control";

/** PREVENT.RATEDIFF and PREVENT.RATEDIFF.COUNTS. */
export const rateDifferenceOutputs: OutputCatalogue<RateDifferenceKey> = {
  functionName: "PREVENT.RATEDIFF",
  outputs: [
    { key: "rate_treated", label: { en: "Rate, treated group", de: "Quote Interventionsgruppe" }, numberFormat: format.share },
    { key: "rate_control", label: { en: "Rate, control group", de: "Quote Vergleichsgruppe" }, numberFormat: format.share },
    { key: "difference", label: treatedMinusControl, numberFormat: format.share },
    { key: "lower", label: interval.lower, numberFormat: format.share },
    { key: "upper", label: interval.upper, numberFormat: format.share },
    {
      key: "p_value",
      label: { en: "p-value (two-proportion z-test)", de: "p-Wert (z-Test für zwei Anteile)" },
      numberFormat: format.probability,
    },
    {
      key: "fisher_p",
      label: { en: "p-value (Fisher's exact test)", de: "p-Wert (exakter Test nach Fisher)" },
      numberFormat: format.probability,
    },
    {
      key: "nnt",
      label: { en: "People served per prevented event (NNT)", de: "Beratene je verhindertem Ereignis (NNT)" },
      numberFormat: format.oneDecimal,
    },
    ...groupSizes,
  ],
};

export type MeanDifferenceKey =
  "mean_treated" | "mean_control" | "difference" | "lower" | "upper" | "p_value" | "df" | "n_treated" | "n_control";

export const meanDifferenceOutputs: OutputCatalogue<MeanDifferenceKey> = {
  functionName: "PREVENT.MEANDIFF",
  outputs: [
    { key: "mean_treated", label: { en: "Mean, treated group", de: "Mittelwert Interventionsgruppe" }, numberFormat: format.decimal },
    { key: "mean_control", label: { en: "Mean, control group", de: "Mittelwert Vergleichsgruppe" }, numberFormat: format.decimal },
    { key: "difference", label: treatedMinusControl, numberFormat: format.decimal },
    { key: "lower", label: interval.lower, numberFormat: format.decimal },
    { key: "upper", label: interval.upper, numberFormat: format.decimal },
    { key: "p_value", label: { en: "p-value (Welch t-test)", de: "p-Wert (Welch-t-Test)" }, numberFormat: format.probability },
    { key: "df", label: { en: "Degrees of freedom (Welch)", de: "Freiheitsgrade (Welch)" }, numberFormat: format.oneDecimal },
    ...groupSizes,
  ],
};

export type DifferenceInDifferencesKey = "difference" | "se" | "df" | "lower" | "upper" | "p_value";

export const differenceInDifferencesOutputs: OutputCatalogue<DifferenceInDifferencesKey> = {
  functionName: "PREVENT.DID",
  outputs: [
    { key: "difference", label: { en: "Difference in differences", de: "Differenz der Differenzen" }, numberFormat: format.decimal },
    { key: "se", label: { en: "Standard error", de: "Standardfehler" }, numberFormat: format.precise },
    {
      key: "df",
      label: { en: "Degrees of freedom (Welch–Satterthwaite)", de: "Freiheitsgrade (Welch-Satterthwaite)" },
      numberFormat: format.oneDecimal,
    },
    { key: "lower", label: interval.lower, numberFormat: format.decimal },
    { key: "upper", label: interval.upper, numberFormat: format.decimal },
    { key: "p_value", label: { en: "p-value (t-test)", de: "p-Wert (t-Test)" }, numberFormat: format.probability },
  ],
};

export type FiscalReturnKey = "pv_costs" | "pv_benefits" | "npv" | "bcr" | "roi" | "payback_year" | "years";

export const fiscalReturnOutputs: OutputCatalogue<FiscalReturnKey> = {
  functionName: "PREVENT.FISCALRETURN",
  outputs: [
    { key: "pv_costs", label: { en: "Present value of costs", de: "Barwert der Kosten" }, numberFormat: format.euros },
    { key: "pv_benefits", label: { en: "Present value of benefits", de: "Barwert des Nutzens" }, numberFormat: format.euros },
    { key: "npv", label: { en: "Net present value", de: "Kapitalwert" }, numberFormat: format.euros },
    { key: "bcr", label: { en: "Benefit-cost ratio", de: "Nutzen-Kosten-Verhältnis" }, numberFormat: format.decimal },
    { key: "roi", label: { en: "Return on investment", de: "Rendite (ROI)" }, numberFormat: format.share },
    { key: "payback_year", label: { en: "Payback year", de: "Amortisationsjahr" }, numberFormat: format.count },
    { key: "years", label: { en: "Years counted", de: "Gezählte Jahre" }, numberFormat: format.count },
  ],
};

export type LogRankKey =
  | "chi_square"
  | "p_value"
  | "observed_treated"
  | "expected_treated"
  | "observed_control"
  | "expected_control"
  | "months_treated"
  | "months_control"
  | "months_delayed"
  | "se"
  | "lower"
  | "upper"
  | "n_treated"
  | "n_control";

const withinHorizon =
  (group: Label) =>
  ({ horizonMonths }: LabelContext): Label => ({
    en: `Mean months at home within ${numberText(horizonMonths, "en")} months, ${group.en}`,
    de: `Mittlere Monate zu Hause in ${numberText(horizonMonths, "de")} Monaten, ${group.de}`,
  });

export const logRankOutputs: OutputCatalogue<LogRankKey> = {
  functionName: "PREVENT.LOGRANK",
  outputs: [
    {
      key: "chi_square",
      label: { en: "Log-rank chi-square (1 degree of freedom)", de: "Log-Rank-Chi-Quadrat (1 Freiheitsgrad)" },
      numberFormat: format.precise,
    },
    { key: "p_value", label: { en: "p-value (log-rank test)", de: "p-Wert (Log-Rank-Test)" }, numberFormat: format.probability },
    {
      key: "observed_treated",
      label: { en: "Care-home entries observed, treated group", de: "Beobachtete Heimaufnahmen Interventionsgruppe" },
      numberFormat: format.count,
    },
    {
      key: "expected_treated",
      label: { en: "Care-home entries expected, treated group", de: "Erwartete Heimaufnahmen Interventionsgruppe" },
      numberFormat: format.decimal,
    },
    {
      key: "observed_control",
      label: { en: "Care-home entries observed, control group", de: "Beobachtete Heimaufnahmen Vergleichsgruppe" },
      numberFormat: format.count,
    },
    {
      key: "expected_control",
      label: { en: "Care-home entries expected, control group", de: "Erwartete Heimaufnahmen Vergleichsgruppe" },
      numberFormat: format.decimal,
    },
    { key: "months_treated", label: withinHorizon({ en: "treated group", de: "Interventionsgruppe" }), numberFormat: format.decimal },
    { key: "months_control", label: withinHorizon({ en: "control group", de: "Vergleichsgruppe" }), numberFormat: format.decimal },
    {
      key: "months_delayed",
      label: {
        en: "Months of care-home entry delayed (treated − control)",
        de: "Monate verzögerter Heimaufnahme (Intervention − Vergleich)",
      },
      numberFormat: format.decimal,
    },
    {
      key: "se",
      label: { en: "Standard error of the months delayed", de: "Standardfehler der verzögerten Monate" },
      numberFormat: format.decimal,
    },
    { key: "lower", label: interval.lower, numberFormat: format.decimal },
    { key: "upper", label: interval.upper, numberFormat: format.decimal },
    ...groupSizes,
  ],
};

export type BalanceKey = "mean_treated" | "mean_control" | "smd" | "variance_ratio";

/** The columns PREVENT.BALANCE spills, in order; it writes no header row, these label it in sheets that show it. */
export const balanceOutputs: OutputCatalogue<BalanceKey> = {
  functionName: "PREVENT.BALANCE",
  outputs: [
    { key: "mean_treated", label: { en: "Mean, served group", de: "Mittelwert Beratene" }, numberFormat: format.decimal },
    { key: "mean_control", label: { en: "Mean, comparison group", de: "Mittelwert Vergleichsgruppe" }, numberFormat: format.decimal },
    { key: "smd", label: { en: "Standardised mean difference", de: "Standardisierte Mittelwertdifferenz" }, numberFormat: format.decimal },
    {
      key: "variance_ratio",
      label: { en: "Variance ratio (served ÷ comparison)", de: "Varianzverhältnis (Beratene ÷ Vergleich)" },
      numberFormat: format.decimal,
    },
  ],
};

/** One column and no `output` argument: the catalogue holds its one label and number format. */
export const weightsOutputs: OutputCatalogue<"weight"> = {
  functionName: "PREVENT.WEIGHTS",
  outputs: [{ key: "weight", label: { en: "Weight", de: "Gewicht" }, numberFormat: format.precise }],
};

export type AdjustedKey =
  | "rate_treated"
  | "rate_control_adjusted"
  | "difference"
  | "se"
  | "lower"
  | "upper"
  | "p_value"
  | "nnt"
  | "n_treated"
  | "n_control"
  | "effective_n_control"
  | "risk_ratio"
  | "rr_lower"
  | "rr_upper";

export const adjustedOutputs: OutputCatalogue<AdjustedKey> = {
  functionName: "PREVENT.ADJUSTED",
  outputs: [
    { key: "rate_treated", label: { en: "Rate, served group", de: "Quote Beratene" }, numberFormat: format.share },
    {
      key: "rate_control_adjusted",
      label: { en: "Rate the served would have had without the service (adjusted)", de: "Quote der Beratenen ohne Beratung (adjustiert)" },
      numberFormat: format.share,
    },
    {
      key: "difference",
      label: { en: "Adjusted difference (served − comparison)", de: "Adjustierte Differenz (Beratene − Vergleich)" },
      numberFormat: format.share,
    },
    { key: "se", label: { en: "Standard error", de: "Standardfehler" }, numberFormat: format.share },
    { key: "lower", label: interval.lower, numberFormat: format.share },
    { key: "upper", label: interval.upper, numberFormat: format.share },
    { key: "p_value", label: { en: "p-value", de: "p-Wert" }, numberFormat: format.probability },
    {
      key: "nnt",
      label: { en: "People served per prevented event (NNT)", de: "Beratene je verhindertem Ereignis (NNT)" },
      numberFormat: format.oneDecimal,
    },
    {
      key: "n_treated",
      label: { en: "n, served group (complete rows)", de: "n Beratene (vollständige Zeilen)" },
      numberFormat: format.count,
    },
    {
      key: "n_control",
      label: { en: "n, comparison group (complete rows)", de: "n Vergleichsgruppe (vollständige Zeilen)" },
      numberFormat: format.count,
    },
    {
      key: "effective_n_control",
      label: { en: "Effective n, weighted comparison group", de: "Effektives n der gewichteten Vergleichsgruppe" },
      numberFormat: format.oneDecimal,
    },
    {
      key: "risk_ratio",
      label: { en: "Risk ratio (served ÷ comparison, adjusted)", de: "Relatives Risiko (Beratene ÷ Vergleich, adjustiert)" },
      numberFormat: format.precise,
    },
    { key: "rr_lower", label: ratioInterval.lower, numberFormat: format.precise },
    { key: "rr_upper", label: ratioInterval.upper, numberFormat: format.precise },
  ],
};

export type EValueKey = "risk_ratio" | "rr_lower" | "rr_upper" | "evalue" | "evalue_limit";

const evalueEntries = [
  {
    key: "evalue",
    label: {
      en: "E-value: strength an unmeasured factor would need to explain the ratio away",
      de: "E-Wert: nötige Stärke eines nicht gemessenen Einflusses, um das Verhältnis ganz zu erklären",
    },
    numberFormat: format.decimal,
  },
  {
    key: "evalue_limit",
    label: {
      en: "E-value of the interval limit nearer 1 (1: the interval contains 1)",
      de: "E-Wert der Intervallgrenze näher an 1 (1: das Intervall enthält 1)",
    },
    numberFormat: format.decimal,
  },
] as const;

/** PREVENT.EVALUE: the risk ratio from counts, its log interval and the two E-values. */
export const evalueOutputs: OutputCatalogue<EValueKey> = {
  functionName: "PREVENT.EVALUE",
  outputs: [
    {
      key: "risk_ratio",
      label: { en: "Risk ratio (treated ÷ control)", de: "Relatives Risiko (Intervention ÷ Vergleich)" },
      numberFormat: format.precise,
    },
    { key: "rr_lower", label: ratioInterval.lower, numberFormat: format.precise },
    { key: "rr_upper", label: ratioInterval.upper, numberFormat: format.precise },
    ...evalueEntries,
  ],
};

/** PREVENT.EVALUE.RR: the E-values of any risk ratio and its interval. */
export const evalueRatioOutputs: OutputCatalogue<"evalue" | "evalue_limit"> = {
  functionName: "PREVENT.EVALUE.RR",
  outputs: [...evalueEntries],
};

export type SampleSizeKey = "n_treated" | "n_control" | "n_total";

export const sampleSizeOutputs: OutputCatalogue<SampleSizeKey> = {
  functionName: "PREVENT.SAMPLESIZE",
  outputs: [
    {
      key: "n_treated",
      label: { en: "People needed, treated group", de: "Benötigte Personen Interventionsgruppe" },
      numberFormat: format.count,
    },
    {
      key: "n_control",
      label: { en: "People needed, control group", de: "Benötigte Personen Vergleichsgruppe" },
      numberFormat: format.count,
    },
    { key: "n_total", label: { en: "People needed, both groups", de: "Benötigte Personen insgesamt" }, numberFormat: format.count },
  ],
};

export type PooledKey =
  "estimate" | "se" | "lower" | "upper" | "p_value" | "tau2" | "i2" | "q" | "q_p_value" | "pi_lower" | "pi_upper" | "k";

/** The rows of PREVENT.POOLED.COUNTS (rate differences) and PREVENT.POOLED (any estimate), DESIGN §3.7. */
function pooledOutputsOf(estimate: Label, valueFormat: string): OutputDescription<PooledKey>[] {
  const prediction =
    (bound: "lower" | "upper") =>
    ({ confidence }: LabelContext): Label => ({
      en: `${bound === "lower" ? "Lower" : "Upper"} limit, ${numberText(confidence * 100, "en")}% prediction interval for a further site`,
      de: `${bound === "lower" ? "Untere" : "Obere"} Grenze, ${numberText(confidence * 100, "de")}-%-Vorhersageintervall für einen weiteren Standort`,
    });
  return [
    { key: "estimate", label: estimate, numberFormat: valueFormat },
    { key: "se", label: { en: "Standard error", de: "Standardfehler" }, numberFormat: valueFormat },
    { key: "lower", label: interval.lower, numberFormat: valueFormat },
    { key: "upper", label: interval.upper, numberFormat: valueFormat },
    {
      key: "p_value",
      label: { en: "p-value (pooled effect = 0)", de: "p-Wert (zusammengefasste Wirkung = 0)" },
      numberFormat: format.probability,
    },
    { key: "tau2", label: { en: "Variance between sites (τ²)", de: "Varianz zwischen den Standorten (τ²)" }, numberFormat: "0.000000" },
    {
      key: "i2",
      label: {
        en: "Share of the variation due to differences between sites (I²)",
        de: "Anteil der Streuung durch Unterschiede zwischen den Standorten (I²)",
      },
      numberFormat: format.share,
    },
    { key: "q", label: { en: "Heterogeneity statistic Q (Cochran)", de: "Heterogenitätsmaß Q (Cochran)" }, numberFormat: format.decimal },
    {
      key: "q_p_value",
      label: { en: "p-value of the heterogeneity test", de: "p-Wert des Heterogenitätstests" },
      numberFormat: format.probability,
    },
    { key: "pi_lower", label: prediction("lower"), numberFormat: valueFormat },
    { key: "pi_upper", label: prediction("upper"), numberFormat: valueFormat },
    { key: "k", label: { en: "Number of sites", de: "Anzahl der Standorte" }, numberFormat: format.count },
  ];
}

export const pooledCountsOutputs: OutputCatalogue<PooledKey> = {
  functionName: "PREVENT.POOLED.COUNTS",
  outputs: pooledOutputsOf(
    {
      en: "Pooled difference across sites (treated − control)",
      de: "Zusammengefasste Differenz über alle Standorte (Intervention − Vergleich)",
    },
    format.share,
  ),
};

export const pooledOutputs: OutputCatalogue<PooledKey> = {
  functionName: "PREVENT.POOLED",
  outputs: pooledOutputsOf({ en: "Pooled estimate across sites", de: "Zusammengefasster Schätzwert über alle Standorte" }, format.precise),
};

export const pooledWeightsOutputs: OutputCatalogue<"weight"> = {
  functionName: "PREVENT.POOLED.WEIGHTS",
  outputs: [{ key: "weight", label: { en: "Weight of the site (%)", de: "Gewicht des Standorts (%)" }, numberFormat: format.decimal }],
};

/** Every catalogue, for the checks that the README and the function metadata list the same keys. */
export const outputCatalogues: readonly OutputCatalogue[] = [
  rateDifferenceOutputs,
  meanDifferenceOutputs,
  differenceInDifferencesOutputs,
  fiscalReturnOutputs,
  logRankOutputs,
  balanceOutputs,
  weightsOutputs,
  adjustedOutputs,
  pooledCountsOutputs,
  pooledOutputs,
  evalueOutputs,
  evalueRatioOutputs,
  sampleSizeOutputs,
];
