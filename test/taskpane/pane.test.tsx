/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { templateLibrary } from "../../src/taskpane/gallery/templateLibrary";
import { tinyTemplate } from "../support/tinyTemplate";

const library: TemplateLibrary = {
  definitions: async () => [tinyTemplate],
  xlsxFile: async () => new Blob(["xlsx"]),
};

async function renderPane(port: MemoryWorkbook, preview = true, language: "en" | "de" = "en") {
  render(<App services={{ port, preview, templates: library }} initialLanguage={language} />);
  await screen.findByRole("heading", { name: language === "en" ? "Workbook templates" : "Arbeitsmappen-Vorlagen" });
}

function openSection(name: string) {
  fireEvent.click(screen.getByRole("tab", { name }));
}

describe("task pane frame", () => {
  it("labels the preview clearly and switches language", async () => {
    await renderPane(await previewWorkbook());
    expect(screen.getByText("Preview")).toBeTruthy();
    expect(screen.getByText(/not Excel/)).toBeTruthy();
    fireEvent.click(screen.getByRole("switch", { name: "Show the pane in German" }));
    expect(await screen.findByRole("tab", { name: "Gruppen vergleichen" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("de");
  });

  it("shows no preview banner and no language switch inside Excel", async () => {
    await renderPane(new MemoryWorkbook(), false);
    expect(screen.queryByText("Preview")).toBeNull();
    expect(screen.queryByRole("switch")).toBeNull();
  });
});

describe("template gallery", () => {
  it("lists the project's templates, each with a one-line purpose", async () => {
    render(<App services={{ port: new MemoryWorkbook(), preview: true, templates: templateLibrary }} initialLanguage="en" />);
    const list = await screen.findByRole("list", { name: "Workbook templates" });
    // The cards themselves, not the lists of CSV columns inside the data cards.
    const items = within(list)
      .getAllByRole("listitem")
      .filter((item) => item.parentElement === list);
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      const purpose = item.querySelector("p");
      expect(purpose?.textContent?.length ?? 0).toBeGreaterThan(20);
    }
    expect(within(list).getByText(/Does a counselling post pay for itself\?/)).toBeTruthy();
  });

  it("inserts a template through the port", async () => {
    const workbook = new MemoryWorkbook(["Inputs"]);
    await renderPane(workbook);
    const insert = await screen.findByRole("button", { name: "Insert Tiny into this workbook" });
    await act(async () => fireEvent.click(insert));
    // "Inputs" was taken, so every sheet of the template carries the suffix (2).
    expect(await screen.findByText("Tiny inserted: Inputs (2), Flows (2).")).toBeTruthy();
    expect(await workbook.sheetNames()).toEqual(["Inputs", "Inputs (2)", "Flows (2)", "PreventionDividend (2)"]);
    // Row 1 holds the title, row 2 the input.
    expect(workbook.names.get("rate_2")).toBe("'Inputs (2)'!$B$2");
  });

  it("reports a failed insertion", async () => {
    const workbook = new MemoryWorkbook();
    workbook.insertTemplate = async () => {
      throw new Error("the host refused");
    };
    await renderPane(workbook);
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Insert Tiny into this workbook" })));
    // Whether anything changed is not known from a plain error: the message does not claim it.
    expect(await screen.findByText("Tiny could not be inserted. the host refused")).toBeTruthy();
  });

  it("starts one insertion for five quick clicks, and disables every button that starts an action meanwhile", async () => {
    const workbook = new MemoryWorkbook(["Inputs"]);
    const insertNow = workbook.insertTemplate.bind(workbook);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    workbook.insertTemplate = async (insertion) => {
      calls += 1;
      await gate;
      return insertNow(insertion);
    };
    await renderPane(workbook);
    const insert = await screen.findByRole("button", { name: "Insert Tiny into this workbook" });
    // Five clicks before the pane re-renders with the button disabled.
    act(() => {
      for (let i = 0; i < 5; i++) fireEvent.click(insert);
    });
    expect(calls).toBe(1);
    expect((insert as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Download .xlsx of Tiny" }) as HTMLButtonElement).disabled).toBe(true);
    openSection("Compare groups");
    const write = await screen.findByRole("button", { name: "Write comparison" });
    expect((write as HTMLButtonElement).disabled).toBe(true);
    openSection("Templates");
    await act(async () => release());
    expect(await screen.findByText("Tiny inserted: Inputs (2), Flows (2).")).toBeTruthy();
    expect(await workbook.sheetNames()).toEqual(["Inputs", "Inputs (2)", "Flows (2)", "PreventionDividend (2)"]);
    expect((write as HTMLButtonElement).disabled).toBe(false);
  });

  it("downloads the .xlsx file", async () => {
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await renderPane(new MemoryWorkbook(), true, "de");
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: ".xlsx herunterladen: Klein" })));
    expect(await screen.findByText(/^Der Download von tiny-de.xlsx wurde gestartet. Erscheint keine Datei/)).toBeTruthy();
    expect(clicked.map((link) => link.download)).toEqual(["tiny-de.xlsx"]);
    click.mockRestore();
  });
});

