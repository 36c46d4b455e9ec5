/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import type { TemplateInsertion } from "../../src/templates/plan";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import type { TemplateDefinition } from "../../src/templates/model";
import { unchangedNaming } from "../../src/templates/naming";

/** The iteration numbers of the plan's Monte Carlo sheet (column A below its header). */
function iterationLabels(insertion: TemplateInsertion): string[] {
  const sheet = insertion.plan(unchangedNaming).sheets.find((candidate) => candidate.name === "Monte Carlo")!;
  const header = sheet.cells.find((cell) => cell.column === 1 && cell.content === "Durchlauf")!.row;
  return sheet.cells
    .filter((cell) => cell.column === 1 && cell.row > header && /^\d+$/.test(String(cell.content)))
    .map((cell) => String(cell.content));
}

async function renderGallery(port: MemoryWorkbook, library: TemplateLibrary) {
  render(<App services={{ port, preview: true, templates: library }} initialLanguage="de" />);
  return (await screen.findByRole("textbox", { name: /^Monte-Carlo-Durchläufe/ })) as HTMLInputElement;
}

describe("the business case's iteration count in the gallery", () => {
  it("inserts 2,000 iterations unless told otherwise, and the count typed in German notation", async () => {
    const insertions: TemplateInsertion[] = [];
    const workbook = new MemoryWorkbook();
    workbook.insertTemplate = async (insertion) => {
      insertions.push(insertion);
      return { templateId: insertion.templateId, sheets: ["Ergebnis", "PreventionDividend"], names: [], suffix: 1, omitted: [] };
    };
    const field = await renderGallery(workbook, { definitions: async () => [counsellingCase], xlsxFile: async () => new Blob([]) });
    expect(field.value).toBe("2000");
    const insert = screen.getByRole("button", { name: /^Business Case Pflege- und Wohnberatung in diese Arbeitsmappe einfügen/ });
    await act(async () => fireEvent.click(insert));
    fireEvent.change(field, { target: { value: "10.000" } });
    await act(async () => fireEvent.click(insert));
    expect(insertions.map((insertion) => iterationLabels(insertion).length)).toEqual([2000, 10000]);
    expect(iterationLabels(insertions[1]).slice(-1)).toEqual(["10000"]);
  });

  it("names the range and inserts nothing for a count outside 100 to 10,000", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = jest.fn();
    workbook.insertTemplate = inserted;
    const downloaded: TemplateDefinition[] = [];
    const field = await renderGallery(workbook, {
      definitions: async () => [counsellingCase],
      xlsxFile: async (definition) => {
        downloaded.push(definition);
        return new Blob([]);
      },
    });
    fireEvent.change(field, { target: { value: "12000" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /in diese Arbeitsmappe einfügen/ })));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^\.xlsx herunterladen/ })));
    expect(await screen.findByText("Monte-Carlo-Durchläufe: eine ganze Zahl von 100 bis 10.000, nicht 12.000.")).toBeTruthy();
    expect(inserted).not.toHaveBeenCalled();
    expect(downloaded).toEqual([]);
  });

  it("downloads the file with the count typed", async () => {
    const downloaded: TemplateDefinition[] = [];
    const field = await renderGallery(new MemoryWorkbook(), {
      definitions: async () => [counsellingCase],
      xlsxFile: async (definition) => {
        downloaded.push(definition);
        return new Blob([]);
      },
    });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.change(field, { target: { value: "500" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: /^\.xlsx herunterladen/ })));
    expect(downloaded.map((definition) => definition.settings?.values)).toEqual([{ iterations: 500 }]);
    click.mockRestore();
  });
});
