/*
 * End to end, the way a new user starts the add-in: `npm start` runs scripts/start.js, which builds
 * in development mode and serves over HTTPS. This test runs that same script (with a self-signed
 * certificate, on port 3000 or a free one when 3000 is taken) and opens the served task pane in
 * Debian's Chromium under the page's own Content-Security-Policy.
 */
import { spawn, type ChildProcess } from "child_process";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { type Browser, type Page } from "playwright-core";
import { launchChromium, serveOfficeJsLocally } from "./chromium";

const root = path.resolve(__dirname, "../..");

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  if (await portIsFree(3000, "127.0.0.1")) return 3000;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts scripts/start.js and waits for the line that says where the pane is served. */
function startServer(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.join(root, "scripts/start.js")], {
    cwd: root,
    env: { ...process.env, PREVENT_SELF_SIGNED: "1", PREVENT_PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let text = "";
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes(`is served at https://localhost:${port}/taskpane.html`)) resolve({ child, output: () => text });
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    child.once("exit", (code) => reject(new Error(`scripts/start.js ended with ${code}:\n${text}`)));
  });
}

interface PolicyViolation {
  directive: string;
  blocked: string;
}

let server: { child: ChildProcess; output: () => string };
let port: number;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  port = await freePort();
  server = await startServer(port);
  browser = await launchChromium();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "en-GB", viewport: { width: 420, height: 900 } });
  // Recorded inside the page before any of its scripts run; the debugging protocol that injects
  // this is not governed by the page's policy.
  await context.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { policyViolations: typeof seen }).policyViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      } as never),
    );
  });
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await serveOfficeJsLocally(page, [path.join(root, "node_modules/@microsoft/office-js/dist")]);
  await page.goto(`https://localhost:${port}/taskpane.html`, { timeout: 180_000 });
  await page.getByText("Preview", { exact: true }).waitFor({ timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (server?.child.pid) {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      // already ended
    }
  }
});

describe("npm start's page in Chromium", () => {
  it("renders the pane's three sections", async () => {
    for (const section of ["Templates", "Compare groups", "Assumptions"]) {
      await page.getByRole("tab", { name: section }).waitFor();
    }
    await page.getByRole("heading", { name: "Workbook templates" }).waitFor();
  });

  it("serves development bundles without eval, under the page's own policy", async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toMatch(/unsafe-eval/);
    for (const bundle of ["taskpane.js", "functions.js"]) {
      const response = await page.request.get(`https://localhost:${port}/${bundle}`);
      expect(response.ok()).toBe(true);
      // webpack's eval devtools wrap each module in eval("…"): none may be served.
      expect((await response.text()).match(/\beval\(/g) ?? []).toEqual([]);
    }
  });

  it("associates every function listed in functions.json", async () => {
    const metadata = (await (await page.request.get(`https://localhost:${port}/functions.json`)).json()) as { functions: { id: string }[] };
    const listed = metadata.functions.map((entry) => entry.id).sort();
    expect(listed.length).toBeGreaterThan(10);
    const associated = await page.evaluate(() => {
      const runtime = (globalThis as unknown as { CustomFunctions?: { associated?: Map<string, unknown> } }).CustomFunctions;
      return runtime?.associated ? [...runtime.associated.keys()].sort() : [];
    });
    expect(associated).toEqual(listed);
  });

  it("ran with no page error and no blocked script", async () => {
    const violations = await page.evaluate(() => (window as unknown as { policyViolations: PolicyViolation[] }).policyViolations);
    // Office.js may try to frame its telemetry page; refusing that frame is the policy at work.
    const officeTelemetryFrame = (violation: PolicyViolation) => violation.directive.startsWith("frame-src");
    expect(violations.filter((violation) => !officeTelemetryFrame(violation))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((text) => !text.includes('Content Security Policy directive: "frame-src'))).toEqual([]);
  });

  it("answers on the loopback interface only", async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((address): address is os.NetworkInterfaceInfo => !!address && address.family === "IPv4" && !address.internal);
    for (const address of others) {
      const reachable = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address.address, port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.once("error", () => resolve(false));
        socket.setTimeout(2000, () => {
          socket.destroy();
          resolve(false);
        });
      });
      expect({ address: address.address, reachable }).toEqual({ address: address.address, reachable: false });
    }
  });
});
