/*
 * Upgrades in the workbook, through the port on the recording fake of Excel: the 1.0.0 fixtures
 * opened as Excel would, inputs typed and data rows added by hand, then the copy upgraded. The
 * current version is inserted beside the old one, every carried value read back at its new
 * name, every row by its column; the old sheets stay exactly as they were.
 */
import { templatesWithUpgradeFixtures } from "../support/upgradeFixtures";
import { readFileSync } from "fs";
import { join } from "path";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { parseRange } from "../../src/shared/addresses";
import { codeText } from "../../src/shared/dataCodes";
import { templateById } from "../../src/templates/registry";
import { UpgradeError } from "../../src/templates/upgrade";
import { upgradeCandidates, upgradeCopy } from "../../src/taskpane/upgrade/upgradeCopy";
import { fakeFromFile } from "../support/fixtureInFake";
import type { FakeExcel } from "../support/fakeExcel";

const fixtures = join(__dirname, "..", "fixtures", "templates-1.0.0");

/** What the user types: a value into a named cell, a row under a table (which grows by it). */
function typeInput(fake: FakeExcel, name: string, value: number) {
  const reference = parseRange(fake.names.get(name)!.replace(/^=/, "").replace(/\$/g, ""));
  fake.sheet(reference.sheet!)!.formulas.set(`${reference.top},${reference.left}`, value);
}

function addRow(fake: FakeExcel, tableName: string, values: Record<string, number | string>) {
  const table = fake.tableList().find((candidate) => candidate.name === tableName)!;
  const entry = table.sheet.tables.find((candidate) => candidate.name === tableName)!;
  const range = parseRange(entry.range);
  for (const [header, value] of Object.entries(values))
    table.sheet.formulas.set(`${range.bottom + 1},${range.left + table.headers.indexOf(header)}`, value);
  entry.range = entry.range.replace(/\d+$/, String(range.bottom + 1));
}

/** A cell's value as Excel gives it: a text written with a leading apostrophe (kept as text, never a formula) reads without it; the fake keeps what was written. */
const shown = (value: unknown) => (typeof value === "string" && value.startsWith("'") ? value.slice(1) : (value ?? ""));

const snapshot = (fake: FakeExcel) =>
  fake.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.formulas.entries()],
    tables: sheet.tables.map((table) => ({ ...table })),
  }));

