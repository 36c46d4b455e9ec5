/**
 * Treatment vs control comparison for any outcome (DESIGN §4): a yes/no outcome from counts
 * (rates, Newcombe interval, z-test), a measured outcome from one row per observation (Welch's
 * t interval), and before/after samples (difference in differences), each with a sentence in
 * plain language. Native formulas only; the rows of the Data sheet are shaped like
 * examples/kindergarten-scores.csv (child, group, wave, score).
 */
import { quotedText } from "../../shared/formulaText";
import type { DataValue, Formula, ResultGridRow, RowDefinition, TemplateDefinition, Text, Validation } from "../model";
import { balanceRows } from "./balanceRows";
import { rateComparisonRows, type GroupWords } from "./comparisonRows";
import { confoundingRows } from "./confoundingRows";
import { planningRows } from "./planningRows";
import {
  between,
  blank,
  confidenceInput,
  countUnit,
  heading,
  input,
  inputHeader,
  methodColumnWidths,
  paragraph,
  result,
  t,
  title,
} from "./rows";
import { tableChecks } from "./tableChecks";

const dataSheet = t("Daten", "Data");

const words: GroupWords = { treated: t("Programmgruppe", "treated group"), control: t("Vergleichsgruppe", "control group") };
const example = t("Beispiel (synthetisch) – durch eigene Zahlen ersetzen", "Example (synthetic) – replace with your own figures");

/** The four samples of the Data sheet, in the order of the summary grid's columns. */
const cells = [
  { key: "treated_before", group: "treated", wave: "before" },
  { key: "treated_after", group: "treated", wave: "after" },
  { key: "control_before", group: "control", wave: "before" },
  { key: "control_after", group: "control", wave: "after" },
] as const;

function grid(
  label: [string, string],
  prefix: string,
  formula: (cell: (typeof cells)[number]) => string,
  format: ResultGridRow["format"],
): ResultGridRow {
  return {
    kind: "resultGrid",
    label: t(...label),
    formulas: cells.map(formula),
    names: cells.map((cell) => `${prefix}_${cell.key}`),
    format,
  };
}

/** Rows of one sample; a blank value is skipped, a text value shows an error on purpose. */
const inSample = (cell: (typeof cells)[number]) =>
  `({observation_group}={${cell.group}:code})*({observation_wave}={${cell.wave}:code})*({observation_value}<>"")`;

const summaryGrid: RowDefinition[] = [
  {
    kind: "header",
    cells: [
      t("Stichprobe", "Sample"),
      t("Programm vorher", "Treated before"),
      t("Programm nachher", "Treated after"),
      t("Vergleich vorher", "Control before"),
      t("Vergleich nachher", "Control after"),
    ],
  },
  grid(["Anzahl Werte", "Number of values"], "n", (cell) => `=SUMPRODUCT(${inSample(cell)})`, "number"),
  grid(["Mittelwert", "Mean"], "mean", (cell) => `=SUMPRODUCT(${inSample(cell)},{observation_value})/{n_${cell.key}}`, "decimal"),
  grid(
    ["Varianz (Teiler n − 1)", "Variance (divisor n − 1)"],
    "variance",
    (cell) => `=SUMPRODUCT(${inSample(cell)}*({observation_value}-{mean_${cell.key}})^2)/({n_${cell.key}}-1)`,
    "decimal",
  ),
];

/**
 * Two-sided critical value of Student's t for fractional degrees of freedom: T.INV.2T truncates
 * them to a whole number (in Excel and LibreOffice), the incomplete beta function does not:
 * P(|T| > t) = I(df/(df+t²); df/2, 1/2).
 */
const tCritical = (df: string) => `=SQRT({${df}}*(1/BETA.INV(1-{confidence},{${df}}/2,0.5)-1))`;
const tPValue = (difference: string, se: string, df: string) =>
  `=BETA.DIST({${df}}/({${df}}+({${difference}}/{${se}})^2),{${df}}/2,0.5,TRUE)`;
