/**
 * Print layout: every template in both languages printed to PDF by LibreOffice, and the text of
 * its "Method and sources" sheet (or, where the notes on method print with another sheet, of the
 * sheets that print wrapped) read back from the PDF (pdftotext): every paragraph must be there in
 * full, i.e. wrapped within the printed width rather than cut at the page edge.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { layoutTemplate } from "../../src/templates/layout";
import { wrappedLines } from "../../src/templates/textWrap";
import type { Language } from "../../src/templates/model";
import { templates } from "../../src/templates/registry";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { convertToPdf } from "./libreoffice";

describe("wrappedLines", () => {
  it("breaks at word boundaries", () => {
    // Width 10: "one two" (7) + " three" would be 13 → line 2 "three four" (10) → line 3 "five".
    expect(wrappedLines("one two three four five", 10)).toBe(3);
    expect(wrappedLines("", 10)).toBe(1);
    // A word longer than the column takes as many lines as it needs: 25 characters in 10 → 3 lines after "a".
    expect(wrappedLines(`a ${"x".repeat(25)}`, 10)).toBe(4);
  });
});

const cases = templates.flatMap((template) => (["de", "en"] as Language[]).map((language) => ({ template, language })));
const pdfText = new Map<string, string>();

beforeAll(async () => {
  if (spawnSync("pdftotext", ["-v"]).error) {
    throw new Error("pdftotext is not installed: install poppler-utils (apt-get install poppler-utils) to read the printed templates back");
  }
  const dir = mkdtempSync(join(tmpdir(), "pd-print-"));
  const files = await Promise.all(
    cases.map(async ({ template, language }) => {
      const file = join(dir, `${template.id}-${language}.xlsx`);
      writeFileSync(file, await renderXlsx(layoutTemplate(template, language)));
      return file;
    }),
  );
  const pdfs = convertToPdf(files, dir);
  cases.forEach(({ template, language }, i) =>
    pdfText.set(`${template.id} ${language}`, execFileSync("pdftotext", [pdfs[i], "-"], { encoding: "utf8" })),
  );
}, 120000);

/** Text without spaces and dashes: a line may break after a dash, and pdftotext then drops a hyphen or adds a space. */
const words = (text: string) => text.replace(/[\s\-–]+/g, "");

describe.each(cases)("$template.id ($language) printed by LibreOffice", ({ template, language }) => {
  it("shows each paragraph of the method sheet in full (or of the sheets that print wrapped, the method notes among them)", () => {
    const printed = words(pdfText.get(`${template.id} ${language}`)!);
    const method = template.sheets.find((sheet) => sheet.key === "method");
    const sheets = method ? [method] : template.sheets.filter((sheet) => sheet.print?.wrap);
    const paragraphs = sheets.flatMap((sheet) =>
      (sheet.rows ?? []).slice(0, sheet.print?.rows).flatMap((row) => (row.kind === "paragraph" ? [words(row.text[language])] : [])),
    );
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(printed).toContain(paragraph);
  });

  it("shows each input's source in full on the sheets that print wrapped (none runs past the printed edge)", () => {
    const printed = words(pdfText.get(`${template.id} ${language}`)!);
    // An input's source stands in column G; a sheet that prints fewer columns keeps it on the screen.
    const sourceColumn = 7;
    const sources = template.sheets
      .filter((sheet) => sheet.print?.wrap && (sheet.print.columns ?? sourceColumn) >= sourceColumn)
      .flatMap((sheet) =>
        (sheet.rows ?? [])
          .slice(0, sheet.print?.rows)
          .flatMap((row) => (row.kind === "input" || row.kind === "textInput" ? [words(row.source[language])] : [])),
      );
    for (const source of sources) expect(printed).toContain(source);
  });

  it("prints no date as 1899-12-30, the zero an empty date cell holds (the Review sheet's date of the pane's check)", () => {
    expect(pdfText.get(`${template.id} ${language}`)).not.toMatch(/1899-12-30|30\.12\.1899/);
  });
});