describe("compare-groups wizard", () => {
  async function fillCohort() {
    openSection("Compare groups");
    fireEvent.change(await screen.findByRole("textbox", { name: /^Treated group/ }), { target: { value: "Cohort!G2:G241" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Comparison group/ }), { target: { value: "Cohort!G242:G471" } });
  }

  it("writes the block and reads the sentence for the example cohort", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    await fillCohort();
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Cohort!J2" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    const sentence = await screen.findByTestId("result-sentence");
    expect(sentence.textContent).toMatch(/^Counselled households moved into a care home 16\.3 percentage points less often/);
    expect(await screen.findByText("Comparison written to Cohort!J2:K16.")).toBeTruthy();
    const block = await workbook.readRange("Cohort!J2:K16");
    expect(block.formulas[4][1]).toBe('=PREVENT.RATEDIFF(Cohort!$G$2:$G$241, Cohort!$G$242:$G$471, $K$5, "rate_treated")');
  });

  it("asks before writing over cells that hold something, and keeps them on Cancel", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    await fillCohort();
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Cohort!A1" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/Cohort!A1:B15 are not empty/)).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" })));
    expect((await workbook.readRange("Cohort!A1")).values[0][0]).toBe("id");
  });

  it("overwrites only after the user agrees", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    await fillCohort();
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Cohort!A1" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    const dialog = await screen.findByRole("alertdialog");
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Overwrite" })));
    expect((await workbook.readRange("Cohort!A1")).values[0][0]).toBe("Comparison of groups: yes/no outcome");
  });

  it("takes a range from the selection and warns about blank cells", async () => {
    const workbook = new MemoryWorkbook(["Data"]);
    // Treated: 1, blank, 0, 1; control: 0, 0, 1, 1.
    await workbook.writeBlock("Data!A1", [
      [1, 0],
      [null, 0],
      [0, 1],
      [1, 1],
    ]);
    await renderPane(workbook);
    openSection("Compare groups");
    workbook.selection = "Data!A1:A4";
    // Found outside act(): the wizard reads the workbook's tables meanwhile.
    const button = await screen.findByRole("button", { name: "Use selection for Treated group" });
    await act(async () => fireEvent.click(button));
    expect((screen.getByRole("textbox", { name: /^Treated group/ }) as HTMLInputElement).value).toBe("Data!A1:A4");
    fireEvent.change(screen.getByRole("textbox", { name: /^Comparison group/ }), { target: { value: "B1:B4" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "D1" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    expect(await screen.findByText(/^Treated group: 1 of 4 cells are blank/)).toBeTruthy();
  });

  it("fills in the example data in preview mode", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    openSection("Compare groups");
    fireEvent.click(await screen.findByRole("radio", { name: "Number per person" }));
    fireEvent.click(screen.getByRole("button", { name: "Fill in the example" }));
    expect((screen.getByRole("textbox", { name: /^Treated group/ }) as HTMLInputElement).value).toBe("Scores!D66:D129");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    // Scores after the year, treated against control: R's t.test gives a difference of 1.298 (see prepareComparison.test.ts).
    expect((await screen.findByTestId("result-sentence")).textContent).toMatch(/^The treated group's mean was 1\.30 higher/);
    expect((await workbook.readRange("Scores!G2")).values[0][0]).toBe("Comparison of groups: mean of a number");
  });

  it("shows field messages instead of writing when a range is missing", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    openSection("Compare groups");
    // Found outside act(): the wizard reads the workbook's tables meanwhile.
    const button = await screen.findByRole("button", { name: "Write comparison" });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText("Treated group: enter a range.")).toBeTruthy();
    expect(screen.getByText("Write the results at: enter a range.")).toBeTruthy();
  });
});

