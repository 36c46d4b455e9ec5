/**
 * One effect pooled across sites in native Excel formulas (DESIGN §3.7), so that a consolidation
 * file works without the add-in: DerSimonian–Laird for the variance between sites and the
 * Hartung–Knapp interval (t with k − 1 degrees of freedom), the closed form of
 * `closedFormPooling` in src/engine/pooling.ts. Two parts:
 * - `pooledSiteColumns`: computed columns of the table with one row per site (its four counts):
 *   the zero-cell correction, the rate difference and its variance as metafor's
 *   escalc(measure = "RD"), the site's own interval (for a forest plot), its weight, and the
 *   difference and interval again in percentage points;
 * - `pooledRows`: result rows over those columns: Q, τ², the pooled difference, its interval and
 *   p-value, I², the prediction interval for a further site and k. Differences show in
 *   percentage points beside the share that carries the name (ResultRow.inPoints).
 * Every row of the site table must hold its four counts (a blank row would stop SUMPRODUCT).
 */
import type { DataColumn, ResultRow, Text } from "../model";
import { result, t } from "./rows";
import { twoSidedZ } from "./rateFormulaText";

/** Column keys of the site table's four counts. */
export interface SiteCountColumns {
  eventsTreated: string;
  nTreated: string;
  eventsControl: string;
  nControl: string;
}

/**
 * Workbook names the rows and columns define and read; `confidence` is the name of the
 * confidence input. Each name is the prefix (default "pooled") and the part, e.g. `pooled_tau2`.
 */
export interface PooledNames {
  prefix: string;
  confidence: string;
}

const defaultNames: PooledNames = { prefix: "pooled", confidence: "confidence" };

/** The workbook name of a part: pooled_tau2, pooled_site_difference, … */
export function pooledName(part: string, names: Partial<PooledNames> = {}): string {
  return `${names.prefix ?? defaultNames.prefix}_${part}`;
}

/** Keys of the computed site columns, in order. */
export const pooledSiteColumnKeys = [
  "site_correction",
  "site_difference",
  "site_variance",
  "site_lower",
  "site_upper",
  "site_weight",
  "site_difference_points",
  "site_lower_points",
  "site_upper_points",
] as const;

/**
 * The computed columns to append to the site table. Their workbook names (`pooled_site_difference`
 * etc.) are the ranges `pooledRows` reads; the weight column reads `pooled_tau2` and
 * `pooled_sum_weights` from those rows.
 */
export function pooledSiteColumns(counts: SiteCountColumns, given: Partial<PooledNames> = {}): DataColumn[] {
  const names = { ...defaultNames, ...given };
  const name = (part: string) => pooledName(part, names);
  const [a, n1, c, n2] = [counts.eventsTreated, counts.nTreated, counts.eventsControl, counts.nControl].map((key) => `{col:${key}}`);
  const half = "{col:site_correction}";
  const rate = (events: string, n: string) => `(${events}+${half})/(${n}+2*${half})`;
  const spread = (events: string, n: string) => `${rate(events, n)}*(1-${rate(events, n)})/(${n}+2*${half})`;
  const z = twoSidedZ(`{${names.confidence}}`);
  const column = (key: string, header: Text, formula: string, format: DataColumn["format"], width = 14): DataColumn => ({
    key,
    header,
    name: name(key),
    format,
    width,
    formula,
  });
  return [
    column(
      "site_correction",
      t("Korrektur bei Nullzelle", "Zero-cell correction"),
      `=IF(OR(${a}=0,${a}=${n1},${c}=0,${c}=${n2}),0.5,0)`,
      "decimal",
    ),
    column(
      "site_difference",
      t("Differenz (Intervention − Vergleich)", "Difference (treated − control)"),
      `=${rate(a, n1)}-${rate(c, n2)}`,
      "decimalPrecise",
    ),
    column(
      "site_variance",
      t("Varianz der Differenz", "Variance of the difference"),
      `=${spread(a, n1)}+${spread(c, n2)}`,
      "decimalPrecise",
    ),
    column("site_lower", t("Untere Grenze", "Lower limit"), `={col:site_difference}-${z}*SQRT({col:site_variance})`, "decimalPrecise"),
    column("site_upper", t("Obere Grenze", "Upper limit"), `={col:site_difference}+${z}*SQRT({col:site_variance})`, "decimalPrecise"),
    column(
      "site_weight",
      t("Gewicht (%)", "Weight (%)"),
      `=100/({col:site_variance}+{${name("tau2")}})/{${name("sum_weights")}}`,
      "decimal",
    ),
    // The shares above (shown as shares, not as percentages) keep their names for the formulas; these show them as a reader reads a difference of rates.
    column(
      "site_difference_points",
      t("Differenz in Prozentpunkten (Intervention − Vergleich)", "Difference in percentage points (treated − control)"),
      "=100*{col:site_difference}",
      "points",
    ),
    column(
      "site_lower_points",
      t("Untere Grenze in Prozentpunkten", "Lower limit in percentage points"),
      "=100*{col:site_lower}",
      "points",
    ),
    column("site_upper_points", t("Obere Grenze in Prozentpunkten", "Upper limit in percentage points"), "=100*{col:site_upper}", "points"),
  ];
}

