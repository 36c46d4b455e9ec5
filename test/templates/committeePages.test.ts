/**
 * The committee pages of the templates other than the business case (committeePage.test.ts has
 * it), printed by LibreOffice: each alone is exactly one A4 portrait page whose headline gives the
 * template's figures as German (or English) numbers, with the warning line while inputs graded D
 * remain.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formatNumber } from "../../src/shared/formatting";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { DataValue, Language, TemplateDefinition } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { placementCohortExpected, volunteerHoursExpected } from "./expectedResults";
import { convertToPdf } from "./libreoffice";

const languages: Language[] = ["de", "en"];
const committeeName: Record<Language, string> = { de: "Ausschuss", en: "Committee" };
const templates: Record<string, TemplateDefinition> = {
  "volunteer-hours": volunteerHoursTemplate,
  "placement-cohort": placementCohort,
};
const pdfs = new Map<string, string>();

function exampleRows(template: TemplateDefinition): DataValue[][] {
  return template.sheets.find((sheet) => sheet.table)!.table!.exampleRows;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pd-committees-"));
  const files: string[] = [];
  for (const [id, template] of Object.entries(templates)) {
    for (const language of languages) {
      const alone = layoutTemplate(template, language);
      // LibreOffice prints a hidden sheet that has a print area, and shows the first sheet however it is marked.
      for (const sheet of alone.sheets.filter((candidate) => candidate.name !== committeeName[language])) {
        sheet.hidden = true;
        delete sheet.print;
      }
      alone.sheets.sort((a, b) => Number(b.name === committeeName[language]) - Number(a.name === committeeName[language]));
      const file = join(dir, `${id}-${language}.xlsx`);
      writeFileSync(file, await renderXlsx(alone));
      files.push(file);
    }
  }
  convertToPdf(files, dir).forEach((pdf, i) => pdfs.set(files[i].replace(/.*\//, "").replace(".xlsx", ""), pdf));
}, 180000);

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
/** Text without line breaks: a dash at the end of a line loses the space pdftotext would put after it. */
const flat = (pdf: string) =>
  execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })
    .replace(/\s+/g, " ")
    .replace(/([–-]) /g, "$1");

const warning: Record<Language, RegExp> = { de: /Achtung: Annahmen der Güte D/, en: /Warning: assumptions graded D/ };

describe.each(languages)("committee pages (%s) printed by LibreOffice", (language) => {
  const number = (value: number, decimals: number) => formatNumber(value, decimals, language);

  it.each(Object.keys(templates))("prints the committee page of %s alone on exactly one page", (id) => {
    expect(pages(pdfs.get(`${id}-${language}`)!)).toBe(1);
  });

  it("finds the volunteer hours' headline with the valuation year and the figures", () => {
    // By hand: 18 × 2,5 × 46 = 2.070 hours at 8 EUR and 9 × 3 × 48 = 1.296 hours at the minimum
    // wage of 2026 (13,90 EUR): 3.366 hours worth 16.560 + 18.014,40 = 34.574,40 EUR, net of the
    // coordination's 15.000 EUR 19.574,40 EUR.
    const expected = volunteerHoursExpected(volunteerHoursTemplate, exampleRows(volunteerHoursTemplate));
    expect(expected.volunteer_value_total).toBeCloseTo(34574.4, 6);
    const text = flat(pdfs.get(`volunteer-hours-${language}`)!);
    const [hours, value, net] = [3366, 34574.4, 19574.4].map((figure) => number(figure, 0));
    if (language === "de") {
      expect(text).toContain(`Im Bewertungsjahr 2026 leisten Ehrenamtliche in 2 Tätigkeit(en) ${hours} Stunden.`);
      expect(text).toContain(`zum gesetzlichen Mindestlohn von 13,90 EUR je Stunde) sind sie ${value} EUR wert`);
      expect(text).toContain(`nach Abzug der Koordination von 15.000 EUR bleiben ${net} EUR.`);
      expect(text).toContain("keine Einsparung im Haushalt");
      expect(text).toContain("1 Tätigkeit(en) mit einem Satz unter dem Mindestlohn");
    } else {
      expect(text).toContain(`In the valuation year 2026 volunteers give ${hours} hours in 2 activit(ies).`);
      expect(text).toContain(`at the statutory minimum wage of 13.90 EUR per hour) they are worth ${value} EUR`);
      expect(text).toContain(`net of coordination costing 15,000 EUR, ${net} EUR remain.`);
    }
    expect(text).toMatch(warning[language]);
    expect(text).toContain(language === "de" ? "Vorlage volunteer-hours" : "Template volunteer-hours");
  });

  it("finds the placement cohort's headline with the rates, the difference in points and the prevented entries", () => {
    // By hand from the six example rows: T0003 (559 days), C0001 (500) and C0003 (400) entered a
    // care home within 730 days: 1 of 3 counselled (33,3 %) against 2 of 3 (66,7 %), a difference
    // of −33,3 percentage points; 120 counselled a year × 1/3 = 40,0 entries prevented a year.
    const expected = placementCohortExpected(placementCohort, exampleRows(placementCohort));
    expect(expected.cohort_prevented).toBeCloseTo(40, 9);
    const text = flat(pdfs.get(`placement-cohort-${language}`)!);
    const [lower, upper] = [expected.difference_lower, expected.difference_upper].map((bound) => number(100 * (bound as number), 1));
    const months = number(expected.rmst_difference as number, 1);
    if (language === "de") {
      expect(text).toContain("Von 3 beratenen Personen (Beginn 2022–2023) zogen 33,3 % innerhalb von 24 Monaten in ein Pflegeheim");
      expect(text).toContain(`von 3 Personen der Vergleichsgruppe 66,7 %: eine Differenz von −33,3 Prozentpunkte`);
      expect(text).toContain(`(95 %-Konfidenzintervall ${lower.replace("-", "−")} bis ${upper.replace("-", "−")} Prozentpunkte; p = `);
      expect(text).toContain("Bei 120 Beratenen je Jahr sind das 40,0 verhinderte Heimaufnahmen je Jahr");
      expect(text).toContain(`im Mittel ${months.replace("-", "−")} Monate später ins Heim`);
    } else {
      expect(text).toContain("Of 3 people counselled (starting 2022–2023), 33.3% moved into a care home within 24 months");
      expect(text).toContain("of 3 people in the comparison group 66.7%: a difference of −33.3 percentage points");
      expect(text).toContain("With 120 people counselled a year, that is 40.0 care-home entries prevented a year");
    }
    expect(text).toMatch(warning[language]);
  });
});
