/**
 * Value of volunteer hours (replacement cost), kept apart from fiscal savings, with a warning
 * when a rate lies below the statutory minimum wage (such as the source document's 8 EUR/hour).
 */
import { MINIMUM_WAGES } from "../../engine/minimumWage";
import { serialFromIsoDate } from "../../shared/serialDates";
import type { DataValue, RowDefinition, TemplateDefinition } from "../model";
import { check, reviewSheet } from "./reviewSheet";
import { between, blank, estimate, euroUnit, heading, input, inputHeader, paragraph, result, t, title, methodColumnWidths } from "./rows";
import { tableChecks } from "./tableChecks";

const activitiesSheet = t("Tätigkeiten", "Activities");

const wageRows: RowDefinition[] = MINIMUM_WAGES.map((wage, i) => ({
  kind: "lookupRow",
  key: `minimum_wage_${i}`,
  cells: [t(wage.source, wage.source), serialFromIsoDate(wage.from)!, wage.euroPerHour],
  inputColumns: [],
  formats: ["text", "date", "euroCents"],
}));
const lastWage = MINIMUM_WAGES.length - 1;

const exampleRows: DataValue[][] = [
  ["Besuchsdienst / visiting service", 18, 2.5, 46, 8],
  ["Einkaufshilfe / shopping help", 9, 3, 48, null],
];

const summary: RowDefinition[] = [
  title("Wert der ehrenamtlichen Stunden", "Value of volunteer hours"),
  paragraph(
    "Der Wert der Arbeitszeit (Wiederbeschaffungskosten) ist ein Beitrag, keine Einsparung im Haushalt: er steht getrennt von den fiskalischen Wirkungen.",
    "The value of volunteer time (replacement cost) is a contribution, not a saving in the budget: it is kept apart from fiscal effects.",
  ),
  inputHeader,
  input({
    name: "valuation_year",
    label: t("Bewertungsjahr", "Valuation year"),
    value: 2026,
    unit: t("Jahr", "year"),
    grade: "A",
    source: t("Wahl der Planung", "Planning choice"),
    format: "integer",
    validation: between(2015, 2100, "whole"),
  }),
  input({
    name: "coordination_cost",
    label: t("Kosten der Koordination je Jahr", "Coordination cost per year"),
    value: 15000,
    range: [10000, 25000],
    unit: euroUnit,
    grade: "D",
    source: estimate,
    format: "euro",
    validation: between(0, 1e8),
  }),
  blank,
  heading("Vollständigkeit der Daten", "Completeness of the data"),
  ...tableChecks("activities_table", "activities", activitiesSheet, ["outside", "unfilled"]),
  blank,
  heading("Ergebnis", "Result"),
  result({
    name: "minimum_wage",
    label: t("Gesetzlicher Mindestlohn am 1. Januar des Bewertungsjahres", "Statutory minimum wage on 1 January of the valuation year"),
    formula: `=LOOKUP(DATE({valuation_year},1,1),{@minimum_wage_0:col2}:{@minimum_wage_${lastWage}:col2},{@minimum_wage_0:col3}:{@minimum_wage_${lastWage}:col3})`,
    format: "euroCents",
  }),
  result({
    name: "volunteer_hours_total",
    label: t("Stunden je Jahr", "Hours per year"),
    formula: "=SUM({volunteer_hours})",
    format: "number",
  }),
  result({
    name: "volunteer_value_total",
    label: t("Wert der Stunden je Jahr", "Value of the hours per year"),
    formula: "=SUM({volunteer_value})",
    format: "euro",
    keyResult: true,
  }),
  result({
    name: "volunteer_value_net",
    label: t("Wert abzüglich Koordination", "Value net of coordination"),
    formula: "={volunteer_value_total}-{coordination_cost}",
    format: "euro",
    keyResult: true,
  }),
  result({
    name: "rates_below_minimum_wage",
    label: t("Tätigkeiten mit Satz unter dem Mindestlohn", "Activities with a rate below the minimum wage"),
    formula: '=COUNTIF({volunteer_rate_used},"<"&{minimum_wage})',
    format: "integer",
  }),
  result({
    name: "first_rate_below_minimum_wage",
    label: t("Erste davon (Zeile der Tabelle, 0: keine)", "The first of them (row of the table, 0: none)"),
    formula: "=IFERROR(MATCH(1,INDEX(ISNUMBER({volunteer_rate_used})*({volunteer_rate_used}<{minimum_wage}),0),0),0)",
    format: "integer",
  }),
  {
    kind: "sentence",
    name: "minimum_wage_warning",
    style: "warning",
    formula: {
      de: '=IF({rates_below_minimum_wage}>0,"Achtung: "&{rates_below_minimum_wage}&" Tätigkeit(en) mit einem Satz unter dem gesetzlichen Mindestlohn von "&FIXED({minimum_wage},2)&" EUR/Stunde (z. B. 8 EUR aus der Tagung 2013).","Alle Sätze liegen mindestens beim gesetzlichen Mindestlohn.")',
      en: '=IF({rates_below_minimum_wage}>0,"Warning: "&{rates_below_minimum_wage}&" activit(ies) use a rate below the statutory minimum wage of "&FIXED({minimum_wage},2)&" EUR/hour (e.g. the 8 EUR of the 2013 conference).","Every rate is at least the statutory minimum wage.")',
    },
  },
  blank,
  heading("Mindestlohn (Mindestlohngesetz und Anpassungsverordnungen)", "Minimum wage (Mindestlohngesetz and its adjustment regulations)"),
  { kind: "header", cells: [t("Rechtsgrundlage", "Legal source"), t("gilt ab", "in force from"), t("EUR/Stunde", "EUR/hour")] },
  ...wageRows,
];

