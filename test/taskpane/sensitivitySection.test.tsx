/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import type { Trial } from "../../src/office/workbookPort";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { parseRange } from "../../src/shared/addresses";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { templateInsertion } from "../../src/templates/layout";

const library: TemplateLibrary = { definitions: async () => [counsellingCase], xlsxFile: async () => new Blob(["xlsx"]) };

/**
 * The business case inserted twice (the run takes the first), with a stand-in for Excel's
 * recalculation: county NPV = 10,000 × months avoided − 100,000; public NPV = 20,000 × months
 * avoided − 50,000 × posts. Every other input leaves both unchanged.
 */
async function businessCase(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(["Sheet1"]);
  await workbook.insertTemplate(templateInsertion(counsellingCase, "en"));
  await workbook.insertTemplate(templateInsertion(counsellingCase, "en"));
  const value = (name: string) => {
    const { sheet, top, left } = parseRange(workbook.names.get(name)!);
    return workbook.sheet(sheet!).cells.get(`${top},${left}`)?.value as number;
  };
  workbook.calculate = () => {
    workbook.setCachedValue("npv_county", 10000 * value("months_avoided") - 100000);
    workbook.setCachedValue("npv_public", 20000 * value("months_avoided") - 50000 * value("posts_fte"));
  };
  return workbook;
}

/** The named cells other than the results, which the stand-in recalculation leaves as the last trial set them. */
async function inputsOf(workbook: MemoryWorkbook) {
  return (await workbook.namedInputs()).filter((input) => !input.name.startsWith("npv_"));
}

async function openTreasurer(workbook: MemoryWorkbook) {
  render(<App services={{ port: workbook, preview: false, templates: library }} initialLanguage="en" />);
  fireEvent.click(await screen.findByRole("tab", { name: "For treasurers" }));
}

describe("one-way sensitivity in the pane", () => {
  it("shows the net present values at low and high, the largest swing first, and restores the inputs", async () => {
    const workbook = await businessCase();
    const before = await inputsOf(workbook);
    await openTreasurer(workbook);
    const runButton = await screen.findByRole("button", { name: "Run one-way sensitivity" }, { timeout: 5000 });
    await act(async () => fireEvent.click(runButton));
    expect(await screen.findByText("Done. Every input holds its original value or formula again.")).toBeTruthy();
    // The table form (a wide pane; jsdom shows the stacked list, so the table counts as hidden here).
    const table = within(screen.getByTestId("sensitivity")).getByRole("table", { hidden: true });
    expect(table.getAttribute("aria-label")).toMatch(/largest swing for the county first/);
    const first = within(table).getAllByRole("row", { hidden: true })[1];
    // Months avoided 6 and 25 (its plausible range): county 10,000 × 6 − 100,000 = −40,000 and 150,000, swing 190,000;
    // public 20,000 × 6 − 50,000 = 70,000 and 450,000.
    expect(
      within(first)
        .getAllByRole("cell", { hidden: true })
        .map((cell) => cell.textContent),
    ).toEqual([
      "Care-home months avoided per prevented placement",
      "6 – 25",
      "\u221240,000",
      "150,000",
      "190,000",
      "70,000",
      "450,000",
      // Switching value found by bisection: 10,000 × m − 100,000 = 0 at m = 10; the public value stays above 0 from 6 to 25.
      "10.00 / none in range",
    ]);
    // Posts 1 and 2: the county's value does not move (swing 0); public 240,000 − 50,000 = 190,000 and 140,000.
    const posts = within(table).getByRole("cell", { name: "Counselling posts (full-time equivalents)", hidden: true }).closest("tr")!;
    expect(
      within(posts as HTMLElement)
        .getAllByRole("cell", { hidden: true })
        .map((cell) => cell.textContent)
        .slice(2),
    ).toEqual(["20,000", "20,000", "0", "190,000", "140,000", "—"]);
    // The stacked form a narrow pane shows: the same figures, one labelled block per input.
    const stacked = screen.getByRole("region", { name: "Care-home months avoided per prevented placement" });
    expect([...stacked.querySelectorAll("dt, dd")].map((item) => item.textContent).slice(0, 6)).toEqual([
      "Low – high",
      "6 – 25",
      "County, low",
      "\u221240,000",
      "County, high",
      "150,000",
    ]);
    // Base: months 12, posts 1.
    expect(screen.getByText("Base case: county 20,000, all public payers 190,000 (net present value, EUR).")).toBeTruthy();
    expect(await inputsOf(workbook)).toEqual(before);
  });

  it("stops on Cancel between recalculations and restores the inputs", async () => {
    const workbook = await businessCase();
    const before = await inputsOf(workbook);
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const run = workbook.withTrialInputs.bind(workbook);
    workbook.withTrialInputs = (inputs, results, body) =>
      run(inputs, results, (trial: Trial) => body(async (values) => (await gate, trial(values)))) as never;
    await openTreasurer(workbook);
    const runButton = await screen.findByRole("button", { name: "Run one-way sensitivity" }, { timeout: 5000 });
    await act(async () => fireEvent.click(runButton));
    expect(screen.getByRole("status", { name: "" }).textContent).toMatch(/^0 of \d+ recalculations$/);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    await act(async () => open());
    expect(await screen.findByText("Cancelled after 0 inputs. Every input holds its original value or formula again.")).toBeTruthy();
    expect(await inputsOf(workbook)).toEqual(before);
  });

  it("says when there is no business case to vary", async () => {
    await openTreasurer(new MemoryWorkbook());
    expect(await screen.findByText(/No counselling business case with its net present values was found/)).toBeTruthy();
  });
});
