/**
 * The consolidation workbook filled from `Consolidation` objects built here, written as .xlsx,
 * recalculated by LibreOffice and compared with the engine: the pooled rows with
 * `pooledRateDifference` and `closedFormPooling` (which agrees with metafor,
 * test/engine/pooling.test.ts), the totals per cost bearer and calendar year with sums worked
 * out in this file from the rule "each case's first budget year is its current year, the one
 * after its next", to 1e-9. The German PDF carries the sentence with German numbers; the file
 * holds the forest plot as a chart with whiskers.
 */
import { execFileSync } from "child_process";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { closedFormPooling, pooledRateDifference, type PooledEffect } from "../../src/engine/pooling";
import { message } from "../../src/shared/message";
import {
  keyResultNames,
  type Consolidation,
  type KeyResults,
  type MunicipalityWorkbook,
} from "../../src/templates/consolidation/municipalities";
import { consolidationData } from "../../src/templates/consolidation/tableRows";
import { consolidation } from "../../src/templates/definitions/consolidation";
import { municipalityName } from "../../src/templates/definitions/consolidationColumns";
import { pooledName } from "../../src/templates/definitions/pooledRows";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import type { Expected } from "./expectedResults";
import { convertToPdf } from "./libreoffice";
import { errorCells, namedMismatches, recalculatePlans, setNamedCell } from "./recalculatedCells";

type Counts = [number, number, number, number];

/** Key results that differ per municipality and per key, so that a sum taking the wrong column shows. */
function keyResults(seed: number): KeyResults {
  return Object.fromEntries(
    keyResultNames.map((name, i) => [name, seed * 1000 + (i + 1) * 17.25 - (name.startsWith("net") ? 30000 : 0)]),
  ) as KeyResults;
}

function workbook(
  file: string,
  firstBudgetYear: number,
  [a, n1, c, n2]: Counts,
  seed: number,
  municipality?: string,
  findings = 0,
): MunicipalityWorkbook {
  const recomputed = keyResults(seed);
  return {
    file,
    municipality,
    templateVersion: "2.1.0",
    inputs: { first_budget_year: firstBudgetYear },
    firstBudgetYear,
    recomputed,
    // What a file shows may differ from what its inputs give: the table takes the recomputed values.
    shown: { ...recomputed, benefit_county_row_current_year: recomputed.benefit_county_row_current_year + 5000 },
    evidence: { eventsTreated: a, nTreated: n1, eventsControl: c, nControl: n2 },
    findings: Array.from({ length: findings }, () => message("pooling.tooFewSites", { sites: 1 })),
  };
}

const sixCities: Consolidation = {
  read: [
    workbook("nord.xlsx", 2026, [12, 150, 30, 140], 11, "Nordstadt", 1),
    workbook("sued.xlsx", 2026, [9, 120, 21, 115], 23, "Südstadt"),
    workbook("ost.xlsx", 2027, [20, 210, 28, 190], 5, undefined, 2),
    workbook("west.xlsx", 2025, [5, 80, 18, 85], 41, "Weststadt"),
    workbook("mitte.xlsx", 2026, [15, 160, 22, 150], 17, "Mitte"),
    workbook("see.xlsx", 2027, [8, 95, 10, 90], 29, "Am See"),
  ],
  notRead: [{ file: "alt.xlsx", reason: message("pooling.tooFewSites", { sites: 0 }) }],
};

/** Three cities, one with no care-home entry among the counselled (1/2 added to its four cells). */
const threeCities: Consolidation = {
  read: [
    workbook("a.xlsx", 2027, [0, 40, 6, 45], 3, "Aberg"),
    workbook("b.xlsx", 2027, [7, 90, 9, 80], 7, "Bedorf"),
    workbook("c.xlsx", 2028, [4, 60, 12, 66], 13, "Cestadt"),
  ],
  notRead: [],
};

/** Four cities whose effects lie far apart: Q's p far below 0.10 and I² above 75 %. */
const fourCities: Consolidation = {
  read: [
    workbook("w.xlsx", 2026, [2, 100, 30, 100], 2, "Wedorf"),
    workbook("x.xlsx", 2026, [25, 100, 27, 100], 4, "Xanten-Süd"),
    workbook("y.xlsx", 2026, [10, 100, 40, 100], 6, "Ystadt"),
    workbook("z.xlsx", 2026, [30, 100, 31, 100], 8, "Zell"),
  ],
  notRead: [],
};

