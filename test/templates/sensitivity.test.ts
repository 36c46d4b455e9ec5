/**
 * The Sensitivity sheet of the counselling business case, recalculated by LibreOffice without the
 * add-in: the scenario row reproduces the Summary, the one-way rows and their sorted view agree
 * with the model written out year by year in R (test/reference/sensitivity.R), and a switching
 * value, put back into the workbook as the input's value, brings the net present value to zero.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import reference from "../reference/sensitivity.json";
import { scenarioModel, counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { errorCells, recalculatePlans } from "./recalculatedCells";

const outputColumn = (key: string) => 1 + scenarioModel.inputs.length + scenarioModel.outputs.findIndex((output) => output.key === key);
/** The sensitivity rows are named by the input's label, as the Assumptions sheet shows it. */
const labelOf = (name: string, language: Language) => scenarioModel.inputs.find((input) => input.name === name)!.label![language];
const inputColumn = (name: string) => 1 + scenarioModel.inputs.findIndex((input) => input.name === name);

/** The plan with one input's value replaced, as a user would type it on the Assumptions sheet. */
function withInput(plan: WorkbookPlan, name: string, value: number): WorkbookPlan {
  const where = plan.nameAddresses[name];
  const sheet = plan.sheets.find((candidate) => candidate.name === where.sheet)!;
  const row = Number(/\d+$/.exec(where.address)![0]);
  const cell = sheet.cells.find((candidate) => candidate.row === row && candidate.column === 2)!;
  cell.content = value;
  return plan;
}

const switching = reference.switching;
let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  recalculated = await recalculatePlans([
    { label: "en", stem: "sensitivity-en", plan: layoutTemplate(counsellingCase, "en") },
    { label: "de", stem: "sensitivity-de", plan: layoutTemplate(counsellingCase, "de") },
    {
      label: "households",
      stem: "switch-households",
      plan: withInput(layoutTemplate(counsellingCase, "en"), "households_served", switching.households_served_public),
    },
    {
      label: "monthly cost",
      stem: "switch-cost",
      plan: withInput(layoutTemplate(counsellingCase, "en"), "hzp_monthly_cost", switching.hzp_monthly_cost_public),
    },
  ]);
}, 180000);

function sheetsOf(label: string) {
  const { plan, sheets } = recalculated.get(label)!;
  const named = (name: string) => {
    const where = plan.nameAddresses[name];
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(where.address)!;
    return Number(sheets.get(where.sheet)![Number(row) - 1][column.charCodeAt(0) - 65]);
  };
  const sensitivity = sheets.get(plan.sheets.find((sheet) => sheet.name.startsWith("Sensitiv"))!.name)!;
  const rowLabelled = (label: string, after = 0) => sensitivity.find((row, i) => i >= after && row[0] === label)!;
  const indexOf = (label: string) => sensitivity.findIndex((row) => row[0] === label);
  return { sheets, named, sensitivity, rowLabelled, indexOf };
}

