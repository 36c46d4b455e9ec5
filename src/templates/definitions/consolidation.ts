/**
 * The county's consolidation workbook (DESIGN §3.7, the county's view): one row per
 * municipality's business case, what each cost bearer saves in each budget year summed over the
 * municipalities, and the effect pooled across them — in native formulas (DerSimonian–Laird with
 * Hartung–Knapp, pooledRows.ts) so that the file works without the add-in, with REML from
 * PREVENT.POOLED.COUNTS beside it — a forest plot and a sentence in plain words.
 */
import { pooledRateDifference } from "../../engine/pooling";
import type { EngineResultRow, NumberFormatKey, ResultGridRow, RowDefinition, TemplateDefinition, Text } from "../model";
import {
  exampleMunicipalities,
  municipalityColumns,
  municipalityCountNames,
  municipalityName,
  municipalityTable,
  printedMunicipalityColumns,
} from "./consolidationColumns";
import { consolidationSentence } from "./consolidationSentence";
import { pooledCountsAddinFormula, pooledName, pooledRows } from "./pooledRows";
import { blank, confidenceInput, heading, inputHeader, methodColumnWidths, paragraph, t, title } from "./rows";

const municipalitiesSheet = t("Kommunen", "Municipalities");

/** Budget years shown side by side: the earliest first budget year of the municipalities and the two after it. */
const budgetYears = 3;

/**
 * What a cost bearer saves (or a scope nets) in a calendar year, over all municipalities: each
 * business case counts its first budget year as "current" and the one after as "next".
 */
function yearTotal(row: string, offset: number): string {
  const year = `{consolidation_first_year}+${offset}`;
  const years = `{${municipalityName("first_budget_year")}}`;
  return (
    `=SUMIFS({${municipalityName(`${row}_row_current_year`)}},${years},${year})` +
    `+SUMIFS({${municipalityName(`${row}_row_next_year`)}},${years},${year}-1)`
  );
}

function totalRow(label: Text, row: string, key = false): ResultGridRow {
  return {
    kind: "resultGrid",
    label,
    formulas: [
      ...Array.from({ length: budgetYears }, (_, offset) => yearTotal(row, offset)),
      `=SUM({${municipalityName(`${row}_row_present_value`)}})`,
    ],
    names: [...Array.from({ length: budgetYears }, (_, offset) => `total_${row}_year_${offset + 1}`), `total_${row}_present_value`],
    format: "euro",
    keyResult: key,
  };
}

const totals: RowDefinition[] = [
  heading(
    "Was der Kreis und die Städte sparen (Summe über die Kommunen)",
    "What the county and the cities save (sum over the municipalities)",
  ),
  {
    kind: "header",
    cells: [
      t("Haushaltsjahr", "Budget year"),
      t("Erstes Jahr", "First year"),
      t("Zweites Jahr", "Second year"),
      t("Drittes Jahr", "Third year"),
      t("Barwert", "Present value"),
    ],
  },
  {
    kind: "resultGrid",
    label: t("Kalenderjahr", "Calendar year"),
    formulas: [
      `=MIN({${municipalityName("first_budget_year")}})`,
      "={consolidation_first_year}+1",
      "={consolidation_first_year}+2",
      t('="alle Jahre"', '="all years"'),
    ],
    names: ["consolidation_first_year", "", "", ""],
    format: "integer",
    formats: ["integer", "integer", "integer", "text"],
  },
  totalRow(t("Ersparnis Kreis", "Saving county"), "benefit_county", true),
  totalRow(t("Ersparnis Städte (zusammen)", "Saving cities (together)"), "benefit_city", true),
  totalRow(t("Ersparnis Pflegekasse", "Saving care insurance"), "benefit_insurance"),
  totalRow(t("Ersparnis Bewohner (nicht öffentlich)", "Saving residents (not public)"), "benefit_residents"),
  totalRow(t("Netto: Kreis", "Net: county"), "net_county", true),
  totalRow(t("Netto: Kreis und Städte", "Net: county and cities"), "net_county_city"),
  totalRow(t("Netto: alle öffentlichen Träger", "Net: all public payers"), "net_public"),
  {
    kind: "resultGrid",
    label: t(
      "Kommunen, deren zweites Haushaltsjahr nach dem dritten Jahr liegt",
      "Municipalities whose second budget year lies after the third year",
    ),
    formulas: [`=COUNTIF({${municipalityName("first_budget_year")}},">"&({consolidation_first_year}+${budgetYears - 2}))`],
    names: ["consolidation_years_beyond"],
    format: "integer",
  },
  paragraph(
    "Was jede einzelne Stadt spart, steht je Zeile im Blatt Kommunen (Spalten „Ersparnis Stadt“).",
    "What each city saves is on its row of the Municipalities sheet (columns 'Saving city').",
  ),
];

