/*
 * End to end: the built task pane in Debian's Chromium, in preview mode (Office.js reports no
 * host), against the in-memory example workbook. Office.js's CDN address is answered from the
 * local copy in dist/office-js/, so nothing leaves the machine; every request is recorded.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { gzipSync } from "zlib";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, localOfficeFile, officeJsBase, serveOfficeJsLocally } from "./chromium";
import { serveDirectory, type StaticServer } from "./staticServer";
import recordedDraws from "../reference/sample-draws.json";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, ".tmp", "browser-dist");
const officeJsCdn = `${officeJsBase}office.js`;
/** Where Office.js's files are answered from: dist/office-js first, then the npm package. */
const officeFolders = [path.join(dist, "office-js"), path.join(root, "node_modules/@microsoft/office-js/dist")];

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];
const cspBlocks: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  execFileSync("npx", ["webpack", "--mode", "production", "--env", `outputPath=${dist}`], { cwd: root, stdio: "pipe" });
  server = await serveDirectory(dist);
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 420, height: 900 } });
  page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => {
    // A reload of the page cancels the pane's look for organisation-defaults.json while it is on its way.
    if (request.url().endsWith("/organisation-defaults.json") && request.failure()?.errorText === "net::ERR_ABORTED") return;
    pageErrors.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // No organisation-defaults.json is deployed here: its 404 is the pane's "built-in values" case.
    if (message.location().url.endsWith("/organisation-defaults.json")) return;
    // Office.js tries to frame its telemetry service; the Content-Security-Policy blocks that, as it should.
    if (message.text().includes("violates the following Content Security Policy directive")) cspBlocks.push(message.text());
    else pageErrors.push(message.text());
  });
  await serveOfficeJsLocally(page, officeFolders);
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByText("Preview", { exact: true }).waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** No focus ring, no hover and no running transition in the pictures for the README. */
async function restingPage(): Promise<void> {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(400);
}

/** Pictures of these runs at 420 px; the README's are taken at 320 px by narrowPane.test.ts. */
function screenshotPath(name: string): string {
  const folder = path.join(root, ".tmp", "screenshots");
  fs.mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}

/** Waits until no CSS animation or transition runs, so that a dialog fading in is scanned as it will be seen. */
async function settledAnimations(): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
}

/** Runs axe-core in the page; returns the serious and critical violations. */
async function accessibilityProblems(): Promise<string[]> {
  await settledAnimations();
  const axeSource = fs.readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the debugging protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    // Tabster's focus guards (<i data-tabster-dummy>) are hidden on purpose and pass focus on at once.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(", ")}`);
}

describe("custom functions bundle in Chromium", () => {
  it("PREVENT.SAMPLE gives the columns recorded in Node, bit for bit", async () => {
    const cases = recordedDraws.cases.map(({ distribution, p1, p2, p3, seed, draws }) => ({
      distribution,
      p1,
      p2,
      p3,
      seed,
      iterations: draws.length,
    }));
    const columns = await page.evaluate((requests) => {
      const runtime = (window as unknown as { CustomFunctions: { associated: Map<string, (...args: unknown[]) => unknown[][]> } })
        .CustomFunctions;
      const sample = runtime.associated.get("SAMPLE")!;
      return requests.map((request) =>
        sample(request.distribution, request.iterations, request.p1, request.p2, request.p3, request.seed).map((row) => row[0]),
      );
    }, cases);
    expect(columns.length).toBe(recordedDraws.cases.length);
    columns.forEach((column, index) => {
      const expected = recordedDraws.cases[index].draws;
      expect(column.length).toBe(expected.length);
      // Object.is: the same doubles, not merely close ones.
      expect(column.every((value, row) => Object.is(value, expected[row]))).toBe(true);
    });
  });
});