describe("upgrading a copy in the workbook (recording fake of Excel)", () => {
  jest.setTimeout(120_000);

  it.each(templatesWithUpgradeFixtures.flatMap((template) => (["de", "en"] as const).map((language) => [template.id, language] as const)))(
    "%s (%s) from 1.0.0: inserted beside the old copy with every input and row carried",
    async (templateId, language) => {
      const fake = await fakeFromFile(new Uint8Array(readFileSync(join(fixtures, `${templateId}-${language}.xlsx`))));
      const template = templateById(templateId);
      const inputs = template.sheets.flatMap((sheet) => sheet.rows ?? []).filter((row) => row.kind === "input");
      // The first input with a range set to its high value, as a planner would.
      const typed = inputs.find((row) => row.kind === "input" && row.high !== undefined && row.high !== row.value);
      if (typed?.kind === "input") typeInput(fake, typed.name, typed.high!);
      const tableSheet = template.sheets.find((sheet) => sheet.table && !sheet.table.sizedAfter);
      const added: Record<string, number | string> = {};
      if (tableSheet?.table) {
        tableSheet.table.columns.forEach((column, i) => {
          const value = tableSheet.table!.exampleRows[0][i];
          if (!column.formula && value !== null && value !== undefined)
            added[column.header[language]] = i === 0 && typeof value === "string" ? `${value}-neu` : value;
        });
        addRow(fake, tableSheet.table.name, added);
      }
      const port = new OfficeWorkbook(fake.host());
      const before = snapshot(fake);
      const oldInputs = await port.namedInputs();

      const [candidate] = await upgradeCandidates(port);
      expect([candidate.copy.version, candidate.target]).toEqual(["1.0.0", templateById(templateId).version]);
      const { report, insertion } = await upgradeCopy(port, candidate.copy);
      expect(insertion.suffix).toBe(2);
      // The pane's check of the formula cells was an input of the Review sheet up to 1.x and is a locked result since 2.0.0.
      const noLongerInputs = template.version.startsWith("2.") ? ["review_constant_cells", "review_checked_on"] : [];
      expect(report.noPlace.map((entry) => entry.name).sort()).toEqual(noLongerInputs.sort());

      // The old sheets, cells and tables as they were.
      expect(snapshot(fake).slice(0, before.length)).toEqual(before);
      // Every input carried, read back at its new name.
      const after = new Map((await port.namedInputs()).map((input) => [input.name, input.value]));
      // Inputs new since 1.0.0 take the template's value and are reported as new.
      const isOld = (name: string) => oldInputs.some((input) => input.name === name);
      for (const row of inputs) {
        if (row.kind !== "input") continue;
        const old = oldInputs.find((input) => input.name === row.name);
        expect([row.name, after.get(`${row.name}_2`)]).toEqual([row.name, old ? old.value : row.value]);
      }
      if (typed?.kind === "input") expect(after.get(`${typed.name}_2`)).toBe(typed.high);
      const names = inputs.flatMap((row) => (row.kind === "input" ? [row.name] : []));
      expect(report.carried.map((value) => value.name).sort()).toEqual(names.filter(isOld).sort());
      expect(report.fresh.map((value) => value.name).sort()).toEqual(names.filter((name) => !isOld(name)).sort());
      if (tableSheet?.table) {
        const columns = await port.tableColumns();
        const oldColumns = columns.filter((column) => column.table === tableSheet.table!.name);
        const newColumns = columns.filter((column) => column.table === `${tableSheet.table!.name}_2`);
        for (const column of tableSheet.table.columns.filter((candidate) => !candidate.formula)) {
          const header = column.header[language];
          const [from, to] = [oldColumns.find((c) => c.column === header)!, newColumns.find((c) => c.column === header)!];
          const [oldValues, newValues] = await port.readRanges([from.address, to.address]);
          // Since 1.1.0 the German sheets hold German codes ("gefördert" for treated): the upgrade writes them so.
          const code = typeof column.csv?.kind === "object" && "options" in column.csv.kind;
          const asShown = (value: unknown) =>
            code && typeof value === "string" ? codeText(shown(value) as string, language) : shown(value);
          expect([header, newValues.values.map((row) => shown(row[0]))]).toEqual([header, oldValues.values.map((row) => asShown(row[0]))]);
        }
        expect(report.rows[0].rows).toBe(tableSheet.table.exampleRows.length + 1);
      }
    },
  );

  it("refuses a copy whose input name the user changed, inserting nothing", async () => {
    const fake = await fakeFromFile(new Uint8Array(readFileSync(join(fixtures, "volunteer-hours-de.xlsx"))));
    fake.names.set("koordination", fake.names.get("coordination_cost")!);
    fake.names.delete("coordination_cost");
    const port = new OfficeWorkbook(fake.host());
    const sheets = fake.sheets.map((sheet) => sheet.name);
    const [candidate] = await upgradeCandidates(port);
    const error = await upgradeCopy(port, candidate.copy).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UpgradeError);
    expect((error as UpgradeError).text("de")).toContain("(umbenannt oder gelöscht?): coordination_cost");
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(sheets);
  });

  it("offers no upgrade for a copy of a newer version, and says why", async () => {
    const fake = await fakeFromFile(new Uint8Array(readFileSync(join(fixtures, "volunteer-hours-en.xlsx"))));
    fake.sheet("PreventionDividend")!.formulas.set("2,2", "3.0.0");
    const [candidate] = await upgradeCandidates(new OfficeWorkbook(fake.host()));
    expect(candidate.target).toBeUndefined();
    expect(candidate.refusal!.en).toBe(
      `Made with version 3.0.0, newer than version ${templateById("volunteer-hours").version}, which this add-in knows. Please update the add-in; the copy stays as it is.`,
    );
  });
});
