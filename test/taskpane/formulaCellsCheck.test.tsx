/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { checkFormulaCells } from "../../src/taskpane/treasurer/formulaCellsCheck";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { templateInsertion } from "../../src/templates/layout";
import type { DataValue } from "../../src/templates/model";
import { withSettings } from "../../src/templates/settings";
import { FakeExcel } from "../support/fakeExcel";

const definitions = [counsellingCase, volunteerHoursTemplate, groupComparison];
const library: TemplateLibrary = { definitions: async () => definitions, xlsxFile: async () => new Blob(["xlsx"]) };

/** The German business case inserted next to the user's own sheet "Ergebnis": every name gets "_2". */
async function insertedTwice(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(["Ergebnis"]);
  await workbook.insertTemplate(templateInsertion(counsellingCase, "de"));
  return workbook;
}

async function valueOf(workbook: MemoryWorkbook, name: string) {
  return (await workbook.readRange(name)).values[0][0];
}

/** Opens the pane on `workbook` and runs its check of the formula cells. */
async function runInPane(workbook: MemoryWorkbook): Promise<void> {
  render(<App services={{ port: workbook, preview: false, templates: library }} initialLanguage="en" />);
  fireEvent.click(await screen.findByRole("tab", { name: "For treasurers" }));
  const button = await screen.findByRole("button", { name: "Check formula cells" });
  await act(async () => fireEvent.click(button));
}

describe("the pane's check of the model's formula cells", () => {
  it("finds nothing in a freshly inserted business case and records the date on the review sheet", async () => {
    const workbook = await insertedTwice();
    const check = await checkFormulaCells(workbook, [counsellingCase], new Date(2026, 11, 1));
    expect(check?.findings).toEqual([]);
    expect(check!.checked).toBeGreaterThan(100);
    expect(await valueOf(workbook, "review_constant_cells_2")).toBe(0);
    // 1 December 2026 is day 46,357 counted from 30 December 1899 (Excel's serial dates).
    expect(await valueOf(workbook, "review_checked_on_2")).toBe(46357);
  });

  it("lays a copy out again with the iteration count it was made with", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insertTemplate(templateInsertion(withSettings(counsellingCase, { iterations: 500 }), "en"));
    const atDefault = await checkFormulaCells(new MemoryWorkbook(), [counsellingCase]);
    expect(atDefault).toBeNull();
    const check = await checkFormulaCells(workbook, [counsellingCase], new Date(2026, 11, 1));
    expect(check?.findings).toEqual([]);
    expect(check?.copies.map((copy) => copy.settings)).toEqual([{ iterations: 500 }]);
    // Laid out at the default 2,000 instead, the 1,500 missing iteration rows would each show up as findings.
    const fresh = new MemoryWorkbook();
    await fresh.insertTemplate(templateInsertion(counsellingCase, "en"));
    const full = await checkFormulaCells(fresh, [counsellingCase]);
    expect(full?.findings).toEqual([]);
    // Each iteration row holds the same number of formula cells; 1,500 rows fewer at 500 iterations.
    expect((full!.checked - check!.checked) % 1500).toBe(0);
    expect(full!.checked - check!.checked).toBeGreaterThan(1500 * 10);
  });

  it("does not check a copy made with another version of its template, and says so", async () => {
    const workbook = await insertedTwice();
    // The marker sheet holds the template's version in B2; this copy claims an older one.
    await workbook.writeBlock("'PreventionDividend (2)'!B2", [["0.9.0"]]);
    await workbook.writeBlock(workbook.names.get("npv_county_2")!, [[40000]]);
    const check = await checkFormulaCells(workbook, [counsellingCase], new Date(2026, 11, 1));
    expect(check?.copies).toEqual([]);
    expect(check?.findings).toEqual([]);
    expect(check?.otherVersions.map(({ copy, current }) => [copy.templateId, copy.version, current])).toEqual([
      ["counselling-case", "0.9.0", counsellingCase.version],
    ]);
    // Nothing is written to that copy's Review sheet.
    expect(await valueOf(workbook, "review_checked_on_2")).toBe("");
    await runInPane(workbook);
    expect(await screen.findByText("No formula cells were checked:")).toBeTruthy();
    expect(
      screen.getByText(
        `counselling-case was made with version 0.9.0 of its template and this add-in has version ${counsellingCase.version}: its formula cells were not checked. Insert the template again to check a copy of this version.`,
      ),
    ).toBeTruthy();
  });

  it("checks a copy of 10,000 iterations in Excel, whose Monte Carlo sheet is larger than one read", async () => {
    const tenThousand = withSettings(counsellingCase, { iterations: 10000 });
    const fake = new FakeExcel();
    const excel = new OfficeWorkbook(fake.host());
    await excel.insertTemplate(templateInsertion(tenThousand, "en"));
    const check = await checkFormulaCells(excel, [counsellingCase], new Date(2026, 11, 1));
    expect(check?.findings).toEqual([]);
    // The same copy in the memory workbook, which reads any range at once: as many cells compared.
    const memory = new MemoryWorkbook();
    await memory.insertTemplate(templateInsertion(tenThousand, "en"));
    expect(check!.checked).toBe((await checkFormulaCells(memory, [counsellingCase]))!.checked);
  }, 60000);

  it("names each formula cell that holds a typed number or nothing, and writes their count", async () => {
    const workbook = await insertedTwice();
    const npv = workbook.names.get("npv_county_2")!;
    const costs = workbook.names.get("pv_costs_2")!;
    await workbook.writeBlock(npv, [[40000]]);
    await workbook.writeBlock(costs, [[""]]);
    const check = await checkFormulaCells(workbook, [counsellingCase], new Date(2026, 11, 1));
    // In the order of the sheet's rows: the present value of costs is above the county's NPV.
    expect(check?.findings).toEqual([
      { address: costs.replace(/\$/g, ""), holds: "" },
      { address: npv.replace(/\$/g, ""), holds: 40000 },
    ]);
    expect(await valueOf(workbook, "review_constant_cells_2")).toBe(2);
  });

  it("shows the findings in the pane", async () => {
    const workbook = await insertedTwice();
    await workbook.writeBlock(workbook.names.get("npv_county_2")!, [[40000]]);
    await runInPane(workbook);
    expect(await screen.findByText(/^1 of [\d,]+ formula cells hold a typed value/)).toBeTruthy();
    expect(screen.getByText(`${workbook.names.get("npv_county_2")!.replace(/\$/g, "")} holds 40,000`)).toBeTruthy();
  });
});

