/** @jest-environment jsdom */
/*
 * The county's section: the municipalities' workbooks are chosen, read in the pane, and listed
 * one by one — read with version and findings, or not read with the reason; the read
 * consolidation goes to the spot for the next step.
 */
import "./jsdomShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { ConsolidationSection } from "../../src/taskpane/county/ConsolidationSection";
import { PaneContext, type TemplateLibrary } from "../../src/taskpane/services";
import type { Consolidation } from "../../src/templates/consolidation/municipalities";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { editWorkbook } from "../support/xlsxEdits";

const library: TemplateLibrary = { definitions: async () => [], xlsxFile: async () => new Blob([]) };

async function chosenFiles(): Promise<File[]> {
  const rendered = await renderXlsx(layoutTemplate(counsellingCase, "de"));
  // A benefit-cost ratio typed over its formula: the template's inputs do not give 2.5.
  const edited = await editWorkbook(rendered, { inputs: { bcr_county: 2.5 } });
  return [
    new File([new Uint8Array(edited)], "Brakel.xlsx"),
    new File([rendered], "Warburg.xlsx"),
    new File([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])], "notiz.xlsx"),
  ];
}

async function choose(files: File[]) {
  const input = await screen.findByTestId("county-files");
  await act(async () => fireEvent.change(input, { target: { files } }));
}

describe("the county's section", () => {
  it("reads the chosen workbooks and lists each with its version and findings, or why it was not read", async () => {
    render(<App services={{ port: new MemoryWorkbook(), preview: false, templates: library }} initialLanguage="de" />);
    fireEvent.click(await screen.findByRole("tab", { name: "Für die Kämmerei" }));
    expect(await screen.findByRole("heading", { name: "Kreis: Ergebnisse der Gemeinden zusammenführen" })).toBeTruthy();
    await choose(await chosenFiles());
    expect(await screen.findByText("2 Mappen gelesen, 1 nicht gelesen.", undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByText("Brakel.xlsx: 1 Hinweis zu prüfen")).toBeTruthy();
    expect(screen.getByText("Warburg.xlsx: nichts zu prüfen")).toBeTruthy();
    expect(
      screen.getByText(
        /^Nutzen-Kosten-Verhältnis für den Kreis: Die Mappe zeigt 2,500, ihre Eingaben ergeben \d,\d{3} – eine Formel wurde möglicherweise geändert\.$/,
      ),
    ).toBeTruthy();
    const notRead = screen.getByTestId("county-not-read");
    expect(within(notRead).getByText("notiz.xlsx")).toBeTruthy();
    expect(
      within(notRead).getByText("Die Datei ist beschädigt oder keine Excel-Arbeitsmappe (.xlsx); sie lässt sich nicht lesen."),
    ).toBeTruthy();
    // The read workbooks stacked for a narrow pane (jsdom applies no media query: the table form stays hidden), each with version and findings.
    const stacked = within(screen.getByTestId("county-read")).getByRole("group", { name: "Gelesene Mappen" });
    const brakel = within(stacked).getByRole("region", { name: "Brakel.xlsx" });
    expect(within(brakel).getByText(counsellingCase.version)).toBeTruthy();
    expect(within(brakel).getByText("1")).toBeTruthy();
    expect(within(within(stacked).getByRole("region", { name: "Warburg.xlsx" })).getByText("0")).toBeTruthy();
  });

  it("inserts the workbooks read into this workbook from the treasurers' tab, the one not read left out", async () => {
    const workbook = new MemoryWorkbook();
    render(<App services={{ port: workbook, preview: false, templates: library }} initialLanguage="de" />);
    fireEvent.click(await screen.findByRole("tab", { name: "Für die Kämmerei" }));
    await choose(await chosenFiles());
    expect(await screen.findByText("2 Mappen gelesen, 1 nicht gelesen.", undefined, { timeout: 20_000 })).toBeTruthy();
    const actions = screen.getByRole("group", { name: "Nächster Schritt" });
    fireEvent.click(within(actions).getByRole("button", { name: "Zusammenführung in diese Arbeitsmappe einfügen" }));
    expect(
      await within(actions).findByText(/^Zusammenführung im Kreis eingefügt: Zusammenfassung, Kommunen, Rechenweg, Methode und Quellen\./),
    ).toBeTruthy();
    // Column A numbers the table's rows: one per workbook read, none for the file not read.
    expect((await workbook.readRange("Kommunen!A2:A4")).values).toEqual([[1], [2], [""]]);
    expect((await workbook.readRange("Kommunen!A1:A1")).values).toEqual([["Nr."]]);
  });

  it("hands the read workbooks to the next step and offers it only when one was read", async () => {
    const told: (Consolidation | null)[] = [];
    render(
      <PaneContext.Provider value={{ port: new MemoryWorkbook(), templates: library, preview: false, language: "en" }}>
        <ConsolidationSection
          onConsolidation={(consolidation) => told.push(consolidation)}
          actions={(consolidation) => <button type="button">{`insert ${consolidation.read.length}`}</button>}
        />
      </PaneContext.Provider>,
    );
    const [brakel, , broken] = await chosenFiles();
    await choose([broken]);
    expect(await screen.findByText("None of the chosen files could be read.", undefined, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByTestId("county-actions")).toBeNull();
    await choose([brakel, broken]);
    expect(await screen.findByText("1 workbook read, 1 not read.", undefined, { timeout: 20_000 })).toBeTruthy();
    const actions = screen.getByRole("group", { name: "Next step" });
    expect(within(actions).getByRole("button", { name: "insert 1" })).toBeTruthy();
    expect(told.map((consolidation) => consolidation && consolidation.read.map((entry) => entry.file))).toEqual([
      null,
      [],
      null,
      ["Brakel.xlsx"],
    ]);
  });
});
