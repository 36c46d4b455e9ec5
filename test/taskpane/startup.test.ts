/** @jest-environment jsdom */
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { startHost } from "../../src/taskpane/startup";

const global = globalThis as { Office?: unknown };

function fakeOffice(host: string | null, displayLanguage = "en-US") {
  global.Office = { onReady: async () => ({ host, platform: null }), context: { displayLanguage } };
}

function browserLanguage(language: string) {
  Object.defineProperty(window.navigator, "language", { value: language, configurable: true });
}

afterEach(() => {
  delete global.Office;
});

describe("startHost", () => {
  it("runs the preview on the example workbook when Office.js is missing", async () => {
    browserLanguage("de-AT");
    const host = await startHost();
    expect(host.preview).toBe(true);
    expect(host.language).toBe("de");
    expect(host.port).toBeInstanceOf(MemoryWorkbook);
    // The example workbook speaks the preview's language: its sheets are named as a German planner's would be.
    expect(await host.port.sheetNames()).toEqual(["Kohorte", "Gruppen", "Testwerte"]);
  });

  it("runs the preview when Office.js reports no host, in the browser's language", async () => {
    fakeOffice(null, "de-DE");
    browserLanguage("en-GB");
    const host = await startHost();
    expect(host.preview).toBe(true);
    expect(host.language).toBe("en");
  });

  it("uses the Office.js port and Office's display language inside Excel", async () => {
    fakeOffice("Excel", "de-DE");
    browserLanguage("en-GB");
    const host = await startHost();
    expect(host.preview).toBe(false);
    expect(host.language).toBe("de");
    expect(host.port).not.toBeInstanceOf(MemoryWorkbook);
  });
});
