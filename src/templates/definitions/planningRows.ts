/**
 * Planning an evaluation in native formulas (DESIGN §3.8): how many people, in which ratio, to
 * detect a fall of the rate from one value to another with the power wanted, and how long the
 * evaluation runs when every person must be followed for the months over which the rate counts.
 * The group size is the closed-form solution of the two-proportion power formula. Expects the name
 * z_value (the z of the template's confidence level).
 */
import { quotedText } from "../../shared/formulaText";
import type { RowDefinition } from "../model";
import { between, blank, countUnit, heading, input, paragraph, result, shareUnit, t } from "./rows";

const planned = t("Planungsannahme – vor der Auswertung festlegen", "Planning assumption – fix before the evaluation");

const pooled = "({plan_rate_treated}+{plan_ratio}*{plan_rate_control})/(1+{plan_ratio})";

const fixed = (name: string, decimals: number, scale = "") => `FIXED(${scale}{${name}},${decimals},TRUE)`;

export function planningRows(): RowDefinition[] {
  return [
    blank,
    heading("E. Auswertung planen: Wie viele Personen braucht es?", "E. Planning an evaluation: how many people are needed?"),
    paragraph(
      "Zweiseitiger z-Test für zwei Anteile beim Konfidenzniveau oben; dieselbe Formel wie R power.prop.test, hier auch für ungleiche Gruppen.",
      "Two-sided two-proportion z-test at the confidence level above; the formula of R's power.prop.test, here also for unequal groups.",
    ),
    input({
      name: "plan_rate_control",
      label: t("Erwartete Quote ohne Angebot (Vergleichsgruppe)", "Expected rate without the service (control group)"),
      value: 0.3,
      unit: shareUnit,
      grade: "C",
      source: planned,
      format: "percent",
      validation: between(0.001, 0.999),
    }),
    input({
      name: "plan_rate_treated",
      label: t("Quote, die das Angebot erreichen soll", "Rate the service is to reach"),
      value: 0.2,
      unit: shareUnit,
      grade: "C",
      source: planned,
      format: "percent",
      validation: between(0.001, 0.999),
    }),
    input({
      name: "plan_power",
      label: t("Gewünschte Sicherheit (Teststärke)", "Power wanted"),
      value: 0.8,
      unit: shareUnit,
      grade: "A",
      source: t("Konvention (80 %)", "Convention (80%)"),
      format: "percent",
      validation: between(0.5, 0.99),
    }),
    input({
      name: "plan_ratio",
      label: t("Vergleichspersonen je Person der Programmgruppe", "Control people per person of the treated group"),
      value: 1,
      unit: t("Verhältnis", "ratio"),
      grade: "C",
      source: planned,
      format: "decimal",
      validation: between(0.1, 10),
    }),
    input({
      name: "plan_follow_up_months",
      label: t("Beobachtungszeit je Person, über die die Quote zählt", "Follow-up per person over which the rate counts"),
      value: 24,
      unit: t("Monate", "months"),
      grade: "C",
      source: t("Zeitfenster der Quoten (Ereignisse innerhalb von 24 Monaten)", "Window of the rates (events within 24 months)"),
      format: "integer",
      validation: between(1, 240, "whole"),
    }),
    input({
      name: "plan_intake_per_month",
      label: t("Neue Personen in der Programmgruppe je Monat", "New people in the treated group per month"),
      value: 10,
      unit: countUnit,
      grade: "C",
      source: planned,
      format: "decimal",
      validation: between(0.1, 100000),
    }),
    result({
      name: "plan_exact_treated",
      label: t("Programmgruppe, exakte Lösung", "Treated group, exact solution"),
      formula: `=IF({plan_rate_treated}={plan_rate_control},"",(({z_value}*SQRT(${pooled}*(1-${pooled})*(1+1/{plan_ratio}))+NORM.S.INV({plan_power})*SQRT({plan_rate_treated}*(1-{plan_rate_treated})+{plan_rate_control}*(1-{plan_rate_control})/{plan_ratio}))/({plan_rate_control}-{plan_rate_treated}))^2)`,
      format: "decimal",
    }),
    result({
      name: "plan_n_treated",
      label: t("Benötigte Personen: Programmgruppe", "People needed: treated group"),
      formula: '=IF({plan_exact_treated}="","",ROUNDUP({plan_exact_treated},0))',
      format: "integer",
      keyResult: true,
    }),
    result({
      name: "plan_n_control",
      label: t("Benötigte Personen: Vergleichsgruppe", "People needed: control group"),
      formula: '=IF({plan_n_treated}="","",ROUNDUP({plan_ratio}*{plan_n_treated},0))',
      format: "integer",
      keyResult: true,
    }),
    result({
      name: "plan_n_total",
      label: t("Benötigte Personen insgesamt", "People needed in all"),
      formula: '=IF({plan_n_treated}="","",{plan_n_treated}+{plan_n_control})',
      format: "integer",
    }),
    result({
      name: "plan_recruitment_months",
      label: t("Monate, bis die Programmgruppe voll ist", "Months until the treated group is complete"),
      formula: '=IF({plan_n_treated}="","",ROUNDUP({plan_n_treated}/{plan_intake_per_month},0))',
      format: "integer",
    }),
    result({
      name: "plan_duration_months",
      label: t("Monate, bis die Quote der letzten Person feststeht", "Months until the last person's outcome is known"),
      formula: '=IF({plan_n_treated}="","",{plan_recruitment_months}+{plan_follow_up_months})',
      format: "integer",
      explanation: t("Aufnahme plus Beobachtungszeit", "recruitment plus follow-up"),
      keyResult: true,
    }),
    {
      kind: "sentence",
      name: "plan_sentence",
      style: "label",
      formula: {
        de: `=IF({plan_n_treated}="",${quotedText("Beide Quoten sind gleich: Es gibt keinen Unterschied zu erkennen.")},${[
          quotedText("Um einen Rückgang von "),
          fixed("plan_rate_control", 1, "100*"),
          quotedText(" % auf "),
          fixed("plan_rate_treated", 1, "100*"),
          quotedText(" % mit "),
          fixed("plan_power", 0, "100*"),
          quotedText(" % Sicherheit zu erkennen, braucht die Auswertung "),
          fixed("plan_n_treated", 0),
          quotedText(" Personen in der Programmgruppe und "),
          fixed("plan_n_control", 0),
          quotedText(" in der Vergleichsgruppe. Bei "),
          fixed("plan_intake_per_month", 1),
          quotedText(" neuen Personen im Monat ist die Programmgruppe nach "),
          fixed("plan_recruitment_months", 0),
          quotedText(" Monaten voll; mit "),
          fixed("plan_follow_up_months", 0),
          quotedText(" Monaten Beobachtung je Person steht das Ergebnis nach "),
          fixed("plan_duration_months", 0),
          quotedText(" Monaten fest."),
        ].join("&")})`,
        en: `=IF({plan_n_treated}="",${quotedText("The two rates are equal: there is no difference to detect.")},${[
          quotedText("To detect a fall from "),
          fixed("plan_rate_control", 1, "100*"),
          quotedText("% to "),
          fixed("plan_rate_treated", 1, "100*"),
          quotedText("% with "),
          fixed("plan_power", 0, "100*"),
          quotedText("% power, the evaluation needs "),
          fixed("plan_n_treated", 0),
          quotedText(" people in the treated group and "),
          fixed("plan_n_control", 0),
          quotedText(" in the control group. At "),
          fixed("plan_intake_per_month", 1),
          quotedText(" new people a month the treated group is complete after "),
          fixed("plan_recruitment_months", 0),
          quotedText(" months; with "),
          fixed("plan_follow_up_months", 0),
          quotedText(" months of follow-up per person the result is known after "),
          fixed("plan_duration_months", 0),
          quotedText(" months."),
        ].join("&")})`,
      },
    },
  ];
}
