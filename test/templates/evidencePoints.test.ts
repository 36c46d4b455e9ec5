/**
 * Rates in points on the business case's Evidence sheet, printed by LibreOffice: the difference of
 * the two rates and its interval show as percentage points ("Pp." / "pp"), never as "%", and a
 * p-value below 0.001 reads "< 0,001" / "< 0.001".
 *
 * By hand: 10 of 240 counselled against 70 of 230 moved into a care home: 10/240 − 70/230 =
 * 0.041667 − 0.304348 = −0.262681, i.e. −26.27 percentage points; the pooled z-test gives
 * z = −0.2627 / √(80/470 · 390/470 · (1/240 + 1/230)) ≈ −7.6, p far below 0.001.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { convertToPdf, requireSoffice } from "./libreoffice";
import { setNamedCell } from "./recalculatedCells";

const evidenceName: Record<Language, string> = { de: "Evidenz", en: "Evidence" };
const printed = new Map<Language, string>();

beforeAll(async () => {
  requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), "pd-points-"));
  const files: string[] = [];
  for (const language of ["de", "en"] as const) {
    const plan = layoutTemplate(counsellingCase, language);
    setNamedCell(plan, "events_treated", 10);
    // Only the Evidence sheet prints, first (DESIGN §7: LibreOffice leaves hidden sheets out).
    for (const sheet of plan.sheets.filter((candidate) => candidate.name !== evidenceName[language])) {
      sheet.hidden = true;
      delete sheet.print;
    }
    plan.sheets.sort((a, b) => Number(b.name === evidenceName[language]) - Number(a.name === evidenceName[language]));
    files.push(join(dir, `evidence-${language}.xlsx`));
    writeFileSync(files[files.length - 1], await renderXlsx(plan));
  }
  convertToPdf(files, dir).forEach((pdf, i) =>
    printed.set(i === 0 ? "de" : "en", execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })),
  );
}, 120000);

const line = (language: Language, label: RegExp) =>
  printed
    .get(language)!
    .split("\n")
    .find((text) => label.test(text)) ?? "";

describe.each(["de", "en"] as const)("the Evidence sheet (%s) printed", (language) => {
  const points = language === "de" ? "Pp." : "pp";

  it("shows the difference of the rates and its interval in percentage points, not in per cent", () => {
    const difference = line(language, language === "de" ? /^Differenz \(Beratene/ : /^Difference \(counselled/);
    // −26.27 points and beside it the share −0.2627 (the decimal sign as LibreOffice's locale writes it).
    expect(difference).toMatch(new RegExp(`-26[.,]27 ${points.replace(".", "\\.")}\\s+-0[.,]2627 \\((Anteil|share)\\)`));
    expect(difference).not.toMatch(/%/);
    for (const bound of language === "de" ? [/^Differenz: untere/, /^Differenz: obere/] : [/^Difference: lower/, /^Difference: upper/])
      expect(line(language, bound)).toMatch(new RegExp(`-?\\d+[.,]\\d\\d ${points.replace(".", "\\.")}`));
  });

  it("writes a p-value below 0.001 as < 0,001", () => {
    expect(line(language, /^p-(Wert|value)/)).toContain(language === "de" ? "< 0,001" : "< 0.001");
  });
});
