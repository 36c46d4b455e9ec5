/**
 * The treasurer's review sheet of the counselling business case: a checklist computed with
 * formulas, each check with pass/warn and a link to the cell it concerns. Whether constants were
 * typed into the model's formula cells cannot be seen by a formula; the task pane checks that and
 * writes its finding and date into two cells of this sheet.
 */
import type { InputRow, RowDefinition, SheetDefinition, Text } from "../model";
import { between, blank, countUnit, heading, input, inputHeader, paragraph, t, title } from "./rows";

/** Workbook names of the two cells the pane writes its check into. */
export const reviewFindingsName = "review_constant_cells";
export const reviewCheckedOnName = "review_checked_on";

/** Columns of an input row from its value cell (B): grade in F, source in G (labels.inputHeader). */
const gradeOffset = 4;
const sourceOffset = 5;

function status(condition: string): Text {
  return { de: `=IF(${condition},"ok","prüfen")`, en: `=IF(${condition},"pass","warn")` };
}

/** A link to a named cell: "#name" jumps to a workbook name in Excel and LibreOffice. */
function link(name: string): string {
  return `=HYPERLINK("#{${name}}","→ {${name}}")`;
}

function check(label: Text, condition: string | Text, target: string): RowDefinition {
  return {
    kind: "resultGrid",
    label,
    formulas: [typeof condition === "string" ? status(condition) : condition, link(target)],
    format: "text",
  };
}

const checkHeader: RowDefinition = { kind: "header", cells: [t("Prüfung", "Check"), t("Ergebnis", "Result"), t("Zur Zelle", "Go to")] };

/** The review sheet for the inputs of `inputSheets` (rows of the business case's sheets). */
export function reviewSheet(...inputSheets: RowDefinition[][]): SheetDefinition {
  const inputs = inputSheets.flat().filter((row): row is InputRow => row.kind === "input");
  const rows: RowDefinition[] = [
    title("Prüfblatt für die Kämmerei", "Review sheet for the treasurer"),
    paragraph(
      "Jede Prüfung rechnet mit Formeln aus der Arbeitsmappe: „ok“ oder „prüfen“; der Link springt zur Zelle, um die es geht.",
      "Every check is computed with formulas from the workbook: 'pass' or 'warn'; the link jumps to the cell it concerns.",
    ),
    blank,
    heading("Annahmen des Modells", "The model's assumptions"),
    checkHeader,
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
      "{months_avoided}<={average_stay_months}",
      "months_avoided",
    ),
    check(
      t(
        "Keine Zahlen in Formelzellen des Modells getippt (prüft der Aufgabenbereich)",
        "No constants typed into formula cells of the model (checked by the task pane)",
      ),
      {
        de: `=IF({${reviewCheckedOnName}}=0,"noch nicht geprüft",IF({${reviewFindingsName}}=0,"ok","prüfen"))`,
        en: `=IF({${reviewCheckedOnName}}=0,"not checked yet",IF({${reviewFindingsName}}=0,"pass","warn"))`,
      },
      reviewFindingsName,
    ),
    paragraph(
      "Den Stundensatz des Ehrenamts gegen den Mindestlohn prüft die Vorlage Wert der Ehrenamtsstunden; dieser Business Case bewertet keine Ehrenamtsstunden.",
      "The volunteer rate is checked against the minimum wage by the volunteer-hour template; this business case values no volunteer hours.",
    ),
    blank,
    heading("Jede Annahme hat eine Quelle und eine Güte", "Every assumption has a source and a grade"),
    checkHeader,
    ...inputs.map((row) =>
      check(row.label, `AND(LEN(OFFSET({${row.name}},0,${gradeOffset}))>0,LEN(OFFSET({${row.name}},0,${sourceOffset}))>0)`, row.name),
    ),
    blank,
    heading("Werte für die Prüfungen", "Values the checks use"),
    inputHeader,
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
    input({
      name: reviewFindingsName,
      label: t(
        "Formelzellen mit getippter Zahl (letzte Prüfung des Aufgabenbereichs)",
        "Formula cells holding a typed number (the task pane's last check)",
      ),
      value: 0,
      unit: countUnit,
      grade: "A",
      source: t(
        "Vom Aufgabenbereich geschrieben: Für die Kämmerei → Formelzellen prüfen",
        "Written by the task pane: For treasurers → Check formula cells",
      ),
      format: "integer",
      validation: between(0, 1e6, "whole"),
    }),
    input({
      name: reviewCheckedOnName,
      label: t("Datum der letzten Prüfung (leer oder 0: noch nicht geprüft)", "Date of that check (empty or 0: not checked yet)"),
      value: 0,
      unit: t("Datum", "date"),
      grade: "A",
      source: t("Vom Aufgabenbereich geschrieben", "Written by the task pane"),
      format: "date",
    }),
  ];
  return { key: "review", name: t("Prüfung", "Review"), columnWidths: [70, 16, 28, 12, 12, 8, 50], rows, protect: true };
}
