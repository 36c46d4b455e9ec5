/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { tinyTemplate } from "../support/tinyTemplate";

const library: TemplateLibrary = {
  definitions: async () => [volunteerHoursTemplate, tinyTemplate],
  xlsxFile: async () => new Blob(["xlsx"]),
};

/** A CSV file as German Excel saves it: semicolons, decimal comma, Windows-1252 (ü = 0xFC), CRLF. */
const germanExport = (rows: string) =>
  new File([Buffer.from(`activity;volunteers;hours_per_week;weeks_per_year\r\n${rows}`, "latin1")], "Ehrenamt.csv", { type: "text/csv" });

async function chooseFile(workbook: MemoryWorkbook, file: File) {
  render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="en" />);
  const button = await screen.findByRole("button", { name: "Insert with data from a CSV file: Volunteer-hour value" });
  fireEvent.click(button);
  await act(async () => fireEvent.change(screen.getByTestId("csv-file"), { target: { files: [file] } }));
}

describe("inserting a template with data from a CSV file", () => {
  it("offers it only for templates with a data table", async () => {
    render(<App services={{ port: new MemoryWorkbook(), preview: true, templates: library }} initialLanguage="en" />);
    await screen.findByRole("button", { name: "Insert Tiny into this workbook" });
    expect(screen.queryByRole("button", { name: "Insert with data from a CSV file: Tiny" })).toBeNull();
  });

  it("reads a German Excel export and inserts its rows", async () => {
    const workbook = new MemoryWorkbook();
    await chooseFile(workbook, germanExport("Besuchsdienst für Ältere;18;2,5;46\r\nEinkaufshilfe;9;3;48\r\n"));
    expect(await screen.findByText(/^Volunteer-hour value inserted:/)).toBeTruthy();
    const sheet = volunteerHoursTemplate.sheets.find((candidate) => candidate.table)!.name.en;
    const rows = await workbook.readRange(`'${sheet}'!A2:D3`);
    expect(rows.values).toEqual([
      ["Besuchsdienst für Ältere", 18, 2.5, 46],
      ["Einkaufshilfe", 9, 3, 48],
    ]);
  });

  it("shows the reader's message with line and column and changes nothing", async () => {
    const workbook = new MemoryWorkbook();
    await chooseFile(workbook, germanExport("Besuchsdienst;18;200;46\r\n"));
    expect(
      await screen.findByText(
        "Volunteer-hour value was not inserted; nothing was changed. Ehrenamt.csv, line 2, column 'hours_per_week': 200 is outside 0–168, the range the sheet allows",
      ),
    ).toBeTruthy();
    expect(await workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});