const close = (actual: string | number, expected: number) =>
  expect(Math.abs(Number(actual) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe.each<[Language, string, string]>([
  ["en", "Base", "Sorted by swing (NPV county)"],
  ["de", "Basis", "Nach Spannweite sortiert (Kapitalwert Kreis)"],
])("the Sensitivity sheet (%s) recalculated in LibreOffice", (language, baseLabel, sortedHeading) => {
  it("shows no error value in any cell", () => {
    expect(errorCells(sheetsOf(language).sheets)).toEqual([]);
  });

  it("reproduces the Summary's net present values and county benefit-cost ratio in the base scenario row", () => {
    const { named, rowLabelled } = sheetsOf(language);
    const base = rowLabelled(baseLabel);
    close(base[outputColumn("npv_county")], named("npv_county"));
    close(base[outputColumn("npv_public")], named("npv_public"));
    close(base[outputColumn("bcr_county")], named("bcr_county"));
    // …and those are the model's values as R computes them year by year.
    close(base[outputColumn("npv_county")], reference.base.npv_county);
    close(base[outputColumn("npv_public")], reference.base.npv_public);
  });

  it("computes every low and high row as the model with that one input replaced", () => {
    const { rowLabelled } = sheetsOf(language);
    for (const row of reference.rows) {
      const low = rowLabelled(`${labelOf(row.name, language)}: ${language === "de" ? "niedrig" : "low"}`);
      const high = rowLabelled(`${labelOf(row.name, language)}: ${language === "de" ? "hoch" : "high"}`);
      close(low[outputColumn("npv_county")], row.county_low);
      close(high[outputColumn("npv_county")], row.county_high);
      close(low[outputColumn("npv_public")], row.public_low);
      close(high[outputColumn("npv_public")], row.public_high);
    }
  });

  it("lists the inputs by the swing of the county's net present value, largest first", () => {
    const { sensitivity, indexOf } = sheetsOf(language);
    const start = indexOf(sortedHeading) + 2;
    const labels = counsellingCase.sheets
      .find((sheet) => sheet.key === "assumptions")!
      .rows!.flatMap((row) => (row.kind === "input" ? [[row.name, row.label[language]]] : []));
    const labelOf = new Map(labels as [string, string][]);
    const shown = sensitivity.slice(start, start + reference.sorted.length).map((row) => row[1]);
    expect(shown).toEqual(reference.sorted.map((name) => labelOf.get(name)));
  });
});

describe("one-way rows by hand", () => {
  it("households counselled at their high value (160): prevented placements and the county's NPV scale with the households", () => {
    const { rowLabelled } = sheetsOf("en");
    const high = rowLabelled(`${labelOf("households_served", "en")}: high`);
    expect(Number(high[inputColumn("households_served")])).toBe(160);
    // Prevented placements: 160 × (70/230 − 34/240) × 1 × (1 − 0) × (1 − 0.10) = 23.426086956521739…
    close(high[outputColumn("prevented")], 160 * (70 / 230 - 34 / 240) * 0.9);
    // County NPV at 160 = saving part × 160/120 − county cost: the saving part is linear in households,
    // the cost is not affected: from the base, 404,525.07 + 639,170.37 × 40/120 (Summary's PV of the
    // county's saving) = 617,581.86, as R's year-by-year model gives.
    close(high[outputColumn("npv_county")], reference.rows.find((row) => row.name === "households_served")!.county_high);
  });
});

describe("switching values", () => {
  it("shows, for a linear input, the value at which the NPV is zero, as R's root search finds it", () => {
    const { rowLabelled } = sheetsOf("en");
    const households = rowLabelled("Households counselled per year", 60);
    expect(households[1]).toBe("exact (linear)");
    close(households[4], switching.households_served_public);
    close(households[5], switching.households_served_public);
    // The county's zero (44 households) lies below the plausible range 80–160.
    close(households[2], switching.households_served_county);
    expect(households[3]).toBe("none in the plausible range");
    close(rowLabelled("County's net cost per care-home resident on Hilfe zur Pflege", 60)[4], switching.hzp_monthly_cost_public);
  });

  it("labels the non-linear inputs as interpolated", () => {
    const { rowLabelled } = sheetsOf("en");
    for (const label of ["Discount rate (real)", "Horizon H", "Care-home months avoided per prevented placement", "Cost growth"]) {
      expect(rowLabelled(label, 60)[1]).toBe("interpolated between low and high");
    }
  });

  it.each([
    ["households", "households_served"],
    ["monthly cost", "hzp_monthly_cost"],
  ])("brings the public NPV of the Summary to zero when the %s input takes its switching value", (label) => {
    const { named } = sheetsOf(label);
    expect(Math.abs(named("npv_public"))).toBeLessThan(1e-6);
  });
});

describe("the tornado chart in the .xlsx file", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "c:ser" });

  it.each<Language>(["en", "de"])(
    "is a well-formed horizontal bar chart of the sorted view, largest swing on top (%s)",
    async (language) => {
      const plan = layoutTemplate(counsellingCase, language);
      const zip = await JSZip.loadAsync(await renderXlsx(plan));
      // Charts are numbered by sheet: Flows (the fourth sheet) holds chart1, Sensitivity (the fifth) chart2.
      const xml = await zip.file("xl/charts/chart2.xml")!.async("string");
      expect(XMLValidator.validate(xml)).toBe(true);
      const plot = parser.parse(xml)["c:chartSpace"]["c:chart"]["c:plotArea"];
      expect(plot["c:barChart"]["c:barDir"].val).toBe("bar");
      expect(plot["c:catAx"]["c:scaling"]["c:orientation"].val).toBe("maxMin");
      const sheet = plan.sheets.find((candidate) => candidate.name === (language === "en" ? "Sensitivity" : "Sensitivität"))!;
      const quoted = language === "en" ? "Sensitivity" : "'Sensitivität'";
      const series = plot["c:barChart"]["c:ser"] as Record<string, Record<string, Record<string, string>>>[];
      // The sorted view: 16 inputs below its header row, labels in column B, low − base in C, high − base in D.
      const header = sheet.cells.find((cell) => cell.column === 1 && cell.content === (language === "en" ? "Rank" : "Rang"))!.row;
      const [first, last] = [header + 1, header + 16];
      expect(series.map((s) => s["c:cat"]["c:strRef"]["c:f"])).toEqual([
        `${quoted}!$B$${first}:$B$${last}`,
        `${quoted}!$B$${first}:$B$${last}`,
      ]);
      expect(series.map((s) => s["c:val"]["c:numRef"]["c:f"])).toEqual([
        `${quoted}!$C$${first}:$C$${last}`,
        `${quoted}!$D$${first}:$D$${last}`,
      ]);
      expect(String(sheet.cells.find((cell) => cell.row === first && cell.column === 2)!.content)).toMatch(/^=INDEX\(/);
    },
  );
});
