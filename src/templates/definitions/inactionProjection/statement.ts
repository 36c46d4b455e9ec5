/** The sentences at the top of the cost-of-inaction sheet: what doing nothing costs, in plain words. */
import { quotedText } from "../../../shared/formulaText";
import type { Formula, RowDefinition } from "../../model";
import { projectionYears } from "./assumptions";

/** A sentence formula from pieces: quoted text and formula parts, joined with &. */
function sentence(name: string, pieces: Record<"de" | "en", string[]>): RowDefinition {
  const formula: Formula = { de: "=" + pieces.de.join("&"), en: "=" + pieces.en.join("&") };
  return { kind: "sentence", name, style: "label", formula };
}
const euros = (name: string) => `FIXED({${name}},0)`;
const percent = (name: string) => `FIXED(100*{${name}},1)`;
const lastYear = `({proj_first_year}+${projectionYears - 1})`;

export const statement: RowDefinition[] = [
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
