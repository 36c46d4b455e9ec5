/**
 * Prevented residential-care placements from a cohort: one row per person, treated vs control.
 * Rates of care-home entry within 24 months, their difference with Newcombe interval, and the
 * months observed at home. The rows are shaped like examples/housing-counselling-cohort.csv.
 */
import type { DataColumn, DataTableDefinition, DataValue, ResultRow, RowDefinition, TemplateDefinition, Validation } from "../model";
import { adjustedRows, type AdjustedCohort } from "./adjustedRows";
import { balanceRows, type BalanceCovariate } from "./balanceRows";
import { rateComparisonRows } from "./comparisonRows";
import {
  between,
  blank,
  confidenceInput,
  defaultConfidence,
  heading,
  input,
  inputHeader,
  methodColumnWidths,
  paragraph,
  result,
  t,
  title,
} from "./rows";
import { placementCommittee } from "./placementCommittee";
import { check, placeholderWarning, reviewSheet } from "./reviewSheet";
import { tableChecks } from "./tableChecks";
import { sourcedParameters } from "./sourcedParameters";

const cohortSheet = t("Kohorte", "Cohort");
const curveSheet = t("KM-Kurve", "KM curve");

const dateCheck: Validation = { kind: "date", message: t("Bitte ein Datum eingeben.", "Please enter a date.") };
const groupCheck: Validation = {
  kind: "list",
  options: ["treated", "control"],
  message: t("gefördert oder Vergleich", "treated or control"),
};

/** Days in 24 months, as the example data count them. */
const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "Quote = Aufnahmen innerhalb von 24 Monaten ÷ Personen der Gruppe. Intervall nach Newcombe (1998, Methode 10) aus zwei Wilson-Intervallen; p-Wert aus dem z-Test mit gepoolter Varianz. Verhinderte Aufnahmen = Beratene je Jahr × (Quote Vergleich − Quote Beratene); negativ hieße: Beratene kamen häufiger ins Heim – das wird gezeigt, nicht versteckt.",
    "Rate = entries within 24 months ÷ people in the group. Interval after Newcombe (1998, method 10) from two Wilson intervals; p-value from the z-test with pooled variance. Prevented placements = counselled per year × (rate comparison − rate counselled); negative would mean the counselled entered care homes more often – this is shown, not hidden.",
  ),
  paragraph(
    "Wer kürzer als 24 Monate beobachtet wurde, ohne ins Heim zu ziehen, zählt als „keine Aufnahme“ – das unterschätzt; dann PREVENT.KAPLANMEIER und PREVENT.LOGRANK nutzen.",
    "People followed for less than 24 months without entering a care home count as 'no entry' – an undercount; then use PREVENT.KAPLANMEIER and PREVENT.LOGRANK.",
  ),
  paragraph(
    "Bereinigte Differenz: PREVENT.ADJUSTED schätzt mit einer logistischen Regression der Aufnahme ≤ 24 Monate auf Gruppe, Alter, Pflegegrad und allein lebend, wie oft die Beratenen ohne Beratung ins Heim gezogen wären, und die Differenz mit Delta-Methoden-Intervall. Ohne das Add-in kann Excel das nicht mit eigenen Formeln rechnen: In der Datei stehen deshalb die Werte, die beim Erstellen der Datei aus den damaligen Zeilen der Kohorte und dem voreingestellten Konfidenzniveau berechnet wurden (eine Notiz an jeder Zelle sagt es); sie ändern sich nicht, wenn Zeilen sich ändern. In Excel mit dem Add-in rechnen die Zellen laufend. Bereinigt wird nur um gemessene Merkmale; nicht erfasste Unterschiede bleiben.",
    "Adjusted difference: PREVENT.ADJUSTED estimates, with a logistic regression of entry ≤ 24 months on group, age, care grade and living alone, how often the counselled would have entered a care home without counselling, and the difference with a delta-method interval. Without the add-in Excel cannot compute this with its own formulas, so the file holds the values computed when it was made, from the cohort's rows at that time and the preset confidence level (a note on each cell says so); they do not change when rows change. In Excel with the add-in the cells compute live. Only measured covariates are adjusted for; differences nobody measured remain.",
  ),
  paragraph(
    "Zeit zu Hause (Kaplan–Meier): An jedem Tag, an dem jemand ins Heim zieht, sinkt der Anteil zu Hause um den Bruchteil der Aufnahmen unter allen, die an diesem Tag noch zu Hause lebten und noch beobachtet wurden. Die Spalten rechts im Blatt Kohorte zeigen das je Person: Tage zu Hause, noch zu Hause in der Gruppe, Aufnahmen am selben Tag, Anteil am Logarithmus. So zählt auch, wer nur kurz beobachtet wurde, ohne als „keine Aufnahme“ zu gelten. Alles sind Excel-Formeln: Wer Zeilen ändert, sieht neue Ergebnisse.",
    "Time at home (Kaplan–Meier): on each day someone moves into a care home, the share at home falls by the fraction of entries among everyone still at home and still followed on that day. The columns on the right of the Cohort sheet show this per person: days at home, still at home in the group, entries on the same day, share of the logarithm. So people followed only briefly count for as long as they were followed, without being taken as 'no entry'. Everything is an Excel formula: change rows and the results follow.",
  ),
  paragraph(
    "Mittlere Monate zu Hause bis zum Horizont (restricted mean) = Fläche unter der Kurve bis zum Horizont. Die Differenz der Gruppen ist die mittlere Verzögerung der Heimaufnahme je beratener Person – die Eingabe für vermiedene Heimmonate im Business Case. Das Blatt KM-Kurve führt die Stufen der Kurve für das Diagramm auf. Referenz: R-Paket survival (survfit, print mit rmean); Kaplan EL, Meier P (1958), JASA 53:457–481.",
    "Mean months at home up to the horizon (restricted mean) = area under the curve up to the horizon. The difference between the groups is the average delay of care-home entry per person counselled – the input for months avoided in the business case. The KM curve sheet lists the steps of the curve for the chart. Reference: R package survival (survfit, print with rmean); Kaplan EL, Meier P (1958), JASA 53:457–481.",
  ),
];

