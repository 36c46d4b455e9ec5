/**
 * The cost-of-inaction projection: its .xlsx files (German and English, the population pasted
 * with years as columns or as rows, and together with the counselling business case in one
 * workbook) recalculated by LibreOffice and compared with the engine; and its insertion through
 * Office.js against the recording fake.
 */
import { projectCareHomeSpending, type CareHomeProjection } from "../../src/engine/careHomeProjection";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { parseRange } from "../../src/shared/addresses";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { examplePasteTable, inactionProjection, pasteTop } from "../../src/templates/definitions/inactionProjection";
import { layoutTemplate, templateInsertion } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import { chooseNaming } from "../../src/templates/naming";
import type { PlannedCell, WorkbookPlan } from "../../src/templates/plan";
import { FakeExcel } from "../support/fakeExcel";
import { inputValues, type Expected } from "./expectedResults";
import { errorCells, namedMismatches, recalculatePlans } from "./recalculatedCells";

const years = 10;

/** The example county's population as the definition's paste area holds it (years as columns). */
const examplePopulation = {
  aged65to79: examplePasteTable[1].slice(1) as number[],
  aged80plus: examplePasteTable[2].slice(1) as number[],
};

function projectionOf(effect: number, costPerPost: number): CareHomeProjection {
  const v = inputValues(inactionProjection);
  return projectCareHomeSpending({
    population: examplePopulation,
    prevalence: { aged65to79: v.proj_prevalence_65_79, aged80plus: v.proj_prevalence_80 },
    careHomeShare: v.proj_care_home_share,
    hzpShare: v.proj_hzp_share,
    netMonthlyCost: v.proj_net_monthly_cost,
    costGrowth: v.proj_cost_growth,
    counsellingEffect: effect,
    reach: v.proj_reach,
    userReduction: v.proj_user_reduction,
    discountRate: v.proj_discount_rate,
    preventionBudgetShare: v.proj_budget_share,
    costPerPost,
  });
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Every named cell of the projection, from the engine. */
function expectedOf(p: CareHomeProjection, effect: number, costPerPost: number): Expected {
  const scenario = (key: "sq" | "avs" | "user", s: CareHomeProjection["scenarios"]["statusQuo"]): Expected => ({
    [`proj_${key}_share`]: s.careHomeShare,
    [`proj_${key}_residents`]: s.residents,
    [`proj_${key}_recipients`]: s.recipients,
    [`proj_${key}_spending`]: s.spending,
    [`proj_${key}_spending_first`]: s.spending[0],
    [`proj_${key}_spending_last`]: s.spending[years - 1],
    [`proj_${key}_spending_total`]: sum(s.spending),
  });
  const saving = (key: "avs" | "user", s: CareHomeProjection["savings"]["user"]): Expected => ({
    [`proj_${key}_saving`]: s.perYear,
    [`proj_${key}_cumulative`]: s.cumulative,
    [`proj_${key}_discounted`]: s.discounted,
    [`proj_${key}_cumulative_discounted`]: s.cumulativeDiscounted,
    [`proj_${key}_first`]: s.perYear[0],
    [`proj_${key}_total`]: s.total,
    [`proj_${key}_present_value`]: s.presentValue,
  });
  return {
    proj_effect: effect,
    proj_post_cost: costPerPost,
    proj_population_65_79: examplePopulation.aged65to79,
    proj_population_80: examplePopulation.aged80plus,
    proj_years_found: years,
    proj_in_need_65_79: p.inNeed.aged65to79,
    proj_in_need_80: p.inNeed.aged80plus,
    proj_in_need: p.inNeedTotal,
    ...scenario("sq", p.scenarios.statusQuo),
    ...scenario("avs", p.scenarios.ambulantVorStationaer),
    ...scenario("user", p.scenarios.user),
    ...saving("avs", p.savings.ambulantVorStationaer),
    ...saving("user", p.savings.user),
    proj_budget: p.preventionBudget,
    proj_posts: p.postsFunded,
    proj_budget_first: p.preventionBudget[0],
    proj_posts_first: p.postsFunded[0],
    proj_posts_last: p.postsFunded[years - 1],
    proj_years_warning: "",
  };
}

/** Excel's FIXED in an English locale: rounded, with thousands separators. */
const fixed = (value: number, decimals: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The plain-language statement, written out here (English), from the engine's numbers. */
function sentences(p: CareHomeProjection, effect: number): Expected {
  const v = inputValues(inactionProjection);
  const pct = (share: number) => fixed(100 * share, 1);
  const sq = p.scenarios.statusQuo.spending;
  return {
    proj_sentence_status_quo: `If nothing changes, the county spends ${fixed(sq[0], 0)} EUR on Hilfe zur Pflege in care homes in 2026 and ${fixed(sq[9], 0)} EUR in 2035,`,
    proj_sentence_total: `together ${fixed(sum(sq), 0)} EUR over 10 years.`,
    proj_sentence_avs: `'Ambulant vor stationär' lowers the care-home share by ${pct(effect * v.proj_reach)}% (counselling reaches ${pct(v.proj_reach)}% of those in need of care and lowers their care-home entries by ${pct(effect)}%):`,
    proj_sentence_inaction: `doing nothing costs the county ${fixed(p.savings.ambulantVorStationaer.total, 0)} EUR over these years, a present value of ${fixed(p.savings.ambulantVorStationaer.presentValue, 0)} EUR discounted at 3.5% a year.`,
    proj_sentence_user: `The user scenario (care-home share 15.0% lower) saves ${fixed(p.savings.user.total, 0)} EUR, a present value of ${fixed(p.savings.user.presentValue, 0)} EUR.`,
    proj_sentence_assumptions:
      "Assumptions: care prevalence 10.0% (65–79) and 45.0% (80+); 14.0% of those in need of care live in care homes, 38.0% of them on Hilfe zur Pflege;",
    proj_sentence_cost: "a net 1,700 EUR per recipient and month, rising 2.0% a year; population as pasted on the Population sheet.",
    proj_sentence_budget: `A prevention budget of 1.0% of the spending (${fixed(p.preventionBudget[0], 0)} EUR in the first year) pays for ${fixed(p.postsFunded[0], 1)} counselling posts at 100,000 EUR each.`,
  };
}

function cellAt(plan: WorkbookPlan, sheetName: string, row: number, column: number): PlannedCell {
  const cell = plan.sheets
    .find((sheet) => sheet.name === sheetName)!
    .cells.find((candidate) => candidate.row === row && candidate.column === column);
  if (!cell) throw new Error(`no cell ${sheetName} R${row}C${column}`);
  return cell;
}

function setNamed(plan: WorkbookPlan, name: string, value: number): void {
  const { sheet, address } = plan.nameAddresses[name];
  const { top, left } = parseRange(address);
  cellAt(plan, sheet, top, left).content = value;
}

type PastedCell = (typeof examplePasteTable)[number][number] | null;

/** A table pasted over the whole paste area of the Population sheet (empty where it ends). */
function paste(plan: WorkbookPlan, language: Language, table: PastedCell[][]): void {
  const sheet = language === "en" ? "Population" : "Bevölkerung";
  for (let r = 0; r < 26; r++) {
    for (let c = 0; c < 26; c++) {
      const value = table[r]?.[c] ?? null;
      cellAt(plan, sheet, pasteTop + r, c + 1).content = value === null || typeof value === "number" ? value : value[language];
    }
  }
}

/** The example table with years as rows (transposed), as some offices publish it. */
const yearsAsRows: PastedCell[][] = examplePasteTable[0].map((_, c) => examplePasteTable.map((row) => row[c]));

/** The office's full table: two younger bands above the two that count, and a total below. */
const fullTable: PastedCell[][] = [
  examplePasteTable[0],
  [{ de: "unter 18", en: "under 18" }, ...new Array(10).fill(51000)],
  [{ de: "18 bis unter 65", en: "18 to under 65" }, ...new Array(10).fill(178000)],
  examplePasteTable[1],
  examplePasteTable[2],
  [{ de: "insgesamt", en: "total" }, ...new Array(10).fill(300000)],
];

/** The business case's net effect with its example inputs, by hand: entries 34 of 240 counselled
 * against 70 of 230; relative reduction 1 − (34/240)/(70/230) = 1 − 7,820/16,800 = 8,980/16,800;
 * attribution 1, displacement 0, optimism bias 10 % (Maryland level 3): × 0.9. */
const businessCaseEffect = (8980 / 16800) * 0.9;
const businessCasePostCost = 90000;

/**
 * The business case and the projection in one workbook, the business case's cost per post changed:
 * the projection inserted second, its sheets and names with the suffix an insertion chooses
 * (both have a Committee and a Review sheet), the business case's names unsuffixed.
 */
const businessCaseFirst = layoutTemplate(counsellingCase, "en");
const projectionNaming = chooseNaming(
  templateInsertion(inactionProjection, "en"),
  businessCaseFirst.sheets.map((sheet) => sheet.name),
  businessCaseFirst.names.map((name) => name.name),
);

function combined(): WorkbookPlan {
  const businessCase = layoutTemplate(counsellingCase, "en");
  setNamed(businessCase, "cost_per_post", businessCasePostCost);
  const projection = layoutTemplate(inactionProjection, "en", undefined, projectionNaming);
  return {
    ...businessCase,
    sheets: [...businessCase.sheets, ...projection.sheets],
    names: [...businessCase.names, ...projection.names],
    nameAddresses: { ...businessCase.nameAddresses, ...projection.nameAddresses },
  };
}

interface Case {
  label: string;
  plan: () => WorkbookPlan;
  expected: Expected;
}

const v = inputValues(inactionProjection);
const typed = projectionOf(v.proj_effect_typed, v.proj_post_cost_typed);
const typedExpected = expectedOf(typed, v.proj_effect_typed, v.proj_post_cost_typed);
const cases: Case[] = [
  {
    label: "inaction-projection en",
    plan: () => layoutTemplate(inactionProjection, "en"),
    expected: { ...typedExpected, ...sentences(typed, v.proj_effect_typed) },
  },
  { label: "inaction-projection de", plan: () => layoutTemplate(inactionProjection, "de"), expected: typedExpected },
  {
    label: "inaction-projection de, population pasted with years as rows",
    plan: () => {
      const plan = layoutTemplate(inactionProjection, "de");
      paste(plan, "de", yearsAsRows);
      setNamed(plan, "proj_orientation", 2);
      return plan;
    },
    expected: typedExpected,
  },
  {
    label: "inaction-projection en, the office's full table pasted with the two bands in rows 4 and 5",
    plan: () => {
      const plan = layoutTemplate(inactionProjection, "en");
      paste(plan, "en", fullTable);
      setNamed(plan, "proj_band_65_79_at", 4);
      setNamed(plan, "proj_band_80_at", 5);
      return plan;
    },
    expected: typedExpected,
  },
  {
    label: "inaction-projection en in one workbook with the counselling business case",
    plan: combined,
    expected: {
      ...expectedOf(projectionOf(businessCaseEffect, businessCasePostCost), businessCaseEffect, businessCasePostCost),
      counselling_home_entry_reduction: businessCaseEffect,
      proj_effect_source: "from the counselling business case in this workbook",
    },
  },
];

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  recalculated = await recalculatePlans(
    cases.map((testCase) => ({ label: testCase.label, stem: "inaction-projection", plan: testCase.plan() })),
  );
}, 120000);

