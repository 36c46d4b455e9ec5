/**
 * Writes the county example (examples/county/): the counselling business cases of six synthetic
 * cities, each with its own inputs and evidence counts, and the consolidation workbook built from
 * them the way `prevention-dividend consolidate` builds it. Deterministic: the same inputs give
 * the same files, byte for byte (the files' dates are fixed).
 *   npx tsx scripts/make-county-example.ts
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { consolidate } from "../src/templates/consolidation/consolidate";
import { municipalityNameInput, readConsolidation } from "../src/templates/consolidation/reading";
import { counsellingCase } from "../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../src/templates/layout";
import type { RowDefinition, TemplateDefinition } from "../src/templates/model";
import { renderXlsx } from "../src/templates/xlsxRenderer";

const folder = join(__dirname, "..", "examples", "county");

/** The six cities: made up, with counts chosen so that the effect differs somewhat between them. */
/** `citySaving`: what the city saves each month a placement is prevented (EUR), e.g. its share of care-home costs it no longer pays. */
const cities: { file: string; name: string; citySaving: number; inputs: Record<string, number> }[] = [
  {
    file: "nordstadt.xlsx",
    citySaving: 200,
    name: "Nordstadt (Beispiel)",
    inputs: {
      posts_fte: 1.5,
      households_served: 150,
      first_budget_year: 2026,
      events_treated: 12,
      n_treated: 150,
      events_control: 30,
      n_control: 140,
    },
  },
  {
    file: "suedstadt.xlsx",
    citySaving: 150,
    name: "Südstadt (Beispiel)",
    inputs: {
      posts_fte: 1,
      households_served: 120,
      first_budget_year: 2026,
      events_treated: 9,
      n_treated: 120,
      events_control: 21,
      n_control: 115,
    },
  },
  {
    file: "oststadt.xlsx",
    citySaving: 250,
    name: "Oststadt (Beispiel)",
    inputs: {
      posts_fte: 2,
      households_served: 210,
      first_budget_year: 2026,
      county_cost_share: 0.6,
      events_treated: 20,
      n_treated: 210,
      events_control: 28,
      n_control: 190,
    },
  },
  {
    file: "weststadt.xlsx",
    citySaving: 180,
    name: "Weststadt (Beispiel)",
    inputs: {
      posts_fte: 1,
      households_served: 80,
      first_budget_year: 2027,
      months_avoided: 18,
      events_treated: 5,
      n_treated: 80,
      events_control: 18,
      n_control: 85,
    },
  },
  {
    file: "mittelstadt.xlsx",
    citySaving: 120,
    name: "Mittelstadt (Beispiel)",
    inputs: {
      posts_fte: 1.5,
      households_served: 160,
      first_budget_year: 2026,
      events_treated: 15,
      n_treated: 160,
      events_control: 22,
      n_control: 150,
    },
  },
  {
    file: "seestadt.xlsx",
    citySaving: 220,
    name: "Seestadt (Beispiel)",
    inputs: {
      posts_fte: 1,
      households_served: 95,
      first_budget_year: 2027,
      cost_per_post: 104000,
      events_treated: 8,
      n_treated: 95,
      events_control: 10,
      n_control: 90,
    },
  },
];

/** The template with the municipality's name and some inputs set to other values (as a city would type them). */
function withInputs(template: TemplateDefinition, municipality: string, values: Record<string, number>): TemplateDefinition {
  const known = new Set(template.sheets.flatMap((sheet) => sheet.rows ?? []).flatMap((row) => (row.kind === "input" ? [row.name] : [])));
  for (const name of Object.keys(values)) if (!known.has(name)) throw new Error(`${template.id} has no input '${name}'`);
  const rowWith = (row: RowDefinition): RowDefinition => {
    if (row.kind === "input" && row.name in values) return { ...row, value: values[row.name] };
    if (row.kind === "textInput" && row.name === municipalityNameInput) return { ...row, value: { de: municipality, en: municipality } };
    return row;
  };
  return { ...template, sheets: template.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows?.map(rowWith) })) };
}

const fixedDate = new Date(Date.UTC(2026, 0, 1));

/** The same bytes every time: the package's entries and its document properties carry one fixed date. */
async function withFixedDates(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const fixed = new JSZip();
  for (const path of Object.keys(zip.files).sort()) {
    const entry = zip.files[path];
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async("uint8array");
    if (path === "docProps/core.xml")
      content = new TextDecoder()
        .decode(content)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${fixedDate.toISOString().replace(/\.\d+Z$/, "Z")}`);
    fixed.file(path, content, { date: fixedDate, createFolders: false });
  }
  return new Uint8Array(await fixed.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

async function main(): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (const city of cities) {
    const path = join(folder, city.file);
    writeFileSync(
      path,
      await withFixedDates(
        await renderXlsx(
          layoutTemplate(withInputs(counsellingCase, city.name, { ...city.inputs, city_monthly_saving: city.citySaving }), "de"),
        ),
      ),
    );
    paths.push(path);
    console.log(path);
  }
  for (const language of ["de", "en"] as const) {
    const outcome = await consolidate(paths, (files) => readConsolidation(files), language);
    for (const line of outcome.report) console.error(line);
    if (!outcome.bytes) throw new Error("no workbook of the example could be read");
    const path = join(folder, language === "de" ? "kreis-zusammenfuehrung.xlsx" : "county-consolidation.xlsx");
    writeFileSync(path, await withFixedDates(outcome.bytes));
    console.log(path);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
