/**
 * Cost of doing nothing (DESIGN §4): the county's care-home spending on Hilfe zur Pflege projected
 * to 2035 from the population by age band, for the status quo, "ambulant vor stationär" and a
 * scenario of the user's own; the difference to the status quo is what doing nothing costs.
 * The arithmetic is that of src/engine/careHomeProjection.ts.
 *
 * The population table is pasted as the state statistical office publishes it, into a yellow
 * area: years in the first row and one row per age band, or years in the first column and one
 * column per age band. An orientation switch and the position of each band tell the INDEX/MATCH
 * formulas where to read; each projection year is looked up by its calendar year.
 *
 * With the counselling business case in the same workbook, its net effect
 * (`counselling_home_entry_reduction`) and its cost per post (`cost_per_post`) are used instead of
 * the typed values: those names are written without placeholder braces so that they keep
 * pointing at the business case when this template's own names get a suffix.
 */
import { quotedText } from "../../shared/formulaText";
import type { Formula, RowDefinition, TemplateDefinition, Text } from "../model";
import {
  between,
  blank,
  euroPerMonth,
  euroUnit,
  gradeLegend,
  heading,
  input,
  inputHeader,
  paragraph,
  result,
  share,
  shareUnit,
  t,
  title,
  years,
  methodColumnWidths,
} from "./rows";

export const projectionYears = 10;
export const firstProjectionYear = 2026;

const example = (de: string, en: string) =>
  t(`Beispiel – steht für ${de}; durch eigene Zahlen ersetzen`, `Example – stands for ${en}; replace with your own figures`);
const perYear = t("pro Jahr", "per year");
const layoutSource = t("Aufbau der eingefügten Tabelle", "Layout of the pasted table");

