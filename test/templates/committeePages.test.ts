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
import { projectCareHomeSpending } from "../../src/engine/careHomeProjection";
import { examplePasteTable, inactionProjection } from "../../src/templates/definitions/inactionProjection";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { DataValue, Language, TemplateDefinition } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { inputValues, placementCohortExpected, volunteerHoursExpected } from "./expectedResults";
import { convertToPdf } from "./libreoffice";

const languages: Language[] = ["de", "en"];
const committeeName: Record<Language, string> = { de: "Ausschuss", en: "Committee" };
const templates: Record<string, TemplateDefinition> = {
  "volunteer-hours": volunteerHoursTemplate,
  "placement-cohort": placementCohort,
  "inaction-projection": inactionProjection,
};
const pdfs = new Map<string, string>();

/**
 * A cohort with a clear effect: 2 of 40 counselled against 20 of 40 compared entered a care home
 * (on day 100; the others followed 800 days). By hand: rates 5 % and 50 %, pooled 27,5 %,
 * z = 0,45 / √(0,275 · 0,725 · 2/40) = 4,51, two-sided p ≈ 6,6 · 10⁻⁶ — below 0,001.
 */
const clearCohort: DataValue[][] = (["treated", "control"] as const).flatMap((group) =>
  Array.from({ length: 40 }, (_, i): DataValue[] => {
    const entered = i < (group === "treated" ? 2 : 20);
    return [`${group[0].toUpperCase()}${i}`, group, 45000, entered ? 45100 : null, 45800, 70 + (i % 20), 2 + (i % 3), i % 2];
  }),
);
const resultsName: Record<Language, string> = { de: "Auswertung", en: "Results" };

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
  for (const language of languages) {
    const results = layoutTemplate(placementCohort, language, { table: "cohort_table", rows: clearCohort });
    for (const sheet of results.sheets.filter((candidate) => candidate.name !== resultsName[language])) {
      sheet.hidden = true;
      delete sheet.print;
    }
    results.sheets.sort((a, b) => Number(b.name === resultsName[language]) - Number(a.name === resultsName[language]));
    const file = join(dir, `cohort-results-${language}.xlsx`);
    writeFileSync(file, await renderXlsx(results));
    files.push(file);
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

describe.each(languages)("the cost of doing nothing's committee page (%s)", (language) => {
  it("finds the headline with the projection years and the engine's spending and savings", () => {
    // The engine's projection from the template's inputs and its example population (years as
    // columns), without a business case in the workbook: the typed effect and cost per post.
    const v = inputValues(inactionProjection);
    const projection = projectCareHomeSpending({
      population: { aged65to79: examplePasteTable[1].slice(1) as number[], aged80plus: examplePasteTable[2].slice(1) as number[] },
      prevalence: { aged65to79: v.proj_prevalence_65_79, aged80plus: v.proj_prevalence_80 },
      careHomeShare: v.proj_care_home_share,
      hzpShare: v.proj_hzp_share,
      netMonthlyCost: v.proj_net_monthly_cost,
      costGrowth: v.proj_cost_growth,
      counsellingEffect: v.proj_effect_typed,
      reach: v.proj_reach,
      userReduction: v.proj_user_reduction,
      discountRate: v.proj_discount_rate,
      preventionBudgetShare: v.proj_budget_share,
      costPerPost: v.proj_post_cost_typed,
    });
    const spending = projection.scenarios.statusQuo.spending;
    const saving = projection.savings.ambulantVorStationaer;
    const euros = (value: number) => formatNumber(value, 0, language);
    const [total, first, last] = [spending.reduce((sum, value) => sum + value, 0), spending[0], spending[9]].map(euros);
    const posts = formatNumber(projection.postsFunded[0], 1, language);
    const text = flat(pdfs.get(`inaction-projection-${language}`)!);
    if (language === "de") {
      expect(text).toContain(`gibt der Kreis in den Jahren 2026–2035 voraussichtlich ${total} EUR für Hilfe zur Pflege im Heim aus`);
      expect(text).toContain(`(2026: ${first} EUR, 2035: ${last} EUR)`);
      expect(text).toContain(`wären es ${euros(saving.total)} EUR weniger (Barwert ${euros(saving.presentValue)} EUR)`);
      expect(text).toContain(`bezahlt 2026 ${posts} Beratungsstellen`);
    } else {
      expect(text).toContain(`the county will spend ${total} EUR on Hilfe zur Pflege in care homes in the years 2026–2035`);
      expect(text).toContain(`it would be ${euros(saving.total)} EUR less (present value ${euros(saving.presentValue)} EUR)`);
      expect(text).toContain(`pays for ${posts} counselling posts in 2026`);
    }
    expect(text).toMatch(warning[language]);
  });
});

describe.each(languages)("the cohort's results (%s) printed by LibreOffice", (language) => {
  it("shows a p-value below 0.001 as '< 0,001' and the difference of the rates in percentage points", () => {
    const expected = placementCohortExpected(placementCohort, clearCohort);
    expect(expected.p_value as number).toBeLessThan(0.001);
    expect(expected.rate_difference).toBeCloseTo(-0.45, 12);
    // Read row by row (pdftotext -layout): the label, then what its row shows.
    const lines = execFileSync("pdftotext", ["-layout", pdfs.get(`cohort-results-${language}`)!, "-"], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim());
    const row = (label: string) => lines.find((line) => line.startsWith(label)) ?? `no row '${label}'`;
    // LibreOffice prints the digits in its own locale (English here); the words follow the template.
    if (language === "de") {
      expect(row("p-Wert (zweiseitig, z-Test)")).toMatch(/ < 0,001$/);
      expect(row("Differenz in Prozentpunkten (Beratene − Vergleichsgruppe)")).toMatch(/ -45[.,]00 Pp\. -0[.,]4500 \(Anteil\)$/);
      expect(row("Bereinigte Differenz in Prozentpunkten")).toMatch(/ Pp\. -?0[.,]\d{4} \(Anteil\)$/);
    } else {
      expect(row("p-value (two-sided z-test)")).toMatch(/ < 0\.001$/);
      expect(row("Difference in percentage points (counselled − comparison group)")).toMatch(/ -45\.00 pp -0\.4500 \(share\)$/);
    }
    const text = lines.join(" ");
    expect(text).not.toMatch(/-45[.,]00 ?%/);
  });
});