describe("covariates in the compare-groups wizard", () => {
  it("adds labelled covariate fields, writes the balance table and reads what was adjusted for", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    openSection("Compare groups");
    fireEvent.change(await screen.findByRole("textbox", { name: /^Treated group/ }), { target: { value: "Cohort!G2:G241" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Comparison group/ }), { target: { value: "Cohort!G242:G471" } });
    fireEvent.click(screen.getByRole("button", { name: "Add covariate" }));
    expect(screen.getByRole("group", { name: "Covariate 1" })).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /^Covariate 1, Name/ }), { target: { value: "living alone" } });
    // The range fields and their buttons are named after the covariate once it has a name.
    workbook.selection = "Cohort!I2:I241";
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Use selection for living alone, treated group" })));
    expect((screen.getByRole("textbox", { name: "living alone, treated group" }) as HTMLInputElement).value).toBe("Cohort!I2:I241");
    fireEvent.change(screen.getByRole("textbox", { name: "living alone, comparison group" }), { target: { value: "Cohort!I242:I471" } });
    expect(screen.getByRole("combobox", { name: "Or pick a table column for living alone, comparison group" })).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Cohort!K2" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    expect((await screen.findByTestId("adjusted-sentence")).textContent).toMatch(
      /^Adjusted for living alone: counselled households moved into a care home \d+\.\d percentage points less often/,
    );
    // The card's balance table: R gives living alone 0.567 among the counselled, 0.348 in the comparison group, SMD 0.449 (comparableGroups.json).
    // The table a wide pane shows (hidden in jsdom, which applies no media query) and the stacked list of a narrow one.
    const balance = within(screen.getByTestId("balance")).getByRole("table", { hidden: true });
    expect(balance.getAttribute("aria-label")).toMatch(/^Were the groups alike\?/);
    expect(within(balance).getAllByRole("row", { hidden: true })[1].textContent).toBe("living alone0.570.350.45differs");
    const stacked = screen.getByRole("region", { name: "living alone" });
    expect([...stacked.querySelectorAll("dd")].map((value) => value.textContent)).toEqual(["0.57", "0.35", "0.45", "differs"]);
    // Comparison (15 rows), balance (blank, title, header, one covariate), adjusted (blank, title, ten keys, reading): K2:O33.
    expect(await screen.findByText("Comparison written to Cohort!K2:O33.")).toBeTruthy();
    const block = await workbook.readRange("Cohort!K18:O20");
    expect(block.values[1][0]).toBe("Covariate");
    expect(block.values[2][0]).toBe("living alone");
    expect(String(block.formulas[2][3])).toMatch(/^=INDEX\(PREVENT\.BALANCE\(/);
  });

  it("removes a covariate, and offers none for a comparison of numbers", async () => {
    await renderPane(await previewWorkbook());
    openSection("Compare groups");
    fireEvent.click(await screen.findByRole("button", { name: "Add covariate" }));
    fireEvent.click(screen.getByRole("button", { name: "Remove Covariate 1" }));
    expect(screen.queryByRole("group", { name: "Covariate 1" })).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "Number per person" }));
    expect(screen.queryByRole("button", { name: "Add covariate" })).toBeNull();
  });
});

