/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { checkFormulaCells } from "../../src/taskpane/treasurer/formulaCellsCheck";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { templateInsertion } from "../../src/templates/layout";

const library: TemplateLibrary = { definitions: async () => [counsellingCase], xlsxFile: async () => new Blob(["xlsx"]) };

/** The German business case inserted next to the user's own sheet "Ergebnis": every name gets "_2". */
async function insertedTwice(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(["Ergebnis"]);
  await workbook.insertTemplate(templateInsertion(counsellingCase, "de"));
  return workbook;
}

async function valueOf(workbook: MemoryWorkbook, name: string) {
  return (await workbook.readRange(name)).values[0][0];
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
    render(<App services={{ port: workbook, preview: false, templates: library }} initialLanguage="en" />);
    fireEvent.click(await screen.findByRole("tab", { name: "For treasurers" }));
    const button = await screen.findByRole("button", { name: "Check formula cells" });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(/^1 of \d+ formula cells hold a typed value/)).toBeTruthy();
    expect(screen.getByText(`${workbook.names.get("npv_county_2")!.replace(/\$/g, "")} holds 40,000`)).toBeTruthy();
  });
});