/**
 * The link of the minimum-wage check: to the rate of the first activity below the minimum wage,
 * else to the minimum wage. CELL("address") gives that cell's address with its sheet as the
 * spreadsheet itself writes it (Excel with the workbook: "[Book1.xlsx]Activities!$E$2";
 * LibreOffice reading an .xlsx: "Activities!$E$2", measured), so the link follows the sheet when
 * it carries an insertion's suffix. LibreOffice reads a "#" target in the document's notation,
 * then Calc A1, then Excel A1 (LibreOffice sc/source/ui/view/tabvwsh3.cxx, lcl_ParseRangeOrAddress).
 */
const firstLowRateLink = {
  link: t(
    '=HYPERLINK(IF({first_rate_below_minimum_wage}>0,"#"&CELL("address",INDEX({volunteer_rate},{first_rate_below_minimum_wage})),"#{minimum_wage}"),IF({first_rate_below_minimum_wage}>0,"→ Satz von "&INDEX({volunteer_activity},{first_rate_below_minimum_wage}),"→ Mindestlohn"))',
    '=HYPERLINK(IF({first_rate_below_minimum_wage}>0,"#"&CELL("address",INDEX({volunteer_rate},{first_rate_below_minimum_wage})),"#{minimum_wage}"),IF({first_rate_below_minimum_wage}>0,"→ rate of "&INDEX({volunteer_activity},{first_rate_below_minimum_wage}),"→ minimum wage"))',
  ),
};

const checks: RowDefinition[] = [
  check(
    t(
      "Jeder Satz mindestens beim gesetzlichen Mindestlohn des Bewertungsjahres (leer = Mindestlohn)",
      "Every rate at least the statutory minimum wage of the valuation year (blank = minimum wage)",
    ),
    "{rates_below_minimum_wage}=0",
    firstLowRateLink,
  ),
  check(
    t("Kosten der Koordination angesetzt (der Wert steht auch netto da)", "Coordination cost counted (the value is also shown net of it)"),
    "{coordination_cost}>0",
    "coordination_cost",
  ),
  paragraph(
    "Der Wert der ehrenamtlichen Arbeitszeit ist ein Beitrag, keine Einsparung im Haushalt: die Vorlage führt ihn getrennt von fiskalischen Wirkungen und zählt ihn nirgends als Ertrag.",
    "The value of volunteer time is a contribution, not a saving in the budget: the template keeps it apart from fiscal effects and counts it nowhere as a return.",
  ),
];