describe.each(cases)("$label recalculated in LibreOffice", (testCase) => {
  it("shows no error value in any cell", () => {
    const { plan, sheets } = recalculated.get(testCase.label)!;
    expect(sheets.size).toBe(plan.sheets.length);
    expect(errorCells(sheets)).toEqual([]);
  });

  it("agrees with the engine in every named result", () => {
    const { plan, sheets } = recalculated.get(testCase.label)!;
    const mismatches = namedMismatches(plan, sheets, testCase.expected);
    expect(mismatches).toEqual([]);
  });
});

describe("the example county", () => {
  it("costs more when nothing is done, in every year and scenario", () => {
    for (const saving of Object.values(typed.savings)) expect(saving.perYear.every((amount) => amount > 0)).toBe(true);
  });

  it("shows the paste area's top-left cell where the instructions say", () => {
    const plan = layoutTemplate(inactionProjection, "en");
    expect(cellAt(plan, "Population", pasteTop, 1).content).toBe("Year");
    expect(cellAt(plan, "Population", pasteTop, 2).content).toBe(2026);
    expect(cellAt(plan, "Population", pasteTop, 1).locked).toBe(false);
  });
});

describe("inaction-projection inserted through Office.js (recording fake)", () => {
  it("takes three syncs, with its chart, and keeps the business case's names unsuffixed when its own get a suffix", async () => {
    const fake = new FakeExcel(["Population"]);
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(inactionProjection, "en"));
    expect(fake.syncs).toBe(3);
    expect(report.suffix).toBe(2);
    expect(fake.sheet("Projection (2)")!.charts).toEqual(["Line"]);
    const where = layoutTemplate(
      inactionProjection,
      "en",
      undefined,
      chooseNaming(templateInsertion(inactionProjection, "en"), ["Population"], []),
    ).nameAddresses.proj_effect;
    const { top, left } = parseRange(where.address);
    expect(fake.sheet(where.sheet)!.formulas.get(`${top},${left}`)).toBe("=IFERROR(counselling_home_entry_reduction,proj_effect_typed_2)");
  });
});