describe("table columns in the compare-groups wizard", () => {
  const treatedPicker = () => screen.findByRole("combobox", { name: "Or pick a table column for Treated group" });

  it("fills a range field with a table column chosen by keyboard and writes structured references", async () => {
    const workbook = await previewWorkbook();
    await renderPane(workbook);
    openSection("Compare groups");
    const picker = await treatedPicker();
    // Once the tables are read, the placeholder saying there are none goes.
    await waitFor(() => expect(picker.textContent).toBe(""));
    act(() => picker.focus());
    fireEvent.keyDown(picker, { key: "ArrowDown" });
    const listbox = await screen.findByRole("listbox");
    // Groups: Counselled (240 households) in A:C, Comparison (230) in E:G; three columns each.
    const options = () =>
      within(listbox)
        .getAllByRole("option")
        .map((option) => option.textContent);
    await waitFor(() =>
      expect(options()).toEqual([
        "Counselled[Household] (240 rows)",
        "Counselled[Care grade] (240 rows)",
        "Counselled[Moved within 24 months] (240 rows)",
        "Comparison[Household] (230 rows)",
        "Comparison[Care grade] (230 rows)",
        "Comparison[Moved within 24 months] (230 rows)",
      ]),
    );
    // The list opens on the first column: two steps down to "Moved within 24 months", Enter takes it.
    fireEvent.keyDown(picker, { key: "ArrowDown" });
    fireEvent.keyDown(picker, { key: "ArrowDown" });
    fireEvent.keyDown(picker, { key: "Enter" });
    expect((screen.getByRole("textbox", { name: /^Treated group/ }) as HTMLInputElement).value).toBe("Counselled[Moved within 24 months]");
    expect(picker.textContent).toBe("Counselled[Moved within 24 months] (240 rows)");

    const comparisonPicker = screen.getByRole("combobox", { name: "Or pick a table column for Comparison group" });
    fireEvent.click(comparisonPicker);
    fireEvent.click(await screen.findByRole("option", { name: "Comparison[Moved within 24 months] (230 rows)" }));
    expect((screen.getByRole("textbox", { name: /^Comparison group/ }) as HTMLInputElement).value).toBe(
      "Comparison[Moved within 24 months]",
    );

    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Groups!I2" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    // The same households as Cohort!G2:G241 and G242:G471, so the same sentence.
    expect((await screen.findByTestId("result-sentence")).textContent).toMatch(
      /^Counselled households moved into a care home 16\.3 percentage points less often/,
    );
    expect(await screen.findByText("Comparison written to Groups!I2:J16.")).toBeTruthy();
    const block = await workbook.readRange("Groups!I2:J16");
    expect(block.formulas[4][1]).toBe(
      '=PREVENT.RATEDIFF(Counselled[Moved within 24 months], Comparison[Moved within 24 months], $J$5, "rate_treated")',
    );
  });

  it("shows the column a typed structured reference names, and nothing for an A1 range", async () => {
    await renderPane(await previewWorkbook());
    openSection("Compare groups");
    const picker = await treatedPicker();
    const field = screen.getByRole("textbox", { name: /^Treated group/ });
    fireEvent.change(field, { target: { value: "counselled[care grade]" } });
    await waitFor(() => expect(picker.textContent).toBe("Counselled[Care grade] (240 rows)"));
    fireEvent.change(field, { target: { value: "Cohort!G2:G241" } });
    expect(picker.textContent).toBe("");
  });

  it("says when the workbook has no tables and looks again when the list opens", async () => {
    const workbook = new MemoryWorkbook(["Data"]);
    await renderPane(workbook, false, "de");
    fireEvent.click(screen.getByRole("tab", { name: "Gruppen vergleichen" }));
    const picker = await screen.findByRole("combobox", { name: "Oder eine Tabellenspalte wählen für Geförderte Gruppe" });
    await waitFor(() => expect(picker.textContent).toBe("Keine Excel-Tabellen in dieser Arbeitsmappe"));
    await workbook.writeBlock("Data!A1", [["Umzug"], [1], [0]]);
    workbook.addTable("Beratene", "Data!A1:A3");
    await act(async () => fireEvent.click(picker));
    expect((await screen.findByRole("option", { name: "Beratene[Umzug] (2 Zeilen)" })).getAttribute("aria-disabled")).not.toBe("true");
  });
});

