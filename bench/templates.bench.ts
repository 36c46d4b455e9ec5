/* Templates: rendering each one to an .xlsx file (with the bytes written), and inserting the
   placement cohort with 2,000 rows into the open workbook through the recording fake Excel,
   with the number of context.sync() calls it took. */
import { OfficeWorkbook } from "../src/office/officeWorkbook";
import { layoutTemplate, templateInsertion } from "../src/templates/layout";
import { placementCohort } from "../src/templates/definitions/placementCohort";
import { templates } from "../src/templates/registry";
import { renderXlsx } from "../src/templates/xlsxRenderer";
import { FakeExcel } from "../test/support/fakeExcel";
import { medianMillisecondsAsync, type BenchSection, type Measurement } from "./harness";

const repetitions = 9;
const warmup = 2;
const cohortRows = 2000;

const medianOf = (run: () => Promise<unknown>) => medianMillisecondsAsync(run, repetitions, warmup);

/** A cohort shaped like examples/housing-counselling-cohort.csv, the same on every run. */
function cohort(rows: number): (string | number | null)[][] {
  return Array.from({ length: rows }, (_, i) => [
    `P${String(i + 1).padStart(5, "0")}`,
    i % 2 === 0 ? "treated" : "control",
    44570 + (i % 365),
    i % 7 === 0 ? 45100 + (i % 200) : null,
    46022,
  ]);
}

export const section: BenchSection = {
  title: "Templates: .xlsx rendering and insertion through the workbook port",
  async measure() {
    const measurements: Measurement[] = [];
    for (const template of templates) {
      let bytes = 0;
      const milliseconds = await medianOf(async () => {
        bytes = (await renderXlsx(layoutTemplate(template, "en"))).length;
      });
      measurements.push({ name: `${template.id} (en) to .xlsx, ${bytes.toLocaleString("en")} bytes`, milliseconds });
    }
    const rows = cohort(cohortRows);
    let bytes = 0;
    const renderCohort = await medianOf(async () => {
      bytes = (await renderXlsx(layoutTemplate(placementCohort, "en", { table: "cohort_table", rows }))).length;
    });
    measurements.push({
      name: `placement-cohort with ${cohortRows.toLocaleString("en")} rows to .xlsx, ${bytes.toLocaleString("en")} bytes`,
      milliseconds: renderCohort,
    });
    let syncs = 0;
    const insert = await medianOf(async () => {
      const fake = new FakeExcel();
      await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(placementCohort, "en", { table: "cohort_table", rows }));
      syncs = fake.syncs;
    });
    measurements.push({
      name: `placement-cohort with ${cohortRows.toLocaleString("en")} rows inserted into the fake Excel, ${syncs} syncs`,
      milliseconds: insert,
    });
    return measurements;
  },
};