/** The pooled rows shown on the summary, in reading order; the others are steps of the calculation. */
const shownParts = ["k", "estimate", "lower", "upper", "p_value", "pi_lower", "pi_upper", "tau2", "i2", "q", "q_p_value", "se"];
const allPooled = pooledRows();
const pooledPart = (part: string) => allPooled.find((row) => row.name === pooledName(part))!;
const shownPooled = shownParts.map(pooledPart);
const calculationSteps = allPooled.filter((row) => !shownParts.some((part) => row.name === pooledName(part)));

/** REML by the add-in beside the closed form; in the file the values computed when it was made. */
function remlRow(
  output: string,
  label: Text,
  format: NumberFormatKey,
  pick: (effect: ReturnType<typeof pooledRateDifference>) => number,
  inPoints = format === "percentPrecise",
): EngineResultRow {
  return {
    inPoints,
    kind: "engineResult",
    name: `reml_${output}`,
    label,
    addinFormula: pooledCountsAddinFormula(municipalityCountNames, output),
    table: municipalityTable,
    compute: (rows) => {
      const column = (key: string) => Float64Array.from(rows.column(key).map(Number));
      const confidence = 0.95;
      return pick(
        pooledRateDifference(
          {
            eventsTreated: column("events_treated"),
            nTreated: column("n_treated"),
            eventsControl: column("events_control"),
            nControl: column("n_control"),
          },
          { method: "REML", interval: "HK", confidence },
        ),
      );
    },
    format,
  };
}

const reml: RowDefinition[] = [
  heading("Zum Vergleich: REML (mit dem Add-in)", "For comparison: REML (with the add-in)"),
  paragraph(
    "Mit dem Add-in rechnet PREVENT.POOLED.COUNTS laufend nach REML; die Datei zeigt die Werte beim Erstellen (95 %).",
    "With the add-in, PREVENT.POOLED.COUNTS computes live by REML; the file shows the values when it was made (95%).",
  ),
  remlRow("estimate", t("Zusammengefasste Differenz (REML)", "Pooled difference (REML)"), "percentPrecise", (e) => e.estimate),
  remlRow("lower", t("Untere Grenze (REML)", "Lower limit (REML)"), "percentPrecise", (e) => e.lower),
  remlRow("upper", t("Obere Grenze (REML)", "Upper limit (REML)"), "percentPrecise", (e) => e.upper),
  remlRow("tau2", t("Varianz zwischen den Städten τ² (REML)", "Variance between cities τ² (REML)"), "decimalPrecise", (e) => e.tau2),
  remlRow(
    "pi_lower",
    t("Vorhersageintervall: untere Grenze (REML)", "Prediction interval: lower limit (REML)"),
    "percentPrecise",
    (e) => e.predictionLower,
  ),
  remlRow(
    "pi_upper",
    t("Vorhersageintervall: obere Grenze (REML)", "Prediction interval: upper limit (REML)"),
    "percentPrecise",
    (e) => e.predictionUpper,
  ),
];

