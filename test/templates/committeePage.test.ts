/**
 * The printout of the counselling business case, by LibreOffice: the committee page alone (the
 * other sheets hidden in a copy, DESIGN §7) is exactly one A4 portrait page whose headline gives the
 * budget years, the county's cost and the benefit-cost ratio as German (or English) numbers; the whole
 * workbook prints every sheet at a readable scale, the Monte Carlo draws and scenario rows left out.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formatNumber } from "../../src/shared/formatting";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { counsellingCaseExpected } from "./expectedResults";
import { convertToPdf } from "./libreoffice";

const languages: Language[] = ["de", "en"];
const committeeName: Record<Language, string> = { de: "Ausschuss", en: "Committee" };
const optimismBiasByLevel = [0.25, 0.15, 0.1, 0.05, 0];
const pdfs = new Map<string, string>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pd-committee-"));
  const files: string[] = [];
  for (const language of languages) {
    const whole = layoutTemplate(counsellingCase, language);
    const alone = layoutTemplate(counsellingCase, language);
    // LibreOffice prints a hidden sheet that has a print area: the other sheets lose theirs in the copy.
    // and it shows the first sheet however it is marked: the committee page goes first.
    for (const sheet of alone.sheets.filter((candidate) => candidate.name !== committeeName[language])) {
      sheet.hidden = true;
      delete sheet.print;
    }
    alone.sheets.sort((a, b) => Number(b.name === committeeName[language]) - Number(a.name === committeeName[language]));
    for (const [kind, plan] of [
      ["whole", whole],
      ["committee", alone],
    ] as const) {
      const file = join(dir, `${kind}-${language}.xlsx`);
      writeFileSync(file, await renderXlsx(plan));
      files.push(file);
    }
  }
  convertToPdf(files, dir).forEach((pdf, i) => pdfs.set(files[i].replace(/.*\//, "").replace(".xlsx", ""), pdf));
}, 180000);

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
/** Text without line breaks: a dash at the end of a line loses the space pdftotext would put after it. */
const flat = (pdf: string, first?: number) =>
  execFileSync("pdftotext", [...(first ? ["-f", String(first), "-l", String(first)] : []), pdf, "-"], { encoding: "utf8" })
    .replace(/\s+/g, " ")
    .replace(/([–-]) /g, "$1");

/**
 * The height of the tallest level word of each page (pdftotext -bbox): the sheet's title, repeated
 * on every page as its print title, 14 pt before scaling (no text is larger). A chart's rotated axis
 * labels are boxes taller than wide: they are left out.
 */
function titleHeights(pdf: string): number[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return html
    .split("<page")
    .slice(1)
    .map((page) =>
      Math.max(
        ...[...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g)]
          .map(([, left, top, right, bottom]) => ({ width: Number(right) - Number(left), height: Number(bottom) - Number(top) }))
          .filter(({ width, height }) => width > height)
          .map(({ height }) => height),
      ),
    );
}

/**
 * A 14-point title's box at 100 %: pdftotext gives a word's box as its font size times the font's
 * ascent plus descent, 1.3 for the font LibreOffice prints with (measured on a sheet printed unscaled).
 */
const fullTitleHeight = 14 * 1.3;

describe.each(languages)("counselling case (%s): what each sheet prints", (language) => {
  it("gives every sheet but the hidden marker a print area, and print titles where it may take more than one page", () => {
    const plan = layoutTemplate(counsellingCase, language);
    for (const sheet of plan.sheets.filter((candidate) => !candidate.hidden)) {
      expect(sheet.print?.area).toMatch(/^A\d+:[A-Z]+\d+$/);
      // The committee page is fitted to one page and has no title to repeat.
      if (sheet.name !== committeeName[language]) expect(sheet.print?.titleRows).toBe("1:1");
    }
    expect(plan.sheets.filter((sheet) => !sheet.hidden)).toHaveLength(8);
  });
});

describe.each(languages)("counselling case (%s) printed by LibreOffice", (language) => {
  // By hand: one post of 100,000 EUR, half of it the county's, grows 2 % a year: 50,000 EUR in
  // 2027 and 51,000 EUR in 2028; the horizon of 5 years from 2027 is 2027–2031.
  const expected = counsellingCaseExpected(counsellingCase, optimismBiasByLevel);
  const ratio = formatNumber(expected.bcr_county as number, 2, language);

  it("prints the committee page alone on exactly one page", () => {
    expect(pages(pdfs.get(`committee-${language}`)!)).toBe(1);
  });

  it("finds the headline with the budget years and the numbers as the language writes them", () => {
    const text = flat(pdfs.get(`committee-${language}`)!);
    if (language === "de") {
      expect(text).toContain("Die Beratung mit 1,0 Stelle(n) kostet den Kreis im Haushaltsjahr 2027 50.000 EUR");
      expect(text).toContain("2028 stehen 51.000 EUR Kosten");
      expect(text).toContain(`Über 2027–2031 bringt jeder Euro des Kreises ${ratio} EUR zurück (Monte Carlo P5–P95:`);
    } else {
      expect(text).toContain("Counselling with 1.0 post(s) costs the county 50,000 EUR in the budget year 2027");
      expect(text).toContain("in 2028 costs of 51,000 EUR");
      expect(text).toContain(`Over 2027–2031 every euro the county spends returns ${ratio} EUR (Monte Carlo P5–P95:`);
    }
    // The range brackets the ratio itself.
    const [, low, high] = /P5–P95: ([\d.,]+) (?:bis|to) ([\d.,]+)\)/.exec(text)!;
    const number = (shown: string) => Number(language === "de" ? shown.replace(/\./g, "").replace(",", ".") : shown.replace(/,/g, ""));
    expect(number(low)).toBeLessThan(expected.bcr_county as number);
    expect(number(high)).toBeGreaterThan(expected.bcr_county as number);
    expect(text).toMatch(language === "de" ? /Achtung: Annahmen der Güte D/ : /Warning: assumptions graded D/);
  });

  it("prints the whole workbook without the draws, each page at 60 % or more of its full size", () => {
    const pdf = pdfs.get(`whole-${language}`)!;
    // Eight sheets, one page each: the notes on method print with the Assumptions, the Sensitivity prints its
    // tables without the tornado, the Evidence and Review sheets their comparison and checks, not the lists below.
    expect(pages(pdf)).toBeLessThanOrEqual(8);
    // No iteration row is printed, nor the heading above them; the scenario rows of the sensitivity neither.
    const text = flat(pdf);
    expect(text).not.toContain(
      language === "de" ? "Durchläufe (das Modell in einer Zeile je Durchlauf)" : "Iterations (the model in one row per iteration)",
    );
    expect(text).not.toContain(language === "de" ? "Szenariozeilen (das Modell in einer Zeile)" : "Scenario rows (the model in one row)");
    expect(text).toContain(language === "de" ? "Monte-Carlo-Simulation" : "Monte Carlo simulation");
    const heights = titleHeights(pdf);
    expect(heights.length).toBe(pages(pdf));
    for (const height of heights) expect(height / fullTitleHeight).toBeGreaterThanOrEqual(0.6);
  });
});
