/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { isoNow } from "../../src/taskpane/treasurer/FreezeSection";
import { templateInsertion } from "../../src/templates/layout";
import { tinyTemplate } from "../support/tinyTemplate";

const library: TemplateLibrary = { definitions: async () => [tinyTemplate], xlsxFile: async () => new Blob(["xlsx"]) };

async function workbookWithSummary(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(["Summary", "Flows"]);
  workbook.name = "Haushalt 2027.xlsx";
  await workbook.writeBlock("Summary!A1", [["Net present value", '=PREVENT.FISCALRETURN(Flows!B1:F1,Flows!B2:F2,0.035,"npv")']]);
  workbook.setCachedValue("Summary!B1", 39850.25);
  return workbook;
}

async function openTreasurer(workbook: MemoryWorkbook, language: "en" | "de") {
  render(<App services={{ port: workbook, preview: false, templates: library }} initialLanguage={language} />);
  fireEvent.click(await screen.findByRole("tab", { name: language === "en" ? "For treasurers" : "Für die Kämmerei" }));
}

describe("freeze for sharing in the pane", () => {
  it("copies the chosen sheet and says which copy holds how many frozen cells", async () => {
    const workbook = await workbookWithSummary();
    await openTreasurer(workbook, "en");
    const group = await screen.findByRole("group", { name: "Sheets to copy" });
    fireEvent.click(within(group).getByRole("checkbox", { name: "Summary" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Make frozen copies" })));
    expect(
      await screen.findByText(
        "Frozen copies added: Summary (frozen). 1 cell with a PREVENT formula now holds its value, each with a note giving the formula.",
      ),
    ).toBeTruthy();
    expect(await workbook.sheetNames()).toEqual(["Summary", "Flows", "Summary (frozen)"]);
    const copy = workbook.sheet("Summary (frozen)");
    expect(copy.cells.get("2,2")?.value).toBe(39850.25);
    expect(copy.cells.get("2,2")?.note).toBe('Summary!B1 held the formula =PREVENT.FISCALRETURN(Flows!B1:F1,Flows!B2:F2,0.035,"npv")');
    expect(String(copy.cells.get("1,1")?.value)).toMatch(
      /^Frozen copy of Summary from Haushalt 2027\.xlsx, made \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(UTC\)/,
    );
    // The new copy is offered for choosing too.
    expect(await within(group).findByRole("checkbox", { name: "Summary (frozen)" })).toBeTruthy();
  });

  it("offers the sheets the user sees, not a template's hidden marker sheet", async () => {
    const workbook = await workbookWithSummary();
    await workbook.insertTemplate(templateInsertion(tinyTemplate, "en"));
    // "Flows" is taken, so the template's sheets carry the suffix (2).
    expect(await workbook.sheetNames()).toContain("PreventionDividend (2)");
    await openTreasurer(workbook, "en");
    const group = await screen.findByRole("group", { name: "Sheets to copy" });
    await within(group).findByRole("checkbox", { name: "Summary" });
    expect(within(group).queryByRole("checkbox", { name: "PreventionDividend (2)" })).toBeNull();
    expect(within(group).getByRole("checkbox", { name: "Inputs (2)" })).toBeTruthy();
    expect(within(group).getAllByRole("checkbox")).toHaveLength(4);
  });

  it("asks for a sheet before copying, in German", async () => {
    const workbook = await workbookWithSummary();
    await openTreasurer(workbook, "de");
    await screen.findByRole("group", { name: "Zu kopierende Blätter" });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Eingefrorene Kopien anlegen" })));
    expect(await screen.findByText("Bitte mindestens ein Blatt wählen.")).toBeTruthy();
    expect(workbook.sheets).toHaveLength(2);
  });

  it("reports a failure and that nothing was made", async () => {
    const workbook = await workbookWithSummary();
    workbook.freezeSheets = async () => {
      throw new Error("the host refused");
    };
    await openTreasurer(workbook, "en");
    fireEvent.click(within(await screen.findByRole("group", { name: "Sheets to copy" })).getByRole("checkbox", { name: "Flows" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Make frozen copies" })));
    expect(await screen.findByText("No copy was made. the host refused")).toBeTruthy();
  });

  it("stamps the time in ISO 8601 to the second, in UTC", () => {
    expect(isoNow(new Date(Date.UTC(2026, 11, 1, 9, 30, 5, 123)))).toBe("2026-12-01T09:30:05Z");
  });
});