const assumptions: RowDefinition[] = [
  title("Kosten des Nichtstuns – Annahmen", "Cost of doing nothing – assumptions"),
  paragraph(
    "Gelbe Zellen sind Eingaben. Die Bevölkerung nach Altersgruppen steht auf dem Blatt Bevölkerung.",
    "Yellow cells are inputs. The population by age band is on the Population sheet.",
  ),
  gradeLegend,
  inputHeader,
  heading("Zeitraum", "Period"),
  input({
    name: "proj_first_year",
    label: t("Erstes Jahr der Projektion (zehn Jahre)", "First year of the projection (ten years)"),
    value: firstProjectionYear,
    unit: t("Jahr", "year"),
    grade: "A",
    source: t(
      "Wahl der Planung: das laufende Jahr; die Projektion reicht bis 2035",
      "Planning choice: the current year; the projection runs to 2035",
    ),
    format: "integer",
    validation: between(2000, 2100, "whole"),
  }),
  heading("Pflegebedarf und Heim", "Care need and care homes"),
  input({
    name: "proj_prevalence_65_79",
    label: t("Pflegequote 65 bis unter 80 Jahre", "Care prevalence aged 65 to under 80"),
    value: 0.1,
    range: [0.08, 0.12],
    unit: shareUnit,
    grade: "D",
    source: example(
      "die Pflegequote nach Alter der Pflegestatistik (Destatis, Pflegestatistik 2023: 70–74 Jahre rund 11 %)",
      "the care statistics' prevalence by age (Destatis, Pflegestatistik 2023: about 11 % at 70–74)",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_prevalence_80",
    label: t("Pflegequote 80 Jahre und älter", "Care prevalence aged 80 and over"),
    value: 0.45,
    range: [0.4, 0.5],
    unit: shareUnit,
    grade: "D",
    source: example(
      "die Pflegequote nach Alter der Pflegestatistik (Destatis, Pflegestatistik 2023: ab 90 Jahren 87 %)",
      "the care statistics' prevalence by age (Destatis, Pflegestatistik 2023: 87 % at 90 and over)",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_care_home_share",
    label: t("Anteil der Pflegebedürftigen im Heim (Status quo)", "Share of people in need of care living in care homes (status quo)"),
    value: 0.14,
    range: [0.12, 0.2],
    unit: shareUnit,
    grade: "C",
    source: t(
      "Destatis, Pflegestatistik 2023: 14 % von 5,7 Mio. Pflegebedürftigen vollstationär (alle Alter) – durch die Zahl des Kreises ersetzen",
      "Destatis, Pflegestatistik 2023: 14 % of 5.7 million people in need of care in care homes (all ages) – replace with the county's figure",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_hzp_share",
    label: t("Anteil Heimbewohner mit Hilfe zur Pflege", "Share of care-home residents receiving Hilfe zur Pflege"),
    value: 0.38,
    range: [0.25, 0.54],
    unit: shareUnit,
    grade: "B",
    source: t(
      "NRW Ende 2023: 38 % (25–54 % je Stadt), CAREkonkret; Deutschland 32,5 %, DAK-Pflegereport 2024",
      "NRW end 2023: 38 % (25–54 % by city), CAREkonkret; Germany 32.5 %, DAK care report 2024",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_net_monthly_cost",
    label: t("Nettokosten des Kreises je Empfänger und Monat (erstes Jahr)", "County's net cost per recipient and month (first year)"),
    value: 1700,
    range: [1000, 2500],
    unit: euroPerMonth,
    grade: "D",
    source: t(
      "Schätzung (1.000–2.500) – durch Sozialhilfedaten des Kreises ersetzen",
      "Estimate (1,000–2,500) – replace with the county's social-welfare data",
    ),
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "proj_cost_growth",
    label: t("Kostensteigerung", "Cost growth"),
    value: 0.02,
    range: [0, 0.04],
    unit: perYear,
    grade: "D",
    source: t("Schätzung – durch eigene Daten ersetzen", "estimate – replace with local data"),
    format: "percent",
    validation: between(-0.1, 0.2),
  }),
  heading("Prävention", "Prevention"),
  input({
    name: "proj_effect_typed",
    label: t(
      "Wirkung der Beratung: relative Senkung der Heimaufnahmen unter Beratenen",
      "Effect of counselling: relative reduction of care-home entries among the counselled",
    ),
    value: 0.3,
    range: [0.15, 0.5],
    unit: shareUnit,
    grade: "D",
    source: t(
      "Beispiel – steht im Business Case Beratung (Blatt Evidenz) und wird von dort übernommen, wenn er in derselben Mappe steht",
      "Example – comes from the counselling business case (Evidence sheet), which is used instead when it is in the same workbook",
    ),
    format: "percent",
    validation: share,
  }),
  result(
    "proj_effect",
    t("Verwendete Wirkung", "Effect used"),
    "=IFERROR(counselling_home_entry_reduction,{proj_effect_typed})",
    "percent",
  ),
  result(
    "proj_effect_source",
    t("Herkunft", "Taken from"),
    {
      de: '=IF(ISERROR(counselling_home_entry_reduction),"getippter Wert oben","aus dem Business Case Beratung in dieser Mappe")',
      en: '=IF(ISERROR(counselling_home_entry_reduction),"typed value above","from the counselling business case in this workbook")',
    },
    "text",
  ),
  input({
    name: "proj_reach",
    label: t(
      "Reichweite: Anteil der Pflegebedürftigen, den die Beratung erreicht",
      "Reach: share of people in need of care whom counselling reaches",
    ),
    value: 0.25,
    range: [0.1, 0.5],
    unit: shareUnit,
    grade: "D",
    source: t(
      "Schätzung – aus den Fallzahlen der Beratungsstellen ersetzen",
      "Estimate – replace with the counselling services' case numbers",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_user_reduction",
    label: t("Eigenes Szenario: Senkung des Heimanteils", "User scenario: reduction of the care-home share"),
    value: 0.15,
    range: [0.05, 0.25],
    unit: shareUnit,
    grade: "C",
    source: t(
      "BBSR 2014, Potenzialanalyse altersgerechte Wohnungsanpassung: rund 15 % der Heimeintritte vermeidbar",
      "BBSR 2014, potential of age-appropriate housing: about 15 % of care-home entries avoidable",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_budget_share",
    label: t("Präventionsbudget: Anteil an den projizierten Ausgaben", "Prevention budget: share of the projected spending"),
    value: 0.01,
    range: [0.005, 0.02],
    unit: shareUnit,
    grade: "C",
    source: t(
      "Eine Stadt finanziert ihr Seniorenprogramm mit 1 % ihres Budgets für Hilfe zur Pflege (Tagung 2013)",
      "A city funds its senior programme with 1 % of its Hilfe-zur-Pflege budget (2013 conference)",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_post_cost_typed",
    label: t("Vollkosten je Beratungsstelle und Jahr (erstes Jahr)", "Full cost per counselling post and year (first year)"),
    value: 100000,
    range: [95000, 110000],
    unit: euroUnit,
    grade: "C",
    source: t(
      "Schätzung aus TVöD-SuE S 11b–S 12 plus Arbeitsplatz (KGSt); aus dem Business Case Beratung, wenn er in derselben Mappe steht",
      "Estimate from TVöD-SuE S 11b–S 12 plus workplace (KGSt); taken from the counselling business case when it is in the same workbook",
    ),
    format: "euro",
    validation: between(1, 1e7),
  }),
  result(
    "proj_post_cost",
    t("Verwendete Kosten je Stelle", "Cost per post used"),
    "=IFERROR(cost_per_post,{proj_post_cost_typed})",
    "euro",
  ),
  heading("Bewertung", "Appraisal"),
  input({
    name: "proj_discount_rate",
    label: t("Diskontsatz (real)", "Discount rate (real)"),
    value: 0.035,
    range: [0.015, 0.05],
    unit: perYear,
    grade: "B",
    source: t("HM Treasury Green Book 2022", "HM Treasury Green Book 2022"),
    format: "percent",
    validation: between(0, 0.2),
  }),
  blank,
  heading("Heimanteil je Szenario", "Care-home share by scenario"),
  result("proj_sq_share", t("Status quo", "Status quo"), "={proj_care_home_share}", "percentPrecise"),
  result(
    "proj_avs_share",
    t("Ambulant vor stationär", "Ambulant vor stationär"),
    "={proj_care_home_share}*(1-{proj_effect}*{proj_reach})",
    "percentPrecise",
    t("Heimanteil × (1 − Wirkung × Reichweite)", "care-home share × (1 − effect × reach)"),
  ),
  result("proj_user_share", t("Eigenes Szenario", "User scenario"), "={proj_care_home_share}*(1-{proj_user_reduction})", "percentPrecise"),
];

/** The paste area: rows × columns of input cells from column A of row `pasteTop` of the Population sheet, the example table in its top-left corner. */
export const pasteTop = 14;
const pasteRows = 26;
const pasteColumns = 26;
const examplePopulation: { label: Text; values: number[] }[] = [
  { label: t("65 bis unter 80", "65 to under 80"), values: [48000, 48900, 49800, 50700, 51600, 52500, 53300, 54100, 54800, 55400] },
  { label: t("80 und älter", "80 and over"), values: [22500, 22700, 22800, 22900, 23100, 23400, 23800, 24300, 24900, 25600] },
];
export const examplePasteTable: (Text | number)[][] = [
  [t("Jahr", "Year"), ...examplePopulation[0].values.map((_, i) => firstProjectionYear + i)],
  ...examplePopulation.map((band) => [band.label, ...band.values]),
];
export const pasteAreaKey = (row: number) => `paste_${row}`;

const pasteArea: RowDefinition[] = Array.from({ length: pasteRows }, (_, r) => ({
  kind: "lookupRow",
  key: pasteAreaKey(r + 1),
  cells: Array.from({ length: pasteColumns }, (_, c) => examplePasteTable[r]?.[c] ?? null),
  inputColumns: Array.from({ length: pasteColumns }, (_, c) => c),
  formats: new Array(pasteColumns).fill("integer"),
}));

const area = `{@${pasteAreaKey(1)}:col1}:{@${pasteAreaKey(pasteRows)}:col${pasteColumns}}`;
/** The band at `position` for the calendar year in this column's header, in either orientation. */
const pastedBand = (position: string) =>
  `=IF({proj_orientation}=1,INDEX(${area},{${position}},MATCH({@year_header},INDEX(${area},1,0),0)),INDEX(${area},MATCH({@year_header},INDEX(${area},0,1),0),{${position}}))`;
const calendarYear = "={proj_first_year}+{year}-1";

const population: RowDefinition[] = [
  title("Bevölkerung nach Altersgruppen (amtliche Vorausberechnung)", "Population by age band (official projection)"),
  paragraph(
    `Die Vorausberechnung des Statistischen Landesamts ab der gelben Zelle A${pasteTop} einfügen: Jahre in der ersten Zeile und eine Zeile je Altersgruppe, oder Jahre in der ersten Spalte und eine Spalte je Altersgruppe. Dann Ausrichtung und Lage der beiden Altersgruppen angeben.`,
    `Paste the state statistical office's projection from the yellow cell A${pasteTop}: years in the first row and one row per age band, or years in the first column and one column per age band. Then say the orientation and where the two age bands are.`,
  ),
  paragraph(
    "Die eingetragenen Zahlen sind ein Beispiel für einen Kreis (Güte D) und stehen für die Bevölkerungsvorausberechnung des Landesamts nach Altersgruppen (Statistik 12421; in NRW: IT.NRW).",
    "The figures shown are an example for one county (grade D) and stand for the state statistical office's population projection by age band (statistic 12421; in NRW: IT.NRW).",
  ),
  inputHeader,
  input({
    name: "proj_orientation",
    label: t("Ausrichtung: 1 = Jahre in Spalten, 2 = Jahre in Zeilen", "Orientation: 1 = years in columns, 2 = years in rows"),
    value: 1,
    unit: t("1 oder 2", "1 or 2"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: {
      kind: "list",
      options: ["1", "2"],
      message: t("Bitte 1 (Jahre in Spalten) oder 2 (Jahre in Zeilen) wählen.", "Please choose 1 (years in columns) or 2 (years in rows)."),
    },
  }),
  input({
    name: "proj_band_65_79_at",
    label: t(
      "Lage der Gruppe 65 bis unter 80: Zeile (bzw. Spalte) im Einfügebereich",
      "Position of the band 65 to under 80: row (or column) in the paste area",
    ),
    value: 2,
    unit: t("Nummer", "number"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: between(2, pasteRows, "whole"),
  }),
  input({
    name: "proj_band_80_at",
    label: t(
      "Lage der Gruppe 80 und älter: Zeile (bzw. Spalte) im Einfügebereich",
      "Position of the band 80 and over: row (or column) in the paste area",
    ),
    value: 3,
    unit: t("Nummer", "number"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: between(2, pasteRows, "whole"),
  }),
  blank,
  { kind: "yearHeader", label: t("Jahr", "Year"), formula: calendarYear },
  years(
    "population_65_79",
    t("65 bis unter 80 Jahre", "Aged 65 to under 80"),
    pastedBand("proj_band_65_79_at"),
    "number",
    "proj_population_65_79",
  ),
  years("population_80", t("80 Jahre und älter", "Aged 80 and over"), pastedBand("proj_band_80_at"), "number", "proj_population_80"),
  result(
    "proj_years_found",
    t(
      `Projektionsjahre im Einfügebereich gefunden (von ${projectionYears})`,
      `Projection years found in the paste area (of ${projectionYears})`,
    ),
    "=MIN(COUNT({@population_65_79:years}),COUNT({@population_80:years}))",
    "integer",
  ),
  heading(`Einfügebereich (ab A${pasteTop})`, `Paste area (from A${pasteTop})`),
  ...pasteArea,
];

const growth = "(1+{proj_cost_growth})^({year}-1)";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function scenarioRows(prefix: string, name: Text): RowDefinition[] {
  return [
    heading(capitalized(name.de), capitalized(name.en)),
    years(
      `${prefix}_residents`,
      t(`Heimbewohner: ${name.de}`, `Care-home residents: ${name.en}`),
      `={@in_need}*{proj_${prefix}_share}`,
      "number",
      `proj_${prefix}_residents`,
    ),
    years(
      `${prefix}_recipients`,
      t(`Empfänger Hilfe zur Pflege: ${name.de}`, `Hilfe-zur-Pflege recipients: ${name.en}`),
      `={@${prefix}_residents}*{proj_hzp_share}`,
      "number",
      `proj_${prefix}_recipients`,
    ),
    years(
      `${prefix}_spending`,
      t(`Ausgaben: ${name.de}`, `Spending: ${name.en}`),
      `={@${prefix}_recipients}*{proj_net_monthly_cost}*12*${growth}`,
      "euro",
      `proj_${prefix}_spending`,
    ),
  ];
}

function savingRows(prefix: string, name: Text): RowDefinition[] {
  return [
    heading(
      `Kosten des Nichtstuns gegenüber „${name.de}“ (Status quo minus Szenario)`,
      `Cost of doing nothing against '${name.en}' (status quo minus scenario)`,
    ),
    years(`${prefix}_saving`, t("je Jahr", "per year"), `={@sq_spending}-{@${prefix}_spending}`, "euro", `proj_${prefix}_saving`),
    years(
      `${prefix}_cumulative`,
      t("kumuliert", "cumulated"),
      `=SUM({@${prefix}_saving:first}:{@${prefix}_saving})`,
      "euro",
      `proj_${prefix}_cumulative`,
    ),
    years(
      `${prefix}_discounted`,
      t("abgezinst (Jahresende)", "discounted (end of year)"),
      `={@${prefix}_saving}/(1+{proj_discount_rate})^{year}`,
      "euro",
      `proj_${prefix}_discounted`,
    ),
    years(
      `${prefix}_cumulative_discounted`,
      t("abgezinst, kumuliert", "discounted, cumulated"),
      `=SUM({@${prefix}_discounted:first}:{@${prefix}_discounted})`,
      "euro",
      `proj_${prefix}_cumulative_discounted`,
    ),
  ];
}

const scenarioNames = {
  sq: t("Status quo", "status quo"),
  avs: t("ambulant vor stationär", "ambulant vor stationär"),
  user: t("eigenes Szenario", "user scenario"),
};

const projection: RowDefinition[] = [
  title("Projektion der Heimkosten des Kreises (Hilfe zur Pflege)", "Projection of the county's care-home spending (Hilfe zur Pflege)"),
  { kind: "yearHeader", label: t("Jahr", "Year"), formula: calendarYear },
  years(
    "population_65_79",
    t("Bevölkerung 65 bis unter 80", "Population aged 65 to under 80"),
    "=INDEX({proj_population_65_79},{year})",
    "number",
  ),
  years("population_80", t("Bevölkerung 80 und älter", "Population aged 80 and over"), "=INDEX({proj_population_80},{year})", "number"),
  years(
    "in_need_65_79",
    t("Pflegebedürftige 65 bis unter 80", "In need of care aged 65 to under 80"),
    "={@population_65_79}*{proj_prevalence_65_79}",
    "number",
    "proj_in_need_65_79",
  ),
  years(
    "in_need_80",
    t("Pflegebedürftige 80 und älter", "In need of care aged 80 and over"),
    "={@population_80}*{proj_prevalence_80}",
    "number",
    "proj_in_need_80",
  ),
  years("in_need", t("Pflegebedürftige zusammen", "In need of care, total"), "={@in_need_65_79}+{@in_need_80}", "number", "proj_in_need"),
  ...scenarioRows("sq", scenarioNames.sq),
  ...scenarioRows("avs", scenarioNames.avs),
  ...scenarioRows("user", scenarioNames.user),
  ...savingRows("avs", scenarioNames.avs),
  ...savingRows("user", scenarioNames.user),
  heading("Präventionsbudget", "Prevention budget"),
  years(
    "budget",
    t("Budget (Anteil an den Ausgaben im Status quo)", "Budget (share of the status quo's spending)"),
    "={@sq_spending}*{proj_budget_share}",
    "euro",
    "proj_budget",
  ),
  years(
    "posts",
    t("Beratungsstellen, die das Budget bezahlt", "Counselling posts the budget pays for"),
    `={@budget}/({proj_post_cost}*${growth})`,
    "decimal",
    "proj_posts",
  ),
];

/** A sentence formula from pieces: quoted text and formula parts, joined with &. */
function sentence(name: string, pieces: Record<"de" | "en", string[]>): RowDefinition {
  const formula: Formula = { de: "=" + pieces.de.join("&"), en: "=" + pieces.en.join("&") };
  return { kind: "sentence", name, style: "label", formula };
}
const euros = (name: string) => `FIXED({${name}},0)`;
const percent = (name: string) => `FIXED(100*{${name}},1)`;
const lastYear = `({proj_first_year}+${projectionYears - 1})`;

const statement: RowDefinition[] = [
  sentence("proj_sentence_status_quo", {
    de: [
      quotedText("Wenn nichts geschieht, gibt der Kreis für Hilfe zur Pflege im Heim "),
      euros("proj_sq_spending_first"),
      quotedText(" EUR im Jahr "),
      "{proj_first_year}",
      quotedText(" und "),
      euros("proj_sq_spending_last"),
      quotedText(" EUR im Jahr "),
      lastYear,
      quotedText(" aus,"),
    ],
    en: [
      quotedText("If nothing changes, the county spends "),
      euros("proj_sq_spending_first"),
      quotedText(" EUR on Hilfe zur Pflege in care homes in "),
      "{proj_first_year}",
      quotedText(" and "),
      euros("proj_sq_spending_last"),
      quotedText(" EUR in "),
      lastYear,
      quotedText(","),
    ],
  }),
  sentence("proj_sentence_total", {
    de: [quotedText("zusammen "), euros("proj_sq_spending_total"), quotedText(` EUR in ${projectionYears} Jahren.`)],
    en: [quotedText("together "), euros("proj_sq_spending_total"), quotedText(` EUR over ${projectionYears} years.`)],
  }),
  sentence("proj_sentence_avs", {
    de: [
      quotedText("„Ambulant vor stationär“ senkt den Heimanteil um "),
      "FIXED(100*{proj_effect}*{proj_reach},1)",
      quotedText(" % (die Beratung erreicht "),
      percent("proj_reach"),
      quotedText(" % der Pflegebedürftigen und senkt deren Heimaufnahmen um "),
      percent("proj_effect"),
      quotedText(" %):"),
    ],
    en: [
      quotedText("'Ambulant vor stationär' lowers the care-home share by "),
      "FIXED(100*{proj_effect}*{proj_reach},1)",
      quotedText("% (counselling reaches "),
      percent("proj_reach"),
      quotedText("% of those in need of care and lowers their care-home entries by "),
      percent("proj_effect"),
      quotedText("%):"),
    ],
  }),
  sentence("proj_sentence_inaction", {
    de: [
      quotedText("Nichtstun kostet den Kreis "),
      euros("proj_avs_total"),
      quotedText(" EUR in diesen Jahren, abgezinst mit "),
      percent("proj_discount_rate"),
      quotedText(" % im Jahr ein Barwert von "),
      euros("proj_avs_present_value"),
      quotedText(" EUR."),
    ],
    en: [
      quotedText("doing nothing costs the county "),
      euros("proj_avs_total"),
      quotedText(" EUR over these years, a present value of "),
      euros("proj_avs_present_value"),
      quotedText(" EUR discounted at "),
      percent("proj_discount_rate"),
      quotedText("% a year."),
    ],
  }),
  sentence("proj_sentence_user", {
    de: [
      quotedText("Das eigene Szenario (Heimanteil "),
      percent("proj_user_reduction"),
      quotedText(" % niedriger) spart "),
      euros("proj_user_total"),
      quotedText(" EUR, im Barwert "),
      euros("proj_user_present_value"),
      quotedText(" EUR."),
    ],
    en: [
      quotedText("The user scenario (care-home share "),
      percent("proj_user_reduction"),
      quotedText("% lower) saves "),
      euros("proj_user_total"),
      quotedText(" EUR, a present value of "),
      euros("proj_user_present_value"),
      quotedText(" EUR."),
    ],
  }),
  sentence("proj_sentence_assumptions", {
    de: [
      quotedText("Annahmen: Pflegequote "),
      percent("proj_prevalence_65_79"),
      quotedText(" % (65–79) und "),
      percent("proj_prevalence_80"),
      quotedText(" % (80+); "),
      percent("proj_care_home_share"),
      quotedText(" % der Pflegebedürftigen im Heim, davon "),
      percent("proj_hzp_share"),
      quotedText(" % mit Hilfe zur Pflege;"),
    ],
    en: [
      quotedText("Assumptions: care prevalence "),
      percent("proj_prevalence_65_79"),
      quotedText("% (65–79) and "),
      percent("proj_prevalence_80"),
      quotedText("% (80+); "),
      percent("proj_care_home_share"),
      quotedText("% of those in need of care live in care homes, "),
      percent("proj_hzp_share"),
      quotedText("% of them on Hilfe zur Pflege;"),
    ],
  }),
  sentence("proj_sentence_cost", {
    de: [
      quotedText("netto "),
      euros("proj_net_monthly_cost"),
      quotedText(" EUR je Empfänger und Monat, steigend um "),
      percent("proj_cost_growth"),
      quotedText(" % im Jahr; Bevölkerung wie auf dem Blatt Bevölkerung eingefügt."),
    ],
    en: [
      quotedText("a net "),
      euros("proj_net_monthly_cost"),
      quotedText(" EUR per recipient and month, rising "),
      percent("proj_cost_growth"),
      quotedText("% a year; population as pasted on the Population sheet."),
    ],
  }),
  sentence("proj_sentence_budget", {
    de: [
      quotedText("Ein Präventionsbudget von "),
      percent("proj_budget_share"),
      quotedText(" % der Ausgaben ("),
      euros("proj_budget_first"),
      quotedText(" EUR im ersten Jahr) bezahlt "),
      "FIXED({proj_posts_first},1)",
      quotedText(" Beratungsstellen zu je "),
      euros("proj_post_cost"),
      quotedText(" EUR."),
    ],
    en: [
      quotedText("A prevention budget of "),
      percent("proj_budget_share"),
      quotedText("% of the spending ("),
      euros("proj_budget_first"),
      quotedText(" EUR in the first year) pays for "),
      "FIXED({proj_posts_first},1)",
      quotedText(" counselling posts at "),
      euros("proj_post_cost"),
      quotedText(" EUR each."),
    ],
  }),
];

const firstLastTotal = (row: string) => [`=INDEX({${row}},1)`, `=INDEX({${row}},${projectionYears})`, `=SUM({${row}})`];

const summary: RowDefinition[] = [
  title("Kosten des Nichtstuns: Heimkosten des Kreises bis 2035", "Cost of doing nothing: the county's care-home spending to 2035"),
  ...statement,
  blank,
  heading("Ausgaben des Kreises für Hilfe zur Pflege im Heim (EUR)", "County spending on Hilfe zur Pflege in care homes (EUR)"),
  {
    kind: "header",
    cells: [t("Szenario", "Scenario"), t("erstes Jahr", "first year"), t("letztes Jahr", "last year"), t("alle Jahre", "all years")],
  },
  {
    kind: "resultGrid",
    label: t("Status quo", "Status quo"),
    formulas: firstLastTotal("proj_sq_spending"),
    names: ["proj_sq_spending_first", "proj_sq_spending_last", "proj_sq_spending_total"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Ambulant vor stationär", "Ambulant vor stationär"),
    formulas: firstLastTotal("proj_avs_spending"),
    names: ["proj_avs_spending_first", "proj_avs_spending_last", "proj_avs_spending_total"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("Eigenes Szenario", "User scenario"),
    formulas: firstLastTotal("proj_user_spending"),
    names: ["proj_user_spending_first", "proj_user_spending_last", "proj_user_spending_total"],
    format: "euro",
  },
  blank,
  heading(
    "Kosten des Nichtstuns (entgangene Ersparnis gegenüber dem Status quo, EUR)",
    "Cost of doing nothing (saving missed against the status quo, EUR)",
  ),
  { kind: "header", cells: [t("", ""), t("ambulant vor stationär", "ambulant vor stationär"), t("eigenes Szenario", "user scenario")] },
  {
    kind: "resultGrid",
    label: t("im ersten Jahr", "in the first year"),
    formulas: ["=INDEX({proj_avs_saving},1)", "=INDEX({proj_user_saving},1)"],
    names: ["proj_avs_first", "proj_user_first"],
    format: "euro",
  },
  {
    kind: "resultGrid",
    label: t("alle Jahre, nicht abgezinst", "all years, undiscounted"),
    formulas: ["=SUM({proj_avs_saving})", "=SUM({proj_user_saving})"],
    names: ["proj_avs_total", "proj_user_total"],
    format: "euro",
    key: true,
  },
  {
    kind: "resultGrid",
    label: t("Barwert (Abzinsung am Jahresende wie NBW/NPV)", "Present value (discounted at year end, as NPV)"),
    formulas: ["=NPV({proj_discount_rate},{proj_avs_saving})", "=NPV({proj_discount_rate},{proj_user_saving})"],
    names: ["proj_avs_present_value", "proj_user_present_value"],
    format: "euro",
    key: true,
  },
  blank,
  heading("Präventionsbudget", "Prevention budget"),
  result("proj_budget_first", t("Budget im ersten Jahr", "Budget in the first year"), "=INDEX({proj_budget},1)", "euro"),
  result(
    "proj_posts_first",
    t("Beratungsstellen im ersten Jahr", "Counselling posts in the first year"),
    "=INDEX({proj_posts},1)",
    "decimal",
    undefined,
    true,
  ),
  result(
    "proj_posts_last",
    t("Beratungsstellen im letzten Jahr", "Counselling posts in the last year"),
    `=INDEX({proj_posts},${projectionYears})`,
    "decimal",
  ),
  blank,
  result(
    "proj_years_check",
    t("Bevölkerung: gefundene Projektionsjahre", "Population: projection years found"),
    "={proj_years_found}",
    "integer",
  ),
  {
    kind: "sentence",
    name: "proj_years_warning",
    style: "warning",
    formula: {
      de: `=IF({proj_years_found}<${projectionYears},"Nur "&{proj_years_found}&" von ${projectionYears} Jahren stehen im Einfügebereich: Ausrichtung, Jahre und Lage der Altersgruppen auf dem Blatt Bevölkerung prüfen.","")`,
      en: `=IF({proj_years_found}<${projectionYears},"Only "&{proj_years_found}&" of ${projectionYears} years are in the paste area: check the orientation, the years and the positions of the age bands on the Population sheet.","")`,
    },
  },
];

const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "1. Pflegebedürftige je Jahr = Bevölkerung 65 bis unter 80 × Pflegequote 65–79 + Bevölkerung 80 und älter × Pflegequote 80+. Die Bevölkerung kommt aus der Vorausberechnung des Statistischen Landesamts (Blatt Bevölkerung), die Pflegequoten aus der Pflegestatistik; beide bleiben über die Jahre gleich, nur die Bevölkerung ändert sich.",
    "1. People in need of care per year = population aged 65 to under 80 × prevalence 65–79 + population aged 80 and over × prevalence 80+. The population comes from the state statistical office's projection (Population sheet), the prevalences from the care statistics; they stay the same over the years, only the population changes.",
  ),
  paragraph(
    "2. Heimbewohner = Pflegebedürftige × Heimanteil; Empfänger von Hilfe zur Pflege = Heimbewohner × Anteil mit Hilfe zur Pflege; Ausgaben des Kreises = Empfänger × Nettokosten je Monat × 12 × (1 + Kostensteigerung)^(Jahr − 1).",
    "2. Care-home residents = people in need of care × care-home share; Hilfe-zur-Pflege recipients = residents × share on Hilfe zur Pflege; county spending = recipients × net cost per month × 12 × (1 + cost growth)^(year − 1).",
  ),
  paragraph(
    "3. Szenarien: Im Status quo bleibt der Heimanteil. „Ambulant vor stationär“ senkt ihn um Wirkung × Reichweite: die relative Senkung der Heimaufnahmen unter Beratenen (aus dem Business Case Beratung, wenn er in derselben Mappe steht, sonst der getippte Wert) mal dem Anteil der Pflegebedürftigen, den die Beratung erreicht. Das eigene Szenario senkt ihn um einen frei gewählten Anteil. Die Senkung wirkt vom ersten Jahr an voll – eine obere Grenze, denn Beratung wirkt erst nach und nach.",
    "3. Scenarios: in the status quo the care-home share stays. 'Ambulant vor stationär' lowers it by effect × reach: the relative reduction of care-home entries among the counselled (from the counselling business case when it is in the same workbook, otherwise the typed value) times the share of people in need of care whom counselling reaches. The user scenario lowers it by a share of your choice. The reduction works in full from the first year – an upper bound, since counselling takes effect gradually.",
  ),
  paragraph(
    "4. Kosten des Nichtstuns = Ausgaben im Status quo − Ausgaben im Szenario, je Jahr und kumuliert, nicht abgezinst und abgezinst am Jahresende wie Excels NBW/NPV.",
    "4. Cost of doing nothing = spending in the status quo − spending in the scenario, per year and cumulated, undiscounted and discounted at the end of each year as Excel's NPV does.",
  ),
  paragraph(
    "5. Präventionsbudget = Anteil × Ausgaben im Status quo; Beratungsstellen = Budget ÷ (Kosten je Stelle × (1 + Kostensteigerung)^(Jahr − 1)). Die Kosten je Stelle kommen aus dem Business Case Beratung (dessen Annahme „Kosten je Stelle“), wenn er in derselben Mappe steht.",
    "5. Prevention budget = share × spending in the status quo; counselling posts = budget ÷ (cost per post × (1 + cost growth)^(year − 1)). The cost per post comes from the counselling business case (its assumption “cost per post”) when it is in the same workbook.",
  ),
  paragraph(
    "6. Quellen: Statistische Ämter des Bundes und der Länder, Bevölkerungsvorausberechnung (Statistik 12421) und Pflegestatistik 2023 (Destatis); DAK-Pflegereport 2024; CAREkonkret 2024; BBSR, Potenzialanalyse altersgerechte Wohnungsanpassung 2014; HM Treasury Green Book 2022; Tagung Sozialplanung NRW 2013. Güte D heißt: durch eigene Zahlen ersetzen.",
    "6. Sources: statistical offices of the Federation and the states, population projection (statistic 12421) and Pflegestatistik 2023 (Destatis); DAK care report 2024; CAREkonkret 2024; BBSR, potential of age-appropriate housing 2014; HM Treasury Green Book 2022; NRW social-planning conference 2013. Grade D means: replace with your own figures.",
  ),
];

const projectionSheetRows = projection.length;

export const inactionProjection: TemplateDefinition = {
  id: "inaction-projection",
  version: "1.2.0",
  title: t("Kosten des Nichtstuns: Heimkosten bis 2035", "Cost of doing nothing: care-home spending to 2035"),
  purpose: t(
    "Was Nichtstun kostet: Pflegeausgaben bis 2035 mit und ohne „ambulant vor stationär“.",
    "What doing nothing costs: care spending to 2035 with and without “ambulant vor stationär”.",
  ),
  sheets: [
    { key: "summary", name: t("Kosten des Nichtstuns", "Cost of inaction"), columnWidths: [64, 24, 24, 24], rows: summary, protect: true },
    {
      key: "assumptions",
      name: t("Annahmen Projektion", "Projection inputs"),
      columnWidths: [66, 14, 12, 12, 12, 8, 70],
      rows: assumptions,
      protect: true,
    },
    {
      key: "population",
      name: t("Bevölkerung", "Population"),
      columnWidths: [58, ...new Array(pasteColumns - 1).fill(10)],
      yearColumns: projectionYears,
      rows: population,
      protect: true,
    },
    {
      key: "projection",
      name: t("Projektion", "Projection"),
      columnWidths: [52, ...new Array(projectionYears).fill(16)],
      yearColumns: projectionYears,
      rows: projection,
      protect: true,
      charts: [
        {
          kind: "line",
          title: t("Ausgaben des Kreises für Hilfe zur Pflege im Heim", "County spending on Hilfe zur Pflege in care homes"),
          xAxisTitle: t("Jahr", "Year"),
          yAxisTitle: t("EUR je Jahr", "EUR per year"),
          seriesRows: ["sq_spending", "avs_spending", "user_spending"],
          from: { column: 0, row: projectionSheetRows + 2 },
          to: { column: 11, row: projectionSheetRows + 24 },
        },
      ],
    },
    { key: "method", name: t("Methode Projektion", "Projection method"), columnWidths: methodColumnWidths, rows: method, protect: true },
  ],
};
