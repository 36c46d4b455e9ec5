/**
 * The counselling business case once more as one row of formulas (DESIGN §5, "scenario row"): the
 * same arithmetic as the Flows and Summary sheets, with the H years summed inside the row over the
 * year array {1,…,10} (years beyond the horizon weigh 0, as on the Flows sheet).
 */
import type { NumberFormatKey, ScenarioModel } from "../model";
import { t } from "./rows";

const yearCount = 10;
const yearArray = `{${Array.from({ length: yearCount }, (_, i) => i + 1).join(",")}}`;

const inputFormats: [string, NumberFormatKey][] = [
  ["posts_fte", "decimal"],
  ["cost_per_post", "euro"],
  ["county_cost_share", "percent"],
  ["households_served", "number"],
  ["months_avoided", "decimal"],
  ["hzp_share", "percent"],
  ["hzp_monthly_cost", "euro"],
  ["county_cost_at_home", "euro"],
  ["city_monthly_saving", "euro"],
  ["insurance_care_home", "euro"],
  ["insurance_at_home", "euro"],
  ["discount_rate", "percent"],
  ["cost_growth", "percent"],
  ["horizon", "integer"],
  ["attribution", "percent"],
  ["displacement", "percent"],
  ["rate_treated", "percentPrecise"],
  ["rate_control", "percentPrecise"],
  ["optimism_bias", "percent"],
];

export function counsellingScenarioModel(horizonLimit: number): ScenarioModel {
  if (horizonLimit !== yearCount)
    throw new Error(`counselling scenario row: the year array has ${yearCount} years, the horizon limit is ${horizonLimit}`);
  const inHorizon = `(${yearArray}<={horizon})`;
  const growthDiscount = `(1+{cost_growth})^(${yearArray}-1)/(1+{discount_rate})^${yearArray}`;
  // Months avoided in year t by the placements prevented so far: MIN(12t, months_avoided), element by element.
  const monthsActive = `((12*${yearArray}<{months_avoided})*12*${yearArray}+(12*${yearArray}>={months_avoided})*{months_avoided})`;
  return {
    // The months in use: typed in, or the cohort's months delayed (cohortEvidence.ts); the sensitivity varies the typed-in range.
    inputs: inputFormats.map(([name, format]) => ({
      name,
      format,
      ...(name === "months_avoided" && { reads: "evidence_months_avoided" }),
    })),
    outputs: [
      {
        key: "prevented",
        header: t("Verhinderte Aufnahmen je Jahr (netto)", "Prevented placements per year (net)"),
        formula: "={households_served}*({rate_control}-{rate_treated})*{attribution}*(1-{displacement})*(1-{optimism_bias})",
        format: "decimal",
      },
      {
        key: "county_saving",
        header: t("Ersparnis Kreis je Heimmonat", "County saving per care-home month"),
        formula: "={hzp_share}*{hzp_monthly_cost}-{county_cost_at_home}",
        format: "euro",
      },
      {
        key: "public_saving",
        header: t("Ersparnis öffentlich je Heimmonat", "Public saving per care-home month"),
        formula: "={county_saving}+{city_monthly_saving}+({insurance_care_home}-{insurance_at_home})",
        format: "euro",
      },
      {
        key: "cost_factor",
        header: t("Barwertfaktor der Kosten", "Present-value factor of the cost"),
        formula: `=SUMPRODUCT(${inHorizon}*${growthDiscount})`,
        format: "decimalPrecise",
      },
      {
        key: "months_factor",
        header: t("Barwertfaktor der Heimmonate", "Present-value factor of the months"),
        formula: `=SUMPRODUCT(${inHorizon}*${monthsActive}*${growthDiscount})`,
        format: "decimalPrecise",
      },
      {
        key: "pv_cost",
        header: t("Barwert der Kosten", "Present value of the cost"),
        formula: "={posts_fte}*{cost_per_post}*{cost_factor}",
        format: "euro",
      },
      {
        key: "pv_benefit_county",
        header: t("Barwert der Ersparnis: Kreis", "Present value of savings: county"),
        formula: "={prevented}*{county_saving}*{months_factor}",
        format: "euro",
      },
      {
        key: "npv_county",
        header: t("Kapitalwert: Kreis", "NPV: county"),
        formula: "={pv_benefit_county}-{pv_cost}*{county_cost_share}",
        format: "euro",
      },
      {
        key: "npv_public",
        header: t("Kapitalwert: alle öffentlichen Träger", "NPV: all public payers"),
        formula: "={prevented}*{public_saving}*{months_factor}-{pv_cost}",
        format: "euro",
      },
      {
        key: "bcr_county",
        header: t("Nutzen-Kosten-Verhältnis: Kreis", "Benefit-cost ratio: county"),
        formula: "={pv_benefit_county}/({pv_cost}*{county_cost_share})",
        format: "ratio",
      },
    ],
  };
}
