/** @jest-environment jsdom */
import "./jsdomShims";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { confoundingReference } from "../reference/confoundingReference";
import { tinyTemplate } from "../support/tinyTemplate";

const library: TemplateLibrary = { definitions: async () => [tinyTemplate], xlsxFile: async () => new Blob(["xlsx"]) };

async function openPlanning(language: "en" | "de") {
  render(<App services={{ port: new MemoryWorkbook(), preview: false, templates: library }} initialLanguage={language} />);
  fireEvent.click(screen.getByRole("tab", { name: language === "en" ? "Planning" : "Planung" }));
  await screen.findByRole("heading", { name: language === "en" ? "Plan an evaluation" : "Eine Auswertung planen" });
}

const field = (label: string) => screen.getByRole("textbox", { name: label });
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe("the planning card", () => {
  it("answers how many households for a fall from 30 % to 20 % with 80 % power, and for how long", async () => {
    // R: power.prop.test(p1 = 0.2, p2 = 0.3, power = 0.8) gives n = 293.15 → 294 per group (confounding.json).
    const reference = confoundingReference.sample_sizes[0];
    expect(reference.n_treated).toBe(294);
    await openPlanning("de");
    const status = screen.getByRole("status");
    expect(within(status).getByText("Beratene Haushalte").nextSibling?.textContent).toBe("294");
    expect(within(status).getByText("Vergleichshaushalte").nextSibling?.textContent).toBe("294");
    // 294 households at 10 a month: 30 months (29.4 rounded up), then 24 months of follow-up: 54.
    expect(within(status).getByText("Monate, bis das Ergebnis feststeht").nextSibling?.textContent).toBe("54");
    expect(status.querySelector("p")?.textContent).toBe(
      "Um einen Rückgang von 30\u00a0% auf 20\u00a0% mit 80\u00a0% Sicherheit nachzuweisen, braucht die Auswertung 294 beratene Haushalte und 294 Vergleichshaushalte. Bei 10 neu beratenen Haushalten im Monat sind nach 30 Monaten genug beraten; mit 24 Monaten Beobachtung je Haushalt steht das Ergebnis nach 54 Monaten fest.",
    );
  });

  it("follows the ratio: two comparison households per counselled one (R: 223.43 → 224 and 448)", async () => {
    await openPlanning("en");
    type("Comparison households per counselled household", "2");
    const status = screen.getByRole("status");
    expect(within(status).getByText("Counselled households").nextSibling?.textContent).toBe("224");
    expect(within(status).getByText("Comparison households").nextSibling?.textContent).toBe("448");
    expect(within(status).getByText("Households in all").nextSibling?.textContent).toBe("672");
  });

  it("names the field that is wrong, in German", async () => {
    await openPlanning("de");
    type("Quote, die die Beratung erreichen soll (%)", "30");
    expect(await screen.findByText(/Beide Quoten sind gleich/)).toBeTruthy();
    type("Quote, die die Beratung erreichen soll (%)", "zwanzig");
    expect(await screen.findByText("Bitte eine Zahl eingeben.")).toBeTruthy();
    type("Gewünschte Sicherheit (Teststärke, %)", "100");
    expect(await screen.findByText("Bitte eine Zahl von 50 bis 99,9 eingeben.")).toBeTruthy();
    expect(within(screen.getByRole("status")).queryByText("Beratene Haushalte")).toBeNull();
  });
});

describe("the planning card's statistical terms", () => {
  it("explain power and the confidence level beside their labels, in the pane's language", async () => {
    await openPlanning("de");
    // The label still names its field; the info button beside it opens the catalogue's sentence.
    const power = field("Gewünschte Sicherheit (Teststärke, %)");
    const label = document.querySelector(`label[for="${power.id}"]`)!;
    const button = label.parentElement!.querySelector("button")!;
    expect(button).not.toBeNull();
    fireEvent.click(button);
    expect(await screen.findByText(/Die Wahrscheinlichkeit, dass eine Auswertung einen tatsächlich vorhandenen Unterschied/)).toBeTruthy();
    expect(field("Konfidenzniveau (%)")).toBeTruthy();
  });
});