/** se⁴ / Σ (sᵢ²/nᵢ)²/(nᵢ − 1) over the given samples (Welch–Satterthwaite). */
const welchDf = (se: string, keys: string[]) =>
  `={${se}}^4/(${keys.map((key) => `({variance_${key}}/{n_${key}})^2/({n_${key}}-1)`).join("+")})`;
const standardError = (keys: string[]) => `=SQRT(${keys.map((key) => `{variance_${key}}/{n_${key}}`).join("+")})`;

/**
 * Standard error, Welch–Satterthwaite degrees of freedom, t interval and two-sided p-value of
 * the difference named `{prefix}_difference` over the given samples of the summary grid.
 */
function tIntervalRows(prefix: string, samples: string[], difference: Text, pLabel: Text): RowDefinition[] {
  const name = (part: string) => `${prefix}_${part}`;
  return [
    result({ name: name("se"), label: t("Standardfehler", "Standard error"), formula: standardError(samples), format: "decimalPrecise" }),
    result({
      name: name("df"),
      label: t("Freiheitsgrade (Welch–Satterthwaite)", "Degrees of freedom (Welch–Satterthwaite)"),
      formula: welchDf(name("se"), samples),
      format: "decimal",
    }),
    result({
      name: name("t_critical"),
      label: t("t-Wert des Konfidenzniveaus", "t for the confidence level"),
      formula: tCritical(name("df")),
      format: "decimalPrecise",
    }),
    result({
      name: name("lower"),
      label: t(`${difference.de}: untere Grenze`, `${difference.en}: lower bound`),
      formula: `={${name("difference")}}-{${name("t_critical")}}*{${name("se")}}`,
      format: "decimal",
      keyResult: true,
    }),
    result({
      name: name("upper"),
      label: t(`${difference.de}: obere Grenze`, `${difference.en}: upper bound`),
      formula: `={${name("difference")}}+{${name("t_critical")}}*{${name("se")}}`,
      format: "decimal",
      keyResult: true,
    }),
    result({
      name: name("p_value"),
      label: pLabel,
      formula: tPValue(name("difference"), name("se"), name("df")),
      format: "decimalPrecise",
    }),
  ];
}

/** Numbers in sentences: FIXED follows the decimal separator of the running Excel, TEXT format codes do not. */
const number = (name: string, scale = "") => `FIXED(${scale}{${name}},{sentence_decimals},TRUE)`;
const level = "ROUND(100*{confidence},2)";

function pText(name: string): Formula {
  return {
    de: `IF({${name}}<0.001,"< 0,001","= "&FIXED({${name}},3,TRUE))`,
    en: `IF({${name}}<0.001,"< 0.001","= "&FIXED({${name}},3,TRUE))`,
  };
}

function verdict(lower: string, upper: string): Formula {
  return {
    de: `IF({${lower}}>0,"Die Programmgruppe liegt höher – mehr, als der Zufall allein bei diesem Konfidenzniveau erklärt.",IF({${upper}}<0,"Die Programmgruppe liegt niedriger – mehr, als der Zufall allein bei diesem Konfidenzniveau erklärt.","Das Intervall schließt null ein: Die Daten schließen nicht aus, dass es keinen Unterschied gibt."))`,
    en: `IF({${lower}}>0,"The treated group lies higher, by more than chance alone explains at this confidence level.",IF({${upper}}<0,"The treated group lies lower, by more than chance alone explains at this confidence level.","The interval includes zero: the data do not rule out that there is no difference."))`,
  };
}

/** A sentence formula from German and English pieces; Formula pieces are spliced in per language. */
function sentence(name: string, pieces: { de: (string | Formula)[]; en: (string | Formula)[] }): RowDefinition {
  const join = (language: "de" | "en") =>
    "=" + pieces[language].map((piece) => (typeof piece === "string" ? piece : piece[language])).join("&");
  return { kind: "sentence", name, style: "label", formula: { de: join("de"), en: join("en") } };
}

