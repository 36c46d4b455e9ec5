/*
 * A table written from its compact body (rows straight into the file, computed columns as shared
 * formulas) is the same workbook as one written cell by cell: LibreOffice recalculates both and
 * every sheet shows the same texts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readTemplateData } from "../../src/templates/data";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { TemplateDefinition } from "../../src/templates/model";
import { renderXlsx } from "../../src/templates/xlsxRenderer";
import { recalculate } from "./libreoffice";

const examples = join(__dirname, "..", "..", "examples");
const cases: [TemplateDefinition, string | null][] = [
  [counsellingCase, null],
  [placementCohort, "housing-counselling-cohort.csv"],
  [volunteerHoursTemplate, "volunteer-log.csv"],
  [groupComparison, "kindergarten-scores.csv"],
];

test("compact and cell-by-cell tables recalculate to the same sheets in LibreOffice", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pd-compact-"));
  const pairs: [string, string][] = [];
  for (const [template, csv] of cases) {
    const data = csv === null ? undefined : readTemplateData(template, new Uint8Array(readFileSync(join(examples, csv))), csv);
    const files = [false, true].map((compactTables) => join(dir, `${template.id}-${compactTables ? "compact" : "cells"}.xlsx`));
    writeFileSync(files[0], await renderXlsx(layoutTemplate(template, "de", data)));
    writeFileSync(files[1], await renderXlsx(layoutTemplate(template, "de", data, undefined, { compactTables: true })));
    pairs.push(files as [string, string]);
  }
  const recalculated = recalculate(pairs.flat());
  for (const [cells, compact] of pairs) {
    const expected = recalculated.get(cells)!;
    expect(expected.size).toBeGreaterThan(2);
    expect(recalculated.get(compact)).toEqual(expected);
  }
}, 240_000);
