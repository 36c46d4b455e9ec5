/*
 * The built task pane at 320 px, the narrowest task pane Excel shows, in English and German, in
 * preview mode: every tab in the states that take the most room (the wizard with covariates and
 * its balance table, the sensitivity table, the mapping step, error messages). In each state the
 * page and every section must not scroll sideways, nothing may stick out to the right, and no
 * two controls may overlap. Screenshots go to .tmp/screenshots (and, with UPDATE_SCREENSHOTS=1,
 * the English ones the README shows to docs/).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { type Browser, type Page } from "playwright-core";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { editWorkbook } from "../support/xlsxEdits";
import { launchChromium, serveOfficeJsLocally } from "./chromium";
import { misfits } from "./fit";
import { serveDirectory, type StaticServer } from "./staticServer";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, ".tmp", "browser-dist-narrow");
const officeFolders = [path.join(dist, "office-js"), path.join(root, "node_modules/@microsoft/office-js/dist")];
const width = 320;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  execFileSync("npx", ["webpack", "--mode", "production", "--env", `outputPath=${dist}`], { cwd: root, stdio: "pipe" });
  server = await serveDirectory(dist);
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function screenshotPath(name: string, readme?: string): string {
  const folder = path.join(root, ".tmp", "screenshots");
  fs.mkdirSync(folder, { recursive: true });
  return process.env.UPDATE_SCREENSHOTS === "1" && readme ? path.join(root, "docs", readme) : path.join(folder, name);
}

const words = {
  en: {
    preview: "Preview",
    tabs: { gallery: "Templates", wizard: "Compare groups", assumptions: "Assumptions", treasurer: "For treasurers" },
    insertCase: /^Insert Care and housing counselling business case into this workbook$/,
    iterations: "Monte Carlo iterations",
    insertWithData: /^Insert with data from a CSV file: Prevented residential-care placements$/,
    mapping: "Which column of the file is which?",
    inserted: / inserted: /,
    fillExample: "Fill in the example",
    write: "Write comparison",
    treated: "Treated group",
    written: /^Comparison written to /,
    adjusted: "adjusted-sentence",
    discount: "Discount rate (real), in %",
    outside: /^Outside the plausible range/,
    run: "Run one-way sensitivity",
    done: "Done. Every input holds its original value or formula again.",
    freeze: "Make frozen copies",
    county: /^Choose workbooks \(\.xlsx\)$/,
    countyDone: "1 workbook read, 1 not read.",
    countyInsert: "Insert the consolidation into this workbook",
    countyInserted: /^County consolidation inserted: /,
    chooseSheet: "Choose at least one sheet.",
    datesRefused: /is before .* of the same line/,
  },
  de: {
    preview: "Vorschau",
    tabs: { gallery: "Vorlagen", wizard: "Gruppen vergleichen", assumptions: "Annahmen", treasurer: "Für die Kämmerei" },
    insertCase: /^Business Case .* in diese Arbeitsmappe einfügen$/,
    iterations: "Monte-Carlo-Durchläufe",
    insertWithData: /^Mit Daten aus einer CSV-Datei einfügen: Verhinderte Heimaufnahmen$/,
    mapping: "Welche Spalte der Datei ist welche?",
    inserted: / eingefügt: /,
    fillExample: "Beispiel eintragen",
    write: "Vergleich schreiben",
    treated: "Geförderte Gruppe",
    written: /^Vergleich nach /,
    adjusted: "adjusted-sentence",
    discount: "Diskontsatz (real), in %",
    outside: /^Außerhalb des plausiblen Bereichs/,
    run: "Einseitige Sensitivität berechnen",
    done: "Fertig. Jede Eingabe enthält wieder ihren ursprünglichen Wert oder ihre Formel.",
    freeze: "Eingefrorene Kopien anlegen",
    county: /^Mappen auswählen \(\.xlsx\)$/,
    countyDone: "1 Mappe gelesen, 1 nicht gelesen.",
    countyInsert: "Zusammenführung in diese Arbeitsmappe einfügen",
    countyInserted: /^Zusammenführung im Kreis eingefügt: /,
    chooseSheet: "Bitte mindestens ein Blatt wählen.",
    datesRefused: /liegt vor .* derselben Zeile/,
  },
};

async function resting(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
}

async function checked(page: Page, name: string, readme?: string): Promise<void> {
  await resting(page);
  await page.screenshot({ path: screenshotPath(name, readme), fullPage: true });
  expect({ state: name, problems: await misfits(page) }).toEqual({ state: name, problems: [] });
}

async function chooseFile(page: Page, button: RegExp, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
}

describe.each(["en", "de"] as const)("the pane at 320 px, %s", (language) => {
  const w = words[language];
  let page: Page;

  beforeAll(async () => {
    const context = await browser.newContext({ locale: language === "de" ? "de-DE" : "en-GB", viewport: { width, height: 800 } });
    page = await context.newPage();
    await serveOfficeJsLocally(page, officeFolders);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByText(w.preview, { exact: true }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await page?.context().close();
  });

  it("templates: a setting refused, the mapping step, a file refused, a template inserted", async () => {
    await page.getByRole("list").first().waitFor();
    await checked(page, `narrow-${language}-gallery.png`, language === "en" ? "taskpane-gallery.png" : undefined);
    await page.getByRole("textbox", { name: w.iterations }).fill("abc");
    await page.getByRole("button", { name: w.insertCase }).click();
    await checked(page, `narrow-${language}-gallery-setting-refused.png`);
    await page.getByRole("textbox", { name: w.iterations }).fill("200");
    // Own column names: the mapping step asks which is which.
    await chooseFile(page, w.insertWithData, "eigene.csv", "Fallnummer;Status;Datum;Einzug;Ende\nF1;B;09.01.2022;;31.12.2025\n");
    await page.getByRole("group", { name: w.mapping }).waitFor();
    await page.getByRole("group", { name: w.mapping }).scrollIntoViewIfNeeded();
    await checked(page, `narrow-${language}-gallery-mapping.png`);
    // A follow-up that ends before it starts: refused with the line.
    await chooseFile(
      page,
      w.insertWithData,
      "kohorte.csv",
      "ID;Gruppe;Beginn;Heimaufnahme;Ende der Beobachtung\nT1;beraten;09.01.2022;;01.03.2021\n",
    );
    await page.getByText(w.datesRefused).waitFor();
    await checked(page, `narrow-${language}-gallery-refused.png`);
    await page.getByRole("button", { name: w.insertCase }).click();
    await page.getByText(w.inserted).first().waitFor({ timeout: 60_000 });
    await checked(page, `narrow-${language}-gallery-inserted.png`);
  }, 180_000);

  it("compare groups: field messages, then the example with covariates and its balance table", async () => {
    await page.getByRole("tab", { name: w.tabs.wizard }).click();
    await page.getByRole("button", { name: w.write }).click();
    await page.getByRole("textbox", { name: w.treated, exact: true }).waitFor();
    await checked(page, `narrow-${language}-wizard-errors.png`);
    await page.getByRole("button", { name: w.fillExample }).click();
    await page.getByRole("button", { name: w.write }).click();
    await page.getByTestId(w.adjusted).waitFor({ timeout: 60_000 });
    await page.getByText(w.written).first().waitFor();
    await checked(page, `narrow-${language}-wizard.png`, language === "en" ? "taskpane-wizard.png" : undefined);
  }, 180_000);

  it("assumptions: a value outside the plausible range", async () => {
    await page.getByRole("tab", { name: w.tabs.assumptions }).click();
    const discount = page.getByRole("textbox", { name: w.discount });
    await discount.waitFor();
    await discount.fill("9");
    await discount.press("Enter");
    await page.getByText(w.outside).first().waitFor();
    await checked(page, `narrow-${language}-assumptions.png`);
  }, 120_000);

  it("for treasurers: the sensitivity table as a list, a freeze refused", async () => {
    await page.getByRole("tab", { name: w.tabs.treasurer }).click();
    await page.getByRole("button", { name: w.run }).click();
    await page.getByText(w.done).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: w.freeze }).click();
    await page.getByText(w.chooseSheet).waitFor();
    await checked(page, `narrow-${language}-treasurer.png`, language === "en" ? "taskpane-treasurer.png" : undefined);
  }, 240_000);

  it("for treasurers: the county's workbooks, one read with a finding, one not read", async () => {
    // A business case whose benefit-cost ratio was typed over its formula, and a file that is no workbook.
    const edited = await editWorkbook(await renderXlsx(layoutTemplate(counsellingCase, language)), { inputs: { bcr_county: 2.5 } });
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: w.county }).click();
    await (
      await chooser
    ).setFiles([
      { name: "Business Case Stadt Bad Driburg 2027.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(edited) },
      { name: "Protokoll-Sitzung-Sozialausschuss.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("no workbook") },
    ]);
    await page.getByText(w.countyDone).waitFor({ timeout: 60_000 });
    await checked(page, `narrow-${language}-county.png`, language === "en" ? "taskpane-county.png" : undefined);
    await page.getByRole("button", { name: w.countyInsert }).click();
    await page.getByText(w.countyInserted).waitFor({ timeout: 60_000 });
    await checked(page, `narrow-${language}-county-inserted.png`);
  }, 120_000);
});
