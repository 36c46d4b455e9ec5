/**
 * Every template, in both languages and filled from each example CSV, recalculated by
 * LibreOffice (forced recalculation) and compared with the engine's numbers to 1e-9 relative.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRange } from "../../src/templates/addresses";
import { readTemplateData } from "../../src/templates/data";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language, TemplateData, TemplateDefinition } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { counsellingCaseExpected, groupComparisonExpected, placementCohortExpected, volunteerHoursExpected, type Expected } from "./expectedResults";
import { recalculate, type RecalculatedWorkbooks } from "./libreoffice";

const examples = join(__dirname, "..", "..", "examples");
const errorValue = /^(#NAME\?|#DIV\/0!|#VALUE!|#REF!|#N\/A|#NUM!|#NULL!|Err:\d+)$/;

/** Optimism bias by Maryland level 1…5 as the definition's editable table holds it. */
const optimismBiasByLevel = [0.25, 0.15, 0.1, 0.05, 0];

interface Case {
  label: string;
  template: TemplateDefinition;
  language: Language;
  data?: TemplateData;
  expected: (plan: WorkbookPlan) => Expected;
}

function exampleData(template: TemplateDefinition, name: string): TemplateData {
  const file = join(examples, name);
  return readTemplateData(template, readFileSync(file, "utf8"), file);
}
const cohortData = () => exampleData(placementCohort, "housing-counselling-cohort.csv");
const volunteerData = () => exampleData(volunteerHoursTemplate, "volunteer-log.csv");
const scoreData = () => exampleData(groupComparison, "kindergarten-scores.csv");
const tableRows = (template: TemplateDefinition) => template.sheets.find((sheet) => sheet.table)!.table!.exampleRows;
/** The sentences are compared in English only: LibreOffice here formats numbers for an English locale. */
const withoutSentences = (expected: Expected): Expected => Object.fromEntries(Object.entries(expected).filter(([name]) => !name.endsWith("_sentence")));

const cases: Case[] = [];
for (const language of ["en", "de"] as const) {
  cases.push({ label: `counselling-case ${language}`, template: counsellingCase, language, expected: () => counsellingCaseExpected(counsellingCase, optimismBiasByLevel) });
  cases.push({ label: `placement-cohort ${language}`, template: placementCohort, language, expected: () => placementCohortExpected(placementCohort, placementCohort.sheets.find((sheet) => sheet.table)!.table!.exampleRows) });
  cases.push({
    label: `group-comparison ${language}`,
    template: groupComparison,
    language,
    expected: () => (language === "en" ? groupComparisonExpected(groupComparison, tableRows(groupComparison)) : withoutSentences(groupComparisonExpected(groupComparison, tableRows(groupComparison)))),
  });
  cases.push({ label: `volunteer-hours ${language}`, template: volunteerHoursTemplate, language, expected: () => volunteerHoursExpected(volunteerHoursTemplate, volunteerHoursTemplate.sheets.find((sheet) => sheet.table)!.table!.exampleRows) });
}
cases.push({
  label: "volunteer-hours de from volunteer-log.csv",
  template: volunteerHoursTemplate,
  language: "de",
  data: volunteerData(),
  expected: () => volunteerHoursExpected(volunteerHoursTemplate, volunteerData().rows),
});
cases.push({
  label: "group-comparison en from kindergarten-scores.csv",
  template: groupComparison,
  language: "en",
  data: scoreData(),
  expected: () => groupComparisonExpected(groupComparison, scoreData().rows),
});
cases.push({
  label: "placement-cohort en from housing-counselling-cohort.csv",
  template: placementCohort,
  language: "en",
  data: cohortData(),
  expected: () => placementCohortExpected(placementCohort, cohortData().rows),
});

function cellNumber(text: string): number | string {
  const percent = /^(-?[\d.E+-]+)%$/.exec(text);
  if (percent) return Number(percent[1]) / 100;
  const value = Number(text);
  return text !== "" && Number.isFinite(value) ? value : text;
}

function closeTo(actual: number | string, expected: number | string): boolean {
  if (typeof expected === "string" || typeof actual === "string") return actual === expected;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

let recalculated: RecalculatedWorkbooks;
const files = new Map<string, { file: string; plan: WorkbookPlan }>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pd-templates-"));
  for (const [i, testCase] of cases.entries()) {
    const plan = layoutTemplate(testCase.template, testCase.language, testCase.data);
    const file = join(dir, `case${i}-${testCase.template.id}-${testCase.language}.xlsx`);
    writeFileSync(file, await renderXlsx(plan));
    files.set(testCase.label, { file, plan });
  }
  recalculated = recalculate([...files.values()].map((entry) => entry.file));
}, 120000);

describe.each(cases)("$label recalculated in LibreOffice", (testCase) => {
  it("shows no error value in any cell", () => {
    const { file } = files.get(testCase.label)!;
    const sheets = recalculated.get(file)!;
    expect(sheets.size).toBe(testCase.template.sheets.length + 1);
    const errors: string[] = [];
    for (const [sheet, rows] of sheets) {
      rows.forEach((row, r) => row.forEach((cell, c) => errorValue.test(cell) && errors.push(`${sheet}!R${r + 1}C${c + 1}: ${cell}`)));
    }
    expect(errors).toEqual([]);
  });

  it("agrees with the engine in every named result", () => {
    const { file, plan } = files.get(testCase.label)!;
    const sheets = recalculated.get(file)!;
    const expected = testCase.expected(plan);
    const mismatches: string[] = [];
    for (const [name, value] of Object.entries(expected)) {
      const where = plan.nameAddresses[name];
      if (!where) {
        mismatches.push(`${name}: no such name in the plan`);
        continue;
      }
      const rows = sheets.get(where.sheet)!;
      const range = parseRange(where.address);
      const actual: (number | string)[] = [];
      for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) actual.push(cellNumber(rows[r - 1]?.[c - 1] ?? ""));
      const wanted = Array.isArray(value) ? value : [value];
      if (actual.length !== wanted.length || actual.some((a, i) => !closeTo(a, wanted[i]))) {
        mismatches.push(`${name} at ${where.sheet}!${where.address}: LibreOffice ${actual.join("; ")}, engine ${wanted.join("; ")}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(Object.keys(expected).length).toBeGreaterThan(4);
  });
});