const cases: { label: string; consolidation: Consolidation; language: Language; confidence: number }[] = [
  { label: "six cities, German, 95 %", consolidation: sixCities, language: "de", confidence: 0.95 },
  { label: "three cities with a zero cell, English, 90 %", consolidation: threeCities, language: "en", confidence: 0.9 },
  { label: "four cities far apart, German, 95 %", consolidation: fourCities, language: "de", confidence: 0.95 },
  { label: "four cities far apart, English, 95 %", consolidation: fourCities, language: "en", confidence: 0.95 },
];

function pooled(c: Consolidation, confidence: number, method: "DL" | "REML" = "DL"): PooledEffect {
  const column = (pick: (w: MunicipalityWorkbook) => number) => Float64Array.from(c.read.map(pick));
  return pooledRateDifference(
    {
      eventsTreated: column((w) => w.evidence.eventsTreated),
      nTreated: column((w) => w.evidence.nTreated),
      eventsControl: column((w) => w.evidence.eventsControl),
      nControl: column((w) => w.evidence.nControl),
    },
    method === "DL" ? { ...closedFormPooling, confidence } : { method, interval: "HK", confidence },
  );
}

const flows = ["benefit_county", "benefit_city", "benefit_insurance", "benefit_residents", "net_county", "net_county_city", "net_public"];

/** The totals, summed by hand: the calendar years from the earliest first budget year on. */
function totals(c: Consolidation): Expected {
  const first = Math.min(...c.read.map((w) => w.firstBudgetYear));
  const expected: Expected = { consolidation_first_year: first };
  for (const flow of flows) {
    for (let offset = 0; offset < 3; offset++) {
      let sum = 0;
      for (const w of c.read) {
        if (w.firstBudgetYear === first + offset) sum += w.recomputed[`${flow}_row_current_year` as keyof KeyResults];
        if (w.firstBudgetYear + 1 === first + offset) sum += w.recomputed[`${flow}_row_next_year` as keyof KeyResults];
      }
      expected[`total_${flow}_year_${offset + 1}`] = sum;
    }
    let presentValue = 0;
    for (const w of c.read) presentValue += w.recomputed[`${flow}_row_present_value` as keyof KeyResults];
    expected[`total_${flow}_present_value`] = presentValue;
  }
  expected.consolidation_years_beyond = c.read.filter((w) => w.firstBudgetYear + 1 > first + 2).length;
  return expected;
}

function expected(c: Consolidation, language: Language, confidence: number): Expected {
  const effect = pooled(c, confidence);
  const name = (part: string) => pooledName(part);
  return {
    ...totals(c),
    [name("k")]: effect.k,
    [name("estimate")]: effect.estimate,
    [name("lower")]: effect.lower,
    [name("upper")]: effect.upper,
    [name("p_value")]: effect.pValue ?? "",
    [name("pi_lower")]: effect.predictionLower,
    [name("pi_upper")]: effect.predictionUpper,
    [name("tau2")]: effect.tau2,
    [name("i2")]: effect.i2,
    [name("q")]: effect.q,
    [name("q_p_value")]: effect.qPValue,
    [name("se")]: effect.standardError,
    [name("site_weight")]: [...effect.weightsPercent],
    consolidation_sentence: sentence(c, language, confidence),
    [municipalityName("findings")]: c.read.map((w) => w.findings.length),
    [municipalityName("benefit_county_row_current_year")]: c.read.map((w) => w.recomputed.benefit_county_row_current_year),
    [municipalityName("benefit_city_row_present_value")]: c.read.map((w) => w.recomputed.benefit_city_row_present_value),
  };
}