describe("task pane in Chromium, preview mode", () => {
  it("loads the webview check before the bundles, and on this engine it leaves the pane alone", async () => {
    // The bundles are deferred: they run after the page is parsed, so after the plain support.js in the body.
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((script) => ({
        file: script.src.split("/").pop(),
        defer: script.defer,
        inBody: script.parentElement === document.body,
      })),
    );
    expect(
      scripts.filter((script) => script.file === "taskpane.js" || script.file === "functions.js").every((script) => script.defer),
    ).toBe(true);
    expect(scripts.find((script) => script.file === "support.js")).toEqual({ file: "support.js", defer: false, inBody: true });
    expect(requests.some((url) => url.endsWith("/support.js"))).toBe(true);
    expect(await page.getByText("This Excel cannot show the add-in").count()).toBe(0);
    await page.getByText("Preview", { exact: true }).waitFor();
  });

  it("keeps the pane's initial bundle within 200 KB gzip", () => {
    const kilobytes = gzipSync(fs.readFileSync(path.join(dist, "taskpane.js")), { level: 9 }).length / 1024;
    expect(kilobytes).toBeLessThanOrEqual(200);
  });

  it("shows the gallery, inserts a template and passes the accessibility scan", async () => {
    const list = page.getByRole("list", { name: "Workbook templates" });
    await list.waitFor();
    expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(2);
    await restingPage();
    await page.screenshot({ path: screenshotPath("taskpane-gallery.png"), fullPage: true });
    expect(await accessibilityProblems()).toEqual([]);

    const download = page.waitForEvent("download");
    await page
      .getByRole("button", { name: /^Download \.xlsx of / })
      .first()
      .click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^[a-z-]+-en\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(2);

    await page
      .getByRole("button", { name: /^Insert .* into this workbook$/ })
      .first()
      .click();
    await page.getByText(/ inserted: /).waitFor();
  });

  it("lists the inserted template's inputs and warns outside the plausible range", async () => {
    await page.getByRole("tab", { name: "Assumptions" }).click();
    const discount = page.getByRole("textbox", { name: "Discount rate (real), in %" });
    await discount.waitFor();
    // The counselling case's discount rate is plausible from 1.5 % to 5 % (HM Treasury Green Book).
    await discount.fill("9");
    await discount.press("Enter");
    await page.getByText("Outside the plausible range 1.5 to 5.").waitFor();
    expect(await accessibilityProblems()).toEqual([]);
  });

  it("compares the example cohort and reads the sentence", async () => {
    // By keyboard: arrow keys move along the tabs, Enter opens one; Enter in a field submits the form.
    await page.getByRole("tab", { name: "Assumptions" }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await page.getByRole("tab", { name: "Compare groups", selected: true }).waitFor();
    await page.getByRole("textbox", { name: "Treated group", exact: true }).fill("Cohort!G2:G241");
    await page.getByRole("textbox", { name: "Comparison group", exact: true }).fill("Cohort!G242:G471");
    await page.getByRole("textbox", { name: "Write the results at", exact: true }).fill("Cohort!J2");
    await page.keyboard.press("Enter");
    const sentence = await page.getByTestId("result-sentence").textContent();
    /*
     * Worked by hand: 34 of 240 counselled and 70 of 230 comparison households moved.
     * 34/240 = 0.141667 (14.17 %), 70/230 = 0.304348 (30.43 %); difference 0.141667 − 0.304348
     * = −0.162681, i.e. 16.3 points less often; people per prevented move 1/0.162681 = 6.147 → 6.1,
     * "about 6" in the sentence.
     */
    expect(sentence).toMatch(
      /^Counselled households moved into a care home 16\.3 percentage points less often than the comparison group \(95\u00a0% CI /,
    );
    expect(sentence).toContain("about 6 households had to be counselled to prevent one move.");
    const figures = await page.locator("dl").innerText();
    expect(figures).toContain("14.17\u00a0% of 240");
    expect(figures).toContain("30.43\u00a0% of 230");
    expect(figures).toContain("\u221216.27 percentage points");
    expect(figures).toMatch(/People served per prevented event\s+6\.1/);
    await page.getByText("Comparison written to Cohort!J2:K16.").waitFor();
    await restingPage();
    await page.screenshot({ path: screenshotPath("taskpane-wizard.png"), fullPage: true });
    expect(await accessibilityProblems()).toEqual([]);
  });

  it("speaks German after the switch and asks before writing over the block", async () => {
    await page.getByRole("switch", { name: "Show the pane in German" }).click();
    await page.getByRole("tab", { name: "Gruppen vergleichen" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de");
    await page.getByRole("button", { name: "Vergleich schreiben" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("Die Zellen Cohort!J2:K16 sind nicht leer.", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Überschreiben" }).click();
    await page.getByText("Vergleich nach Cohort!J2:K16 geschrieben.").waitFor();
    // The modal dialog hides the rest of the page from screen readers while it is open; once it
    // has closed, the page must be reachable again.
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => !document.querySelector("[aria-hidden='true'] :is(button, input, [tabindex='0'])"));
    // The same figures as above, with decimal commas: 16,3 points and about 6 households.
    expect(await page.getByTestId("result-sentence").textContent()).toMatch(
      /^Beratene Haushalte zogen 16,3 Prozentpunkte seltener in ein Pflegeheim als die Vergleichsgruppe \(95\u00a0% KI .*\); etwa 6 Haushalte mussten beraten werden, um einen Umzug zu verhindern\. Ein nicht gemessener Einfluss müsste sowohl mit der Beratung als auch mit dem Heimeinzug etwa 3,7-fach zusammenhängen, um den Unterschied ganz zu erklären; um das Intervall die Null erreichen zu lassen, 2,3-fach\.$/,
    );
    expect(await accessibilityProblems()).toEqual([]);
  });

  it("compares two table columns picked from the lists, by keyboard, with structured references", async () => {
    // The pane speaks German since the test before; the example tables are Counselled and Comparison on the sheet Groups.
    const treated = page.getByRole("combobox", { name: "Oder eine Tabellenspalte wählen für Geförderte Gruppe" });
    await treated.focus();
    await page.keyboard.press("ArrowDown");
    await page.getByRole("option", { name: "Counselled[Moved within 24 months] (240 Zeilen)" }).waitFor();
    // The list opens on Counselled[Household]; two steps down is the column of moves.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("textbox", { name: "Geförderte Gruppe", exact: true }).inputValue()).toBe(
      "Counselled[Moved within 24 months]",
    );
    await page.getByRole("combobox", { name: "Oder eine Tabellenspalte wählen für Vergleichsgruppe" }).click();
    await page.getByRole("option", { name: "Comparison[Moved within 24 months] (230 Zeilen)" }).click();
    await page.getByRole("textbox", { name: "Ergebnisse schreiben ab", exact: true }).fill("Groups!I2");
    await page.keyboard.press("Enter");
    await page.getByText("Vergleich nach Groups!I2:J16 geschrieben.").waitFor();
    // The same 34 of 240 and 70 of 230 households as in Cohort!G2:G471, so the same reading.
    expect(await page.getByTestId("result-sentence").textContent()).toMatch(
      /^Beratene Haushalte zogen 16,3 Prozentpunkte seltener in ein Pflegeheim/,
    );
    expect(await accessibilityProblems()).toEqual([]);
  });

  it("adjusts the example comparison for the covariates and writes the balance table", async () => {
    // Still in German: the example fills the cohort's outcome ranges, three covariates (age, care grade, living alone) and K2.
    await page.getByRole("button", { name: "Beispiel eintragen" }).click();
    expect(await page.getByRole("textbox", { name: "Alter, geförderte Gruppe", exact: true }).inputValue()).toBe("Cohort!H2:H241");
    await page.getByRole("button", { name: "Vergleich schreiben" }).click();
    // The block of the first test, J2:K16, overlaps column K.
    const dialog = page.getByRole("alertdialog");
    await dialog.getByText("Die Zellen Cohort!K2:O35 sind nicht leer.", { exact: false }).waitFor();
    await dialog.getByRole("button", { name: "Überschreiben" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.waitForFunction(() => !document.querySelector("[aria-hidden='true'] :is(button, input, [tabindex='0'])"));
    // R's glm on the example cohort (test/reference/comparableGroups.json): adjusted difference −0.2189, i.e. 21.9 points.
    await page.getByText("Vergleich nach Cohort!K2:O35 geschrieben.").waitFor();
    expect(await page.getByTestId("adjusted-sentence").textContent()).toMatch(
      /^Bereinigt um Alter, Pflegegrad und allein lebend: Beratene Haushalte zogen 21,9 Prozentpunkte seltener in ein Pflegeheim/,
    );
    expect(await accessibilityProblems()).toEqual([]);
  });

  it("has a Content-Security-Policy that refuses inline and foreign scripts", async () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    const scriptSources = /script-src ([^;]+)/.exec(policy)?.[1].trim().split(/\s+/);
    expect(scriptSources).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // A second page of the same pane: an inline script and a foreign script must not run there.
    const probe = await page.context().newPage();
    await probe.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await probe.route("https://example.org/**", (route) =>
      route.fulfill({ body: "window.foreign = true", contentType: "text/javascript" }),
    );
    await probe.goto(`${server.origin}/taskpane.html`);
    const ran = await probe.evaluate(async () => {
      const inline = document.createElement("script");
      inline.textContent = "window.inline = true";
      document.head.appendChild(inline);
      const foreign = document.createElement("script");
      foreign.src = "https://example.org/script.js";
      document.head.appendChild(foreign);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const flags = window as unknown as { inline?: boolean; foreign?: boolean };
      return { inline: flags.inline === true, foreign: flags.foreign === true };
    });
    await probe.close();
    expect(ran).toEqual({ inline: false, foreign: false });
  });

  it("ran without script errors and made no request beyond this machine", async () => {
    expect(pageErrors).toEqual([]);
    // What the policy blocked was on its way out of the machine, never the pane's own scripts.
    for (const blocked of cspBlocks) expect(blocked).not.toMatch(/127\.0\.0\.1|localhost/);
    const outside = requests.filter((url) => {
      if (localOfficeFile(url, officeFolders)) return false; // Office.js's own files, answered from the local copies by the route above
      const host = new URL(url).hostname;
      return !(host === "127.0.0.1" || host === "localhost");
    });
    expect(outside).toEqual([]);
    expect(requests).toContain(officeJsCdn);
  });
});
