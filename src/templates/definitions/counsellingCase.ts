/**
 * Care and housing counselling business case (DESIGN §4): who saves, when, and how sure we are.
 * Defaults from reference/parameters.md; each carries its source and confidence grade.
 */
import type { InputRow, RowDefinition, ScenarioModel, SettingValues, TemplateDefinition, TemplateSetting, Text } from "../model";
import { rateComparisonRows } from "./comparisonRows";
import { confoundingRows } from "./confoundingRows";
import { counsellingScenarioModel } from "./counsellingScenario";
import { monteCarloRows, type UncertainInput } from "./monteCarloRows";
import { sensitivityRows, tornadoChart } from "./sensitivityRows";
import { counsellingCheckValues, counsellingChecks } from "./counsellingReview";
import { placeholderWarning, reviewSheet } from "./reviewSheet";
import { counsellingCommittee } from "./counsellingCommittee";
import { evidenceSourceRows, inPoints, municipalityName, readingValuesInUse, usedName } from "./cohortEvidence";
import {
  between,
  blank,
  confidenceInput,
  countUnit,
  euroPerMonth,
  euroUnit,
  gradeLegend,
  heading,
  input,
  inputHeader,
  methodColumnWidths,
  paragraph,
  result,
  share,
  shareUnit,
  t,
  title,
  years,
} from "./rows";

export const horizonLimit = 10;

/** The budget year the template starts in: the next budget round's first year. */
export const firstBudgetYear = 2027;

const estimate = t("Schätzung – durch eigene Daten ersetzen", "estimate – replace with local data");