/**
 * Where the forest plot draws the pooled estimate and the prediction interval: below the last
 * city. The chart plots percentage points (names ending in _points); the shares keep their names
 * for formulas that read them.
 */
function forestRows(unit: "points" | "share"): RowDefinition[] {
  const inPoints = unit === "points";
  const value = (formula: string) => (inPoints ? `=100*(${formula})` : `=${formula}`);
  const named = (names: string[]) => names.map((name) => (inPoints ? `${name}_points` : name));
  const format: NumberFormatKey = inPoints ? "points" : "percentPrecise";
  const p = (part: string) => `{${pooledName(part)}}`;
  return [
    inPoints
      ? heading("Für das Diagramm (in Prozentpunkten)", "For the chart (in percentage points)")
      : heading("Dieselben Werte als Anteil", "The same values as shares"),
    {
      kind: "header",
      cells: [
        t("Reihe", "Series"),
        t("Differenz", "Difference"),
        t("Lage", "Position"),
        t("Abstand nach unten", "Distance below"),
        t("Abstand nach oben", "Distance above"),
      ],
    },
    {
      kind: "resultGrid",
      label: t("Zusammengefasst (Konfidenzintervall)", "Pooled (confidence interval)"),
      formulas: [value(p("estimate")), `=-(${p("k")}+1)`, value(`${p("estimate")}-${p("lower")}`), value(`${p("upper")}-${p("estimate")}`)],
      names: named(["forest_pooled_x", "forest_pooled_y", "forest_pooled_minus", "forest_pooled_plus"]),
      format,
      formats: [format, "integer", format, format],
      asShares: !inPoints,
    },
    {
      kind: "resultGrid",
      label: t("Vorhersageintervall für eine weitere Stadt", "Prediction interval for a further city"),
      formulas: [
        value(p("estimate")),
        `=-(${p("k")}+2)`,
        value(`${p("estimate")}-${p("pi_lower")}`),
        value(`${p("pi_upper")}-${p("estimate")}`),
      ],
      names: named(["forest_prediction_x", "forest_prediction_y", "forest_prediction_minus", "forest_prediction_plus"]),
      format,
      formats: [format, "integer", format, format],
      asShares: !inPoints,
    },
    {
      kind: "header",
      cells: [
        t("Die Achse reicht bis", "The axis reaches"),
        t("Null (keine Wirkung)", "Zero (no effect)"),
        t("Vorhersage: unten", "Prediction: lower"),
        t("Vorhersage: oben", "Prediction: upper"),
      ],
    },
    {
      kind: "resultGrid",
      label: t("Punkte ohne Zeichen im Diagramm", "Points not drawn in the chart"),
      formulas: ["=0", value(p("pi_lower")), value(p("pi_upper"))],
      names: named(["forest_zero", "forest_prediction_lower", "forest_prediction_upper"]),
      format,
      asShares: !inPoints,
    },
  ];
}

const summaryRows: RowDefinition[] = [
  title(
    "Präventionsdividende im Kreis: die Kommunen zusammengeführt",
    "Prevention dividend across the county: the municipalities together",
  ),
  paragraph(
    "Eine Zeile je Wirtschaftlichkeitsrechnung einer Kommune im Blatt Kommunen; Differenzen sind Beratene minus Vergleichsgruppe.",
    "One row per municipality's business case on the Municipalities sheet; differences are counselled minus comparison group.",
  ),
  consolidationSentence(5),
  blank,
  inputHeader,
  confidenceInput(),
  blank,
  ...totals,
  blank,
  heading(
    "Wirkung über alle Städte: Differenz der Heimaufnahmequoten (DerSimonian–Laird, Hartung–Knapp)",
    "Effect across the cities: difference of the care-home entry rates (DerSimonian–Laird, Hartung–Knapp)",
  ),
  ...shownPooled,
  blank,
  ...reml,
];

/** Rows of the summary before the chart: the chart starts below them and prints on the same page. */
const chartTop = summaryRows.length + 2;