export const followUpDays = 730;

const exampleRows: DataValue[][] = [
  ["T0001", "treated", 44570, null, 46022, 81, 3, 1],
  ["T0002", "treated", 45172, null, 46022, 77, 2, 0],
  ["T0003", "treated", 44941, 45500, 46022, 88, 3, 1],
  ["C0001", "control", 44600, 45100, 46022, 84, 3, 0],
  ["C0002", "control", 44900, null, 46022, 72, 2, 1],
  ["C0003", "control", 45000, 45400, 46022, 79, 2, 0],
];

/** The covariates of the balance block: columns of the cohort table after the dates. */
const covariates: BalanceCovariate[] = [
  { column: "cohort_age", key: "age", label: t("Alter (Jahre)", "Age (years)") },
  { column: "cohort_care_grade", key: "care_grade", label: t("Pflegegrad", "Care grade") },
  { column: "cohort_living_alone", key: "living_alone", label: t("Allein lebend (Anteil)", "Living alone (share)") },
];
const covariateCheck = between(0, 130);

/** The confidence level the template starts with. */

function numberOrNull(value: DataValue): number | null {
  return typeof value === "number" ? value : null;
}

/**
 * PREVENT.ADJUSTED over the cohort table: entry within 24 months (the computed column), group
 * 1 = treated, 0 = control (blank otherwise, so the row is left out) and the covariate columns,
 * which stand side by side from age to living alone.
 */
