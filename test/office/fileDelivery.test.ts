import { officeFileDelivery } from "../../src/office/fileDelivery";

const pane = "https://addins.example.org/taskpane.html";

/** Office.js as far as the delivery asks it, on one platform; the addresses opened in the system browser are kept. */
function office(platform: "Mac" | "PC" | "OfficeOnline", sets: string[] = ["OpenBrowserWindowApi"]): string[] {
  const opened: string[] = [];
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: { Mac: "Mac", PC: "PC", OfficeOnline: "OfficeOnline" },
    context: {
      platform,
      requirements: { isSetSupported: (name: string) => sets.includes(name) },
      ui: { openBrowserWindow: (url: string) => opened.push(url) },
    },
  };
  return opened;
}

/** The hosting server: which paths it answers with 200. */
function server(files: string[]): string[] {
  const asked: string[] = [];
  (globalThis as Record<string, unknown>).fetch = async (url: string, init: { method: string }) => {
    asked.push(`${init.method} ${url}`);
    return { ok: files.includes(new URL(url).pathname) };
  };
  return asked;
}

describe("handing the .xlsx to the user", () => {
  const file = new Blob(["x"]);
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).fetch;
  });

  it("uses the download link on Windows and in Excel on the web, and only says it started", async () => {
    for (const platform of ["PC", "OfficeOnline"] as const) {
      office(platform);
      const saved: string[] = [];
      expect(await officeFileDelivery((_, name) => saved.push(name), pane).deliver(file, "tiny-en.xlsx", "templates/tiny-en.xlsx")).toBe(
        "download started",
      );
      expect(saved).toEqual(["tiny-en.xlsx"]);
    }
  });

  it("on the Mac opens the hosted copy in the system browser instead of a link that does nothing there", async () => {
    const opened = office("Mac");
    const asked = server(["/templates/tiny-en.xlsx"]);
    const saved: string[] = [];
    expect(await officeFileDelivery((_, name) => saved.push(name), pane).deliver(file, "tiny-en.xlsx", "templates/tiny-en.xlsx")).toBe(
      "opened in browser",
    );
    expect(asked).toEqual(["HEAD https://addins.example.org/templates/tiny-en.xlsx"]);
    expect(opened).toEqual(["https://addins.example.org/templates/tiny-en.xlsx"]);
    expect(saved).toEqual([]);
  });

  it("on the Mac says it cannot when the server holds no copy or Office cannot open a browser", async () => {
    const opened = office("Mac");
    server([]);
    expect(await officeFileDelivery(() => undefined, pane).deliver(file, "tiny-en.xlsx", "templates/tiny-en.xlsx")).toBe("unavailable");
    office("Mac", []);
    server(["/templates/tiny-en.xlsx"]);
    expect(await officeFileDelivery(() => undefined, pane).deliver(file, "tiny-en.xlsx", "templates/tiny-en.xlsx")).toBe("unavailable");
    expect(opened).toEqual([]);
  });
});