const methodRows: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "Jede Zeile des Blatts Kommunen ist die Wirtschaftlichkeitsrechnung einer Kommune: die Ergebnisse, die das Add-in aus den Eingaben der Datei nachgerechnet hat, die Version der Vorlage und die vier Zahlen des Blatts Evidenz (Heimaufnahmen und Personen bei Beratenen und Vergleichsgruppe). „Hinweise zur Prüfung“ zählt, was beim Einlesen auffiel (etwa ein Ergebnis, das die Eingaben nicht ergeben, oder eine Eingabe, die von den Vorgaben der Organisation abweicht).",
    "Each row of the Municipalities sheet is one municipality's business case: the results the add-in recomputed from the file's inputs, the template version and the four figures of the Evidence sheet (care-home entries and people among the counselled and the comparison group). 'Findings to review' counts what reading the file noticed (such as a result its inputs do not give, or an input unlike the organisation's defaults).",
  ),
  paragraph(
    "Summen je Haushaltsjahr: Jede Rechnung zählt ihr erstes Haushaltsjahr als laufendes Jahr und das folgende als nächstes; die Summe eines Kalenderjahrs nimmt von jeder Kommune das Jahr, das auf dieses Kalenderjahr fällt. Barwerte werden über die Kommunen addiert, jeder über den Zeitraum und mit dem Zinssatz seiner Rechnung.",
    "Totals per budget year: each business case counts its first budget year as the current year and the one after as the next; the total of a calendar year takes from each municipality the year that falls on that calendar year. Present values are added over the municipalities, each over its own horizon and at its own discount rate.",
  ),
  paragraph(
    'Zusammenfassung der Wirkung: je Stadt die Differenz der Quoten und ihre Varianz wie metafor escalc(measure = "RD"), bei einer Nullzelle mit 1/2 in jeder der vier Zellen. Die Varianz zwischen den Städten τ² nach DerSimonian und Laird (1986), das Intervall nach Hartung und Knapp (2001) mit t und k − 1 Freiheitsgraden, I² nach Higgins und Thompson (2002), das Vorhersageintervall für eine weitere Stadt wie metafor predict(). Mit dem Add-in schätzt PREVENT.POOLED.COUNTS τ² zusätzlich nach REML.',
    "Pooled effect: per city the difference of the rates and its variance as metafor's escalc(measure = \"RD\"), with 1/2 added to each of the four cells where one is zero. The variance between cities τ² after DerSimonian and Laird (1986), the interval after Hartung and Knapp (2001) with t and k − 1 degrees of freedom, I² after Higgins and Thompson (2002), the prediction interval for a further city as metafor's predict(). With the add-in, PREVENT.POOLED.COUNTS also estimates τ² by REML.",
  ),
  paragraph(
    "Lesen: Das Konfidenzintervall sagt, wie genau die mittlere Wirkung über die Städte bestimmt ist; das Vorhersageintervall, was für eine Stadt zu erwarten ist, die das Angebot neu einführt. Bei wenigen Städten ist der Test auf Unterschiede (Q) schwach; der Satz nennt dann I² und lässt die Frage offen.",
    "Reading: the confidence interval says how precisely the average effect across the cities is known; the prediction interval what to expect for a city that starts the service. With few cities the test for differences (Q) is weak; the sentence then gives I² and leaves the question open.",
  ),
  paragraph(
    "Quellen: DerSimonian R, Laird N (1986), Controlled Clinical Trials 7:177–188; Hartung J, Knapp G (2001), Statistics in Medicine 20:3875–3889; Higgins JPT, Thompson SG (2002), Statistics in Medicine 21:1539–1558; Viechtbauer W (2010), Journal of Statistical Software 36(3), metafor.",
    "Sources: DerSimonian R, Laird N (1986), Controlled Clinical Trials 7:177–188; Hartung J, Knapp G (2001), Statistics in Medicine 20:3875–3889; Higgins JPT, Thompson SG (2002), Statistics in Medicine 21:1539–1558; Viechtbauer W (2010), Journal of Statistical Software 36(3), metafor.",
  ),
];