const rateSentence = sentence("rate_sentence", {
  de: [
    quotedText("Programmgruppe: "),
    number("rate_treated", "100*"),
    quotedText(" %, Vergleichsgruppe: "),
    number("rate_control", "100*"),
    quotedText(" %; Differenz "),
    number("rate_difference", "100*"),
    quotedText(" Prozentpunkte ("),
    level,
    quotedText("-%-Intervall "),
    number("difference_lower", "100*"),
    quotedText(" bis "),
    number("difference_upper", "100*"),
    quotedText(", p "),
    pText("p_value"),
    quotedText("). "),
    verdict("difference_lower", "difference_upper"),
  ],
  en: [
    quotedText("Treated group: "),
    number("rate_treated", "100*"),
    quotedText("%, control group: "),
    number("rate_control", "100*"),
    quotedText("%; difference "),
    number("rate_difference", "100*"),
    quotedText(" percentage points ("),
    level,
    quotedText("% interval "),
    number("difference_lower", "100*"),
    quotedText(" to "),
    number("difference_upper", "100*"),
    quotedText(", p "),
    pText("p_value"),
    quotedText("). "),
    verdict("difference_lower", "difference_upper"),
  ],
});

const meanSentence = sentence("mean_sentence", {
  de: [
    quotedText("Mittelwert nachher: "),
    number("mean_treated_after"),
    quotedText(" in der Programmgruppe, "),
    number("mean_control_after"),
    quotedText(" in der Vergleichsgruppe; Differenz "),
    number("mean_difference"),
    quotedText(" ("),
    level,
    quotedText("-%-Intervall "),
    number("mean_lower"),
    quotedText(" bis "),
    number("mean_upper"),
    quotedText(", p "),
    pText("mean_p_value"),
    quotedText("). "),
    verdict("mean_lower", "mean_upper"),
  ],
  en: [
    quotedText("Mean after: "),
    number("mean_treated_after"),
    quotedText(" in the treated group, "),
    number("mean_control_after"),
    quotedText(" in the control group; difference "),
    number("mean_difference"),
    quotedText(" ("),
    level,
    quotedText("% interval "),
    number("mean_lower"),
    quotedText(" to "),
    number("mean_upper"),
    quotedText(", p "),
    pText("mean_p_value"),
    quotedText("). "),
    verdict("mean_lower", "mean_upper"),
  ],
});

const didSentence = sentence("did_sentence", {
  de: [
    quotedText("Von vorher zu nachher änderte sich die Programmgruppe um "),
    number("did_change_treated"),
    quotedText(", die Vergleichsgruppe um "),
    number("did_change_control"),
    quotedText("; Differenz der Differenzen "),
    number("did_difference"),
    quotedText(" ("),
    level,
    quotedText("-%-Intervall "),
    number("did_lower"),
    quotedText(" bis "),
    number("did_upper"),
    quotedText(", p "),
    pText("did_p_value"),
    quotedText("). "),
    verdict("did_lower", "did_upper"),
  ],
  en: [
    quotedText("From before to after, the treated group changed by "),
    number("did_change_treated"),
    quotedText(" and the control group by "),
    number("did_change_control"),
    quotedText("; difference in differences "),
    number("did_difference"),
    quotedText(" ("),
    level,
    quotedText("% interval "),
    number("did_lower"),
    quotedText(" to "),
    number("did_upper"),
    quotedText(", p "),
    pText("did_p_value"),
    quotedText("). "),
    verdict("did_lower", "did_upper"),
  ],
});

const twoGroups = ["treated_after", "control_after"];
const allFour = cells.map((cell) => cell.key);

