/**
 * The Review sheet's native check of the model's formula cells (ISFORMULA), recalculated by
 * LibreOffice: untouched, no formula cell is typed over; with a number typed over one formula cell
 * of a model sheet (each sheet in turn, in a copy of the file), the check warns, counts 1 and
 * names that very cell. The expected cell is the first formula cell of the sheet, read from the plan.
 */
import { cellAddress, parseRange, quotedSheet } from "../../src/shared/addresses";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language, TemplateDefinition } from "../../src/templates/model";
import type { PlannedCell, WorkbookPlan } from "../../src/templates/plan";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { formulaCellsChangedName, formulaCellsFirstName } from "../../src/templates/formulaRanges";
import { errorCells, recalculatePlans } from "./recalculatedCells";
import { requireSoffice } from "./libreoffice";

const reviewed: TemplateDefinition[] = [counsellingCase, volunteerHoursTemplate, placementCohort];
const warn: Record<Language, string> = { de: "prüfen", en: "warn" };
const pass: Record<Language, string> = { de: "ok", en: "pass" };
const checkLabel: Record<Language, string> = {
  de: "Formeln des Modells unverändert",
  en: "Model formulas intact",
};

const isFormula = (cell: PlannedCell) => typeof cell.content === "string" && cell.content.startsWith("=");

/** The model's sheets: all but the Review sheet and the hidden marker. */
function modelSheets(plan: WorkbookPlan, template: TemplateDefinition) {
  const reviewName = plan.sheets[template.sheets.findIndex((sheet) => sheet.key === "review")].name;
  return plan.sheets.filter((sheet) => sheet.name !== reviewName && !sheet.hidden && sheet.cells.some(isFormula));
}

interface Case {
  label: string;
  template: TemplateDefinition;
  language: Language;
  typedOver?: string;
}

const cases: Case[] = [];
const plans: { label: string; stem: string; plan: WorkbookPlan }[] = [];
for (const template of reviewed) {
  for (const language of ["de", "en"] as const) {
    const base = `${template.id} ${language}`;
    cases.push({ label: base, template, language });
    plans.push({ label: base, stem: `${template.id}-${language}`, plan: layoutTemplate(template, language) });
    for (const sheet of modelSheets(layoutTemplate(template, language), template)) {
      const plan = layoutTemplate(template, language);
      const target = plan.sheets.find((candidate) => candidate.name === sheet.name)!;
      const cell = target.cells.find(isFormula)!;
      cell.content = 999999;
      const label = `${base}, 999999 typed over ${sheet.name}!${cellAddress(cell.row, cell.column)}`;
      cases.push({ label, template, language, typedOver: `${quotedSheet(sheet.name)}!${cellAddress(cell.row, cell.column)}` });
      plans.push({ label, stem: `${template.id}-${language}-${cases.length}`, plan });
    }
  }
}

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  requireSoffice();
  recalculated = await recalculatePlans(plans);
}, 300000);

function named(label: string, name: string): string {
  const { plan, sheets } = recalculated.get(label)!;
  const where = plan.nameAddresses[name];
  const { top, left } = parseRange(where.address);
  return sheets.get(where.sheet)![top - 1][left - 1];
}

describe.each(cases)("$label", ({ label, language, typedOver, template }) => {
  it(typedOver ? "warns, counts one cell typed over and names it" : "counts no formula cell typed over", () => {
    const { plan, sheets } = recalculated.get(label)!;
    const reviewName = plan.sheets[template.sheets.findIndex((sheet) => sheet.key === "review")].name;
    const row = sheets.get(reviewName)!.find((candidate) => candidate[0].startsWith(checkLabel[language]))!;
    expect(errorCells(new Map([[reviewName, sheets.get(reviewName)!]]))).toEqual([]);
    if (!typedOver) {
      expect(row[1]).toBe(pass[language]);
      expect(named(label, formulaCellsChangedName)).toBe("0");
      expect(named(label, formulaCellsFirstName)).toBe("");
    } else {
      expect(row[1]).toBe(warn[language]);
      expect(row[3]).toBe("1");
      expect(named(label, formulaCellsFirstName)).toBe(typedOver);
      expect(row[2]).toBe(`→ ${typedOver}`);
    }
  });
});

it("covers every model sheet of each reviewed template", () => {
  // Counselling case: Summary, Committee, Assumptions, Evidence, Flows, Sensitivity, Monte Carlo (7);
  // volunteer hours: Volunteering (its summary), Committee and Activities (3); placement cohort: Results,
  // Committee, Cohort and KM curve (4); the method sheets hold no formula.
  expect(cases.filter((c) => c.typedOver && c.language === "en").map((c) => c.typedOver!.split("!")[0])).toEqual([
    "Summary",
    "Committee",
    "Assumptions",
    "Evidence",
    "Flows",
    "Sensitivity",
    "'Monte Carlo'",
    "Volunteering",
    "Committee",
    "Activities",
    "Results",
    "Committee",
    "Cohort",
    "'KM curve'",
  ]);
});