/** Rows that are a difference of two rates: shown in percentage points beside the share that carries the name. */
const differenceParts = new Set(["fixed_estimate", "estimate", "lower", "upper", "pi_lower", "pi_upper"]);

/**
 * The pooled result rows, DerSimonian–Laird with Hartung–Knapp, over the site columns of
 * `pooledSiteColumns` with the same names. Key rows (estimate, interval, prediction interval)
 * carry the key style.
 */
export function pooledRows(given: Partial<PooledNames> = {}): ResultRow[] {
  const names = { ...defaultNames, ...given };
  const n = (part: string) => `{${pooledName(part, names)}}`;
  const y = n("site_difference");
  const v = n("site_variance");
  const row = (part: string, label: Text, formula: string, format: ResultRow["format"], keyResult = false): ResultRow => {
    const shown = result({ name: pooledName(part, names), label, formula, format, keyResult });
    return differenceParts.has(part) ? { ...shown, inPoints: true } : shown;
  };
  return [
    row("k", t("Anzahl der Standorte", "Number of sites"), `=COUNT(${y})`, "integer"),
    row(
      "fixed_sum_weights",
      t("Summe der Gewichte 1/v (feste Effekte)", "Sum of the weights 1/v (fixed effect)"),
      `=SUMPRODUCT(1/${v})`,
      "decimal",
    ),
    row(
      "fixed_estimate",
      t("Differenz bei festen Effekten", "Difference, fixed effect"),
      `=SUMPRODUCT(${y}/${v})/${n("fixed_sum_weights")}`,
      "percentPrecise",
    ),
    row(
      "q",
      t("Heterogenitätsmaß Q (Cochran)", "Heterogeneity statistic Q (Cochran)"),
      `=SUMPRODUCT((${y}-${n("fixed_estimate")})^2/${v})`,
      "decimalPrecise",
    ),
    row(
      "q_p_value",
      t("p-Wert des Heterogenitätstests", "p-value of the heterogeneity test"),
      `=CHISQ.DIST.RT(${n("q")},${n("k")}-1)`,
      "pValue",
    ),
    row(
      "trace",
      t("Summe 1/v abzüglich Summe 1/v² ÷ Summe 1/v", "Sum of 1/v less sum of 1/v² ÷ sum of 1/v"),
      `=${n("fixed_sum_weights")}-SUMPRODUCT(1/${v}^2)/${n("fixed_sum_weights")}`,
      "decimal",
    ),
    row(
      "tau2",
      t("Varianz zwischen den Standorten τ² (DerSimonian–Laird)", "Variance between sites τ² (DerSimonian–Laird)"),
      `=MAX(0,(${n("q")}-(${n("k")}-1))/${n("trace")})`,
      "decimalPrecise",
    ),
    row(
      "i2",
      t(
        "Anteil der Streuung durch Unterschiede zwischen den Standorten (I²)",
        "Share of the variation due to differences between sites (I²)",
      ),
      `=${n("tau2")}/(${n("tau2")}+(${n("k")}-1)/${n("trace")})`,
      "percent",
    ),
    row(
      "sum_weights",
      t("Summe der Gewichte 1/(v + τ²)", "Sum of the weights 1/(v + τ²)"),
      `=SUMPRODUCT(1/(${v}+${n("tau2")}))`,
      "decimal",
    ),
    row(
      "estimate",
      t("Zusammengefasste Differenz über alle Standorte", "Pooled difference across sites"),
      `=SUMPRODUCT(${y}/(${v}+${n("tau2")}))/${n("sum_weights")}`,
      "percentPrecise",
      true,
    ),
    row(
      "residual",
      t("Gewichtete Abweichungsquadrate", "Weighted squared deviations"),
      `=SUMPRODUCT((${y}-${n("estimate")})^2/(${v}+${n("tau2")}))`,
      "decimalPrecise",
    ),
    // Below 2⁻⁵² the sites agree within rounding; metafor then sets the Hartung–Knapp factor to 0.
    row(
      "se",
      t("Standardfehler (Hartung–Knapp)", "Standard error (Hartung–Knapp)"),
      `=IF(${n("residual")}<=2^-52,0,SQRT(${n("residual")}/((${n("k")}-1)*${n("sum_weights")})))`,
      "decimalPrecise",
    ),
    row(
      "t_critical",
      t("t-Wert des Konfidenzniveaus (k − 1 Freiheitsgrade)", "t for the confidence level (k − 1 degrees of freedom)"),
      `=T.INV.2T(1-{${names.confidence}},${n("k")}-1)`,
      "decimalPrecise",
    ),
    row(
      "lower",
      t("Untere Grenze des Konfidenzintervalls", "Lower limit of the confidence interval"),
      `=${n("estimate")}-${n("t_critical")}*${n("se")}`,
      "percentPrecise",
      true,
    ),
    row(
      "upper",
      t("Obere Grenze des Konfidenzintervalls", "Upper limit of the confidence interval"),
      `=${n("estimate")}+${n("t_critical")}*${n("se")}`,
      "percentPrecise",
      true,
    ),
    row(
      "p_value",
      t("p-Wert (zusammengefasste Wirkung = 0)", "p-value (pooled effect = 0)"),
      `=IF(${n("se")}=0,IF(${n("estimate")}=0,"",0),T.DIST.2T(ABS(${n("estimate")})/${n("se")},${n("k")}-1))`,
      "pValue",
    ),
    row(
      "pi_lower",
      t("Vorhersageintervall für einen weiteren Standort: untere Grenze", "Prediction interval for a further site: lower limit"),
      `=${n("estimate")}-${n("t_critical")}*SQRT(${n("se")}^2+${n("tau2")})`,
      "percentPrecise",
      true,
    ),
    row(
      "pi_upper",
      t("Vorhersageintervall für einen weiteren Standort: obere Grenze", "Prediction interval for a further site: upper limit"),
      `=${n("estimate")}+${n("t_critical")}*SQRT(${n("se")}^2+${n("tau2")})`,
      "percentPrecise",
      true,
    ),
  ];
}

/**
 * The same pooled figure from the add-in, by its output key (e.g. REML beside the closed form
 * inside Excel): `=PREVENT.POOLED.COUNTS(…,"REML","HK",{confidence},"estimate")` over the workbook
 * names of the site table's four count columns.
 */
export function pooledCountsAddinFormula(
  countNames: SiteCountColumns,
  output: string,
  method: "REML" | "DL" = "REML",
  given: Partial<PooledNames> = {},
): string {
  const names = { ...defaultNames, ...given };
  const ranges = [countNames.eventsTreated, countNames.nTreated, countNames.eventsControl, countNames.nControl].map((name) => `{${name}}`);
  return `=PREVENT.POOLED.COUNTS(${ranges.join(",")},"${method}","HK",{${names.confidence}},"${output}")`;
}
