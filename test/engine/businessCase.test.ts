/**
 * The business case's key results from the engine against LibreOffice's recalculation of the
 * rendered template (forced recalculation, test/templates/libreoffice.ts), German and English,
 * with the template's inputs and with inputs a municipality changed, to 1e-9 relative.
 */
import { businessCaseResults, businessCaseInputNames, type BusinessCaseInputs } from "../../src/engine/businessCase";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import { keyResultNames } from "../../src/templates/consolidation/municipalities";
import { inputValues } from "../templates/expectedResults";
import { errorCells, namedMismatches, recalculatePlans, setNamedCell } from "../templates/recalculatedCells";

/** Optimism bias by Maryland level 1…5 as the definition's editable table holds it. */
const optimismBiasByLevel = [0.25, 0.15, 0.1, 0.05, 0];

const defaults = inputValues(counsellingCase);

/** A smaller city: two posts, a longer horizon, a randomised design, a city saving and other counts. */
const changed: Record<string, number> = {
  posts_fte: 2,
  cost_per_post: 104500,
  county_cost_share: 0.75,
  households_served: 95,
  months_avoided: 25.5,
  hzp_share: 0.41,
  hzp_monthly_cost: 2100,
  county_cost_at_home: 120,
  city_monthly_saving: 85,
  discount_rate: 0.02,
  cost_growth: 0.03,
  horizon: 8,
  attribution: 0.85,
  displacement: 0.05,
  events_treated: 11,
  n_treated: 93,
  events_control: 19,
  n_control: 88,
  design_grade: 5,
};

/** One year only: the next budget year has no flows. */
const oneYear: Record<string, number> = { horizon: 1, months_avoided: 7, design_grade: 1 };

const inputsOf = (values: Record<string, number>): BusinessCaseInputs =>
  Object.fromEntries(businessCaseInputNames.map((name) => [name, values[name]])) as unknown as BusinessCaseInputs;

const cases = (["en", "de"] as const).flatMap((language) =>
  Object.entries<Record<string, number>>({ defaults: {}, changed, oneYear }).map(([label, edits]) => {
    const plan = layoutTemplate(counsellingCase, language);
    for (const [name, value] of Object.entries(edits)) setNamedCell(plan, name, value);
    return { label: `${label} ${language}`, stem: `counselling-${label}-${language}`, plan, inputs: { ...defaults, ...edits } };
  }),
);

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  recalculated = await recalculatePlans(cases);
}, 240000);

describe.each(cases.map((entry) => [entry.label, entry] as const))("business case %s", (_label, entry) => {
  it("gives every key result as LibreOffice computes the workbook", () => {
    const { plan, sheets } = recalculated.get(entry.label)!;
    expect(errorCells(sheets).filter((cell) => !cell.includes("#DIV/0!"))).toEqual([]);
    const results = businessCaseResults(inputsOf(entry.inputs), optimismBiasByLevel);
    expect(Object.keys(results).sort()).toEqual([...keyResultNames].sort());
    expect(namedMismatches(plan, sheets, results)).toEqual([]);
  });
});

describe("business case inputs out of reach", () => {
  it("names a design grade outside the Maryland scale", () => {
    expect(() => businessCaseResults(inputsOf({ ...defaults, design_grade: 6 }), optimismBiasByLevel)).toThrow(/design_grade: 6/);
  });

  it("names a count above its group", () => {
    expect(() => businessCaseResults(inputsOf({ ...defaults, events_treated: 250 }), optimismBiasByLevel)).toThrow(/rate_treated/);
  });
});