/** "−9,8" / "+2,7" with one decimal, as the sentence writes points (worked out with Intl, not with the workbook's formulas). */
function points(share: number, language: Language): string {
  const value = Math.round(share * 1000) / 10;
  const text = Math.abs(value).toLocaleString(language === "de" ? "de-DE" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${value < 0 ? "−" : value > 0 ? "+" : ""}${text}`;
}

/**
 * The sentence as the issue words it, from the engine's figures: the wording on the differences
 * between cities follows I² as shown (below 25 % hardly, 75 % and more strongly) unless Q's p is
 * 0.10 or more, which leaves the question open.
 */
function sentence(c: Consolidation, language: Language, confidence: number): string {
  const effect = pooled(c, confidence);
  const p = (value: number) => (language === "de" ? points(value, "de") : points(value, "en"));
  const i2 = Math.round(effect.i2 * 100);
  const percent = language === "de" ? `${i2} %` : `${i2}%`;
  const qp = language === "de" ? effect.qPValue.toFixed(2).replace(".", ",") : effect.qPValue.toFixed(2);
  const level = Math.round(confidence * 100);
  const de = {
    little: `die Ergebnisse der Städte unterscheiden sich kaum (I² = ${percent}`,
    open: `ob sich die Wirkung zwischen den Städten unterscheidet, bleibt bei so wenigen Städten offen (I² = ${percent}; p = ${qp}`,
    differs: `die Wirkung unterscheidet sich zwischen den Städten (I² = ${percent}`,
    strongly: `die Wirkung unterscheidet sich stark zwischen den Städten (I² = ${percent}`,
  };
  const en = {
    little: `the cities' results hardly differ (I² = ${percent}`,
    open: `whether the effect differs between the cities remains open with so few cities (I² = ${percent}; p = ${qp}`,
    differs: `the effect differs between the cities (I² = ${percent}`,
    strongly: `the effect differs strongly between the cities (I² = ${percent}`,
  };
  const words = language === "de" ? de : en;
  const heterogeneity = i2 < 25 ? words.little : effect.qPValue >= 0.1 ? words.open : i2 < 75 ? words.differs : words.strongly;
  return language === "de"
    ? `Über ${effect.k} Städte: ${p(effect.estimate)} Prozentpunkte (${level}-%-KI ${p(effect.lower)} bis ${p(effect.upper)}); ` +
        `${heterogeneity}); für eine weitere Stadt ist ein Wert zwischen ${p(effect.predictionLower)} und ${p(effect.predictionUpper)} Punkten zu erwarten.`
    : `Across ${effect.k} cities: ${p(effect.estimate)} percentage points (${level}% CI ${p(effect.lower)} to ${p(effect.upper)}); ` +
        `${heterogeneity}); for a further city, a value between ${p(effect.predictionLower)} and ${p(effect.predictionUpper)} points is to be expected.`;
}

function planOf(c: Consolidation, language: Language, confidence: number): WorkbookPlan {
  const plan = layoutTemplate(consolidation, language, consolidationData(c));
  setNamedCell(plan, "confidence", confidence);
  return plan;
}

describe("the consolidation workbook recalculated by LibreOffice agrees with the engine and the hand-summed totals to 1e-9", () => {
  let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

  beforeAll(async () => {
    recalculated = await recalculatePlans(
      cases.map(({ label, consolidation: c, language, confidence }, i) => ({
        label,
        stem: `consolidation${i}`,
        plan: planOf(c, language, confidence),
      })),
    );
  }, 180_000);

  test.each(cases.map((entry) => [entry.label, entry] as const))("%s", (label, { consolidation: c, language, confidence }) => {
    const { plan, sheets } = recalculated.get(label)!;
    expect(errorCells(sheets)).toEqual([]);
    expect(namedMismatches(plan, sheets, expected(c, language, confidence))).toEqual([]);
  });

  test("the REML rows hold the engine's REML values, which differ from DerSimonian–Laird's", () => {
    const plan = planOf(sixCities, "de", 0.95);
    const reml = pooled(sixCities, 0.95, "REML");
    const value = (name: string) => {
      const where = plan.nameAddresses[name];
      const sheet = plan.sheets.find((candidate) => candidate.name === where.sheet)!;
      const [, column, row] = /^([A-Z]+)(\d+)$/.exec(where.address)!;
      return sheet.cells.find((cell) => cell.row === Number(row) && cell.column === column.charCodeAt(0) - 64)!;
    };
    expect(value("reml_estimate").content).toBeCloseTo(reml.estimate, 12);
    expect(value("reml_tau2").content).toBeCloseTo(reml.tau2, 12);
    expect(value("reml_pi_upper").content).toBeCloseTo(reml.predictionUpper, 12);
    expect(value("reml_estimate").addinFormula).toMatch(/^=PREVENT\.POOLED\.COUNTS\(.*,"REML","HK",confidence,"estimate"\)$/);
    expect(reml.tau2).not.toBeCloseTo(pooled(sixCities, 0.95).tau2, 8);
  });

  test("the municipality column shows the name where the workbook has one, else the file", () => {
    const rows = consolidationData(sixCities).rows;
    expect(rows.map((row) => row[1])).toEqual(["Nordstadt", "Südstadt", "ost.xlsx", "Weststadt", "Mitte", "Am See"]);
    expect(rows.map((row) => row[0])).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("printed and charted", () => {
  let folder: string;
  let file: string;

  let pdf: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "pd-consolidation-"));
    file = join(folder, "consolidation-de.xlsx");
    writeFileSync(file, await renderXlsx(planOf(sixCities, "de", 0.95)));
    [pdf] = convertToPdf([file], folder);
  }, 120_000);

  const pageText = (page: number) =>
    execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

  test("the German PDF's first page carries the sentence with German numbers", () => {
    const page = pageText(1);
    expect(page).toContain(sentence(sixCities, "de", 0.95));
    expect(page).toContain("Ersparnis Kreis");
  });

  test("the German PDF's summary shows the pooled difference and its intervals in percentage points beside the share", () => {
    const page = pageText(1);
    const effect = pooled(sixCities, 0.95);
    // The format's words follow the template's language, its digits LibreOffice's locale (a comma under de_DE, a point under en_US).
    const shown = (value: number, decimals: number) => value.toFixed(decimals).replace(".", "[.,]");
    const points = (share: number) => new RegExp(`(^| )${shown(100 * share, 2)} Pp\\. `);
    expect(page).toMatch(new RegExp(`Zusammengefasste Differenz \\(REML\\) -?\\d+[.,]\\d\\d Pp\\. -?\\d[.,]\\d{4} \\(Anteil\\)`));
    for (const share of [effect.estimate, effect.lower, effect.upper, effect.predictionLower, effect.predictionUpper])
      expect(page).toMatch(points(share));
    expect(page).toMatch(new RegExp(` ${shown(effect.estimate, 4)} \\(Anteil\\)`));
    // No difference of rates is printed as a percentage, on any page (the chart's helper shares read "(Anteil)").
    const all = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(all).toContain("Dieselben Werte als Anteil");
    expect(all).not.toMatch(/-\d+[.,]\d\d ?%/);
  });

  test("the Municipalities sheet prints its headers in full, wrapped within their columns", async () => {
    // Unwrapped, a header longer than its column ran under its neighbour and was cut off there.
    const page = pageText(2);
    for (const word of ["Haushaltsjahr", "Prüfung", "Barwert"]) expect(page.split(" ")).toContain(word);
    // pdftotext joins the lines broken after a hyphen.
    expect(page).toContain("Verhältnis: Kreis und Stadt");
    const zip = await JSZip.loadAsync(await renderXlsx(planOf(sixCities, "de", 0.95)));
    // The second sheet is Kommunen; each header cell's style wraps.
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const formats = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g)!;
    const headerRow = /<row r="1"[^>]*>[\s\S]*?<\/row>/.exec(sheet)![0];
    const headerStyles = [...headerRow.matchAll(/<c r="[A-Z]+1" s="(\d+)"/g)].map((match) => Number(match[1]));
    expect(headerStyles.length).toBeGreaterThan(10);
    for (const style of headerStyles) expect(formats[style]).toContain('wrapText="1"');
    // "Nutzen-Kosten-Verhältnis: Kreis und Stadt" in its column of 12 breaks as LibreOffice prints it:
    // Nutzen- / Kosten- / Verhältnis: / Kreis und / Stadt — five lines of 15 points.
    expect(Number(/ ht="([\d.]+)"/.exec(headerRow)![1])).toBeGreaterThanOrEqual(5 * 15);
  });

  test("the summary sheet holds a scatter chart with whiskers from cells: the cities' intervals, the pooled one and the prediction interval", async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(planOf(sixCities, "de", 0.95)));
    const charts = Object.keys(zip.files).filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0])!.async("string");
    expect(xml).toContain("<c:scatterChart>");
    expect((xml.match(/<c:errBars>/g) ?? []).length).toBe(3);
    expect(xml).toContain('<c:errValType val="cust"/>');
    for (const name of ["Städte (Konfidenzintervall)", "Zusammengefasst", "Vorhersageintervall"])
      expect(xml).toContain(`<c:v>${name}</c:v>`);
    // The cities' points come from the municipality table, six rows below its header.
    expect(xml).toMatch(/<c:f>Kommunen!\$[A-Z]+\$2:\$[A-Z]+\$7<\/c:f>/);
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet1).toMatch(/<drawing r:id="rId\d+"\/>/);
  });
});