export const consolidation: TemplateDefinition = {
  id: "consolidation",
  version: "1.2.0",
  title: t("Zusammenführung im Kreis", "County consolidation"),
  purpose: t(
    "Die Wirtschaftlichkeitsrechnungen der Kommunen zusammengeführt: Ersparnis je Kostenträger und Haushaltsjahr, die Wirkung über alle Städte mit Wald-Diagramm.",
    "The municipalities' business cases together: savings per cost bearer and budget year, the effect across all cities with a forest plot.",
  ),
  sheets: [
    {
      key: "summary",
      name: t("Zusammenfassung", "Summary"),
      columnWidths: [58, 14, 18, 14, 16, 6, 12],
      rows: summaryRows,
      protect: true,
      print: { orientation: "portrait", onePage: true },
      charts: [
        {
          kind: "scatter",
          title: t("Differenz der Heimaufnahmequoten je Stadt", "Difference of the care-home entry rates per city"),
          xAxisTitle: t("Differenz in Prozentpunkten (Beratene − Vergleich)", "Difference in percentage points (counselled − comparison)"),
          yAxisTitle: t("Nr. im Blatt Kommunen", "No. on the Municipalities sheet"),
          // The axis title names the unit; the ticks are plain numbers in either language.
          xAxisFormat: "oneDecimal",
          yAxisFormat: "0;0",
          forest: [
            {
              name: t("Städte (Konfidenzintervall)", "Cities (confidence interval)"),
              x: pooledName("site_difference_points"),
              y: "forest_site_position",
              minus: "forest_site_minus_points",
              plus: "forest_site_plus_points",
            },
            {
              name: t("Zusammengefasst", "Pooled"),
              x: "forest_pooled_x_points",
              y: "forest_pooled_y_points",
              minus: "forest_pooled_minus_points",
              plus: "forest_pooled_plus_points",
            },
            {
              name: t("Vorhersageintervall", "Prediction interval"),
              x: "forest_prediction_x_points",
              y: "forest_prediction_y_points",
              minus: "forest_prediction_minus_points",
              plus: "forest_prediction_plus_points",
            },
          ],
          forestExtent: [
            { x: pooledName("site_lower_points"), y: "forest_site_position" },
            { x: pooledName("site_upper_points"), y: "forest_site_position" },
            { x: "forest_prediction_lower_points", y: "forest_prediction_y_points" },
            { x: "forest_prediction_upper_points", y: "forest_prediction_y_points" },
            { x: "forest_zero_points", y: "forest_prediction_y_points" },
          ],
          from: { column: 0, row: chartTop },
          to: { column: 5, row: chartTop + 28 },
        },
      ],
    },
    {
      key: "municipalities",
      name: municipalitiesSheet,
      columnWidths: [],
      protect: false,
      table: { name: municipalityTable, columns: municipalityColumns, exampleRows: exampleMunicipalities, wrapHeaders: true },
      print: { columns: printedMunicipalityColumns },
    },
    {
      key: "calculation",
      name: t("Rechenweg", "Calculation"),
      columnWidths: [58, 18, 18, 20, 20],
      protect: true,
      rows: [
        title("Rechenweg der Zusammenfassung", "Steps of the pooling"),
        paragraph(
          "Zwischenschritte der Formeln im Blatt Zusammenfassung (DerSimonian–Laird, Hartung–Knapp).",
          "Intermediate steps of the formulas on the Summary sheet (DerSimonian–Laird, Hartung–Knapp).",
        ),
        ...calculationSteps,
        blank,
        ...forestRows("points"),
        blank,
        ...forestRows("share"),
      ],
    },
    {
      key: "method",
      name: t("Methode und Quellen", "Method and sources"),
      columnWidths: methodColumnWidths,
      rows: methodRows,
      protect: true,
    },
  ],
};