const adjustedCohort: AdjustedCohort = {
  table: "cohort_table",
  arguments:
    '{cohort_entered_24},IF({cohort_group}={treated:code},1,IF({cohort_group}={control:code},0,"")),{cohort_age}:{cohort_living_alone}',
  cases(rows) {
    const start = rows.column("start");
    const entry = rows.column("entry");
    const covariateColumns = covariates.map((covariate) => rows.column(covariate.key));
    return {
      // As the column "Entry ≤ 24 months" computes it.
      outcome: start.map((begin, i) => {
        const entered = entry[i];
        return typeof entered === "number" && typeof begin === "number" && entered - begin <= followUpDays ? 1 : 0;
      }),
      group: rows.column("group").map((group) => (group === "treated" ? 1 : group === "control" ? 0 : null)),
      // The balance block's covariates are keyed as the table's columns, in the same order.
      covariates: start.map((_, i) => covariateColumns.map((column) => numberOrNull(column[i]))),
    };
  },
  confidence: defaultConfidence,
};

/** Days in an average month (Julian year ÷ 12), as the engine counts months at home. */
const daysPerMonth = "(365.25/12)";
/** Months at which the share still at home is shown. */
const shareMonths = [6, 12, 24, 36];

/**
 * The per-person workings of Kaplan–Meier: each person's days at home, how many of the same group
 * were still at home and followed that long, how many entered on that day, and each entry's part
 * of the logarithm of the share at home. Counting in whole days keeps ties exact.
 */
const timeAtHomeColumns: DataColumn[] = [
  {
    key: "days",
    header: t("Tage zu Hause", "Days at home"),
    name: "cohort_days",
    format: "number",
    width: 14,
    formula: "=IF(ISNUMBER({col:entry}),{col:entry},{col:end})-{col:start}",
  },
  {
    key: "entered",
    header: t("Aufnahme (1/0)", "Entry (1/0)"),
    name: "cohort_entered",
    format: "integer",
    width: 14,
    formula: "=IF(ISNUMBER({col:entry}),1,0)",
  },
  {
    key: "at_risk",
    header: t("noch zu Hause (Gruppe)", "Still at home (group)"),
    name: "cohort_at_risk",
    format: "number",
    width: 22,
    formula: '=COUNTIFS({cohort_group},{col:group},{cohort_days},">="&{col:days})',
  },
  {
    key: "entries_same_day",
    header: t("Aufnahmen am selben Tag", "Entries on the same day"),
    format: "number",
    width: 24,
    formula: "=COUNTIFS({cohort_group},{col:group},{cohort_days},{col:days},{cohort_entered},1)",
  },
  {
    key: "log_factor",
    header: t("Anteil am Log der Quote", "Share of log survival"),
    name: "cohort_log_factor",
    format: "decimalPrecise",
    width: 22,
    // When everyone still at home enters on one day the share falls to 0: −1E+300 stands for log 0.
    formula:
      "=IF({col:entered}=1,IF({col:at_risk}>{col:entries_same_day},LN(1-{col:entries_same_day}/{col:at_risk})/{col:entries_same_day},-1E+300),0)",
  },
  {
    key: "share_before",
    header: t("zu Hause kurz davor (KM)", "At home just before (KM)"),
    name: "cohort_share_before",
    format: "percentPrecise",
    width: 24,
    formula: '=EXP(SUMIFS({cohort_log_factor},{cohort_group},{col:group},{cohort_days},"<"&{col:days}))',
  },
  {
    key: "treated_days",
    header: t("Tage: Beratene", "Days: counselled"),
    name: "cohort_treated_days",
    format: "number",
    width: 16,
    formula: '=IF({col:group}={treated:code},{col:days},"")',
  },
  {
    key: "control_days",
    header: t("Tage: Vergleich", "Days: comparison"),
    name: "cohort_control_days",
    format: "number",
    width: 16,
    formula: '=IF({col:group}={control:code},{col:days},"")',
  },
];

/** Kaplan–Meier share of a group still at home after `days` (a formula text without "="). */
function shareAfter(group: string, days: string, comparison: "<=" | "<" = "<="): string {
  return `EXP(SUMIFS({cohort_log_factor},{cohort_group},{${group}:code},{cohort_days},"${comparison}"&${days}))`;
}

/** The share at a month, left empty beyond the group's longest follow-up unless it already fell to 0. */
function shareAtMonth(group: string, months: number): string {
  const days = `${months}*${daysPerMonth}`;
  const longest = `SUMPRODUCT(MAX(({cohort_group}={${group}:code})*{cohort_days}))`;
  return `=IF(AND(${days}>${longest},${shareAfter(group, days)}>0),"",${shareAfter(group, days)})`;
}