describe("assumptions panel", () => {
  async function withTinyInserted() {
    const workbook = new MemoryWorkbook(["Sheet1"]);
    await renderPane(workbook);
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Insert Tiny into this workbook" })));
    await screen.findByText(/Tiny inserted/);
    openSection("Assumptions");
    return workbook;
  }

  it("lists the inputs with value, unit, source and grade", async () => {
    await withTinyInserted();
    // rate 0.035 is shown as percent: 3.5 %.
    const input = (await screen.findByRole("textbox", { name: "Rate, in %" })) as HTMLInputElement;
    expect(input.value).toBe("3.5");
    expect(screen.getByText("Source: Green Book")).toBeTruthy();
    expect(screen.getByText("Grade B")).toBeTruthy();
  });

  it("writes an edit to the workbook and warns outside the plausible range", async () => {
    const workbook = await withTinyInserted();
    const input = await screen.findByRole("textbox", { name: "Rate, in %" });
    fireEvent.change(input, { target: { value: "8" } });
    await act(async () => fireEvent.blur(input));
    // Plausible range 0.015 to 0.05 → 1.5 % to 5 %.
    expect(await screen.findByText("Outside the plausible range 1.5 to 5.")).toBeTruthy();
    expect((await workbook.namedInputs()).find((named) => named.name === "rate")?.value).toBe(0.08);
  });

  it("refuses values the template does not accept and leaves the workbook alone", async () => {
    const workbook = await withTinyInserted();
    const input = await screen.findByRole("textbox", { name: "Rate, in %" });
    fireEvent.change(input, { target: { value: "30" } });
    await act(async () => fireEvent.keyDown(input, { key: "Enter" }));
    expect(await screen.findByText("Not saved: the template accepts 0 to 20.")).toBeTruthy();
    expect((await workbook.namedInputs()).find((named) => named.name === "rate")?.value).toBe(0.035);
  });

  it("lists only the names the insertion created, not a user's name spelled like an input", async () => {
    // The user's own "rate" links to their budget plan; the template's input therefore becomes rate_2.
    const workbook = new MemoryWorkbook(["Plan"]);
    await workbook.writeBlock("Plan!A1", [[0.02], ["=Plan!A1*2"]]);
    workbook.names.set("rate", "Plan!$A$2");
    await renderPane(workbook);
    await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Insert Tiny into this workbook" })));
    await screen.findByText(/Tiny inserted/);
    openSection("Assumptions");
    const inputs = await screen.findAllByRole("textbox", { name: "Rate, in %" });
    expect(inputs).toHaveLength(1);
    expect((inputs[0] as HTMLInputElement).value).toBe("3.5");
    fireEvent.change(inputs[0], { target: { value: "4" } });
    await act(async () => fireEvent.blur(inputs[0]));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    expect((await workbook.readRange("Plan!A2")).formulas[0][0]).toBe("=Plan!A1*2");
    expect((await workbook.namedInputs()).find((named) => named.name === "rate_2")?.value).toBe(0.04);
  });

  it("asks before replacing a formula in an input cell, and keeps it on request", async () => {
    const workbook = await withTinyInserted();
    const address = (await workbook.namedInputs()).find((named) => named.name === "rate")!.address;
    await workbook.writeBlock(address, [["=3.5/100"]]);
    openSection("Templates");
    openSection("Assumptions");
    expect(await screen.findByText("This cell holds a formula: =3.5/100")).toBeTruthy();
    const input = await screen.findByRole("textbox", { name: "Rate, in %" });
    fireEvent.change(input, { target: { value: "4" } });
    await act(async () => fireEvent.blur(input));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByText(/is computed by the formula =3.5\/100/)).toBeTruthy();
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Keep the formula" })));
    expect(await screen.findByText("The formula was kept; nothing was saved.")).toBeTruthy();
    expect((await workbook.readRange(address)).formulas[0][0]).toBe("=3.5/100");

    fireEvent.change(input, { target: { value: "4" } });
    await act(async () => fireEvent.blur(input));
    await act(async () =>
      fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Replace with the number" })),
    );
    expect(await screen.findByText("Saved.")).toBeTruthy();
    expect((await workbook.readRange(address)).formulas[0][0]).toBe(0.04);
  });

  it("says so when no template has been inserted", async () => {
    await renderPane(new MemoryWorkbook());
    openSection("Assumptions");
    await waitFor(() => expect(screen.getByText(/No template inputs found/)).toBeTruthy());
  });
});