const method: RowDefinition[] = [
  title("Methode und Quellen", "Method and sources"),
  paragraph(
    "Stunden = Ehrenamtliche × Stunden je Woche × Wochen je Jahr. Wert = Stunden × Satz; ohne eigenen Satz gilt der Mindestlohn des Bewertungsjahres. Bevorzugt: Lohn einer vergleichbaren bezahlten Tätigkeit (ILO-Handbuch zur Messung ehrenamtlicher Arbeit, 2011). Ehrenamts- und Übungsleiterpauschale sind steuerfreie Beträge, keine Bewertung.",
    "Hours = volunteers × hours per week × weeks per year. Value = hours × rate; without a rate of its own an activity uses the minimum wage of the valuation year. Preferred: the wage of a comparable paid role (ILO Manual on the Measurement of Volunteer Work, 2011). The tax-free volunteer allowances are not valuations.",
  ),
];

export const volunteerHoursTemplate: TemplateDefinition = {
  id: "volunteer-hours",
  version: "2.1.0",
  title: t("Wert ehrenamtlicher Stunden", "Volunteer-hour value"),
  purpose: t(
    "Was ehrenamtliche Stunden wert sind, je Tätigkeit und insgesamt, abzüglich der Koordinationskosten.",
    "What volunteer hours are worth, per activity and in total, net of coordination cost.",
  ),
  sheets: [
    { key: "summary", name: t("Ehrenamt", "Volunteering"), columnWidths: [66, 16, 14, 12, 12, 8, 40], rows: summary, protect: true },
    { key: "method", name: t("Methode und Quellen", "Method and sources"), columnWidths: methodColumnWidths, rows: method, protect: true },
    {
      key: "activities",
      name: activitiesSheet,
      columnWidths: [],
      protect: false,
      table: {
        name: "activities_table",
        exampleRows,
        columns: [
          {
            key: "activity",
            header: t("Tätigkeit", "Activity"),
            name: "volunteer_activity",
            format: "text",
            width: 36,
            csv: { column: "activity", kind: "text" },
          },
          {
            key: "volunteers",
            header: t("Ehrenamtliche", "Volunteers"),
            format: "number",
            width: 14,
            validation: between(0, 1e6),
            csv: { column: "volunteers", kind: "number" },
          },
          {
            key: "hours_per_week",
            header: t("Stunden je Woche", "Hours per week"),
            format: "decimal",
            width: 16,
            validation: between(0, 168),
            csv: { column: "hours_per_week", kind: "number" },
          },
          {
            key: "weeks",
            header: t("Wochen je Jahr", "Weeks per year"),
            format: "number",
            width: 15,
            validation: between(0, 53),
            csv: { column: "weeks_per_year", kind: "number" },
          },
          {
            key: "rate",
            header: t("Satz EUR/Stunde (leer = Mindestlohn)", "Rate EUR/hour (blank = minimum wage)"),
            name: "volunteer_rate",
            format: "euroCents",
            width: 34,
            validation: between(0, 1000),
          },
          {
            key: "rate_used",
            header: t("verwendeter Satz", "Rate used"),
            name: "volunteer_rate_used",
            format: "euroCents",
            width: 16,
            formula: "=IF(ISNUMBER({col:rate}),{col:rate},{minimum_wage})",
          },
          {
            key: "hours",
            header: t("Stunden je Jahr", "Hours per year"),
            name: "volunteer_hours",
            format: "number",
            width: 15,
            formula: "={col:volunteers}*{col:hours_per_week}*{col:weeks}",
          },
          {
            key: "value",
            header: t("Wert je Jahr", "Value per year"),
            name: "volunteer_value",
            format: "euro",
            width: 15,
            formula: "={col:hours}*{col:rate_used}",
          },
        ],
      },
    },
    reviewSheet({ inputSheets: [summary], checks }),
  ],
};
