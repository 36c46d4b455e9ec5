/**
 * Data tables that grow: names of table columns are structured references to the rendered
 * headers, computed columns carry one formula for every row (a calculated column in the .xlsx
 * table part), and the sheets holding tables stay unprotected so that Excel can extend them.
 */
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { parseStructuredReference } from "../../src/shared/structuredReference";
import { layoutTemplate, templateInsertion } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import { templates } from "../../src/templates/registry";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { withFilePrefixes } from "../../src/templates/xlsxFormulaPrefixes";
import { chooseNaming } from "../../src/templates/naming";

const withTables = templates.filter((template) => template.sheets.some((sheet) => sheet.table));
const cases = withTables.flatMap((template) => (["de", "en"] as Language[]).map((language) => [template.id, language, template] as const));

describe.each(cases)("%s (%s)", (_id, language, template) => {
  const plan = layoutTemplate(template, language);

  it("names each data column by its table and rendered header", () => {
    const columnNames = template.sheets.flatMap((sheet) =>
      (sheet.table?.columns ?? [])
        .filter((column) => column.name)
        .map((column) => ({ table: sheet.table!.name, name: column.name!, header: column.header[language] })),
    );
    expect(columnNames.length).toBeGreaterThan(0);
    for (const { table, name, header } of columnNames) {
      const reference = plan.names.find((candidate) => candidate.name === name)!.reference;
      expect([name, parseStructuredReference(reference)]).toEqual([name, { table, column: header }]);
    }
  });

  it("writes one formula per computed column, the same in every row, with no cell address in it", () => {
    for (const sheet of plan.sheets) {
      for (const table of sheet.tables) {
        table.columnFormulas!.forEach((formula, i) => {
          const cells = sheet.cells.filter((cell) => cell.row > 1 && cell.column === i + 1);
          expect(cells.length).toBeGreaterThan(0);
          if (formula === null)
            return expect(cells.every((cell) => typeof cell.content !== "string" || !cell.content.startsWith("="))).toBe(true);
          expect(cells.every((cell) => cell.content === formula)).toBe(true);
          // Outside the brackets of structured references, nothing like F2 or $B$7.
          expect([table.headers[i], formula.replace(/\[[^\]]*\]/g, "").match(/\$?\b[A-Z]{1,3}\$?\d+\b/)]).toEqual([table.headers[i], null]);
        });
      }
    }
  });

  it("leaves the sheets holding tables unprotected, so that the tables can grow", () => {
    for (const sheet of plan.sheets) expect([sheet.name, sheet.protect]).toEqual([sheet.name, sheet.tables.length === 0 && sheet.protect]);
    expect(plan.sheets.filter((sheet) => sheet.tables.length > 0).length).toBeGreaterThan(0);
  });

  it("stores each computed column's formula in the .xlsx table part and the names as structured references", async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(plan));
    const tableParts = Object.keys(zip.files).filter((path) => /^xl\/tables\/table\d+\.xml$/.test(path));
    expect(tableParts).toHaveLength(plan.sheets.flatMap((sheet) => sheet.tables).length);
    for (const path of tableParts) {
      const xml = await zip.file(path)!.async("string");
      expect([path, XMLValidator.validate(xml)]).toEqual([path, true]);
      const name = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1];
      const planned = plan.sheets.flatMap((sheet) => sheet.tables).find((table) => table.name === name)!;
      const columns = [...xml.matchAll(/<tableColumn\b[^>]*?(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)].map((match) => {
        const formula = /<calculatedColumnFormula>([\s\S]*)<\/calculatedColumnFormula>/.exec(match[1] ?? "")?.[1];
        return formula === undefined
          ? null
          : `=${formula
              .replace(/&lt;/g, "<")
              .replace(/&gt;/g, ">")
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, "&")}`;
      });
      // The file form of a formula: functions newer than Excel 2007 carry _xlfn.
      expect(columns).toEqual(planned.columnFormulas?.map((formula) => formula && withFilePrefixes(formula)));
    }
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(XMLValidator.validate(workbook)).toBe(true);
    for (const name of plan.names.filter((candidate) => candidate.reference.includes("["))) {
      expect(workbook).toContain(`<definedName name="${name.name}">${name.reference}</definedName>`);
    }
  });
});

describe("table references when the template is inserted a second time", () => {
  it("use the suffixed table name in names and computed columns", () => {
    const insertion = templateInsertion(volunteerHoursTemplate, "en");
    const plan = insertion.plan(chooseNaming(insertion, ["Activities"], []));
    expect(plan.names.find((name) => name.name === "volunteer_hours_2")!.reference).toBe("activities_table_2[Hours per year]");
    const activities = plan.sheets.find((sheet) => sheet.name === "Activities (2)")!;
    expect(activities.tables[0].name).toBe("activities_table_2");
    // Hours per year = volunteers × hours per week × weeks, all of the same row.
    expect(activities.tables[0].columnFormulas![6]).toBe(
      "=activities_table_2[[#This Row],[Volunteers]]*activities_table_2[[#This Row],[Hours per week]]*activities_table_2[[#This Row],[Weeks per year]]",
    );
  });

  it("escape headers with special characters as Excel does", () => {
    const plan = layoutTemplate(placementCohort, "de");
    // "Aufnahme (1/0)" holds a slash, "Tage: Beratene" a colon: both need the second pair of brackets.
    expect(plan.names.find((name) => name.name === "cohort_entered")!.reference).toBe("cohort_table[[Aufnahme (1/0)]]");
    expect(plan.names.find((name) => name.name === "cohort_treated_days")!.reference).toBe("cohort_table[[Tage: Beratene]]");
    const curve = plan.sheets.find((sheet) => sheet.name === "KM-Kurve")!.tables[0];
    expect(curve.columnFormulas![1]).toBe("=km_curve_table[[#This Row],[Tage: Beratene]]/(365.25/12)");
  });
});