/** Activities with 5 volunteers, 2 hours a week, 40 weeks and no rate of their own. */
const activities = (count: number): DataValue[][] => Array.from({ length: count }, (_, i) => [`Activity ${i + 1}`, 5, 2, 40, null]);

/**
 * The business case (English) and then the volunteer-hour template (German, with `rows` as its
 * activities): both have a review sheet and a marker sheet, so the second takes the suffix 2.
 */
async function caseAndVolunteers(rows?: DataValue[][]): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.insertTemplate(templateInsertion(counsellingCase, "en"));
  await workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "de", rows && { table: "activities_table", rows }));
  return workbook;
}

describe("the pane's check with the volunteer-hour template inserted", () => {
  it("checks every inserted template with a review sheet and writes each one's result into its own sheet", async () => {
    const workbook = await caseAndVolunteers();
    await workbook.writeBlock(workbook.names.get("npv_county")!, [[40000]]);
    const check = await checkFormulaCells(workbook, definitions, new Date(2026, 11, 1));
    expect(check?.copies.map(({ templateId, language, suffix }) => [templateId, language, suffix])).toEqual([
      ["counselling-case", "en", 1],
      ["volunteer-hours", "de", 2],
    ]);
    expect(check?.findings.map((finding) => finding.address)).toEqual([workbook.names.get("npv_county")!.replace(/\$/g, "")]);
    expect(await valueOf(workbook, "review_constant_cells")).toBe(1);
    expect(await valueOf(workbook, "review_constant_cells_2")).toBe(0);
    expect(await valueOf(workbook, "review_checked_on_2")).toBe(46357);
  });

  it("finds a typed number in a result cell and in a computed column of the activities table", async () => {
    const workbook = await caseAndVolunteers();
    const total = workbook.names.get("volunteer_value_total_2")!;
    await workbook.writeBlock(total, [[12345]]);
    // The table's second activity (row 3): its hours per year, column G (activity, volunteers,
    // hours per week, weeks, rate, rate used, hours), typed over with 540.
    await workbook.writeBlock("'Tätigkeiten (2)'!G3", [[540]]);
    const check = await checkFormulaCells(workbook, definitions, new Date(2026, 11, 1));
    expect(check?.findings).toEqual([
      { address: total.replace(/\$/g, ""), holds: 12345 },
      { address: "'Tätigkeiten (2)'!G3", holds: 540 },
    ]);
    expect(await valueOf(workbook, "review_constant_cells_2")).toBe(2);
    expect(await valueOf(workbook, "review_constant_cells")).toBe(0);
  });

  it("reads the activities table as it stands: its own rows, whatever the template's example holds", async () => {
    const one = await checkFormulaCells(await caseAndVolunteers(activities(1)), definitions);
    const five = await checkFormulaCells(await caseAndVolunteers(activities(5)), definitions);
    expect(one?.findings).toEqual([]);
    expect(five?.findings).toEqual([]);
    // Four more activities, three computed columns each (rate used, hours, value).
    expect(five!.checked - one!.checked).toBe(12);
  });

  it("says so when no inserted template has a review sheet", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insertTemplate(templateInsertion(groupComparison, "en"));
    expect(await checkFormulaCells(workbook, definitions)).toBeNull();
    await runInPane(workbook);
    expect(await screen.findByText(/^No template with a Review sheet/)).toBeTruthy();
  });

  it("shows a finding of the volunteer-hour template in the pane", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    await workbook.writeBlock(workbook.names.get("minimum_wage")!, [[8]]);
    await runInPane(workbook);
    expect(await screen.findByText(/^1 of [\d,]+ formula cells hold a typed value/)).toBeTruthy();
    expect(screen.getByText(`${workbook.names.get("minimum_wage")!.replace(/\$/g, "")} holds 8`)).toBeTruthy();
  });
});
