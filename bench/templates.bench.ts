/* Templates: rendering each one to an .xlsx file (with the bytes written), and inserting the
   placement cohort with 2,000 rows, the counselling case and a sheet of 10,000 × 30 formulas into
   the open workbook through the recording fake Excel, with the number of context.sync() calls it
   took and the largest request (bytes of the values one sync wrote, as the fake counts them). */
import { OfficeWorkbook } from "../src/office/officeWorkbook";
import { layoutTemplate, templateInsertion } from "../src/templates/layout";
import { counsellingCase } from "../src/templates/definitions/counsellingCase";
import { placementCohort } from "../src/templates/definitions/placementCohort";
import type { TemplateInsertion } from "../src/templates/plan";
import { templates } from "../src/templates/registry";
import { withSettings } from "../src/templates/settings";
import { renderXlsx } from "../src/templates/xlsxRenderer";
import { FakeExcel } from "../test/support/fakeExcel";
import { largeSheetInsertion } from "../test/support/largeSheetPlan";
import { medianMillisecondsAsync, type BenchSection, type Measurement } from "./harness";

const repetitions = 9;
const warmup = 2;
const cohortRows = 2000;

const tenThousandIterations = withSettings(counsellingCase, { iterations: 10_000 });

const medianOf = (run: () => Promise<unknown>) => medianMillisecondsAsync(run, repetitions, warmup);

/** Inserting into the fake Excel: median time, syncs and the largest request of the last run. */
async function insertion(name: string, insert: () => TemplateInsertion, runs = repetitions): Promise<Measurement> {
  let fake = new FakeExcel();
  const milliseconds = await medianMillisecondsAsync(
    async () => {
      fake = new FakeExcel();
      await new OfficeWorkbook(fake.host()).insertTemplate(insert());
    },
    runs,
    1,
  );
  const bytes = (count: number) => `${count.toLocaleString("en")} bytes`;
  const written = fake.requestBytes.reduce((sum, request) => sum + request, 0);
  return {
    name: `${name} inserted into the fake Excel, ${fake.syncs} syncs, largest request ${bytes(Math.max(...fake.requestBytes))} of ${bytes(written)} written`,
    milliseconds,
  };
}

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
    let caseBytes = 0;
    const renderLargeCase = await medianMillisecondsAsync(
      async () => {
        caseBytes = (await renderXlsx(layoutTemplate(tenThousandIterations, "en"))).length;
      },
      3,
      1,
    );
    measurements.push({
      name: `counselling-case (en, 10,000 iterations) to .xlsx, ${caseBytes.toLocaleString("en")} bytes`,
      milliseconds: renderLargeCase,
    });
    const rows = cohort(cohortRows);
    let bytes = 0;
    const renderCohort = await medianOf(async () => {
      bytes = (await renderXlsx(layoutTemplate(placementCohort, "en", { table: "cohort_table", rows }))).length;
    });
    measurements.push({
      name: `placement-cohort with ${cohortRows.toLocaleString("en")} rows to .xlsx, ${bytes.toLocaleString("en")} bytes`,
      milliseconds: renderCohort,
    });
    measurements.push(
      await insertion(`placement-cohort with ${cohortRows.toLocaleString("en")} rows`, () =>
        templateInsertion(placementCohort, "en", { table: "cohort_table", rows }),
      ),
      await insertion("counselling-case (en, 2,000 iterations)", () => templateInsertion(counsellingCase, "en")),
      await insertion("counselling-case (en, 10,000 iterations)", () => templateInsertion(tenThousandIterations, "en"), 3),
      await insertion("a sheet of 10,000 rows × 30 formulas", () => largeSheetInsertion(10_000, 30), 3),
    );
    return measurements;
  },
};