const results: RowDefinition[] = [
  title("Vergleich: Programmgruppe gegen Vergleichsgruppe", "Comparison: treated group against control group"),
  paragraph(
    "Gelbe Zellen sind Eingaben. Differenzen sind immer Programmgruppe minus Vergleichsgruppe. Jeder Block endet mit einem Satz in Worten.",
    "Yellow cells are inputs. Differences are always treated group minus control group. Each block ends with a sentence in plain words.",
  ),
  inputHeader,
  confidenceInput(),
  input({
    name: "sentence_decimals",
    label: t("Nachkommastellen in den Sätzen", "Decimals in the sentences"),
    value: 1,
    unit: countUnit,
    grade: "A",
    source: t("Darstellung", "Presentation"),
    format: "integer",
    validation: between(0, 6, "whole"),
  }),
  blank,
  heading("A. Zwei Gruppen, Ja/Nein-Ergebnis (Quote)", "A. Two groups, yes/no outcome (rate)"),
  paragraph(
    "Anzahlen eintragen, z. B. Heimaufnahmen innerhalb von 24 Monaten; Voreinstellung aus der synthetischen Beispielkohorte (34 von 240 gegen 70 von 230).",
    "Enter counts, e.g. care-home entries within 24 months; the defaults come from the synthetic example cohort (34 of 240 vs 70 of 230).",
  ),
  input({
    name: "events_treated",
    label: t("Mit Ereignis: Programmgruppe", "With the event: treated group"),
    value: 34,
    unit: countUnit,
    grade: "C",
    source: example,
    format: "number",
    validation: between(0, 1e9, "whole"),
  }),
  input({
    name: "n_treated",
    label: t("Personen: Programmgruppe", "People: treated group"),
    value: 240,
    unit: countUnit,
    grade: "C",
    source: example,
    format: "number",
    validation: between(1, 1e9, "whole"),
  }),
  input({
    name: "events_control",
    label: t("Mit Ereignis: Vergleichsgruppe", "With the event: control group"),
    value: 70,
    unit: countUnit,
    grade: "C",
    source: example,
    format: "number",
    validation: between(0, 1e9, "whole"),
  }),
  input({
    name: "n_control",
    label: t("Personen: Vergleichsgruppe", "People: control group"),
    value: 230,
    unit: countUnit,
    grade: "C",
    source: example,
    format: "number",
    validation: between(1, 1e9, "whole"),
  }),
  ...rateComparisonRows(words),
  rateSentence,
  blank,
  heading("Messwerte aus dem Blatt Daten (eine Zeile je Messung)", "Measured values from the Data sheet (one row per measurement)"),
  ...tableChecks("observations_table", "observations", dataSheet, ["outside"]),
  ...summaryGrid,
  blank,
  heading("B. Zwei Gruppen, Messwert (Mittelwert, Welle „nachher“)", "B. Two groups, measured outcome (mean, wave 'after')"),
  paragraph(
    "Vergleicht die Werte der Welle „nachher“; für einen Vergleich ohne Vorher-Messung alle Zeilen mit „nachher“ eintragen. Intervall und p-Wert nach Welch (ungleiche Varianzen).",
    "Compares the values of wave 'after'; for a comparison without a before measurement, mark every row 'after'. Interval and p-value after Welch (unequal variances).",
  ),
  result({
    name: "mean_difference",
    label: t("Differenz der Mittelwerte (Programm − Vergleich)", "Difference of means (treated − control)"),
    formula: "={mean_treated_after}-{mean_control_after}",
    format: "decimal",
    keyResult: true,
  }),
  ...tIntervalRows("mean", twoGroups, t("Differenz", "Difference"), t("p-Wert (zweiseitig, Welch)", "p-value (two-sided, Welch)")),
  meanSentence,
  blank,
  heading("C. Vorher und nachher: Differenz der Differenzen", "C. Before and after: difference in differences"),
  paragraph(
    "Vier unabhängige Stichproben (Programm und Vergleich, je vorher und nachher). Wirkung = Änderung der Programmgruppe − Änderung der Vergleichsgruppe.",
    "Four independent samples (treated and control, each before and after). Effect = change in the treated group − change in the control group.",
  ),
  result({
    name: "did_change_treated",
    label: t("Änderung Programmgruppe (nachher − vorher)", "Change, treated group (after − before)"),
    formula: "={mean_treated_after}-{mean_treated_before}",
    format: "decimal",
  }),
  result({
    name: "did_change_control",
    label: t("Änderung Vergleichsgruppe (nachher − vorher)", "Change, control group (after − before)"),
    formula: "={mean_control_after}-{mean_control_before}",
    format: "decimal",
  }),
  result({
    name: "did_difference",
    label: t("Differenz der Differenzen", "Difference in differences"),
    formula: "={did_change_treated}-{did_change_control}",
    format: "decimal",
    keyResult: true,
  }),
  ...tIntervalRows(
    "did",
    allFour,
    t("Differenz der Differenzen", "Difference in differences"),
    t("p-Wert (zweiseitig)", "p-value (two-sided)"),
  ),
  didSentence,
  blank,
  ...balanceRows(
    {
      column: "observation_group",
      treated: "treated",
      control: "control",
      words: { treated: t("Programmgruppe", "Treated group"), control: t("Vergleichsgruppe", "Control group") },
    },
    [
      { column: "observation_covariate_1", key: "covariate_1", label: t("Merkmal 1 (Blatt Daten)", "Covariate 1 (Data sheet)") },
      { column: "observation_covariate_2", key: "covariate_2", label: t("Merkmal 2 (Blatt Daten)", "Covariate 2 (Data sheet)") },
    ],
  ),
  blank,
  heading("D. Zu A: nicht gemessene Einflüsse und Aussagekraft", "D. On A: unmeasured factors and what the comparison could detect"),
  ...confoundingRows({
    association: t("mit der Programmteilnahme als auch mit dem Ereignis", "with both taking part and the event"),
    people: t("Personen", "people"),
    groups: words,
  }),
  ...planningRows(),
];

