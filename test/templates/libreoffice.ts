/**
 * Recalculates .xlsx files in LibreOffice headless (DESIGN §7): a throwaway profile forces
 * recalculation on load (OOXMLRecalcMode 0), and every sheet is written as its own CSV with
 * full precision. One soffice start per batch of files.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { parseCsv } from "../../src/templates/data";

const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function sofficeAvailable(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

export function requireSoffice(): void {
  if (!sofficeAvailable()) {
    throw new Error(
      "LibreOffice (soffice) is not installed: install libreoffice-calc-nogui (apt-get install libreoffice-calc-nogui) to verify the templates",
    );
  }
}

function freshProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), "pd-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), recalcProfile);
  return profile;
}

function runSoffice(args: string[], outDir: string, files: string[]): void {
  const profile = freshProfile();
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 180000,
  });
}

/** Calculated sheets of each file: file → sheet name → rows of cell texts. */
export type RecalculatedWorkbooks = Map<string, Map<string, string[][]>>;

export function recalculate(files: string[]): RecalculatedWorkbooks {
  requireSoffice();
  const outDir = mkdtempSync(join(tmpdir(), "pd-lo-csv-"));
  runSoffice(["--convert-to", csvFilter], outDir, files);
  const produced = readdirSync(outDir);
  const result: RecalculatedWorkbooks = new Map();
  for (const file of files) {
    const stem = basename(file).replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const csv of produced.filter((name) => name.startsWith(`${stem}-`) && name.endsWith(".csv"))) {
      const sheetName = csv.slice(stem.length + 1, -4);
      sheets.set(sheetName, parseCsv(readFileSync(join(outDir, csv), "utf8")));
    }
    result.set(file, sheets);
  }
  return result;
}

/** Converts files to PDF (for looking at them); returns the PDF paths. */
export function convertToPdf(files: string[], outDir: string): string[] {
  requireSoffice();
  runSoffice(["--convert-to", "pdf"], outDir, files);
  return files.map((file) => join(outDir, basename(file).replace(/\.xlsx$/, ".pdf")));
}

/**
 * Each file recalculated and exported as HTML (all sheets in one page): the export carries what
 * LibreOffice shows, e.g. computed link targets and the cells' fill colours, conditional ones included.
 */
export function recalculatedHtml(files: string[]): Map<string, string> {
  requireSoffice();
  const outDir = mkdtempSync(join(tmpdir(), "pd-lo-html-"));
  runSoffice(["--convert-to", "html"], outDir, files);
  return new Map(files.map((file) => [file, readFileSync(join(outDir, basename(file).replace(/\.xlsx$/, ".html")), "utf8")]));
}

/** A link as LibreOffice computed it (a HYPERLINK cell): the text shown and the target. */
export interface ComputedLink {
  text: string;
  target: string;
}

const htmlEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };
const decodeHtml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_m, entity: string) => htmlEntities[entity]);

/**
 * The links of each file, recalculated, in sheet order: LibreOffice's HTML export writes a
 * HYPERLINK cell as an anchor with the computed target (the CSV export shows only its text).
 * The export's own anchors to its sheet tables ("#table0", …) are left out.
 */
export function recalculatedLinks(files: string[]): Map<string, ComputedLink[]> {
  const pages = recalculatedHtml(files);
  const result = new Map<string, ComputedLink[]>();
  for (const file of files) {
    const html = pages.get(file)!;
    const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)/gi)]
      .map(([, target, text]) => ({ text: decodeHtml(text), target: decodeHtml(target) }))
      .filter((link) => !/^#table\d+$/.test(link.target));
    result.set(file, links);
  }
  return result;
}

/**
 * Each file recalculated and saved again as .xlsx, as a spreadsheet program saves it: every
 * formula cell then holds the value LibreOffice computed. Returns the paths of the copies.
 */
export function recalculatedCopies(files: string[], outDir: string): string[] {
  requireSoffice();
  runSoffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML"], outDir, files);
  return files.map((file) => join(outDir, basename(file)));
}
