/** The Projection inputs sheet of the cost of doing nothing: period, care need and care homes, prevention, appraisal, and the care-home share by scenario. */
import type { RowDefinition } from "../../model";
import { sourcedParameters } from "../sourcedParameters";
import { between, blank, gradeLegend, heading, input, inputHeader, paragraph, result, share, shareUnit, t, title } from "../rows";

export const projectionYears = 10;
export const firstProjectionYear = 2026;

const example = (de: string, en: string) =>
  t(`Beispiel – steht für ${de}; durch eigene Zahlen ersetzen`, `Example – stands for ${en}; replace with your own figures`);

export const assumptions: RowDefinition[] = [
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
    ...sourcedParameters.hzpShare,
    format: "percent",
    validation: share,
  }),
  input({
    name: "proj_net_monthly_cost",
    label: t("Nettokosten des Kreises je Empfänger und Monat (erstes Jahr)", "County's net cost per recipient and month (first year)"),
    ...sourcedParameters.hzpMonthlyCost,
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "proj_cost_growth",
    label: t("Kostensteigerung", "Cost growth"),
    ...sourcedParameters.costGrowth,
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
  result({
    name: "proj_effect",
    label: t("Verwendete Wirkung", "Effect used"),
    formula: "=IFERROR(counselling_home_entry_reduction,{proj_effect_typed})",
    format: "percent",
  }),
  result({
    name: "proj_effect_source",
    label: t("Herkunft", "Taken from"),
    formula: {
      de: '=IF(ISERROR(counselling_home_entry_reduction),"getippter Wert oben","aus dem Business Case Beratung in dieser Mappe")',
      en: '=IF(ISERROR(counselling_home_entry_reduction),"typed value above","from the counselling business case in this workbook")',
    },
    format: "text",
  }),
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
    ...sourcedParameters.costPerPost,
    // The business case's cost replaces this one when it is in the same workbook, and the source says so.
    source: t(
      "Schätzung aus TVöD-SuE S 11b–S 12 plus Arbeitsplatz (KGSt); aus dem Business Case Beratung, wenn er in derselben Mappe steht",
      "Estimate from TVöD-SuE S 11b–S 12 plus workplace (KGSt); taken from the counselling business case when it is in the same workbook",
    ),
    format: "euro",
    validation: between(1, 1e7),
  }),
  result({
    name: "proj_post_cost",
    label: t("Verwendete Kosten je Stelle", "Cost per post used"),
    formula: "=IFERROR(cost_per_post,{proj_post_cost_typed})",
    format: "euro",
  }),
  heading("Bewertung", "Appraisal"),
  input({
    name: "proj_discount_rate",
    label: t("Diskontsatz (real)", "Discount rate (real)"),
    ...sourcedParameters.discountRate,
    format: "percent",
    validation: between(0, 0.2),
  }),
  blank,
  heading("Heimanteil je Szenario", "Care-home share by scenario"),
  result({ name: "proj_sq_share", label: t("Status quo", "Status quo"), formula: "={proj_care_home_share}", format: "percentPrecise" }),
  result({
    name: "proj_avs_share",
    label: t("Ambulant vor stationär", "Ambulant vor stationär"),
    formula: "={proj_care_home_share}*(1-{proj_effect}*{proj_reach})",
    format: "percentPrecise",
    explanation: t("Heimanteil × (1 − Wirkung × Reichweite)", "care-home share × (1 − effect × reach)"),
  }),
  result({
    name: "proj_user_share",
    label: t("Eigenes Szenario", "User scenario"),
    formula: "={proj_care_home_share}*(1-{proj_user_reduction})",
    format: "percentPrecise",
  }),
];