const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "A. Quoten: Anteil mit Ereignis je Gruppe. Das Intervall der Differenz folgt Newcombe (1998, Methode 10) aus zwei Wilson-Intervallen; es bleibt auch bei kleinen Gruppen und Quoten nahe 0 verlässlich. Der p-Wert kommt aus dem z-Test mit gepoolter Quote (gleich dem Chi-Quadrat-Test ohne Stetigkeitskorrektur).",
    "A. Rates: share with the event in each group. The interval of the difference follows Newcombe (1998, method 10) from two Wilson intervals; it stays reliable for small groups and rates near 0. The p-value comes from the z-test with the pooled rate (the same as the chi-squared test without continuity correction).",
  ),
  paragraph(
    "B. Mittelwerte: Welchs t-Intervall erlaubt verschiedene Streuungen in beiden Gruppen. Die Freiheitsgrade (Welch–Satterthwaite) sind meist keine ganze Zahl; T.INV.2T und T.DIST.2T würden sie abschneiden, deshalb rechnet das Blatt mit der Betaverteilung (BETA.INV, BETA.DIST) – dieselben Werte wie R t.test.",
    "B. Means: Welch's t interval allows different spreads in the two groups. The degrees of freedom (Welch–Satterthwaite) are rarely whole numbers; T.INV.2T and T.DIST.2T would cut them down, so the sheet works with the beta distribution (BETA.INV, BETA.DIST) – the same values as R's t.test.",
  ),
  paragraph(
    "C. Differenz der Differenzen: Die Änderung der Vergleichsgruppe zeigt, was ohne das Programm geschehen wäre; die Wirkung ist die Änderung der Programmgruppe abzüglich dieser Änderung. Die vier Stichproben gelten als unabhängig (verschiedene Kinder vorher und nachher); Standardfehler aus den vier Varianzen, Freiheitsgrade nach Welch–Satterthwaite.",
    "C. Difference in differences: the change in the control group shows what would have happened without the programme; the effect is the treated group's change minus that change. The four samples count as independent (different children before and after); standard error from the four variances, degrees of freedom after Welch–Satterthwaite.",
  ),
  paragraph(
    "Lesen: Schließt das Intervall null ein, können die Daten einen Unterschied von null nicht ausschließen. Ein kleiner p-Wert sagt nicht, wie groß die Wirkung ist – dafür steht das Intervall. Die Sätze runden mit FIXED, das sich nach dem Dezimaltrennzeichen des geöffneten Excel richtet.",
    "Reading: when the interval includes zero, the data cannot rule out a difference of zero. A small p-value does not say how large the effect is – the interval does. The sentences round with FIXED, which follows the decimal separator of the Excel they are opened in.",
  ),
  paragraph(
    "Quellen: Newcombe RG (1998), Statistics in Medicine 17:873–890; Welch BL (1947), Biometrika 34:28–35; Satterthwaite FE (1946), Biometrics Bulletin 2:110–114. Mit dem Add-in liefern PREVENT.RATEDIFF.COUNTS, PREVENT.MEANDIFF und PREVENT.DID dieselben Zahlen.",
    "Sources: Newcombe RG (1998), Statistics in Medicine 17:873–890; Welch BL (1947), Biometrika 34:28–35; Satterthwaite FE (1946), Biometrics Bulletin 2:110–114. With the add-in, PREVENT.RATEDIFF.COUNTS, PREVENT.MEANDIFF and PREVENT.DID give the same figures.",
  ),
];

