/**
 * What the browser tests share: Debian's Chromium started headless with no background traffic
 * (this machine has no network), and Office.js answered from the local copies of its CDN files.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

const chromiumPath = "/usr/bin/chromium";
export const officeJsBase = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** Chromium as the tests run it; says what to install when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's chromium (sudo apt-get install chromium) to run the browser tests.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The local copy of a file Office.js loads from its CDN folder: the first of `folders` that has it. */
export function localOfficeFile(url: string, folders: string[]): string | null {
  if (!url.startsWith(officeJsBase)) return null;
  const name = url.slice(officeJsBase.length).split("?")[0];
  if (name.includes("..")) return null;
  const candidates = folders.map((folder) => path.join(folder, name));
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/**
 * Office.js and the files it loads next to itself (o15apptofilemappingtable.js) come from the local
 * copies; anything else from the CDN would leave the machine and is refused.
 */
export async function serveOfficeJsLocally(page: Page, folders: string[]): Promise<void> {
  await page.route(`${officeJsBase}**`, (route) => {
    const local = localOfficeFile(route.request().url(), folders);
    return local ? route.fulfill({ path: local, contentType: "text/javascript" }) : route.abort();
  });
}
