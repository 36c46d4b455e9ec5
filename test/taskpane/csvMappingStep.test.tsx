/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { omissions, type InsertionReport } from "../../src/office/workbookPort";
import { App } from "../../src/taskpane/App";
import { mappingSettingKey } from "../../src/taskpane/gallery/csvMapping";
import { omittedLines } from "../../src/taskpane/feedback/omittedLines";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { strings } from "../../src/taskpane/strings";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import type { TemplateInsertion } from "../../src/templates/plan";

const library: TemplateLibrary = {
  definitions: async () => [placementCohort],
  xlsxFile: async () => new Blob(["xlsx"]),
};

/** A register's own export: its own column names and B/K for the groups. */
const ownExport = () =>
  new File(
    ["Fallnummer;Status;Datum;Einzug;Ende\r\nF1;B;09.01.2022;;31.12.2025\r\nF2;K;09.01.2022;04.12.2023;31.12.2025\r\n"],
    "register.csv",
    {
      type: "text/csv",
    },
  );

async function chooseFile(workbook: MemoryWorkbook, file: File, language: "de" | "en" = "de") {
  const title = placementCohort.title[language];
  const name = language === "de" ? `Mit Daten aus einer CSV-Datei einfügen: ${title}` : `Insert with data from a CSV file: ${title}`;
  fireEvent.click(await screen.findByRole("button", { name }));
  await act(async () => fireEvent.change(screen.getByTestId("csv-file"), { target: { files: [file] } }));
}

const choose = (label: string, value: string) => fireEvent.change(screen.getByRole("combobox", { name: label }), { target: { value } });

describe("the mapping step of “Insert with data”", () => {
  it("asks which column is which and what B and K stand for, inserts, and keeps the answers for the next file", async () => {
    const workbook = new MemoryWorkbook();
    render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="de" />);
    await chooseFile(workbook, ownExport());
    const step = await screen.findByRole("group", { name: "Welche Spalte der Datei ist welche?" });
    expect(within(step).getByText(/^register\.csv: Die Vorlage braucht diese Spalten/)).toBeTruthy();
    choose("Kennung (pseudonym) (id)", "Fallnummer");
    choose("Gruppe (group)", "Status");
    choose("Beginn (start)", "Datum");
    choose("Heimaufnahme (care_home_entry)", "Einzug");
    choose("Ende der Beobachtung (follow_up_end)", "Ende");
    await act(async () => fireEvent.click(within(step).getByRole("button", { name: "Mit dieser Zuordnung einfügen" })));
    // B is no code the reader knows: it asks, once per value.
    choose("Wofür steht „B“ in der Spalte Status?", "treated");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Mit dieser Zuordnung einfügen" })));
    choose("Wofür steht „K“ in der Spalte Status?", "control");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Mit dieser Zuordnung einfügen" })));
    expect(await screen.findByText(/^Verhinderte Heimaufnahmen eingefügt:/)).toBeTruthy();
    expect(
      screen.getByText("Die Zuordnung wird in dieser Arbeitsmappe gespeichert und für die nächste Datei dieser Vorlage verwendet."),
    ).toBeTruthy();
    // The German sheet shows the codes in German.
    expect((await workbook.readRange("Kohorte!A2:B3")).values).toEqual([
      ["F1", "gefördert"],
      ["F2", "Vergleich"],
    ]);
    expect(JSON.parse((await workbook.readSetting(mappingSettingKey("placement-cohort")))!)).toEqual({
      columns: { id: "Fallnummer", group: "Status", start: "Datum", care_home_entry: "Einzug", follow_up_end: "Ende" },
      codes: { group: { B: "treated", K: "control" } },
    });
    // The next file of the same register goes in without a question.
    await chooseFile(workbook, ownExport());
    expect(await screen.findByText(/^Verhinderte Heimaufnahmen eingefügt: Auswertung \(2\)/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: "Welche Spalte der Datei ist welche?" })).toBeNull();
  });

  it("a message that no longer applies goes when the next action starts", async () => {
    const workbook = new MemoryWorkbook();
    render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="en" />);
    await chooseFile(
      workbook,
      new File(["id,group,start,care_home_entry,follow_up_end\nT1,treated,2022-01-09,,2021-03-01\n"], "c.csv"),
      "en",
    );
    const refused = await screen.findByText(
      /^Prevented residential-care placements was not inserted; nothing was changed\. c\.csv, line 2/,
    );
    expect(refused.closest("[aria-live=polite]")).not.toBeNull();
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Insert Prevented residential-care placements into this workbook" })),
    );
    expect(await screen.findByText(/^Prevented residential-care placements inserted:/)).toBeTruthy();
    expect(screen.queryByText(/was not inserted/)).toBeNull();
  });
});

describe("what an insertion left out", () => {
  it("is said for every omission the renderer reports, with its reason, in German and English", () => {
    const report: InsertionReport = { templateId: "x", sheets: [], names: [], suffix: 1, omitted: Object.values(omissions) };
    for (const language of ["de", "en"] as const) {
      const lines = omittedLines(report, strings[language]);
      expect(lines).toHaveLength(Object.keys(omissions).length);
      // Each names the requirement set it lacks, or says that Office.js has none for it.
      for (const line of lines) expect(line).toMatch(/\((ExcelApi|CustomFunctionsRuntime) 1\.\d+\)|\(Office\.js\)/);
    }
    expect(omittedLines({ ...report, omitted: [omissions.charts] }, strings.de)).toEqual([
      "Diagramme (ExcelApi 1.7): Alle Zahlen sind da; die heruntergeladene .xlsx-Datei enthält die Diagramme.",
    ]);
  });

  it("shows what was left out next to the button, after the sheets", async () => {
    const workbook = new MemoryWorkbook();
    const original = workbook.insertTemplate.bind(workbook);
    workbook.insertTemplate = async (insertion: TemplateInsertion) => ({
      ...(await original(insertion)),
      omitted: [omissions.notes, omissions.charts],
    });
    render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="en" />);
    const insert = await screen.findByRole("button", { name: "Insert Prevented residential-care placements into this workbook" });
    await act(async () => fireEvent.click(insert));
    const told = await screen.findByText(/^Prevented residential-care placements inserted: .* This Excel lacks what these need/);
    const card = insert.closest("[aria-labelledby]") as HTMLElement;
    expect(card.contains(told)).toBe(true);
    expect(within(card).getByText(/^Charts \(ExcelApi 1\.7\): the figures are all there/)).toBeTruthy();
    expect(within(card).getByText(/^Notes with sources \(ExcelApi 1\.18\)/)).toBeTruthy();
  });
});
