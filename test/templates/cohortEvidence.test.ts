/**
 * Evidence that flows: a business case and a placement cohort in one workbook, in either order
 * (the command line's --with), recalculated by LibreOffice. With the switch on the cohort sheet the
 * business case counts the cohort's people and entries within 24 months and its months delayed;
 * the expected values are the engine's, from the cohort's rows (placementCohortExpected: counts by
 * hand from the dates, restricted means by the engine) fed into the business case's arithmetic
 * (counsellingCaseExpected). Switched back, or alone, the typed-in values count again.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { codeText } from "../../src/shared/dataCodes";
import { combinedPlan } from "../../src/templates/combinedWorkbook";
import { readTemplateData } from "../../src/templates/data";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { layoutTemplate, templateInsertion } from "../../src/templates/layout";
import { suffixNaming } from "../../src/templates/naming";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { parseRange } from "../../src/shared/addresses";
import { FakeExcel } from "../support/fakeExcel";
import type { Language, TemplateData, TemplateDefinition } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { counsellingCaseExpected, placementCohortExpected, type Expected } from "./expectedResults";
import { errorCells, namedMismatches, recalculatePlans, setNamedCell } from "./recalculatedCells";
import { requireSoffice } from "./libreoffice";

const examples = join(__dirname, "..", "..", "examples");
const cohortFile = join(examples, "housing-counselling-cohort.csv");
const cohortData = (): TemplateData => readTemplateData(placementCohort, readFileSync(cohortFile, "utf8"), cohortFile);
const optimismBiasByLevel = [0.25, 0.15, 0.1, 0.05, 0];

/** The business case's definition with other values in some inputs (what the cohort brings). */
function withValues(template: TemplateDefinition, values: Record<string, number>): TemplateDefinition {
  return {
    ...template,
    sheets: template.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows?.map((row) => (row.kind === "input" && row.name in values ? { ...row, value: values[row.name] } : row)),
    })),
  };
}

const cohort = placementCohortExpected(placementCohort, cohortData().rows);
const fromCohort = {
  events_treated: cohort.events_treated as number,
  n_treated: cohort.n_treated as number,
  events_control: cohort.events_control as number,
  n_control: cohort.n_control as number,
  months_avoided: cohort.rmst_difference as number,
};

/** The results of the Evidence, Flows and Summary sheets (the Monte Carlo draws are values written with the file). */
function businessCase(values: Record<string, number>, fromTheCohort: 0 | 1): Expected {
  const expected = counsellingCaseExpected(withValues(counsellingCase, values), optimismBiasByLevel);
  const v = values;
  return {
    ...expected,
    evidence_from_cohort: fromTheCohort,
    evidence_events_treated: v.events_treated,
    evidence_n_treated: v.n_treated,
    evidence_events_control: v.events_control,
    evidence_n_control: v.n_control,
    evidence_months_avoided: v.months_avoided,
  };
}

const typed = (() => {
  const rows = counsellingCase.sheets.flatMap((sheet) => sheet.rows ?? []);
  const value = (name: string) => rows.find((row) => row.kind === "input" && row.name === name)!;
  return Object.fromEntries(Object.keys(fromCohort).map((name) => [name, (value(name) as { value: number }).value])) as Record<
    keyof typeof fromCohort,
    number
  >;
})();

const status: Record<Language, Record<"cohort" | "missing" | "typed", string>> = {
  de: {
    cohort:
      "Gerechnet wird mit den Ergebnissen des Kohortenblatts in dieser Mappe. Für die vermiedenen Heimmonate verwenden Sensitivität und Monte Carlo aber die eingegebene Spanne (niedrig bis hoch, Blatt Annahmen).",
    missing: "Kein Kohortenblatt in dieser Mappe gefunden: gerechnet wird mit den eingegebenen Werten.",
    typed: "Gerechnet wird mit den eingegebenen Werten.",
  },
  en: {
    cohort:
      "The figures of the cohort sheet in this workbook are used. For the months avoided, the sensitivity and the Monte Carlo simulation still use the typed-in range (low to high, Assumptions sheet).",
    missing: "No cohort sheet found in this workbook: the typed-in values are used.",
    typed: "The typed-in values are used.",
  },
};

interface Case {
  label: string;
  build: () => { plan: WorkbookPlan; businessCase: WorkbookPlan; cohort?: WorkbookPlan };
  expected: Expected;
  status: string;
}

