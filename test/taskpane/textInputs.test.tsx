/** @jest-environment jsdom */
/**
 * Text inputs in the Assumptions panel: a name typed in, and a choice among a template's options,
 * written to the workbook as text (the choice in the words the workbook's template uses).
 */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import type { TemplateDefinition, TextInputRow } from "../../src/templates/model";
import { tinyTemplate } from "../support/tinyTemplate";

const place: TextInputRow = {
  kind: "textInput",
  name: "place_name",
  label: { de: "Gemeinde", en: "Municipality" },
  value: { de: "", en: "" },
  grade: "D",
  source: { de: "Eintragen", en: "Enter it" },
};
const choice: TextInputRow = {
  kind: "textInput",
  name: "figures_from",
  label: { de: "Zahlen", en: "Figures" },
  value: { de: "eingegeben", en: "typed in" },
  options: { codes: ["from_cohort", "typed_in"], message: { de: "Bitte wählen.", en: "Please choose." } },
  grade: "C",
  source: { de: "Wahl", en: "Choice" },
};
const withText: TemplateDefinition = {
  ...tinyTemplate,
  sheets: [{ ...tinyTemplate.sheets[0], rows: [place, choice, ...tinyTemplate.sheets[0].rows!] }, ...tinyTemplate.sheets.slice(1)],
};
const library: TemplateLibrary = { definitions: async () => [withText], xlsxFile: async () => new Blob(["xlsx"]) };

it("edits a text input and a choice, writing text to the workbook", async () => {
  const workbook = new MemoryWorkbook(["Sheet1"]);
  render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="en" />);
  await screen.findByRole("heading", { name: "Workbook templates" });
  await act(async () => fireEvent.click(await screen.findByRole("button", { name: "Insert Tiny into this workbook" })));
  await screen.findByText(/Tiny inserted/);
  fireEvent.click(screen.getByRole("tab", { name: "Assumptions" }));
  const named = async (name: string) => (await workbook.namedInputs()).find((input) => input.name === name)?.value;

  const name = (await screen.findByRole("textbox", { name: "Municipality" })) as HTMLInputElement;
  expect(name.value).toBe("");
  fireEvent.change(name, { target: { value: "Musterstadt" } });
  await act(async () => fireEvent.blur(name));
  expect(await screen.findByText("Saved.")).toBeTruthy();
  expect(await named("place_name")).toBe("Musterstadt");

  const select = screen.getByRole("combobox", { name: "Figures" }) as HTMLSelectElement;
  expect(select.value).toBe("typed in");
  expect([...select.options].map((option) => option.value)).toEqual(["from the cohort sheet", "typed in"]);
  await act(async () => fireEvent.change(select, { target: { value: "from the cohort sheet" } }));
  expect(await named("figures_from")).toBe("from the cohort sheet");
  // The rate, a number, is still offered beside them.
  expect(screen.getByRole("textbox", { name: "Rate, in %" })).toBeTruthy();
});