const assumptions: RowDefinition[] = [
  title("Beratung: Business Case – Annahmen", "Counselling business case – assumptions"),
  paragraph(
    "Gelbe Zellen sind Eingaben. Jede Annahme hat einen Wert, eine Spanne für die Sensitivität, eine Quelle und eine Güte.",
    "Yellow cells are inputs. Every assumption has a value, a range for sensitivity, a source and a confidence grade.",
  ),
  gradeLegend,
  inputHeader,
  municipalityName,
  heading("Angebot und Kosten", "Service and cost"),
  input({
    name: "posts_fte",
    label: t("Beratungsstellen (Vollzeitäquivalente)", "Counselling posts (full-time equivalents)"),
    value: 1,
    range: [1, 2],
    unit: t("VZÄ", "FTE"),
    grade: "A",
    source: t("Stellenplan", "Establishment plan"),
    format: "decimal",
    validation: between(0, 100),
  }),
  input({
    name: "cost_per_post",
    label: t("Vollkosten je Stelle und Jahr", "Full cost per post and year"),
    value: 100000,
    range: [95000, 110000],
    unit: euroUnit,
    grade: "C",
    source: t(
      "Schätzung aus TVöD-SuE S 11b–S 12 plus Arbeitsplatz (KGSt „Kosten eines Arbeitsplatzes“)",
      "Estimate from TVöD-SuE S 11b–S 12 plus workplace (KGSt 'Kosten eines Arbeitsplatzes')",
    ),
    format: "euro",
    validation: between(0, 1e7),
  }),
  input({
    name: "county_cost_share",
    label: t("Anteil des Kreises an den Kosten", "County's share of the cost"),
    value: 0.5,
    range: [0.5, 1],
    unit: shareUnit,
    grade: "C",
    source: t(
      "Kreis Höxter: Teilung je zur Hälfte zwischen Stadt und Kreis (Tagung 2013)",
      "Kreis Höxter: split half to the city, half to the county (2013 conference)",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "households_served",
    label: t("Beratene Haushalte je Jahr", "Households counselled per year"),
    value: 120,
    range: [80, 160],
    unit: countUnit,
    grade: "D",
    source: estimate,
    format: "number",
    validation: between(0, 1e6),
  }),
  heading("Vermiedene Heimaufnahme", "Prevented care-home placement"),
  input({
    name: "months_avoided",
    label: t("Vermiedene Heimmonate je verhinderter Aufnahme", "Care-home months avoided per prevented placement"),
    value: 12,
    range: [6, 25],
    unit: t("Monate", "months"),
    grade: "C",
    source: t(
      "Britische Leitfäden bewerten ein vermiedenes Jahr; höchstens mittlere Verweildauer ≈ 25 Monate (Caritas 2024)",
      "UK toolkits value one year avoided; at most the average stay of about 25 months (Caritas 2024)",
    ),
    format: "decimal",
    validation: between(0, horizonLimit * 12),
  }),
  ...counsellingCheckValues,
  input({
    name: "hzp_share",
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
    name: "hzp_monthly_cost",
    label: t(
      "Nettokosten des Kreises je Empfänger von Hilfe zur Pflege im Heim",
      "County's net cost per care-home resident on Hilfe zur Pflege",
    ),
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
    name: "county_cost_at_home",
    label: t("Kosten des Kreises bei Pflege zu Hause (Mittel je Person)", "County's cost for care at home (average per person)"),
    value: 0,
    range: [0, 300],
    unit: euroPerMonth,
    grade: "D",
    source: estimate,
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "city_monthly_saving",
    label: t("Ersparnis der Stadt je vermiedenem Heimmonat", "City's saving per avoided care-home month"),
    value: 0,
    range: [0, 200],
    unit: euroPerMonth,
    grade: "D",
    source: t(
      "Schätzung – z. B. Anteil an der Kreisumlage oder eigene Leistungen der Stadt",
      "Estimate – e.g. share of the county levy or the city's own services",
    ),
    format: "euro",
    validation: between(-20000, 20000),
  }),
  input({
    name: "insurance_care_home",
    label: t("Pflegekasse: Leistung vollstationär (Pflegegrad 3)", "Care insurance: full stationary care (care grade 3)"),
    value: 1319,
    range: [805, 2096],
    unit: euroPerMonth,
    grade: "A",
    source: t("§ 43 SGB XI, ab 1.1.2025", "§43 SGB XI, from 1 Jan 2025"),
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "insurance_at_home",
    label: t("Pflegekasse: Leistung zu Hause (Sachleistung Pflegegrad 3)", "Care insurance: care at home (care in kind, grade 3)"),
    value: 1497,
    range: [599, 1859],
    unit: euroPerMonth,
    grade: "A",
    source: t("§ 36 SGB XI ab 1.1.2025 (Pflegegeld § 37: 599)", "§36 SGB XI from 1 Jan 2025 (care allowance §37: 599)"),
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "resident_own_share",
    label: t("Eigenanteil im Heim (1. Jahr, Bundesmittel)", "Residents' own share in a care home (first year, national average)"),
    value: 3245,
    range: [3108, 3542],
    unit: euroPerMonth,
    grade: "B",
    source: t("vdek, 1.1.2026 (Versicherungsjournal)", "vdek, 1 Jan 2026 (Versicherungsjournal)"),
    format: "euro",
    validation: between(0, 20000),
  }),
  input({
    name: "resident_cost_at_home",
    label: t("Eigene Kosten der Bewohner bei Pflege zu Hause", "Residents' own cost of care at home"),
    value: 600,
    range: [300, 1200],
    unit: euroPerMonth,
    grade: "D",
    source: estimate,
    format: "euro",
    validation: between(0, 20000),
  }),
  heading("Bewertung", "Appraisal"),
  input({
    name: "first_budget_year",
    label: t("Erstes Haushaltsjahr der Beratung", "First budget year of the counselling"),
    value: firstBudgetYear,
    unit: t("Jahr", "year"),
    grade: "A",
    source: t("Haushaltsplanung: Jahr, in dem die Stelle beginnt", "Budget planning: the year the post starts"),
    format: "integer",
    validation: between(2000, 2100, "whole"),
  }),
  input({
    name: "discount_rate",
    label: t("Diskontsatz (real)", "Discount rate (real)"),
    value: 0.035,
    range: [0.015, 0.05],
    unit: t("pro Jahr", "per year"),
    grade: "B",
    source: t("HM Treasury Green Book 2022", "HM Treasury Green Book 2022"),
    format: "percent",
    validation: between(0, 0.2),
  }),
  input({
    name: "cost_growth",
    label: t("Kostensteigerung", "Cost growth"),
    value: 0.02,
    range: [0, 0.04],
    unit: t("pro Jahr", "per year"),
    grade: "D",
    source: estimate,
    format: "percent",
    validation: between(-0.1, 0.2),
  }),
  input({
    name: "horizon",
    label: t("Betrachtungszeitraum H", "Horizon H"),
    value: 5,
    range: [3, 10],
    unit: t("Jahre", "years"),
    grade: "C",
    source: t("Wahl der Planung; höchstens 10 Jahre", "Planning choice; at most 10 years"),
    format: "integer",
    validation: between(1, horizonLimit, "whole"),
  }),
  input({
    name: "attribution",
    label: t("Zurechnung (Anteil der Wirkung, der der Beratung zusteht)", "Attribution (share of the effect owed to the counselling)"),
    value: 1,
    range: [0.7, 1],
    unit: shareUnit,
    grade: "C",
    source: t(
      "SROI-Leitfaden 2012; mit Vergleichsgruppe ist der Mitnahmeeffekt schon berücksichtigt (0)",
      "SROI guide 2012; with a comparison group deadweight is already in the comparison (0)",
    ),
    format: "percent",
    validation: share,
  }),
  input({
    name: "displacement",
    label: t("Verdrängung", "Displacement"),
    value: 0,
    range: [0, 0.1],
    unit: shareUnit,
    grade: "C",
    source: t("SROI-Leitfaden 2012", "SROI guide 2012"),
    format: "percent",
    validation: share,
  }),
  blank,
  heading("Ersparnis je vermiedenem Heimmonat, nach Kostenträger", "Saving per avoided care-home month, by cost bearer"),
  result(
    "county_monthly_saving",
    t("Kreis (Hilfe zur Pflege)", "County (Hilfe zur Pflege)"),
    "={hzp_share}*{hzp_monthly_cost}-{county_cost_at_home}",
    "euro",
    t("Anteil mit Hilfe zur Pflege × Nettokosten − Kosten zu Hause", "share on Hilfe zur Pflege × net cost − cost at home"),
  ),
  result("city_saving", t("Stadt", "City"), "={city_monthly_saving}", "euro"),
  result(
    "insurance_monthly_saving",
    t("Pflegekasse", "Care insurance"),
    "={insurance_care_home}-{insurance_at_home}",
    "euro",
    t("negativ: die Pflegekasse zahlt zu Hause mehr („falsche Tasche“)", "negative: the care insurance pays more at home ('wrong pocket')"),
  ),
  result(
    "resident_monthly_saving",
    t("Bewohner und Angehörige", "Residents and families"),
    "={resident_own_share}*(1-{hzp_share})-{resident_cost_at_home}",
    "euro",
    t("nicht öffentlich; nur zur Information", "not public; shown for information"),
  ),
];

export const smsRows: [number, string, string, number][] = [
  [5, "randomisiert", "randomised", 0],
  [4, "natürliches Experiment", "natural experiment", 0.05],
  [3, "Differenz der Differenzen / gematchter Vergleich", "difference in differences / matched comparison", 0.1],
  [2, "Vorher–nachher", "before–after", 0.15],
  [1, "Experteneinschätzung", "expert judgement", 0.25],
];

const evidence: RowDefinition[] = [
  title("Evidenz: Beratene gegen Vergleichsgruppe", "Evidence: counselled vs comparison group"),
  paragraph(
    "Heimaufnahmen innerhalb von 24 Monaten. Die Voreinstellung stammt aus dem synthetischen Beispiel (34 von 240 gegen 70 von 230) – durch eigene Daten ersetzen.",
    "Care-home entries within 24 months. The defaults come from the synthetic example (34 of 240 vs 70 of 230) – replace with your own data.",
  ),
  inputHeader,
  input({
    name: "events_treated",
    label: t("Heimaufnahmen unter Beratenen", "Care-home entries among counselled"),
    value: 34,
    unit: countUnit,
    grade: "D",
    source: t("Beispielkohorte (synthetisch)", "Example cohort (synthetic)"),
    format: "number",
    validation: between(0, 1e6, "whole"),
  }),
  input({
    name: "n_treated",
    label: t("Beratene insgesamt", "Counselled, total"),
    value: 240,
    unit: countUnit,
    grade: "D",
    source: t("Beispielkohorte (synthetisch)", "Example cohort (synthetic)"),
    format: "number",
    validation: between(1, 1e6, "whole"),
  }),
  input({
    name: "events_control",
    label: t("Heimaufnahmen in der Vergleichsgruppe", "Care-home entries in the comparison group"),
    value: 70,
    unit: countUnit,
    grade: "D",
    source: t("Beispielkohorte (synthetisch)", "Example cohort (synthetic)"),
    format: "number",
    validation: between(0, 1e6, "whole"),
  }),
  input({
    name: "n_control",
    label: t("Vergleichsgruppe insgesamt", "Comparison group, total"),
    value: 230,
    unit: countUnit,
    grade: "D",
    source: t("Beispielkohorte (synthetisch)", "Example cohort (synthetic)"),
    format: "number",
    validation: between(1, 1e6, "whole"),
  }),
  confidenceInput(),
  input({
    name: "design_grade",
    label: t("Design der Vergleichs (Maryland-Skala 1–5)", "Comparison design (Maryland scale 1–5)"),
    value: 3,
    unit: t("Stufe", "level"),
    grade: "C",
    source: t(
      "Nachbarkommune ohne Angebot: gematchter Vergleich (3)",
      "Neighbouring municipality without the service: matched comparison (3)",
    ),
    format: "integer",
    validation: { kind: "list", options: ["1", "2", "3", "4", "5"], message: t("Bitte 1 bis 5 wählen.", "Please choose 1 to 5.") },
  }),
  blank,
  ...evidenceSourceRows,
  blank,
  heading("Ergebnis des Vergleichs", "Result of the comparison"),
  ...inPoints(readingValuesInUse(rateComparisonRows())),
  blank,
  heading("Optimism Bias nach Design (editierbar)", "Optimism bias by design (editable)"),
  { kind: "header", cells: [t("Stufe", "Level"), t("Design", "Design"), t("Abschlag", "Correction")] },
  ...smsRows.map(([level, de, en, bias]): RowDefinition => ({
    kind: "lookupRow",
    key: `sms${level}`,
    cells: [level, t(de, en), bias],
    inputColumns: [2],
    formats: ["integer", "text", "percent"],
  })),
  paragraph(
    "Abstufung nach HM Treasury (2014, Leitfaden für lokale Partnerschaften), Maryland Scientific Methods Scale; Werte illustrativ – vor Gebrauch prüfen.",
    "Grading after HM Treasury (2014, guidance for local partnerships), Maryland Scientific Methods Scale; values illustrative – verify before use.",
  ),
  result(
    "optimism_bias",
    t("Abschlag für dieses Design", "Correction for this design"),
    "=CHOOSE({design_grade},{@sms1:col3},{@sms2:col3},{@sms3:col3},{@sms4:col3},{@sms5:col3})",
    "percent",
  ),
  blank,
  heading("Verhinderte Heimaufnahmen je Jahr", "Prevented placements per year"),
  result(
    "prevented_gross",
    t("Brutto: Beratene × (Quote Vergleich − Quote Beratene)", "Gross: counselled × (rate comparison − rate counselled)"),
    "={households_served}*({rate_control}-{rate_treated})",
    "decimal",
  ),
  result("prevented_low", t("Brutto, untere Grenze", "Gross, lower bound"), "=-{households_served}*{difference_upper}", "decimal"),
  result("prevented_high", t("Brutto, obere Grenze", "Gross, upper bound"), "=-{households_served}*{difference_lower}", "decimal"),
  result(
    "prevented_net",
    t("Netto: nach Zurechnung, Verdrängung und Optimism Bias", "Net: after attribution, displacement and optimism bias"),
    "={prevented_gross}*{attribution}*(1-{displacement})*(1-{optimism_bias})",
    "decimal",
    t("Mitnahmeeffekt = 0: steckt bereits im Vergleich", "deadweight = 0: already in the comparison"),
    true,
  ),
  blank,
  result(
    "counselling_home_entry_reduction",
    t(
      "Relative Senkung der Heimaufnahmen unter Beratenen, netto (für die Projektion der Kosten des Nichtstuns)",
      "Relative reduction of care-home entries among the counselled, net (for the cost-of-inaction projection)",
    ),
    "=({rate_control}-{rate_treated})/{rate_control}*{attribution}*(1-{displacement})*(1-{optimism_bias})",
    "percent",
  ),
  blank,
  ...inPoints(readingValuesInUse(confoundingRows())),
];

const yearsOfFlows = horizonLimit;

const flows: RowDefinition[] = [
  title("Zahlungsströme nach Kostenträger (nicht abgezinst)", "Yearly flows by cost bearer (undiscounted)"),
  { kind: "yearHeader", label: t("Jahr", "Year"), formula: "={first_budget_year}+{year}-1" },
  years("in_horizon", t("Im Betrachtungszeitraum (1/0)", "Within the horizon (1/0)"), "=IF({year}<={horizon},1,0)", "integer"),
  years(
    "months_per_placement",
    t("Monate je verhinderter Aufnahme im Jahr", "Months per prevented placement in the year"),
    "=MAX(0,MIN(12,{evidence_months_avoided}-12*({year}-1)))",
    "decimal",
    "months_per_placement",
  ),
  years(
    "growth_discount",
    t("Kostensteigerung ÷ Abzinsung", "Cost growth ÷ discounting"),
    "=(1+{cost_growth})^({year}-1)/(1+{discount_rate})^{year}",
    "decimalPrecise",
    "growth_discount",
  ),
  years(
    "months_active",
    t("Vermiedene Heimmonate je jährlich verhinderter Aufnahme", "Avoided months per yearly prevented placement"),
    "=MIN(12*{year},{evidence_months_avoided})*{@in_horizon}",
    "decimal",
  ),
  years(
    "cost",
    t("Kosten der Beratung", "Cost of counselling"),
    "={posts_fte}*{cost_per_post}*(1+{cost_growth})^({year}-1)*{@in_horizon}",
    "euro",
    "cost_row",
  ),
  years("cost_county", t("Kosten: Kreis", "Cost: county"), "={@cost}*{county_cost_share}", "euro", "cost_county_row"),
  years("cost_city", t("Kosten: Stadt", "Cost: city"), "={@cost}*(1-{county_cost_share})", "euro", "cost_city_row"),
  years(
    "benefit_county",
    t("Ersparnis: Kreis", "Saving: county"),
    "={prevented_net}*{county_monthly_saving}*{@months_active}*(1+{cost_growth})^({year}-1)",
    "euro",
    "benefit_county_row",
  ),
  years(
    "benefit_city",
    t("Ersparnis: Stadt", "Saving: city"),
    "={prevented_net}*{city_saving}*{@months_active}*(1+{cost_growth})^({year}-1)",
    "euro",
    "benefit_city_row",
  ),
  years(
    "benefit_insurance",
    t("Ersparnis: Pflegekasse", "Saving: care insurance"),
    "={prevented_net}*{insurance_monthly_saving}*{@months_active}*(1+{cost_growth})^({year}-1)",
    "euro",
    "benefit_insurance_row",
  ),
  years(
    "benefit_residents",
    t("Ersparnis: Bewohner (nicht öffentlich)", "Saving: residents (not public)"),
    "={prevented_net}*{resident_monthly_saving}*{@months_active}*(1+{cost_growth})^({year}-1)",
    "euro",
    "benefit_residents_row",
  ),
  years(
    "benefit_public",
    t("Ersparnis: alle öffentlichen Träger", "Saving: all public payers"),
    "={@benefit_county}+{@benefit_city}+{@benefit_insurance}",
    "euro",
    "benefit_public_row",
  ),
  years("net_county", t("Netto: Kreis", "Net: county"), "={@benefit_county}-{@cost_county}", "euro", "net_county_row"),
  years(
    "net_county_city",
    t("Netto: Kreis und Stadt", "Net: county and city"),
    "={@benefit_county}+{@benefit_city}-{@cost}",
    "euro",
    "net_county_city_row",
  ),
  years(
    "net_public",
    t("Netto: alle öffentlichen Träger", "Net: all public payers"),
    "={@benefit_public}-{@cost}",
    "euro",
    "net_public_row",
  ),
  years("cumulative_net_county", t("Kumuliert netto: Kreis", "Cumulative net: county"), "=SUM({@net_county:first}:{@net_county})", "euro"),
  years(
    "cumulative_net_public",
    t("Kumuliert netto: alle öffentlichen Träger", "Cumulative net: all public payers"),
    "=SUM({@net_public:first}:{@net_public})",
    "euro",
  ),
  years(
    "payback_flag",
    t("Amortisiert (öffentlich) im Jahr", "Paid back (public) in year"),
    '=IF(AND({@in_horizon}=1,{@cumulative_net_public}>=0),{year},"")',
    "integer",
    "payback_row",
  ),
];

const notReached = t('"nicht erreicht"', '"not reached"');
const notReachable = t('"nicht erreichbar"', '"not reachable"');

function breakEven(costName: string, benefitName: string) {
  return {
    de: `=IF(NPV({discount_rate},{${benefitName}})<=0,${notReachable.de},{prevented_net}*NPV({discount_rate},{${costName}})/NPV({discount_rate},{${benefitName}}))`,
    en: `=IF(NPV({discount_rate},{${benefitName}})<=0,${notReachable.en},{prevented_net}*NPV({discount_rate},{${costName}})/NPV({discount_rate},{${benefitName}}))`,
  };
}

const summary: RowDefinition[] = [
  title("Ergebnis für die Kämmerei", "Summary for the treasurer"),
  placeholderWarning(),
  heading("Wer spart? (EUR)", "Who saves? (EUR)"),
  {
    kind: "header",
    cells: [
      t("Kostenträger", "Cost bearer"),
      t("Laufendes Haushaltsjahr", "Current budget year"),
      t("Nächstes Haushaltsjahr", "Next budget year"),
      t("Barwert über H Jahre", "Present value over H years"),
    ],
  },
  {
    kind: "resultGrid",
    label: t("Haushaltsjahre und Zeitraum", "Budget years and horizon"),
    formulas: ["={first_budget_year}", "={first_budget_year}+1", '={first_budget_year}&"–"&({first_budget_year}+{horizon}-1)'],
    names: ["", "", "horizon_years"],
    formats: ["integer", "integer", "text"],
    format: "text",
  },
  ...(
    [
      ["Kreis: Ersparnis", "County: saving", "benefit_county_row"],
      ["Stadt: Ersparnis", "City: saving", "benefit_city_row"],
      ["Pflegekasse: Ersparnis", "Care insurance: saving", "benefit_insurance_row"],
      ["Bewohner: Ersparnis (nicht öffentlich)", "Residents: saving (not public)", "benefit_residents_row"],
      ["Kosten: Kreis", "Cost: county", "cost_county_row"],
      ["Kosten: Stadt", "Cost: city", "cost_city_row"],
      ["Netto: Kreis", "Net: county", "net_county_row"],
      ["Netto: Kreis und Stadt", "Net: county and city", "net_county_city_row"],
      ["Netto: alle öffentlichen Träger", "Net: all public payers", "net_public_row"],
    ] as const
  ).map(([de, en, row]): RowDefinition => ({
    kind: "resultGrid",
    label: t(de, en),
    formulas: [`=INDEX({${row}},1)`, `=INDEX({${row}},2)`, `=NPV({discount_rate},{${row}})`],
    names: [`${row}_current_year`, `${row}_next_year`, `${row}_present_value`],
    format: "euro",
    key: row.startsWith("net"),
  })),
  blank,
  heading("Wert einer verhinderten Heimaufnahme (Barwert)", "Value of one prevented placement (present value)"),
  result(
    "placement_value_county",
    t("für den Kreis", "to the county"),
    "={county_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    "euro",
  ),
  result(
    "placement_value_city",
    t("für die Stadt", "to the city"),
    "={city_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    "euro",
  ),
  result(
    "placement_value_insurance",
    t("für die Pflegekasse", "to the care insurance"),
    "={insurance_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    "euro",
  ),
  result(
    "placement_value_residents",
    t("für die Bewohner", "to the residents"),
    "={resident_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    "euro",
  ),
  blank,
  heading("Über H Jahre (abgezinst)", "Over H years (discounted)"),
  result("pv_costs", t("Barwert der Kosten", "Present value of costs"), "=NPV({discount_rate},{cost_row})", "euro"),
  result(
    "pv_benefits_public",
    t("Barwert der Ersparnis, alle öffentlichen Träger", "Present value of savings, all public payers"),
    "=NPV({discount_rate},{benefit_public_row})",
    "euro",
  ),
  result(
    "npv_county",
    t("Kapitalwert für den Kreis", "Net present value for the county"),
    "=NPV({discount_rate},{net_county_row})",
    "euro",
    undefined,
    true,
  ),
  result(
    "npv_public",
    t("Kapitalwert, alle öffentlichen Träger", "Net present value, all public payers"),
    "={pv_benefits_public}-{pv_costs}",
    "euro",
    undefined,
    true,
  ),
  result(
    "bcr_county",
    t("Nutzen-Kosten-Verhältnis: Kreis", "Benefit-cost ratio: county"),
    "=NPV({discount_rate},{benefit_county_row})/NPV({discount_rate},{cost_county_row})",
    "ratio",
    t("1,00 = refinanziert sich selbst", "1.00 = refinances itself"),
    true,
  ),
  result(
    "bcr_county_city",
    t("Nutzen-Kosten-Verhältnis: Kreis und Stadt", "Benefit-cost ratio: county and city"),
    "=(NPV({discount_rate},{benefit_county_row})+NPV({discount_rate},{benefit_city_row}))/{pv_costs}",
    "ratio",
    undefined,
    true,
  ),
  result(
    "bcr_public",
    t("Nutzen-Kosten-Verhältnis: alle öffentlichen Träger", "Benefit-cost ratio: all public payers"),
    "={pv_benefits_public}/{pv_costs}",
    "ratio",
    undefined,
    true,
  ),
  result(
    "roi_public",
    t("Rendite (Kapitalwert ÷ Kosten), öffentlich", "Return on investment (NPV ÷ cost), public"),
    "={npv_public}/{pv_costs}",
    "percent",
  ),
  result(
    "payback_year",
    t("Amortisation (öffentlich) im Jahr", "Payback year (public)"),
    {
      de: `=IF(COUNT({payback_row})=0,${notReached.de},MIN({payback_row}))`,
      en: `=IF(COUNT({payback_row})=0,${notReached.en},MIN({payback_row}))`,
    },
    "integer",
  ),
  result(
    "break_even_county",
    t("Nötige verhinderte Heimaufnahmen je Jahr: Kreis", "Break-even prevented placements per year: county"),
    breakEven("cost_county_row", "benefit_county_row"),
    "decimal",
    t(
      "so viele netto verhinderte Aufnahmen braucht es, damit sich die Stelle für den Kreis trägt",
      "this many net prevented placements make the post pay for itself for the county",
    ),
  ),
  result(
    "break_even_public",
    t("Nötige verhinderte Heimaufnahmen je Jahr: öffentlich", "Break-even prevented placements per year: all public payers"),
    breakEven("cost_row", "benefit_public_row"),
    "decimal",
  ),
  blank,
  heading("Wie belastbar ist der Vergleich? (Blatt Evidenz)", "How robust is the comparison? (Evidence sheet)"),
  { kind: "sentence", name: "summary_confounding_sentence", style: "label", formula: "={confounding_sentence}" },
];

/**
 * Inputs with a low and a high value that move a public result (the residents' two inputs do not).
 * Both net present values are linear in each input that enters the model once as a factor or a
 * summand; discount rate, cost growth, horizon and months avoided enter through the year sums.
 */
const nonLinear = new Set(["months_avoided", "discount_rate", "cost_growth", "horizon"]);
const residentsOnly = new Set(["resident_own_share", "resident_cost_at_home"]);
const varied = assumptions
  .filter((row): row is InputRow => row.kind === "input" && row.low !== undefined && !residentsOnly.has(row.name))
  .map((input) => ({ input, linear: !nonLinear.has(input.name) }));

/** The scenario columns are headed by the labels of the rows their inputs come from. */
const inputLabels = new Map(
  [...assumptions, ...evidence].flatMap((row): [string, Text][] =>
    "name" in row && row.name && "label" in row ? [[row.name, row.label]] : [],
  ),
);
const bareModel = counsellingScenarioModel(horizonLimit);
export const scenarioModel: ScenarioModel = {
  ...bareModel,
  inputs: bareModel.inputs.map((input) => ({ ...input, label: inputLabels.get(input.name) })),
};

const sensitivity = sensitivityRows(scenarioModel, varied, {
  keys: ["npv_county", "npv_public"],
  names: [t("Kapitalwert Kreis", "NPV county"), t("Kapitalwert öffentlich", "NPV public")],
});

const evidenceInput = (name: string) => evidence.find((row): row is InputRow => row.kind === "input" && row.name === name)!.value;

/** PERT from low, value and high for each varied input; Beta(events + 1, n − events + 1) for the two rates. */
const uncertain: UncertainInput[] = [
  ...varied.map(({ input }): UncertainInput => ({
    name: input.name,
    distribution: "pert",
    parameters: [input.low!, input.value, input.high!],
    addinParameters: `{${input.name}:low},{${input.name}},{${input.name}:high}`,
  })),
  ...(["treated", "control"] as const).map((group): UncertainInput => {
    const [events, n] = [evidenceInput(`events_${group}`), evidenceInput(`n_${group}`)];
    return {
      name: `rate_${group}`,
      distribution: "beta",
      parameters: [events + 1, n - events + 1, null],
      addinParameters: `{${usedName(`events_${group}`)}}+1,{${usedName(`n_${group}`)}}-{${usedName(`events_${group}`)}}+1,`,
    };
  }),
];

/** The number of Monte Carlo iterations, chosen when the workbook is made. */
export const iterationsSetting: TemplateSetting = {
  key: "iterations",
  label: t("Monte-Carlo-Durchläufe", "Monte Carlo iterations"),
  defaultValue: 2000,
  minimum: 100,
  maximum: 10000,
};

/** The seed of the file's draws; inside Excel the seed cell on the sheet takes its place. */
export const monteCarloSeed = 20130;

const monteCarloFor = (iterations: number) =>
  monteCarloRows(
    scenarioModel,
    uncertain,
    {
      keys: ["npv_county", "npv_public"],
      names: [t("Kapitalwert Kreis", "NPV county"), t("Kapitalwert öffentlich", "NPV public")],
      ratio: "bcr_county",
      ratioName: t("Nutzen-Kosten-Verhältnis Kreis", "benefit-cost ratio county"),
    },
    { iterations, seed: monteCarloSeed },
  );

const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "1. Vergleich: Wir zählen Heimaufnahmen innerhalb von 24 Monaten unter beratenen Haushalten und in einer Vergleichsgruppe. Die Differenz der Quoten ist die Wirkung; das Intervall (Newcombe, aus zwei Wilson-Intervallen) zeigt die Unsicherheit.",
    "1. Comparison: we count care-home entries within 24 months among counselled households and in a comparison group. The difference of the rates is the effect; the interval (Newcombe, from two Wilson intervals) shows the uncertainty.",
  ),
  paragraph(
    "2. Wie sicher: Je schwächer das Design (Maryland-Skala), desto größer der Abschlag für Optimism Bias. Die Tabelle auf dem Blatt Evidenz ist editierbar.",
    "2. How sure: the weaker the design (Maryland scale), the larger the optimism-bias correction. The table on the Evidence sheet is editable.",
  ),
  paragraph(
    "3. Verhinderte Aufnahmen je Jahr = beratene Haushalte × Differenz der Quoten, danach Zurechnung, Verdrängung und Optimism Bias. Mitnahmeeffekte stecken bereits im Vergleich.",
    "3. Prevented placements per year = households counselled × difference of the rates, then attribution, displacement and optimism bias. Deadweight is already in the comparison.",
  ),
  paragraph(
    "4. Wer spart: Eine vermiedene Heimaufnahme spart nicht die vollen Heimkosten, denn Pflege zu Hause kostet auch. Der Kreis spart Hilfe zur Pflege für den Anteil der Bewohner, die sie bekommen; die Pflegekasse zahlt zu Hause oft mehr als im Heim – das wird gezeigt, nicht versteckt.",
    "4. Who saves: a prevented placement does not save the full care-home cost, because care at home costs too. The county saves Hilfe zur Pflege for the share of residents who receive it; the care insurance often pays more at home than in a home – this is shown, not hidden.",
  ),
  paragraph(
    "5. Wann: Jede verhinderte Aufnahme spart Heimmonate in den Folgejahren; das Blatt Ergebnis zeigt das laufende und das nächste Haushaltsjahr und den Barwert über H Jahre (Abzinsung am Jahresende wie Excels NBW/NPV).",
    "5. When: each prevented placement saves care-home months in the following years; the Summary sheet shows the current and the next budget year and the present value over H years (discounted at year end as Excel's NPV does).",
  ),
  paragraph(
    "6. Nutzen-Kosten-Verhältnis für drei Sichten: nur Kreis (Ersparnis des Kreises ÷ Kostenanteil des Kreises), Kreis und Stadt, alle öffentlichen Träger. So lassen sich „refinanziert sich selbst“ und „mindestens ein Viertel der Kosten“ aus ausdrücklichen Annahmen nachvollziehen.",
    "6. Benefit-cost ratio for three scopes: county only (county's saving ÷ county's share of the cost), county and city, all public payers. This is how 'refinances itself' and 'at least a quarter of its cost' can both be traced to explicit assumptions.",
  ),
  paragraph(
    "7. Quellen: § 36, § 37, § 43 SGB XI; vdek-Eigenanteile 2026; DAK-Pflegereport 2024; Caritas-Umfrage 2024; HM Treasury Green Book 2022 und Leitfaden 2014; SROI-Leitfaden 2012; Maryland Scientific Methods Scale. Güte D heißt: durch eigene Zahlen ersetzen.",
    "7. Sources: §36, §37, §43 SGB XI; vdek own shares 2026; DAK care report 2024; Caritas survey 2024; HM Treasury Green Book 2022 and 2014 guidance; SROI guide 2012; Maryland Scientific Methods Scale. Grade D means: replace with your own figures.",
  ),
];

