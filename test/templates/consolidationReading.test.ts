/*
 * Reading the municipalities' business cases for the county. The workbooks are made here: the
 * business case rendered with a city's own inputs and saved again by LibreOffice (so every
 * formula cell holds the value LibreOffice computed — the independent reference for the
 * recomputed key results), one with a result typed over its formula, and files that cannot be
 * read: another template, random bytes, an encrypted (OLE) file, a newer version, broken XML,
 * a deleted input name. The 1.0.0 fixture is read with the inputs it has.
 */
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formatNumber } from "../../src/shared/formatting";
import { render } from "../../src/shared/message";
import { combinedPlan } from "../../src/templates/combinedWorkbook";
import { readTemplateData } from "../../src/templates/data";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import { keyResultNames, type Consolidation } from "../../src/templates/consolidation/municipalities";
import { consolidationText, readConsolidation } from "../../src/templates/consolidation/reading";
import type { OrganisationDefaults } from "../../src/templates/organisationDefaults";
import { readWorkbookFile } from "../../src/templates/xlsxReading";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { editWorkbook } from "../support/xlsxEdits";
import { recalculatedCopies } from "./libreoffice";
import { setNamedCell } from "./recalculatedCells";

const fixtures = join(__dirname, "..", "fixtures", "templates-1.0.0");

/** Brakel's own figures (German workbook). */
const brakel: Record<string, number> = {
  posts_fte: 1.5,
  households_served: 140,
  hzp_monthly_cost: 2100,
  city_monthly_saving: 60,
  first_budget_year: 2029,
  horizon: 7,
  months_avoided: 18,
  events_treated: 12,
  n_treated: 130,
  events_control: 25,
  n_control: 121,
  design_grade: 4,
};

const defaults: OrganisationDefaults = {
  organisation: "Kreis Höxter",
  validFrom: "2027-01-01",
  inputs: { "counselling-case": { hzp_monthly_cost: { value: 1700 }, discount_rate: { value: 0.035 } } },
  file: "vorgaben.json",
};

const dir = mkdtempSync(join(tmpdir(), "pd-consolidation-"));

