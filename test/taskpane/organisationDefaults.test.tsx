/** @jest-environment jsdom */
/*
 * The gallery with an organisation's defaults file next to the pane: each card says which values
 * it uses, an insertion carries them; a file that cannot be used stops insertion with its reason;
 * no file (404): the built-in values.
 */
import "./jsdomShims";
import { readFileSync } from "fs";
import { join } from "path";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import type { TemplateInsertion } from "../../src/templates/plan";
import { App } from "../../src/taskpane/App";
import { organisationDefaultsFrom } from "../../src/taskpane/gallery/organisationDefaultsSource";
import type { TemplateLibrary } from "../../src/taskpane/services";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { unchangedNaming } from "../../src/templates/naming";

const example = readFileSync(join(__dirname, "..", "..", "examples", "organisation-defaults.json"));

/** A server answering for organisation-defaults.json; the URLs asked for are recorded. */
function server(status: number, body: Uint8Array | string = "") {
  const asked: string[] = [];
  const get = async (url: string) => {
    asked.push(url);
    const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
    return {
      ok: status >= 200 && status < 300,
      status,
      headers: { get: (name: string) => (name.toLowerCase() === "content-length" ? String(bytes.length) : null) },
      text: async () => (typeof body === "string" ? body : Buffer.from(bytes).toString("utf8")),
    } as unknown as Response;
  };
  return { asked, get };
}

async function gallery(get: (url: string) => Promise<Response>) {
  const insertions: TemplateInsertion[] = [];
  const workbook = new MemoryWorkbook();
  workbook.insertTemplate = async (insertion) => {
    insertions.push(insertion);
    return { templateId: insertion.templateId, sheets: ["Ergebnis", "PreventionDividend"], names: [], suffix: 1, omitted: [] };
  };
  const library: TemplateLibrary = {
    definitions: async () => [counsellingCase, placementCohort],
    xlsxFile: async () => new Blob([]),
    organisationDefaults: () => organisationDefaultsFrom(get),
  };
  render(<App services={{ port: workbook, preview: true, templates: library }} initialLanguage="de" />);
  await screen.findByRole("button", { name: /^Business Case Pflege- und Wohnberatung in diese Arbeitsmappe einfügen/ });
  return insertions;
}

const insertButton = () => screen.getByRole("button", { name: /^Business Case Pflege- und Wohnberatung in diese Arbeitsmappe einfügen/ });

describe("organisation defaults in the gallery", () => {
  it("says on each card which defaults it uses and inserts them", async () => {
    const { asked, get } = server(200, example);
    const insertions = await gallery(get);
    expect(asked).toEqual(["organisation-defaults.json"]);
    expect(
      await screen.findByText("Verwendet die Vorgaben Kreis Beispiel, gültig ab 01.01.2027: 3 Werte, davon 2 gesperrt.", undefined, {
        timeout: 30_000,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText("Verwendet die eingebauten Werte des Add-ins (die Vorgaben Kreis Beispiel nennen keine ihrer Eingaben)."),
    ).toBeTruthy();
    await act(async () => fireEvent.click(insertButton()));
    const plan = insertions[0].plan(unchangedNaming);
    const at = plan.nameAddresses.hzp_monthly_cost;
    const sheet = plan.sheets.find((candidate) => candidate.name === at.sheet)!;
    const value = sheet.cells.find((cell) => cell.row === Number(at.address.slice(1)) && cell.column === 2)!;
    expect([value.content, value.locked]).toEqual([1850, true]);
  });

  it("uses the built-in values when there is no file, and says so", async () => {
    await gallery(server(404).get);
    expect(
      (await screen.findAllByText("Verwendet die eingebauten Werte des Add-ins (keine Vorgaben einer Organisation gefunden).")).length,
    ).toBe(2);
  });

  it("inserts nothing while the file cannot be used, naming the file, the key and the reason", async () => {
    const broken = JSON.stringify({
      organisation: "Kreis Beispiel",
      valid_from: "2027-01-01",
      inputs: { "counselling-case": { hzp_monthy_cost: { value: 1 } } },
    });
    const insertions = await gallery(server(200, broken).get);
    await screen.findAllByText(/Schlüssel „inputs\.counselling-case\.hzp_monthy_cost“/, undefined, { timeout: 30_000 });
    await act(async () => fireEvent.click(insertButton()));
    expect(insertions).toEqual([]);
    expect(
      screen.getAllByText(
        /Die Vorgaben der Organisation sind nicht verwendbar; deshalb wird nichts eingefügt oder heruntergeladen\. organisation-defaults\.json, Schlüssel „inputs\.counselling-case\.hzp_monthy_cost“: Die Vorlage counselling-case hat keine Eingabe dieses Namens/,
      ).length,
    ).toBeGreaterThan(0);
  });

  it("refuses a file of 50 MB by its announced size, before reading it", async () => {
    const { get } = server(200, new Uint8Array(50 * 2 ** 20));
    const state = await organisationDefaultsFrom(get);
    expect(state.kind === "refused" && state.reason.de).toContain("Die Datei ist 50,0 MB groß; Vorgaben dürfen höchstens 1 MB groß sein.");
  });

  it("takes the neutral file the build ships, which sets no input, as the built-in values", async () => {
    const { get } = server(200, readFileSync(join(__dirname, "../../deploy/organisation-defaults.json"), "utf8"));
    expect(await organisationDefaultsFrom(get)).toEqual({ kind: "none" });
  });
});
