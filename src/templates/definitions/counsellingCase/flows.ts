/** The Flows sheet: yearly flows by cost bearer over the horizon, undiscounted. */
import type { RowDefinition } from "../../model";
import { t, title, years } from "../rows";
import { horizonLimit } from "./assumptions";

export const yearsOfFlows = horizonLimit;

export const flows: RowDefinition[] = [
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
