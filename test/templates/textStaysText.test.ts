/* A value from a data file is written as text, never as a formula, whichever way the table is written. */
import JSZip from "jszip";
import { readTemplateData } from "../../src/templates/data";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { TemplateDefinition } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";

const dangerous = ['=HYPERLINK("http://example.org","click")', "=1+1", "+49 30 1234", "-x", "@SUM(A1)", "_x0041_ stays", "tab\there"];

/** Cell type and text of a cell as the file holds it (exceljs cannot read tables with calculated columns back). */
interface FileCell {
  type: string;
  formula: boolean;
  text: string;
}

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function cellsOf(template: TemplateDefinition, csv: string, tableName: string, compactTables: boolean): Promise<FileCell[]> {
  const data = readTemplateData(template, csv, "d.csv");
  const zip = await JSZip.loadAsync(await renderXlsx(layoutTemplate(template, "en", data, undefined, { compactTables })));
  const sheetIndex = template.sheets.findIndex((sheet) => sheet.table?.name === tableName);
  const sheet = await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)!.async("string");
  const shared = [...((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const textOf = (xml: string) => unescape([...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(""));
  return dangerous.map((_, i) => {
    const cell = new RegExp(`<c r="A${i + 2}"([^>]*)>([\\s\\S]*?)</c>`).exec(sheet)!;
    const type = /\bt="([^"]+)"/.exec(cell[1])?.[1] ?? "n";
    const inner = cell[2];
    const text = type === "s" ? textOf(shared[Number(/<v>(\d+)<\/v>/.exec(inner)![1])]) : textOf(inner);
    return { type, formula: inner.includes("<f"), text };
  });
}

/** Shared or inline string (t="s", t="inlineStr"), no formula, the text unchanged. */
function expectTexts(cells: FileCell[]): void {
  for (const cell of cells) {
    expect(["s", "inlineStr"]).toContain(cell.type);
    expect(cell.formula).toBe(false);
  }
  expect(cells.map((cell) => cell.text)).toEqual(dangerous);
}

describe.each([
  ["rows in cell objects", false],
  ["compact rows", true],
])("text from a data file stays text (%s)", (_name, compactTables) => {
  test("activities of the volunteer log", async () => {
    const csv = `activity,volunteers,hours_per_week,weeks_per_year\n${dangerous.map((text) => `"${text.replace(/"/g, '""')}",3,2,40`).join("\n")}\n`;
    expectTexts(await cellsOf(volunteerHoursTemplate, csv, "activities_table", compactTables));
  });

  test("ids of the cohort", async () => {
    const csv = `id,group,start,care_home_entry,follow_up_end\n${dangerous.map((text) => `"${text.replace(/"/g, '""')}",treated,2022-01-09,,2025-12-31`).join("\n")}\n`;
    expectTexts(await cellsOf(placementCohort, csv, "cohort_table", compactTables));
  });
});