/** Restricted mean months at home up to the horizon: the horizon minus each entry's drop × the months it takes from the horizon. */
function restrictedMeanMonths(group: string): string {
  return `={rmst_horizon}-SUMPRODUCT(({cohort_group}={${group}:code})*{cohort_entered}*({cohort_days}<={rmst_horizon}*${daysPerMonth})*{cohort_share_before}/{cohort_at_risk}*({rmst_horizon}-{cohort_months_home}))`;
}

/** Inside Excel with the add-in, the same value from PREVENT.LOGRANK over the cohort table's columns. */
function viaLogRank(row: ResultRow, output: string): ResultRow {
  return {
    ...row,
    addinFormula: `=PREVENT.LOGRANK({cohort_group},{cohort_start},{cohort_entry},{cohort_end},{rmst_horizon},{confidence},"${output}")`,
  };
}

const timeAtHome: RowDefinition[] = [
  heading("Zeit zu Hause (Kaplan–Meier: jede beobachtete Zeit zählt)", "Time at home (Kaplan–Meier: every month followed counts)"),
  paragraph(
    "Wer noch zu Hause lebt, zählt bis zum Ende seiner Beobachtung mit. Die Kurve je Gruppe steht auf dem Blatt KM-Kurve; mit dem Add-in rechnen PREVENT.KAPLANMEIER und PREVENT.LOGRANK dasselbe.",
    "People still at home count until the end of their follow-up. The curve of each group is on the KM curve sheet; with the add-in, PREVENT.KAPLANMEIER and PREVENT.LOGRANK compute the same.",
  ),
  {
    kind: "header",
    cells: [
      t("Anteil noch zu Hause nach …", "Share still at home after …"),
      t("Beratene", "Counselled"),
      t("Vergleichsgruppe", "Comparison group"),
    ],
  },
  ...shareMonths.map((months): RowDefinition => ({
    kind: "resultGrid",
    label: t(`${months} Monaten`, `${months} months`),
    formulas: [shareAtMonth("treated", months), shareAtMonth("control", months)],
    names: [`km_${months}_treated`, `km_${months}_control`],
    format: "percent",
  })),
  input({
    name: "rmst_horizon",
    label: t("Horizont für die mittlere Zeit zu Hause", "Horizon for the mean time at home"),
    value: 36,
    range: [24, 48],
    unit: t("Monate", "months"),
    grade: "C",
    source: t(
      "Wahl der Planung; höchstens so lang, wie die meisten beobachtet wurden",
      "Planning choice; no longer than most people were followed",
    ),
    format: "integer",
    validation: between(1, 120, "whole"),
  }),
  viaLogRank(
    result({
      name: "rmst_treated",
      label: t("Mittlere Monate zu Hause bis zum Horizont: Beratene", "Mean months at home up to the horizon: counselled"),
      formula: restrictedMeanMonths("treated"),
      format: "decimal",
    }),
    "months_treated",
  ),
  viaLogRank(
    result({
      name: "rmst_control",
      label: t("Mittlere Monate zu Hause bis zum Horizont: Vergleichsgruppe", "Mean months at home up to the horizon: comparison group"),
      formula: restrictedMeanMonths("control"),
      format: "decimal",
    }),
    "months_control",
  ),
  viaLogRank(
    result({
      name: "rmst_difference",
      label: t("Heimaufnahme hinausgezögert um (Monate je Person)", "Care-home entry delayed by (months per person)"),
      formula: "={rmst_treated}-{rmst_control}",
      format: "decimal",
      explanation: t(
        "Fläche zwischen den Kurven bis zum Horizont; Eingabe für „vermiedene Heimmonate“ im Business Case",
        "area between the curves up to the horizon; feeds 'months avoided' in the business case",
      ),
      keyResult: true,
    }),
    "months_delayed",
  ),
];