const version = "2.1.0";

function counsellingCaseFor(values: SettingValues): TemplateDefinition {
  const monteCarlo = monteCarloFor(values[iterationsSetting.key]);
  return {
    id: "counselling-case",
    version,
    title: t("Business Case Pflege- und Wohnberatung", "Care and housing counselling business case"),
    purpose: t(
      "Trägt sich eine Beratungsstelle? Einsparungen je Kostenträger, laufendes und nächstes Haushaltsjahr, Barwert und Nutzen-Kosten-Verhältnis.",
      "Does a counselling post pay for itself? Savings per cost bearer, this and next budget year, present value and benefit-cost ratio.",
    ),
    sheets: [
      { key: "summary", name: t("Ergebnis", "Summary"), columnWidths: [52, 26, 26, 26], rows: summary, protect: true },
      counsellingCommittee(
        version,
        varied.map(({ input }) => input),
        smsRows,
      ),
      {
        key: "assumptions",
        name: t("Annahmen", "Assumptions"),
        columnWidths: [58, 14, 12, 12, 12, 8, 60],
        rows: assumptions,
        protect: true,
      },
      { key: "evidence", name: t("Evidenz", "Evidence"), columnWidths: [46, 44, 12, 12, 12, 8, 40], rows: evidence, protect: true },
      {
        key: "flows",
        name: t("Zahlungsströme", "Flows"),
        columnWidths: [48, ...new Array(yearsOfFlows).fill(12)],
        yearColumns: yearsOfFlows,
        rows: flows,
        protect: true,
        charts: [
          {
            kind: "line",
            title: t("Kumulierter Nettonutzen", "Cumulative net benefit"),
            xAxisTitle: t("Jahr", "Year"),
            yAxisTitle: t("EUR (nicht abgezinst)", "EUR (undiscounted)"),
            seriesRows: ["cumulative_net_county", "cumulative_net_public"],
            from: { column: 0, row: flows.length + 2 },
            to: { column: 8, row: flows.length + 20 },
          },
        ],
      },
      {
        key: "sensitivity",
        name: t("Sensitivität", "Sensitivity"),
        columnWidths: [40, ...new Array(scenarioModel.inputs.length + scenarioModel.outputs.length).fill(15)],
        rows: sensitivity,
        protect: true,
        charts: [tornadoChart(varied.length, sensitivity.length + 2, t("Kapitalwert Kreis", "NPV county"))],
      },
      {
        key: "monteCarlo",
        name: t("Monte Carlo", "Monte Carlo"),
        columnWidths: [40, ...new Array(scenarioModel.inputs.length + scenarioModel.outputs.length).fill(16)],
        rows: monteCarlo.rows,
        protect: true,
        // The results, the bins and their chart; the seed's grade and source stay on the screen.
        print: { orientation: "portrait", columns: 6 },
        charts: [monteCarlo.chart],
      },
      {
        key: "method",
        name: t("Methode und Quellen", "Method and sources"),
        columnWidths: methodColumnWidths,
        rows: method,
        protect: true,
      },
      reviewSheet({ inputSheets: [assumptions, evidence, monteCarlo.rows], checks: counsellingChecks }),
    ],
    settings: { choices: [iterationsSetting], values, build: counsellingCaseFor },
  };
}

export const counsellingCase = counsellingCaseFor({ [iterationsSetting.key]: iterationsSetting.defaultValue });