async function written(stem: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, `${stem}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

/** The business case with its inputs changed and, optionally, the Evidence sheet's optimism bias of one Maryland level. */
async function renderedCase(
  language: "de" | "en",
  inputs: Record<string, number>,
  bias?: { level: number; value: number },
): Promise<Uint8Array> {
  const plan = layoutTemplate(counsellingCase, language);
  for (const [name, value] of Object.entries(inputs)) setNamedCell(plan, name, value);
  if (bias) {
    const evidence = plan.sheets.find((sheet) => sheet.name === (language === "de" ? "Evidenz" : "Evidence"))!;
    // The table's rows: level in column A, its correction in column C.
    const row = evidence.cells.find(
      (cell) =>
        cell.column === 1 && cell.content === bias.level && evidence.cells.some((other) => other.row === cell.row && other.column === 3),
    )!.row;
    evidence.cells.find((cell) => cell.row === row && cell.column === 3)!.content = bias.value;
  }
  return renderXlsx(plan);
}

/** A package whose part is cut short, as a broken download leaves it. */
async function truncatedPart(bytes: Uint8Array, part: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  return zip.generateAsync({ type: "uint8array" });
}

/** Adds the municipality's name as the business case will hold it: a text input under its workbook name. */
async function withMunicipalityName(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const typed = await editWorkbook(bytes, { cells: { Annahmen: { H1: name } } });
  const zip = await JSZip.loadAsync(typed);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace("</definedNames>", '<definedName name="municipality_name">Annahmen!$H$1</definedName></definedNames>'),
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** A second template's marker name in the same workbook, as when two templates were inserted into one. */
async function withSecondMarker(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(
      "</definedNames>",
      '<definedName name="prevention_dividend_template_2">PreventionDividend!$B$1</definedName></definedNames>',
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** Seeded bytes, so that a failure can be repeated. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16;
  }
  return bytes;
}

let consolidation: Consolidation;
let progress: [number, number][];
let fresh: Uint8Array;
/** The county's net present value as LibreOffice computed the template's own inputs. */
let countyPresentValue: number;

beforeAll(async () => {
  fresh = await renderedCase("en", {});
  const sources = [
    await written("brakel", await renderedCase("de", brakel, { level: 4, value: 0.2 })),
    await written("warburg", fresh),
    join(fixtures, "counselling-case-de.xlsx"),
  ];
  const saved = mkdtempSync(join(tmpdir(), "pd-consolidation-saved-"));
  const [brakelSaved, warburgSaved, oldSaved] = recalculatedCopies(sources, saved).map((path) => new Uint8Array(readFileSync(path)));
  const summary = await readWorkbookFile(warburgSaved);
  const [sheet, address] = summary.names.get("net_county_row_present_value")!.replace(/\$/g, "").split("!");
  countyPresentValue = (await summary.cells(sheet)).get(address)!.value as number;
  const olePackage = noise(4096, 7);
  olePackage.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const files = [
    { name: "Brakel/Business Case Brakel.xlsx", bytes: await withMunicipalityName(brakelSaved, "Stadt Brakel") },
    // Warburg typed a figure over the county's net present value.
    { name: "warburg.xlsx", bytes: await editWorkbook(warburgSaved, { inputs: { net_county_row_present_value: 12345 } }) },
    { name: "steinheim-2025.xlsx", bytes: oldSaved },
    { name: "ehrenamt.xlsx", bytes: await renderXlsx(layoutTemplate(volunteerHoursTemplate, "de")) },
    { name: "zufall.xlsx", bytes: noise(20000, 3) },
    { name: "geschuetzt.xlsx", bytes: olePackage },
    { name: "neuer.xlsx", bytes: await editWorkbook(fresh, { cells: { PreventionDividend: { B2: "9.1.0" } } }) },
    { name: "abgebrochen.xlsx", bytes: await truncatedPart(fresh, "xl/workbook.xml") },
    { name: "blatt-kaputt.xlsx", bytes: await truncatedPart(fresh, "xl/worksheets/sheet3.xml") },
    { name: "ohne-anteil.xlsx", bytes: await editWorkbook(fresh, { removeNames: ["hzp_share"] }) },
    { name: "fresh.xlsx", bytes: fresh },
    { name: "zwei-vorlagen.xlsx", bytes: await withSecondMarker(fresh) },
    { name: "zwischenversion.xlsx", bytes: await editWorkbook(fresh, { cells: { PreventionDividend: { B2: "1.5.0" } } }) },
  ];
  progress = [];
  consolidation = await readConsolidation(files, {
    organisationDefaults: defaults,
    onProgress: (done, total) => progress.push([done, total]),
  });
}, 240000);

const readFile = (file: string) => consolidation.read.find((entry) => entry.file === file)!;
const reasonOf = (file: string) => consolidation.notRead.find((entry) => entry.file === file)?.reason;

describe("reading the municipalities' workbooks", () => {
  it("reads the business cases and lists every other file as not read, in the order chosen", () => {
    expect(consolidation.read.map((entry) => entry.file)).toEqual([
      "Business Case Brakel.xlsx",
      "warburg.xlsx",
      "steinheim-2025.xlsx",
      "fresh.xlsx",
    ]);
    expect(consolidation.notRead.map((entry) => entry.file)).toEqual([
      "ehrenamt.xlsx",
      "zufall.xlsx",
      "geschuetzt.xlsx",
      "neuer.xlsx",
      "abgebrochen.xlsx",
      "blatt-kaputt.xlsx",
      "ohne-anteil.xlsx",
      "zwei-vorlagen.xlsx",
      "zwischenversion.xlsx",
    ]);
    expect(progress).toEqual(Array.from({ length: 13 }, (_, i) => [i + 1, 13]));
  });

  it("recomputes every key result of a city's own inputs as LibreOffice computed the saved workbook", () => {
    const city = readFile("Business Case Brakel.xlsx");
    expect(city.municipality).toBe("Stadt Brakel");
    expect(city.templateVersion).toBe(counsellingCase.version);
    expect(city.firstBudgetYear).toBe(2029);
    expect(city.inputs).toMatchObject(brakel);
    expect(city.evidence).toEqual({ eventsTreated: 12, nTreated: 130, eventsControl: 25, nControl: 121 });
    expect(Object.keys(city.shown).sort()).toEqual([...keyResultNames].sort());
    for (const name of keyResultNames) {
      expect(Math.abs(city.recomputed[name] - city.shown[name]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(city.shown[name]!)));
    }
    // Its findings: the optimism bias of its design changed on the Evidence sheet, and the county's net cost of Hilfe zur Pflege, 2.100 € against the county's 1.700 €.
    expect(city.findings.map((finding) => consolidationText(finding, "de"))).toEqual([
      "Optimism Bias für Stufe 4 der Maryland-Skala: 20\u00a0% statt 5\u00a0% wie in der Vorlage (Tabelle auf dem Blatt Evidenz).",
      "Nettokosten des Kreises je Empfänger von Hilfe zur Pflege im Heim: 2100 statt 1700 laut den Vorgaben von Kreis Höxter.",
    ]);
  });

  it("flags a shown result that the workbook's inputs do not give", () => {
    const city = readFile("warburg.xlsx");
    expect(city.municipality).toBeUndefined();
    expect(city.shown.net_county_row_present_value).toBe(12345);
    const given = (language: "de" | "en") => formatNumber(countyPresentValue, 2, language);
    expect(city.findings.map((finding) => render(finding, "de"))).toEqual([
      `Nettonutzen des Kreises, Barwert: Die Mappe zeigt 12.345,00 €, ihre Eingaben ergeben ${given("de")} € – eine Formel wurde möglicherweise geändert.`,
    ]);
    expect(render(city.findings[0], "en")).toBe(
      `Net benefit to the county, present value: the workbook shows €12,345.00, its inputs give €${given("en")} — a formula may have been changed.`,
    );
  });

  it("holds no shown values for a workbook never calculated, and no findings about them", () => {
    const city = readFile("fresh.xlsx");
    expect(city.shown).toEqual({});
    expect(city.findings).toEqual([]);
  });

  it("reads a 1.0.0 workbook with the inputs it has and says which input the template filled in", () => {
    const city = readFile("steinheim-2025.xlsx");
    expect(city.templateVersion).toBe("1.0.0");
    expect(city.inputs).not.toHaveProperty("first_budget_year");
    expect(city.firstBudgetYear).toBe(2027);
    expect(city.findings.map((finding) => consolidationText(finding, "de"))).toEqual([
      "Erstes Haushaltsjahr der Beratung: Diese Eingabe gibt es in Version 1.0.0 noch nicht; gerechnet wird mit dem Wert der Vorlage, 2027.",
    ]);
    expect(Object.keys(city.shown)).toHaveLength(keyResultNames.length);
    for (const name of Object.keys(city.shown) as (keyof typeof city.shown)[]) {
      expect(Math.abs(city.recomputed[name] - city.shown[name]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(city.shown[name]!)));
    }
  });

  it.each([
    ["ehrenamt.xlsx", "Die Mappe enthält eine andere Vorlage (Wert ehrenamtlicher Stunden)", "The workbook holds another template"],
    ["zufall.xlsx", "Die Datei ist beschädigt oder keine Excel-Arbeitsmappe (.xlsx)", "The file is damaged"],
    ["geschuetzt.xlsx", "Die Datei ist mit einem Kennwort verschlüsselt", "The file is encrypted with a password"],
    [
      "neuer.xlsx",
      `Die Mappe hat Version 9.1.0; dieses Add-in kennt den Business Case bis Version ${counsellingCase.version}.`,
      "The workbook has version 9.1.0",
    ],
    ["abgebrochen.xlsx", "Die Datei ist beschädigt", "The file is damaged"],
    ["blatt-kaputt.xlsx", "Die Datei ist beschädigt", "The file is damaged"],
    [
      "ohne-anteil.xlsx",
      "Diese Eingabe fehlt oder enthält keine Zahl: Anteil Heimbewohner mit Hilfe zur Pflege.",
      "This input is missing or not a number: Share of care-home residents receiving Hilfe zur Pflege.",
    ],
    ["zwei-vorlagen.xlsx", "Die Mappe enthält 2 Business Cases; bitte je Gemeinde eine Mappe", "The workbook holds 2 business cases"],
    [
      "zwischenversion.xlsx",
      "Version 1.5.0 des Business Case ist diesem Add-in nicht bekannt.",
      "Version 1.5.0 of the business case is not known to this add-in.",
    ],
  ])("gives the reason %s was not read", (file, german, english) => {
    const reason = reasonOf(file)!;
    expect(consolidationText(reason, "de")).toContain(german);
    expect(consolidationText(reason, "en")).toContain(english);
  });
});

describe("a business case that takes its evidence from a placement cohort in the same workbook", () => {
  let entry: Consolidation["read"][number] | undefined;
  let notRead: Consolidation["notRead"];
  let shownPresentValue: number;
  // The example cohort's own counts and months delayed (examples/housing-counselling-cohort.csv),
  // as LibreOffice computed them: the reading must reckon with these, as the workbook's formulas do.
  let cohortCounts: Record<string, unknown>;
  let cohortMonths: number;

  beforeAll(async () => {
    const cohortFile = join(__dirname, "..", "..", "examples", "housing-counselling-cohort.csv");
    const data = readTemplateData(placementCohort, readFileSync(cohortFile, "utf8"), cohortFile);
    // The cohort first: the business case takes the suffix _2 on its names and sheets.
    const { plan } = combinedPlan([{ template: placementCohort, data }, { template: counsellingCase }], "de");
    const source = await written("kohorte-und-fall", await renderXlsx(plan));
    const [saved] = recalculatedCopies([source], mkdtempSync(join(tmpdir(), "pd-consolidation-combined-")));
    const bytes = new Uint8Array(readFileSync(saved));
    const file = await readWorkbookFile(bytes);
    const value = async (name: string) => {
      const [sheet, address] = file.names.get(name)!.replace(/\$/g, "").replace(/'/g, "").split("!");
      return (await file.cells(sheet)).get(address)!.value;
    };
    shownPresentValue = (await value("net_county_row_present_value_2")) as number;
    cohortMonths = (await value("evidence_months_avoided_2")) as number;
    cohortCounts = {
      eventsTreated: await value("evidence_events_treated_2"),
      nTreated: await value("evidence_n_treated_2"),
      eventsControl: await value("evidence_events_control_2"),
      nControl: await value("evidence_n_control_2"),
    };
    const consolidation = await readConsolidation([{ name: "kohorte-und-fall.xlsx", bytes }]);
    entry = consolidation.read[0];
    notRead = consolidation.notRead;
  }, 240000);

  it("reads the business case beside the cohort, with the cohort's counts, and finds nothing changed", () => {
    expect(notRead).toEqual([]);
    expect(entry!.evidence).toEqual(cohortCounts);
    // The months typed in (12) are not the cohort's: a reading with the typed ones would differ.
    expect(entry!.inputs.months_avoided).toBe(12);
    expect(Math.abs(cohortMonths - 12)).toBeGreaterThan(0.5);
    expect(entry!.recomputed.net_county_row_present_value).toBeCloseTo(shownPresentValue, 6);
    const codes = entry!.findings.map((finding) => finding.code);
    expect(codes).toContain("consolidation.finding.evidenceFromCohort");
    expect(codes).not.toContain("consolidation.finding.shownDiffers");
  });
});