/** The step curve of each group: a starting point, then two points per person, just before and at the k-th shortest time. */
const curve: DataTableDefinition = {
  name: "km_curve_table",
  exampleRows: [],
  sizedAfter: { table: "cohort_table", perRow: 2, extra: 1 },
  columns: (["treated", "control"] as const).flatMap((group): DataColumn[] => {
    const de = group === "treated" ? "Beratene" : "Vergleich";
    const en = group === "treated" ? "counselled" : "comparison";
    const count = group === "treated" ? "{n_treated}" : "{n_control}";
    return [
      {
        key: `${group}_days`,
        header: t(`Tage: ${de}`, `Days: ${en}`),
        format: "number",
        width: 20,
        formula: `=IF({row}=2,0,SMALL({cohort_${group}_days},MIN(INT(({row}-1)/2),${count})))`,
      },
      {
        key: `${group}_months`,
        header: t(`Monate: ${de}`, `Months: ${en}`),
        format: "decimal",
        width: 22,
        formula: `={col:${group}_days}/${daysPerMonth}`,
      },
      {
        key: `${group}_share`,
        header: t(`zu Hause: ${de}`, `At home: ${en}`),
        name: `curve_${group}_share`,
        format: "percent",
        width: 22,
        formula: `=IF({row}=2,1,IF(MOD({row},2)=1,${shareAfter(group, `{col:${group}_days}`, "<")},${shareAfter(group, `{col:${group}_days}`)}))`,
      },
    ];
  }),
};

const results: RowDefinition[] = [
  title("Verhinderte Heimaufnahmen: Auswertung der Kohorte", "Prevented care-home placements: cohort results"),
  paragraph(
    "Die Zahlen kommen aus dem Blatt Kohorte (eine Zeile je Person, pseudonyme Kennung). Gezählt wird die Heimaufnahme innerhalb von 24 Monaten (730 Tagen) nach Beginn.",
    "The figures come from the Cohort sheet (one row per person, pseudonymous id). Counted is a care-home entry within 24 months (730 days) of the start.",
  ),
  placeholderWarning(),
  inputHeader,
  confidenceInput(),
  input({
    name: "cohort_served_per_year",
    label: t("Beratene Haushalte je Jahr (für die Hochrechnung)", "Households counselled per year (for the projection)"),
    ...sourcedParameters.householdsCounselledPerYear,
    format: "number",
    validation: between(0, 1e6),
  }),
  blank,
  heading("Vollständigkeit der Daten", "Completeness of the data"),
  ...tableChecks("cohort_table", "cohort", cohortSheet, ["outside", "unfilled"]),
  ...tableChecks("km_curve_table", "curve", curveSheet, ["unfilled", "missing"]),
  blank,
  heading("Zählung", "Counts"),
  result({
    name: "n_treated",
    label: t("Personen: Beratene", "People: counselled"),
    formula: "=COUNTIF({cohort_group},{treated:code})",
    format: "number",
  }),
  result({
    name: "n_control",
    label: t("Personen: Vergleichsgruppe", "People: comparison group"),
    formula: "=COUNTIF({cohort_group},{control:code})",
    format: "number",
  }),
  result({
    name: "events_treated",
    label: t("Heimaufnahmen ≤ 24 Monate: Beratene", "Care-home entries ≤ 24 months: counselled"),
    formula: "=COUNTIFS({cohort_group},{treated:code},{cohort_entered_24},1)",
    format: "number",
  }),
  result({
    name: "events_control",
    label: t("Heimaufnahmen ≤ 24 Monate: Vergleich", "Care-home entries ≤ 24 months: comparison"),
    formula: "=COUNTIFS({cohort_group},{control:code},{cohort_entered_24},1)",
    format: "number",
  }),
  result({
    name: "short_follow_up",
    label: t("Weniger als 24 Monate beobachtet, ohne Aufnahme", "Followed less than 24 months, no entry"),
    formula: "=SUM({cohort_short_follow_up})",
    format: "number",
    explanation: t(
      "> 0: die Quoten unterschätzen Aufnahmen – Überlebenszeitanalyse nutzen",
      "> 0: the rates undercount entries – use time-to-event analysis",
    ),
  }),
  blank,
  heading("Vergleich", "Comparison"),
  ...rateComparisonRows(undefined, { points: true }),
  blank,
  ...balanceRows(
    {
      column: "cohort_group",
      treated: "treated",
      control: "control",
      words: { treated: t("Beratene", "Counselled"), control: t("Vergleichsgruppe", "Comparison group") },
    },
    covariates,
  ),
  blank,
  ...adjustedRows(adjustedCohort),
  blank,
  heading(
    "Monate zu Hause (beobachtet, bis Aufnahme oder Ende der Beobachtung)",
    "Months at home (observed, to entry or end of follow-up)",
  ),
  result({
    name: "months_home_treated",
    label: t("Mittel: Beratene", "Mean: counselled"),
    formula: "=AVERAGEIF({cohort_group},{treated:code},{cohort_months_home})",
    format: "decimal",
  }),
  result({
    name: "months_home_control",
    label: t("Mittel: Vergleichsgruppe", "Mean: comparison group"),
    formula: "=AVERAGEIF({cohort_group},{control:code},{cohort_months_home})",
    format: "decimal",
  }),
  result({
    name: "months_home_difference",
    label: t("Differenz (Beratene − Vergleich)", "Difference (counselled − comparison)"),
    formula: "={months_home_treated}-{months_home_control}",
    format: "decimal",
    explanation: t(
      "zensiert: ohne Überlebenszeitanalyse nur ein grober Anhalt",
      "censored: without time-to-event analysis only a rough guide",
    ),
  }),
  blank,
  ...timeAtHome,
  blank,
  heading("Hochrechnung", "Projection"),
  result({
    name: "cohort_prevented",
    label: t("Verhinderte Aufnahmen je Jahr", "Prevented placements per year"),
    formula: "={cohort_served_per_year}*({rate_control}-{rate_treated})",
    format: "decimal",
    keyResult: true,
  }),
  result({
    name: "cohort_prevented_low",
    label: t("untere Grenze", "lower bound"),
    formula: "=-{cohort_served_per_year}*{difference_upper}",
    format: "decimal",
  }),
  result({
    name: "cohort_prevented_high",
    label: t("obere Grenze", "upper bound"),
    formula: "=-{cohort_served_per_year}*{difference_lower}",
    format: "decimal",
  }),
];