function together(language: Language, cohortFirst: boolean, switchedBack = false) {
  return () => {
    const parts = [{ template: counsellingCase }, { template: placementCohort, data: cohortData() }];
    const { plan, parts: plans } = combinedPlan(cohortFirst ? parts.reverse() : parts, language);
    const [businessCase, cohortPlan] = cohortFirst ? [plans[1], plans[0]] : plans;
    if (switchedBack) setNamedCell(businessCase, "evidence_source", codeText("typed_in", language));
    return { plan, businessCase, cohort: cohortPlan };
  };
}

const cases: Case[] = [
  {
    label: "business case, then the cohort (de)",
    build: together("de", false),
    expected: businessCase(fromCohort, 1),
    status: status.de.cohort,
  },
  {
    label: "the cohort, then the business case (en)",
    build: together("en", true),
    expected: businessCase(fromCohort, 1),
    status: status.en.cohort,
  },
  {
    label: "business case and cohort, switched back to the typed-in values (en)",
    build: together("en", false, true),
    expected: businessCase(typed, 0),
    status: status.en.typed,
  },
  {
    label: "business case alone, switched to the cohort sheet (de)",
    build: () => {
      const plan = layoutTemplate(counsellingCase, "de");
      setNamedCell(plan, "evidence_source", codeText("from_cohort", "de"));
      return { plan, businessCase: plan };
    },
    expected: businessCase(typed, 0),
    status: status.de.missing,
  },
];

const built = cases.map((testCase) => ({ ...testCase, ...testCase.build() }));
let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  requireSoffice();
  recalculated = await recalculatePlans(built.map(({ label, plan }, i) => ({ label, stem: `evidence-${i}`, plan })));
}, 180000);

describe.each(built)("$label, recalculated in LibreOffice", ({ label, businessCase: part, cohort: cohortPart, expected, status: said }) => {
  it("shows no error value in any cell", () => {
    expect(errorCells(recalculated.get(label)!.sheets)).toEqual([]);
  });

  it("agrees with the engine in the business case's counts, months, rates and results", () => {
    expect(namedMismatches(part, recalculated.get(label)!.sheets, expected)).toEqual([]);
  });

  it("says which figures it uses", () => {
    expect(namedMismatches(part, recalculated.get(label)!.sheets, { evidence_source_status: said })).toEqual([]);
  });

  if (cohortPart)
    it("leaves the cohort's own results as the engine computes them", () => {
      const { n_treated, events_treated, rmst_difference } = cohort;
      expect(namedMismatches(cohortPart, recalculated.get(label)!.sheets, { n_treated, events_treated, rmst_difference })).toEqual([]);
    });
});

it("reads a cohort with its counts apart from the business case's typed-in ones", () => {
  // The example cohort differs from the typed-in example, or the test could not tell them apart.
  expect(fromCohort).not.toEqual(typed);
  expect(fromCohort.months_avoided).toBeGreaterThan(0);
});

describe("inserted through Office.js (recording fake), in either order", () => {
  async function insertBoth(first: TemplateDefinition, second: TemplateDefinition) {
    const fake = new FakeExcel();
    const workbook = new OfficeWorkbook(fake.host());
    const reports = [];
    for (const template of [first, second]) reports.push(await workbook.insertTemplate(templateInsertion(template, "en")));
    return { fake, reports };
  }

  /** The switch's cell of the business case inserted with `suffix`: on its Evidence sheet, as the plan of that naming places it. */
  function switchCell(fake: FakeExcel, suffix: number) {
    const plan = layoutTemplate(counsellingCase, "en", undefined, suffixNaming(suffix));
    const where = plan.nameAddresses.evidence_source;
    const { top, left } = parseRange(where.address);
    return { value: fake.sheet(where.sheet)!.formulas.get(`${top},${left}`), plan, where };
  }

  it("starts a business case inserted after the cohort on the cohort sheet", async () => {
    const { fake, reports } = await insertBoth(placementCohort, counsellingCase);
    expect(reports.map((report) => report.suffix)).toEqual([1, 2]);
    expect(switchCell(fake, 2).value).toBe("'from the cohort sheet");
  });

  it("starts a business case inserted first on the typed-in values, its formulas ready for a cohort inserted later", async () => {
    const { fake, reports } = await insertBoth(counsellingCase, placementCohort);
    expect(reports.map((report) => report.suffix)).toEqual([1, 2]);
    const { value, plan } = switchCell(fake, 1);
    expect(value).toBe("'typed in");
    // The cohort inserted second carries "_2" on its names: the business case looks for it there too.
    expect(fake.names.has("rmst_difference_2")).toBe(true);
    const where = plan.nameAddresses.evidence_n_treated;
    const { top, left } = parseRange(where.address);
    const cohortCell = fake.sheet(where.sheet)!.formulas.get(`${top},${left - 1}`) as string;
    expect(cohortCell).toContain("IF(ISREF(rmst_difference_2),n_treated_2,");
  });
});
