/** @jest-environment jsdom */
/*
 * The county's next step: the consolidation is inserted into the open workbook (Office.js,
 * played by the recording fake) with one row per workbook read, once per click, and the pane
 * says what Excel could not draw.
 */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { ConsolidationInsertion } from "../../src/taskpane/county/ConsolidationInsertion";
import { PaneContext, type TemplateLibrary } from "../../src/taskpane/services";
import type { Language } from "../../src/taskpane/strings";
import {
  keyResultNames,
  type Consolidation,
  type KeyResults,
  type MunicipalityWorkbook,
} from "../../src/templates/consolidation/municipalities";
import { message } from "../../src/shared/message";
import { FakeExcel } from "../support/fakeExcel";

const library: TemplateLibrary = { definitions: async () => [], xlsxFile: async () => new Blob([]) };

/** Key results made up so that each column's value can be told apart: 1,000 × its place + the site's number. */
function results(site: number): KeyResults {
  return Object.fromEntries(keyResultNames.map((name, i) => [name, 1000 * (i + 1) + site])) as KeyResults;
}

const brakel: MunicipalityWorkbook = {
  file: "brakel-2027.xlsx",
  municipality: "Stadt Brakel",
  templateVersion: "1.4.0",
  inputs: {},
  firstBudgetYear: 2027,
  recomputed: { ...results(1), net_county_row_present_value: 412_345.5, bcr_county: 1.84 },
  shown: {},
  evidence: { eventsTreated: 17, nTreated: 120, eventsControl: 30, nControl: 118 },
  findings: [
    message("consolidation.finding.inputDiffers", { input: "discount_rate", value: 0.02, standard: 0.035, organisation: "Kreis Höxter" }),
  ],
};

const warburg: MunicipalityWorkbook = {
  file: "Warburg.xlsx",
  templateVersion: "1.3.0",
  inputs: {},
  firstBudgetYear: 2028,
  recomputed: { ...results(2), net_county_row_present_value: -12_000, bcr_county: 0.7 },
  shown: {},
  evidence: { eventsTreated: 9, nTreated: 80, eventsControl: 14, nControl: 75 },
  findings: [],
};

const consolidation: Consolidation = {
  read: [brakel, warburg],
  notRead: [{ file: "notiz.xlsx", reason: message("consolidation.notRead.damaged") }],
};

function show(port: OfficeWorkbook, language: Language = "de") {
  render(
    <PaneContext.Provider value={{ port, templates: library, preview: false, language }}>
      <ConsolidationInsertion consolidation={consolidation} />
    </PaneContext.Provider>,
  );
}

/** What a cell shows: in a formulas array a leading apostrophe tells Excel the rest is text. */
const shown = (written: unknown) => (typeof written === "string" && written.startsWith("'") ? written.slice(1) : written);

/** The data rows of the inserted table as their cells show them, each by its column header. */
function tableRows(fake: FakeExcel, sheetName: string): Record<string, unknown>[] {
  const sheet = fake.sheet(sheetName)!;
  const [table] = sheet.tables;
  const [, last] = table.range.split(":");
  const lastRow = Number(/\d+$/.exec(last)![0]);
  const headers: string[] = [];
  for (let column = 1; sheet.formulas.has(`1,${column}`); column++) headers.push(String(sheet.formulas.get(`1,${column}`)));
  return Array.from({ length: lastRow - 1 }, (_, i) =>
    Object.fromEntries(headers.map((header, c) => [header, shown(sheet.formulas.get(`${i + 2},${c + 1}`))])),
  );
}

describe("inserting the consolidation from the county's section", () => {
  it("inserts the consolidation template with one row per workbook read and says that the whiskers are left out", async () => {
    const fake = new FakeExcel();
    show(new OfficeWorkbook(fake.host()));
    expect(
      screen.getByText(
        "Fügt die Zusammenführung im Kreis als neue Blätter in diese Arbeitsmappe ein, eine Zeile je gelesener Mappe (2 Zeilen); nicht gelesene Mappen bleiben außen vor.",
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Zusammenführung in diese Arbeitsmappe einfügen" }));
    expect(
      await screen.findByText(
        "Zusammenführung im Kreis eingefügt: Zusammenfassung, Kommunen, Rechenweg, Methode und Quellen. Diesem Excel fehlt, was Folgendes braucht; es wurde deshalb weggelassen:",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(/^Fehlerbalken des Wald-Diagramms: Keine Excel-Version lässt ein Add-in Fehlerbalken aus Zellen zeichnen/),
    ).toBeTruthy();

    expect(fake.sheet("Kommunen")!.tables.map((table) => table.name)).toEqual(["municipality_table"]);
    const rows = tableRows(fake, "Kommunen");
    // Two workbooks read, the one not read left out; the one without a municipality's name is named by its file.
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => [row["Nr."], row["Kommune"], row["Datei"], row["Version der Vorlage"], row["Erstes Haushaltsjahr"]])).toEqual([
      [1, "Stadt Brakel", "brakel-2027.xlsx", "1.4.0", 2027],
      [2, "Warburg.xlsx", "Warburg.xlsx", "1.3.0", 2028],
    ]);
    expect(rows.map((row) => row["Hinweise zur Prüfung"])).toEqual([1, 0]);
    expect(
      rows.map((row) => [row["Heimaufnahmen: Beratene"], row["Beratene"], row["Heimaufnahmen: Vergleichsgruppe"], row["Vergleichsgruppe"]]),
    ).toEqual([
      [17, 120, 30, 118],
      [9, 80, 14, 75],
    ]);
    expect(rows.map((row) => [row["Netto Kreis: Barwert"], row["Nutzen-Kosten-Verhältnis: Kreis"]])).toEqual([
      [412_345.5, 1.84],
      [-12_000, 0.7],
    ]);
    // net_county_row_current_year is the first key result (1,000 + site), benefit_city_row_next_year the 17th.
    expect(rows.map((row) => [row["Netto Kreis: erstes Haushaltsjahr"], row["Ersparnis Stadt: zweites Haushaltsjahr"]])).toEqual([
      [1001, 17001],
      [1002, 17002],
    ]);
    // The chart is there, without its whiskers: Office.js cannot set error bars from cells.
    expect(fake.sheet("Zusammenfassung")!.charts).toEqual(["XYScatter"]);
  });

  it("inserts once when clicked twice before the first insertion has finished", async () => {
    const fake = new FakeExcel();
    const port = new OfficeWorkbook(fake.host());
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const insertTemplate = port.insertTemplate.bind(port);
    let calls = 0;
    port.insertTemplate = async (insertion) => {
      calls++;
      await held;
      return insertTemplate(insertion);
    };
    show(port, "en");
    const button = screen.getByRole("button", { name: "Insert the consolidation into this workbook" });
    // Both clicks before React renders again: the button is still enabled for the second.
    act(() => {
      button.click();
      button.click();
    });
    expect(await screen.findByText("Inserting the consolidation of 2 workbooks into this workbook …")).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    expect(
      await screen.findByText(/^County consolidation inserted: Summary, Municipalities, Calculation, Method and sources\./),
    ).toBeTruthy();
    expect(calls).toBe(1);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([
      "Sheet1",
      "Summary",
      "Municipalities",
      "Calculation",
      "Method and sources",
      "PreventionDividend",
    ]);
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });
});