const checks: RowDefinition[] = [
  check(
    t(
      "Jede Person ohne Heimaufnahme mindestens 24 Monate beobachtet (sonst unterschätzen die Quoten)",
      "Everyone without a care-home entry followed for at least 24 months (otherwise the rates undercount)",
    ),
    "{short_follow_up}=0",
    "short_follow_up",
  ),
  check(
    t("Gruppen in allen Merkmalen vergleichbar (|SMD| ≤ 0,1)", "Groups comparable in every covariate (|SMD| ≤ 0.1)"),
    'COUNTIF({balance_age_flag}:{balance_living_alone_flag},"?*")=0',
    "balance_age_smd",
  ),
];

const version = "1.3.0";

export const placementCohort: TemplateDefinition = {
  id: "placement-cohort",
  version,
  title: t("Verhinderte Heimaufnahmen", "Prevented residential-care placements"),
  purpose: t(
    "Eine Zeile je Person: wie viele Heimaufnahmen die Beratung verhindert hat, mit Intervall und Monaten zu Hause.",
    "One row per person: how many care-home placements the service prevented, with interval and months at home.",
  ),
  sheets: [
    { key: "results", name: t("Auswertung", "Results"), columnWidths: [56, 16, 18, 12, 12, 8, 40], rows: results, protect: true },
    placementCommittee(version),
    { key: "method", name: t("Methode und Quellen", "Method and sources"), columnWidths: methodColumnWidths, rows: method, protect: true },
    {
      key: "cohort",
      name: cohortSheet,
      columnWidths: [],
      protect: false,
      table: {
        name: "cohort_table",
        exampleRows,
        columns: [
          {
            key: "id",
            header: t("Kennung (pseudonym)", "Id (pseudonymous)"),
            format: "text",
            width: 18,
            csv: { column: "id", kind: "text", also: ["Kennung", "Pseudonym"] },
          },
          {
            key: "group",
            header: t("Gruppe", "Group"),
            name: "cohort_group",
            format: "text",
            width: 12,
            validation: groupCheck,
            csv: { column: "group", kind: { options: ["treated", "control"] } },
          },
          {
            key: "start",
            header: t("Beginn", "Start"),
            name: "cohort_start",
            format: "date",
            width: 13,
            validation: dateCheck,
            csv: { column: "start", kind: "date", also: ["Beginn der Beratung", "Beratungsbeginn"] },
          },
          {
            key: "entry",
            header: t("Heimaufnahme", "Care-home entry"),
            name: "cohort_entry",
            format: "date",
            width: 15,
            validation: dateCheck,
            csv: { column: "care_home_entry", kind: "optionalDate", also: ["Heimeinzug"], notBefore: "start", notAfter: "end" },
          },
          {
            key: "end",
            header: t("Ende der Beobachtung", "End of follow-up"),
            name: "cohort_end",
            format: "date",
            width: 18,
            validation: dateCheck,
            csv: { column: "follow_up_end", kind: "date", also: ["Beobachtungsende"], notBefore: "start" },
          },
          {
            key: "age",
            header: t("Alter", "Age"),
            name: "cohort_age",
            format: "integer",
            width: 8,
            validation: covariateCheck,
            csv: { column: "age", kind: "optionalNumber" },
          },
          {
            key: "care_grade",
            header: t("Pflegegrad", "Care grade"),
            name: "cohort_care_grade",
            format: "integer",
            width: 11,
            validation: covariateCheck,
            csv: { column: "care_grade", kind: "optionalNumber" },
          },
          {
            key: "living_alone",
            header: t("allein lebend (1/0)", "Living alone (1/0)"),
            name: "cohort_living_alone",
            format: "integer",
            width: 18,
            validation: covariateCheck,
            csv: { column: "living_alone", kind: { flag: { blank: null } }, also: ["allein lebend", "alleinlebend"] },
          },
          {
            key: "entered_24",
            header: t("Aufnahme ≤ 24 Monate", "Entry ≤ 24 months"),
            name: "cohort_entered_24",
            format: "integer",
            width: 20,
            formula: `=IF(AND(ISNUMBER({col:entry}),{col:entry}-{col:start}<=${followUpDays}),1,0)`,
          },
          {
            key: "short_follow_up",
            header: t("kurz beobachtet", "Short follow-up"),
            name: "cohort_short_follow_up",
            format: "integer",
            width: 16,
            formula: `=IF(AND(NOT(ISNUMBER({col:entry})),{col:end}-{col:start}<${followUpDays}),1,0)`,
          },
          {
            key: "months_home",
            header: t("Monate zu Hause", "Months at home"),
            name: "cohort_months_home",
            format: "decimal",
            width: 16,
            formula: `={col:days}/${daysPerMonth}`,
          },
          ...timeAtHomeColumns,
        ],
      },
    },
    {
      key: "curve",
      name: curveSheet,
      columnWidths: [],
      protect: false,
      table: curve,
      charts: [
        {
          kind: "scatter",
          title: t("Anteil noch zu Hause (Kaplan–Meier)", "Share still at home (Kaplan–Meier)"),
          xAxisTitle: t("Monate seit Beginn", "Months since the start"),
          yAxisTitle: t("Anteil zu Hause", "Share at home"),
          valueMaximum: 1,
          seriesColumns: [
            { name: t("Beratene", "Counselled"), x: "treated_months", y: "treated_share" },
            { name: t("Vergleichsgruppe", "Comparison group"), x: "control_months", y: "control_share" },
          ],
          from: { column: 7, row: 2 },
          to: { column: 15, row: 26 },
        },
      ],
    },
    reviewSheet({ inputSheets: [results], checks }),
  ],
};
