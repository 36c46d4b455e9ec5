/*
 * Takes the pictures of the German handbook (docs/de/bilder/): the task pane in its preview mode,
 * in German, 320 px wide (Excel's narrowest task pane), one picture per tab, one of the wizard
 * showing an error, one of its result for the example cohort, and one of the county's section
 * after reading the six example cities' business cases. It builds the pane as the browser tests do (webpack production build into
 * .tmp/handbook-dist), serves it on 127.0.0.1, answers Office.js from the local copies and opens the
 * page in Debian's Chromium.
 *
 *   npx tsx scripts/handbook-pictures.ts              # build, then take the pictures
 *   HANDBOOK_SKIP_BUILD=1 npx tsx scripts/handbook-pictures.ts   # reuse .tmp/handbook-dist
 *
 * Tabs are found by their role and their id (tab-<section>, set in src/taskpane/App.tsx), their
 * panels through aria-controls, so the script keeps working when the pane's layout changes. A tab
 * added later gets a picture named after its section; name it in `pictureNames` to give it a
 * German file name.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { launchChromium, serveOfficeJsLocally } from "../test/browser/chromium";
import { serveDirectory } from "../test/browser/staticServer";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, ".tmp", "handbook-dist");
const pictures = path.join(root, "docs", "de", "bilder");
const officeFolders = [path.join(dist, "office-js"), path.join(root, "node_modules/@microsoft/office-js/dist")];
const paneWidth = 320;
/** A long panel is cut off below this height, so that the pictures stay readable in the handbook. */
const longestPicture = 2100;

/** File name (without .png) of each section's picture; a section not listed is named by its id. */
const pictureNames: Record<string, string> = {
  gallery: "vorlagen",
  wizard: "gruppen-vergleichen",
  assumptions: "annahmen",
  treasurer: "kaemmerei",
  planning: "planung",
};
const wizardErrorPicture = "gruppen-vergleichen-fehler";
const wizardResultPicture = "gruppen-vergleichen-ergebnis";
const countyPicture = "kreis-zusammenfuehren";
/** The six example cities' business cases (scripts/make-county-example.ts) the county's picture reads. */
const countyExamples = path.join(root, "examples", "county");
const countyCities = ["nordstadt", "suedstadt", "oststadt", "weststadt", "mittelstadt", "seestadt"];

function build(): void {
  if (process.env.HANDBOOK_SKIP_BUILD === "1" && fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.log(`Using the existing build in ${path.relative(root, dist)}.`);
    return;
  }
  console.log("Building the task pane (webpack, production) …");
  execFileSync("npx", ["webpack", "--mode", "production", "--stats", "errors-warnings", "--env", `outputPath=${dist}`], {
    cwd: root,
    stdio: "inherit",
  });
}

/** No focus ring, no hover and no running transition in the pictures. */
async function restingPage(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  await page.waitForTimeout(300);
}

/** Waits until a panel has finished loading its chunk (no spinner left in it). */
async function loadedPanel(panel: Locator): Promise<void> {
  await panel.waitFor({ state: "visible" });
  await panel.locator("[role='progressbar']").first().waitFor({ state: "detached", timeout: 30_000 });
}

/**
 * The page from its top (or from `around`, with some of what is above it), at most `longestPicture`
 * high; says when the page is wider than the pane.
 */
async function picture(page: Page, name: string, around?: { element: Locator; above: number; height: number }): Promise<void> {
  await restingPage(page);
  const file = path.join(pictures, `${name}.png`);
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
    scrollY: window.scrollY,
  }));
  let top = 0;
  let height = Math.min(size.height, longestPicture);
  if (around) {
    const box = await around.element.boundingBox();
    if (box) {
      top = Math.max(0, Math.round(box.y + size.scrollY - around.above));
      height = Math.min(around.height, size.height - top);
    }
  }
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width: paneWidth, height } });
  const sideways = size.scrollWidth > size.clientWidth ? ` (the page is ${size.scrollWidth} px wide: it scrolls sideways)` : "";
  console.log(`${path.relative(root, file)}${sideways}`);
}

