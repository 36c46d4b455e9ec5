/** The Summary sheet for the treasurer: who saves, this and next budget year, present values, benefit-cost ratios and break-even. */
import type { RowDefinition } from "../../model";
import { placeholderWarning } from "../reviewSheet";
import { blank, heading, result, t, title } from "../rows";

const notReached = t('"nicht erreicht"', '"not reached"');
const notReachable = t('"nicht erreichbar"', '"not reachable"');

function breakEven(costName: string, benefitName: string) {
  return {
    de: `=IF(NPV({discount_rate},{${benefitName}})<=0,${notReachable.de},{prevented_net}*NPV({discount_rate},{${costName}})/NPV({discount_rate},{${benefitName}}))`,
    en: `=IF(NPV({discount_rate},{${benefitName}})<=0,${notReachable.en},{prevented_net}*NPV({discount_rate},{${costName}})/NPV({discount_rate},{${benefitName}}))`,
  };
}

export const summary: RowDefinition[] = [
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
    keyResult: row.startsWith("net"),
  })),
  blank,
  heading("Wert einer verhinderten Heimaufnahme (Barwert)", "Value of one prevented placement (present value)"),
  result({
    name: "placement_value_county",
    label: t("für den Kreis", "to the county"),
    formula: "={county_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    format: "euro",
  }),
  result({
    name: "placement_value_city",
    label: t("für die Stadt", "to the city"),
    formula: "={city_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    format: "euro",
  }),
  result({
    name: "placement_value_insurance",
    label: t("für die Pflegekasse", "to the care insurance"),
    formula: "={insurance_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    format: "euro",
  }),
  result({
    name: "placement_value_residents",
    label: t("für die Bewohner", "to the residents"),
    formula: "={resident_monthly_saving}*SUMPRODUCT({months_per_placement},{growth_discount})",
    format: "euro",
  }),
  blank,
  heading("Über H Jahre (abgezinst)", "Over H years (discounted)"),
  result({
    name: "pv_costs",
    label: t("Barwert der Kosten", "Present value of costs"),
    formula: "=NPV({discount_rate},{cost_row})",
    format: "euro",
  }),
  result({
    name: "pv_benefits_public",
    label: t("Barwert der Ersparnis, alle öffentlichen Träger", "Present value of savings, all public payers"),
    formula: "=NPV({discount_rate},{benefit_public_row})",
    format: "euro",
  }),
  result({
    name: "npv_county",
    label: t("Kapitalwert für den Kreis", "Net present value for the county"),
    formula: "=NPV({discount_rate},{net_county_row})",
    format: "euro",
    keyResult: true,
  }),
  result({
    name: "npv_public",
    label: t("Kapitalwert, alle öffentlichen Träger", "Net present value, all public payers"),
    formula: "={pv_benefits_public}-{pv_costs}",
    format: "euro",
    keyResult: true,
  }),
  result({
    name: "bcr_county",
    label: t("Nutzen-Kosten-Verhältnis: Kreis", "Benefit-cost ratio: county"),
    formula: "=NPV({discount_rate},{benefit_county_row})/NPV({discount_rate},{cost_county_row})",
    format: "ratio",
    explanation: t("1,00 = refinanziert sich selbst", "1.00 = refinances itself"),
    keyResult: true,
  }),
  result({
    name: "bcr_county_city",
    label: t("Nutzen-Kosten-Verhältnis: Kreis und Stadt", "Benefit-cost ratio: county and city"),
    formula: "=(NPV({discount_rate},{benefit_county_row})+NPV({discount_rate},{benefit_city_row}))/{pv_costs}",
    format: "ratio",
    keyResult: true,
  }),
  result({
    name: "bcr_public",
    label: t("Nutzen-Kosten-Verhältnis: alle öffentlichen Träger", "Benefit-cost ratio: all public payers"),
    formula: "={pv_benefits_public}/{pv_costs}",
    format: "ratio",
    keyResult: true,
  }),
  result({
    name: "roi_public",
    label: t("Rendite (Kapitalwert ÷ Kosten), öffentlich", "Return on investment (NPV ÷ cost), public"),
    formula: "={npv_public}/{pv_costs}",
    format: "percent",
  }),
  result({
    name: "payback_year",
    label: t("Amortisation (öffentlich) im Jahr", "Payback year (public)"),
    formula: {
      de: `=IF(COUNT({payback_row})=0,${notReached.de},MIN({payback_row}))`,
      en: `=IF(COUNT({payback_row})=0,${notReached.en},MIN({payback_row}))`,
    },
    format: "integer",
  }),
  result({
    name: "break_even_county",
    label: t("Nötige verhinderte Heimaufnahmen je Jahr: Kreis", "Break-even prevented placements per year: county"),
    formula: breakEven("cost_county_row", "benefit_county_row"),
    format: "decimal",
    explanation: t(
      "so viele netto verhinderte Aufnahmen braucht es, damit sich die Stelle für den Kreis trägt",
      "this many net prevented placements make the post pay for itself for the county",
    ),
  }),
  result({
    name: "break_even_public",
    label: t("Nötige verhinderte Heimaufnahmen je Jahr: öffentlich", "Break-even prevented placements per year: all public payers"),
    formula: breakEven("cost_row", "benefit_public_row"),
    format: "decimal",
  }),
  blank,
  heading("Wie belastbar ist der Vergleich? (Blatt Evidenz)", "How robust is the comparison? (Evidence sheet)"),
  // Three lines across the printed width: the sentence is longer than the page is wide.
  { kind: "sentence", name: "summary_confounding_sentence", style: "sentence", formula: "={confounding_sentence}", span: 4, lines: 3 },
];
