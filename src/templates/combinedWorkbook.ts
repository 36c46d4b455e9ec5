/**
 * Several templates in one workbook (the command line's --with), laid out as the add-in inserts
 * them one after another: each takes the suffix that keeps its sheets and names apart from those
 * already there (naming.ts), and a business case finding a placement cohort beside it starts with
 * its evidence switch on the cohort sheet (cohortEvidence.ts).
 */
import { takeEvidenceFromCohort } from "./evidenceSwitch";
import { layoutTemplate, templateInsertion } from "./layout";
import type { Language, TemplateData, TemplateDefinition } from "./model";
import { chooseNaming } from "./naming";
import type { WorkbookPlan } from "./plan";

export interface CombinedPart {
  template: TemplateDefinition;
  data?: TemplateData;
}

/** The plans of the parts in order, each named apart from those before it, and the one workbook plan they make. */
export function combinedPlan(
  parts: CombinedPart[],
  language: Language,
  { compactTables = false }: { compactTables?: boolean } = {},
): { plan: WorkbookPlan; parts: WorkbookPlan[] } {
  const sheets: string[] = [];
  const names: string[] = [];
  const plans = parts.map(({ template, data }) => {
    // The sheets and names a template uses do not depend on its data rows.
    const naming = chooseNaming(templateInsertion(template, language), sheets, names);
    const plan = layoutTemplate(template, language, data, naming, { compactTables });
    sheets.push(...plan.sheets.map((sheet) => sheet.name));
    names.push(...plan.names.map((name) => name.name), ...plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)));
    return plan;
  });
  for (const plan of plans) takeEvidenceFromCohort(plan, names);
  const [first] = plans;
  return {
    plan: {
      ...first,
      sheets: plans.flatMap((plan) => plan.sheets),
      names: plans.flatMap((plan) => plan.names),
      nameAddresses: first.nameAddresses,
    },
    parts: plans,
  };
}