/** A step that makes a picture more telling; the picture is still taken when the step cannot be done. */
async function optionalStep(description: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.warn(`Skipped: ${description} (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
}

async function main(): Promise<void> {
  build();
  fs.mkdirSync(pictures, { recursive: true });
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: paneWidth, height: 800 } });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.warn(`Page error: ${error.message}`));
    await serveOfficeJsLocally(page, officeFolders);
    await page.goto(`${server.origin}/taskpane.html`);
    const tabs = page.getByRole("tablist").first().getByRole("tab");
    await tabs.first().waitFor();
    if ((await page.evaluate(() => document.documentElement.lang)) !== "de") {
      // The preview follows the browser's language; the switch in its header changes it.
      await page.getByRole("switch").first().click();
      await page.waitForFunction(() => document.documentElement.lang === "de");
    }

    const sections: { id: string; tab: Locator; panel: Locator }[] = [];
    for (const tab of await tabs.all()) {
      const id = (await tab.getAttribute("id")) ?? "";
      const panelId = await tab.getAttribute("aria-controls");
      sections.push({ id: id.replace(/^tab-/, ""), tab, panel: page.locator(`[id="${panelId}"]`) });
    }
    const section = (id: string) => sections.find((entry) => entry.id === id);
    const open = async (entry: { tab: Locator; panel: Locator }) => {
      await entry.tab.click();
      await loadedPanel(entry.panel);
    };

    // The gallery first, as it opens; then the counselling business case inserted into the example
    // workbook, so that the assumptions and the treasurer's tab have something to show.
    const gallery = section("gallery");
    if (gallery) {
      await open(gallery);
      await gallery.panel.getByRole("listitem").first().waitFor();
      await picture(page, pictureNames.gallery);
      await optionalStep("inserting the first template", async () => {
        await gallery.panel
          .getByRole("button", { name: /einfügen$/ })
          .first()
          .click();
        await gallery.panel.getByText(/ eingefügt: /).waitFor({ timeout: 60_000 });
      });
    }

    for (const entry of sections) {
      if (entry.id === "gallery") continue;
      await open(entry);
      const name = pictureNames[entry.id] ?? entry.id;
      if (entry.id === "wizard") {
        await picture(page, name);
        // A range that is none: the pane says why, in German, at the field (or in an alert).
        const firstRange = entry.panel.getByRole("textbox").first();
        await firstRange.fill("Kohorte!G2:G");
        await firstRange.press("Enter");
        const invalid = entry.panel.locator("[aria-invalid='true'], [role='alert']").first();
        await invalid.waitFor();
        await picture(page, wizardErrorPicture, { element: invalid, above: 260, height: 640 });
        await optionalStep("writing the example comparison", async () => {
          await entry.panel.getByRole("button", { name: "Beispiel eintragen" }).click();
          await entry.panel.getByRole("button", { name: "Vergleich schreiben" }).click();
          const sentence = entry.panel.getByTestId("result-sentence");
          await sentence.waitFor({ timeout: 60_000 });
          await picture(page, wizardResultPicture, { element: sentence, above: 200, height: 1100 });
        });
        continue;
      }
      if (entry.id === "treasurer") {
        await optionalStep("checking the formula cells", async () => {
          await entry.panel.getByRole("button", { name: "Formelzellen prüfen" }).click();
          await entry.panel.getByText(/Formelzellen enthalten/).waitFor({ timeout: 60_000 });
        });
      }
      await picture(page, name);
      if (entry.id === "treasurer") {
        await optionalStep("reading the example cities' workbooks", async () => {
          const chooser = page.waitForEvent("filechooser");
          await entry.panel.getByRole("button", { name: /^Mappen auswählen/ }).click();
          await (await chooser).setFiles(countyCities.map((city) => path.join(countyExamples, `${city}.xlsx`)));
          const done = entry.panel.getByText(/^\d+ Mappen? gelesen/).first();
          await done.waitFor({ timeout: 120_000 });
          await picture(page, countyPicture, { element: done, above: 420, height: 1600 });
        });
      }
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
