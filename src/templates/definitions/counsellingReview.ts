/** The counselling business case's own checks on its review sheet (reviewSheet.ts adds the ones every template has). */
import { term } from "../../shared/message";
import type { InputRow, RowDefinition, SheetDefinition } from "../model";
import { check } from "./reviewSheet";
import { between, input, paragraph, t } from "./rows";

export const counsellingChecks: RowDefinition[] = [
  check(
    t(
      "Anteile der Kostenträger ergeben 100 % (Kosten Kreis + Stadt = Kosten in jedem Jahr)",
      "Cost-bearer shares add to 100 % (county's + city's cost = cost in every year)",
    ),
    "ABS(SUM({cost_county_row})+SUM({cost_city_row})-SUM({cost_row}))<=1E-9*MAX(1,ABS(SUM({cost_row})))",
    "county_cost_share",
  ),
  check(
    t(
      "Optimism Bias angewandt (nur ein randomisiertes Design, Stufe 5, braucht keinen)",
      "Optimism bias applied (only a randomised design, level 5, needs none)",
    ),
    "OR({optimism_bias}>0,{design_grade}=5)",
    "optimism_bias",
  ),
  check(
    t("Vermiedene Heimmonate nicht über der mittleren Verweildauer", "Months avoided not above the average stay in a care home"),
    "{evidence_months_avoided}<={average_stay_months}",
    "evidence_months_avoided",
  ),
  paragraph(
    "Den Stundensatz des Ehrenamts gegen den Mindestlohn prüft die Vorlage Wert der Ehrenamtsstunden; dieser Business Case bewertet keine Ehrenamtsstunden.",
    "The volunteer rate is checked against the minimum wage by the volunteer-hour template; this business case values no volunteer hours.",
  ),
];

export const counsellingCheckValues: InputRow[] = [
  input({
    name: "average_stay_months",
    label: t("Mittlere Verweildauer im Pflegeheim", "Average stay in a care home"),
    value: 25,
    unit: t("Monate", "months"),
    grade: "C",
    source: t("Caritas-Umfrage 2024: rund 25 Monate", "Caritas survey 2024: about 25 months"),
    format: "decimal",
    validation: between(1, 240),
  }),
];

/**
 * The Review sheet prints its checks on one page; the lists of inputs still to replace and of
 * inputs changed from the template's values stay on the screen: the printed checks count them, and
 * the printed Assumptions and Evidence sheets show each input's grade and source in full (the
 * lists' narrow source column would be cut at the printed edge).
 */
export function printedChecks(review: SheetDefinition): SheetDefinition {
  const rows = review.rows ?? [];
  const lists = rows.findIndex((row) => row.kind === "heading" && row.text === term("review.placeholdersHeading"));
  return lists < 0 ? review : { ...review, print: { ...review.print, rows: lists - 1 } };
}
