/*
 * Upgrades through the command line: the 1.0.0 fixtures of every template, German and English,
 * with inputs changed and data rows added as a user would, upgraded to the current version; every
 * carried value is read back from the new file. And the refusals: a newer version, a removed
 * marker, a renamed name, a damaged file, an existing output. The old file never changes.
 */
import { templatesWithUpgradeFixtures } from "../support/upgradeFixtures";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRange } from "../../src/shared/addresses";
import { codeText } from "../../src/shared/dataCodes";
import { run } from "../../src/templates/cli";
import type { CellContent } from "../../src/shared/cellContent";
import { publishedNames } from "../../src/templates/publishedNames";
import { templateById } from "../../src/templates/registry";
import { rangeValues, readWorkbookFile, type WorkbookFile } from "../../src/templates/xlsxReading";
import { editWorkbook, type WorkbookEdits } from "../support/xlsxEdits";

const fixtures = join(__dirname, "..", "fixtures", "templates-1.0.0");

/** The command line in this process (as bin/prevention-dividend.js runs it), with paths inside `cwd`; what it prints is collected. */
async function cli(cwd: string, ...args: string[]) {
  const [out, err]: string[][] = [[], []];
  const log = jest.spyOn(console, "log").mockImplementation(
    (...parts: unknown[]) =>
      void out.push(`${parts.join(" ")}
`),
  );
  const error = jest.spyOn(console, "error").mockImplementation(
    (...parts: unknown[]) =>
      void err.push(`${parts.join(" ")}
`),
  );
  try {
    const inside = args.map((arg, i) =>
      i > 0 && !arg.startsWith("-") && /\.(xlsx|json)$/.test(arg) && !arg.startsWith("/") ? join(cwd, arg) : arg,
    );
    const code = await run(inside);
    return { code, out: out.join(""), err: err.join("") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function valueAt(file: WorkbookFile, name: string): Promise<CellContent | undefined> {
  const reference = file.names.get(name.toLowerCase());
  if (!reference) return undefined;
  const range = parseRange(reference);
  return (await rangeValues(file, range.sheet!, reference.split("!")[1].replace(/\$/g, "")))[0][0];
}

/** The value the template itself puts into an input. */
function templateValue(templateId: string, name: string, language: "de" | "en"): CellContent | undefined {
  const row = templateById(templateId)
    .sheets.flatMap((sheet) => sheet.rows ?? [])
    .find((candidate) => (candidate.kind === "input" || candidate.kind === "textInput") && candidate.name === name);
  // A text input's empty text reads back as an empty cell's "".
  if (row?.kind === "textInput") return row.value[language];
  return row?.kind === "input" ? row.value : undefined;
}

/** A value the input allows that differs from the one it holds: its high value, or one more. */
function changedValue(templateId: string, name: string): number {
  const row = templateById(templateId)
    .sheets.flatMap((sheet) => sheet.rows ?? [])
    .find((candidate) => candidate.kind === "input" && candidate.name === name);
  if (row?.kind !== "input") throw new Error(name);
  if (row.high !== undefined && row.high !== row.value) return row.high;
  const validation = row.validation;
  if (validation?.kind === "decimal") return (row.value + validation.maximum) / 2;
  if (validation?.kind === "whole") return row.value < validation.maximum ? row.value + 1 : row.value - 1;
  return row.value + 1;
}

/** The user's edits of a fixture: the first three inputs with a range or a number, and one row more in its data table. */
function userEdits(
  templateId: string,
  language: "de" | "en",
): { edits: WorkbookEdits; inputs: Record<string, number>; added?: { table: string; values: Record<string, CellContent> } } {
  const names = publishedNames(templateId);
  const chosen = names.inputs
    .filter((input) => !input.name.startsWith("review_") && !["date", "dateOrBlank", "text"].includes(input.format))
    .slice(0, 3);
  const inputs = Object.fromEntries(chosen.map((input) => [input.name, changedValue(templateId, input.name)]));
  const sheet = templateById(templateId).sheets.find((candidate) => candidate.table && !candidate.table.sizedAfter);
  if (!sheet?.table) return { edits: { inputs }, inputs };
  const table = sheet.table;
  const example = table.exampleRows[0];
  const values: Record<string, CellContent> = {};
  table.columns.forEach((column, i) => {
    if (column.formula) return;
    const value = example[i];
    if (value === null || value === undefined) return;
    values[column.header[language]] = i === 0 && typeof value === "string" ? `${value}-neu` : value;
  });
  return {
    edits: { inputs, rows: { [table.name]: [values as Record<string, number | string>] } },
    inputs,
    added: { table: table.name, values },
  };
}

const cases = templatesWithUpgradeFixtures.flatMap((template) =>
  (["de", "en"] as const).map((language) => [template.id, language] as const),
);

describe("prevention-dividend upgrade", () => {
  jest.setTimeout(180_000);

  it.each(cases)("%s (%s) 1.0.0: carries every input by name and the table's rows by column name", async (templateId, language) => {
    const dir = mkdtempSync(join(tmpdir(), "pd-upgrade-"));
    const fixture = new Uint8Array(readFileSync(join(fixtures, `${templateId}-${language}.xlsx`)));
    const { edits, inputs, added } = userEdits(templateId, language);
    const old = await editWorkbook(fixture, edits);
    writeFileSync(join(dir, "old.xlsx"), old);
    const before = await readWorkbookFile(old);
    const markedInputs = publishedNames(templateId).inputs.map((input) => input.name);

    const result = await cli(dir, "upgrade", "old.xlsx", "--out", "new.xlsx");
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const current = templateById(templateId).version;
    expect(result.out).toContain(language === "de" ? `von Version 1.0.0 auf ${current}` : `from version 1.0.0 to ${current}`);
    expect(Buffer.compare(readFileSync(join(dir, "old.xlsx")), Buffer.from(old))).toBe(0);

    const upgraded = await readWorkbookFile(new Uint8Array(readFileSync(join(dir, "new.xlsx"))));
    const marker = upgraded.sheets.find((sheet) => sheet.hidden)!;
    expect((await rangeValues(upgraded, marker.name, "B1:B3")).map((row) => row[0])).toEqual([templateId, current, language]);
    // The typed values, read back at their names.
    for (const [name, value] of Object.entries(inputs)) expect([name, await valueAt(upgraded, name)]).toEqual([name, value]);
    // Every other input of 1.0.0 carried as the old file held it; an input new since then takes the template's value.
    for (const name of markedInputs) {
      const old = await valueAt(before, name);
      expect([name, await valueAt(upgraded, name)]).toEqual([name, old === undefined ? templateValue(templateId, name, language) : old]);
    }
    if (added) {
      const oldTable = before.tables.find((table) => table.name === added.table)!;
      const newTable = upgraded.tables.find((table) => table.name === added.table)!;
      expect(parseRange(newTable.range).bottom).toBe(parseRange(oldTable.range).bottom);
      const oldRows = await rangeValues(before, oldTable.sheet, oldTable.range);
      const newRows = await rangeValues(upgraded, newTable.sheet, newTable.range);
      const last = newRows[newRows.length - 1];
      const definition = templateById(templateId).sheets.find((sheet) => sheet.table?.name === added.table)!.table!;
      // Since 1.1.0 the German sheets hold German codes ("gefördert" for treated): the upgrade writes them so.
      const codeColumns = new Set(
        definition.columns
          .filter((column) => typeof column.csv?.kind === "object" && "options" in column.csv.kind)
          .map((column) => column.header[language]),
      );
      const asShown = (header: string, value: CellContent | undefined) =>
        codeColumns.has(header) && typeof value === "string" ? codeText(value, language) : value;
      for (const [header, value] of Object.entries(added.values))
        expect([header, last[newTable.columns.indexOf(header)]]).toEqual([header, asShown(header, value)]);
      // Every data cell of every old row, by column name.
      for (const column of definition.columns.filter((candidate) => !candidate.formula)) {
        const header = column.header[language];
        const [from, to] = [oldTable.columns.indexOf(header), newTable.columns.indexOf(header)];
        expect([header, newRows.slice(1).map((row) => row[to])]).toEqual([
          header,
          oldRows.slice(1).map((row) => asShown(header, row[from])),
        ]);
      }
    }
  });

  it("takes the organisation's defaults where the old copy still held the built-in value, and keeps what the user typed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pd-upgrade-"));
    const fixture = new Uint8Array(readFileSync(join(fixtures, "counselling-case-de.xlsx")));
    writeFileSync(join(dir, "old.xlsx"), await editWorkbook(fixture, { inputs: { households_served: 150, discount_rate: 0.03 } }));
    const result = await cli(
      dir,
      "upgrade",
      "old.xlsx",
      "--out",
      "new.xlsx",
      "--defaults",
      join(__dirname, "..", "..", "examples", "organisation-defaults.json"),
    );
    expect(result.code).toBe(0);
    const upgraded = await readWorkbookFile(new Uint8Array(readFileSync(join(dir, "new.xlsx"))));
    expect(await valueAt(upgraded, "households_served")).toBe(150); // typed by the user: kept
    expect(await valueAt(upgraded, "hzp_share")).toBe(0.41); // 0.38 built in, never changed: the county's figure
    expect(await valueAt(upgraded, "hzp_monthly_cost")).toBe(1850); // locked by the county
    expect(await valueAt(upgraded, "discount_rate")).toBe(0.02); // locked by the county: its figure, the typed 3 % reported
    expect(result.out).toMatch(/discount_rate = 0,02 \(Vorgabe der Organisation; bisher 0,03: Von der Organisation gesperrt/);
    expect(result.out).toMatch(/hzp_share = 0,41 \(Vorgabe der Organisation; bisher 0,38: Der eingebaute Wert war unverändert/);
  });

  describe("refuses, with nothing written and the old file unchanged", () => {
    async function refused(edits: WorkbookEdits | ((bytes: Uint8Array) => Uint8Array), ...extra: string[]) {
      const dir = mkdtempSync(join(tmpdir(), "pd-upgrade-"));
      const fixture = new Uint8Array(readFileSync(join(fixtures, "volunteer-hours-de.xlsx")));
      const old = typeof edits === "function" ? edits(fixture) : await editWorkbook(fixture, edits);
      writeFileSync(join(dir, "old.xlsx"), old);
      const result = await cli(dir, "upgrade", "old.xlsx", "--out", "new.xlsx", ...extra);
      expect(existsSync(join(dir, "new.xlsx"))).toBe(false);
      expect(Buffer.compare(readFileSync(join(dir, "old.xlsx")), Buffer.from(old))).toBe(0);
      return result;
    }

    it("a workbook of a newer version than the add-in knows", async () => {
      // The volunteer-hour template is at 2.x, below 3.0.0.
      const current = templateById("volunteer-hours").version;
      const result = await refused({ cells: { PreventionDividend: { B2: "3.0.0" } } });
      expect(result.code).toBe(2);
      expect(result.err).toContain(`Mit Version 3.0.0 erstellt, neuer als die Version ${current}, die dieses Add-in kennt.`);
      expect(result.err).toContain(`Made with version 3.0.0, newer than version ${current}, which this add-in knows.`);
    });

    it("a workbook whose marker was removed", async () => {
      const result = await refused({ removeNames: ["prevention_dividend_template"] });
      expect(result.code).toBe(2);
      expect(result.err).toContain("Keine Markierung einer Vorlage gefunden");
      expect(result.err).toContain("No template marker found");
    });

    it("a workbook whose input name was changed by the user", async () => {
      const result = await refused({ removeNames: ["coordination_cost"] });
      expect(result.code).toBe(2);
      expect(result.err).toContain("fehlen oder zeigen auf keine Zelle mehr (umbenannt oder gelöscht?): coordination_cost");
      expect(result.err).toContain("missing or no longer point to a cell (renamed or deleted?): coordination_cost");
    });

    it("a damaged workbook", async () => {
      const result = await refused((bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)));
      expect(result.code).toBe(2);
      expect(result.err).toContain("Die Datei ist beschädigt oder keine Excel-Arbeitsmappe");
      expect(result.err).toContain("The file is damaged or not an Excel workbook");
    });

    it("a workbook already at the current version", async () => {
      const current = templateById("volunteer-hours").version;
      const result = await refused({ cells: { PreventionDividend: { B2: current } } });
      expect(result.code).toBe(2);
      expect(result.err).toContain(`Already the current version ${current}`);
    });

    it("--force, and an output that exists or is the old file", async () => {
      expect((await refused({}, "--force")).code).toBe(1);
      const dir = mkdtempSync(join(tmpdir(), "pd-upgrade-"));
      writeFileSync(join(dir, "old.xlsx"), readFileSync(join(fixtures, "volunteer-hours-de.xlsx")));
      writeFileSync(join(dir, "taken.xlsx"), "my own file");
      const taken = await cli(dir, "upgrade", "old.xlsx", "--out", "taken.xlsx");
      expect(taken.code).toBe(3);
      expect(readFileSync(join(dir, "taken.xlsx"), "utf8")).toBe("my own file");
      expect((await cli(dir, "upgrade", "old.xlsx", "--out", "./old.xlsx")).code).toBe(1);
    });
  });
});