const groupCheck: Validation = {
  kind: "list",
  options: ["treated", "control"],
  message: t("gefördert oder Vergleich", "treated or control"),
};
const waveCheck: Validation = { kind: "list", options: ["before", "after"], message: t("vorher oder nachher", "before or after") };

/** Covariates: age in months and language support needed (1/0), made up like the scores. */
const exampleRows: DataValue[][] = [
  ["T01", "treated", "before", 88, 50, 1],
  ["T02", "treated", "before", 92, 55, 0],
  ["T03", "treated", "before", 95, 58, 1],
  ["T04", "treated", "after", 97, 61, 1],
  ["T05", "treated", "after", 99, 57, 0],
  ["T06", "treated", "after", 104, 63, 1],
  ["C01", "control", "before", 90, 52, 0],
  ["C02", "control", "before", 86, 49, 1],
  ["C03", "control", "before", 93, 56, 0],
  ["C04", "control", "after", 91, 60, 0],
  ["C05", "control", "after", 94, 54, 0],
  ["C06", "control", "after", 89, 59, 1],
];

export const groupComparison: TemplateDefinition = {
  id: "group-comparison",
  version: "1.2.0",
  title: t("Vergleich Programm- und Vergleichsgruppe", "Treatment vs control comparison"),
  purpose: t(
    "Geförderte Gruppe gegen Vergleichsgruppe für jedes Ergebnis, mit Intervall, p-Wert und einem Satz in Worten.",
    "Treated against comparison group for any outcome, with interval, p-value and a sentence in plain language.",
  ),
  sheets: [
    { key: "results", name: t("Vergleich", "Comparison"), columnWidths: [54, 18, 18, 18, 18, 8, 44], rows: results, protect: true },
    { key: "method", name: t("Methode und Quellen", "Method and sources"), columnWidths: methodColumnWidths, rows: method, protect: true },
    {
      key: "data",
      name: dataSheet,
      columnWidths: [],
      protect: false,
      table: {
        name: "observations_table",
        exampleRows,
        columns: [
          {
            key: "id",
            header: t("Kennung (pseudonym)", "Id (pseudonymous)"),
            format: "text",
            width: 18,
            csv: { column: "child", kind: "text", also: ["Kind"] },
          },
          {
            key: "group",
            header: t("Gruppe", "Group"),
            name: "observation_group",
            format: "text",
            width: 12,
            validation: groupCheck,
            csv: { column: "group", kind: { options: ["treated", "control"] } },
          },
          {
            key: "wave",
            header: t("Welle", "Wave"),
            name: "observation_wave",
            format: "text",
            width: 10,
            validation: waveCheck,
            csv: { column: "wave", kind: { options: ["before", "after"] }, also: ["Zeitpunkt", "Messung"] },
          },
          {
            key: "value",
            header: t("Wert", "Value"),
            name: "observation_value",
            format: "decimal",
            width: 12,
            csv: { column: "score", kind: "number", also: ["Testwert", "Messwert", "Punktzahl"] },
          },
          {
            key: "covariate_1",
            header: t("Merkmal 1 (z. B. Alter in Monaten)", "Covariate 1 (e.g. age in months)"),
            name: "observation_covariate_1",
            format: "decimal",
            width: 30,
            csv: { column: "covariate_1", kind: "optionalNumber" },
          },
          {
            key: "covariate_2",
            header: t("Merkmal 2 (z. B. Förderbedarf 1/0)", "Covariate 2 (e.g. support needed 1/0)"),
            name: "observation_covariate_2",
            format: "decimal",
            width: 30,
            csv: { column: "covariate_2", kind: "optionalNumber" },
          },
        ],
      },
    },
  ],
};
