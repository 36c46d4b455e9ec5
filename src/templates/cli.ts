/**
 * Command line: `template <id> [--lang de|en] --out FILE [--data CSV [--map ENTRY]…] [--iterations N] [--force]` writes one
 * template; `all --out DIR [--force]` writes every template in German and English.
 * A file is written under a temporary name in its folder and then renamed, so that a failed
 * write never leaves a half file where a good one stood; an existing file is replaced only with --force.
 */
import { existsSync, linkSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { parseArgs } from "util";
import { emptyMapping, parseMapEntry, type ColumnMapping } from "./columnMatching";
import { DataFileError, describeReading, maximumDataRows, maximumFileBytes, readDataFile } from "./data";
import { layoutTemplate } from "./layout";
import type { Language, TemplateData, TemplateDefinition } from "./model";
import { iterationsSetting } from "./definitions/counsellingCase";
import { templateById, templates } from "./registry";
import { readSetting, TemplateSettingError, withSettings } from "./settings";
import { renderXlsx } from "./xlsxRenderer";

export const exitCodes = { ok: 0, usage: 1, data: 2, output: 3, unexpected: 4 } as const;

export const usage = `usage:
  prevention-dividend template <id> [--lang de|en] --out FILE [--data CSV [--map ENTRY]...] [--iterations N] [--force]
  prevention-dividend all --out DIR [--force]
  prevention-dividend --help

  --lang de|en   language of the workbook (default en)
  --out FILE     the .xlsx file to write (for "all": the folder)
  --data CSV     fill the template's data table from a CSV file: separated by comma,
                 semicolon or tab; UTF-8 or Windows-1252; at most ${maximumDataRows.toLocaleString("en")} rows.
                 Column names in German or English (case, spaces and ae/ä, ss/ß forgiven);
                 codes such as beraten/Vergleich, ja/nein, 1/0, x
  --map ENTRY    with --data, for a file whose names or codes still do not match; repeat it:
                 COLUMN=HEADER      the file's column HEADER is the template's COLUMN
                 COLUMN.CODE=VALUE  the file's VALUE in that column means CODE
                 COLUMN and CODE in the template's German or English words, e.g.
                 --map "Beginn=Datum Erstberatung" --map group.treated=B --map group.control=K
  --iterations N Monte Carlo iterations of counselling-case, ${iterationsSetting.minimum} to ${iterationsSetting.maximum} (default ${iterationsSetting.defaultValue})
  --force        replace an existing output file

templates: ${templates.map((template) => template.id).join(", ")}

exit codes:
  0  written
  1  wrong usage (unknown template, option or language; missing value)
  2  the data file cannot be read or holds a value the template does not allow; nothing written
  3  the output exists (no --force), is the data file, or could not be written; any old file kept
  4  an unexpected error`;

class UsageError extends Error {}
class OutputError extends Error {}

function language(value: string | undefined): Language {
  if (value === undefined) return "en";
  if (value !== "de" && value !== "en") throw new UsageError(`--lang: '${value}' is not de or en`);
  return value;
}

/** The real path of a file that may not exist yet (its folder resolved). */
function realPath(file: string): string {
  if (existsSync(file)) return realpathSync(file);
  const folder = dirname(resolve(file));
  return join(existsSync(folder) ? realpathSync(folder) : folder, basename(file));
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone (renamed into place), or not ours to remove.
  }
}

/** Writes bytes to a temporary file next to `file`, then moves it into place. */
export function writeReplacing(file: string, bytes: Uint8Array, force: boolean): void {
  if (!force && existsSync(file)) throw new OutputError(`${file} exists; use --force to replace it`);
  const temporary = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    if (force) renameSync(temporary, file);
    else {
      // A hard link fails if the name was taken meanwhile; not every file system has them.
      try {
        linkSync(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new OutputError(`${file} exists; use --force to replace it`);
        if (existsSync(file)) throw new OutputError(`${file} exists; use --force to replace it`);
        renameSync(temporary, file);
      }
    }
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError(`${file}: could not be written (${(error as Error).message}); nothing was changed`);
  } finally {
    removeQuietly(temporary);
  }
}

/** The --map entries as one mapping; a wrong entry is a usage error. */
/** The command line speaks English, as its usage does; the pane shows the same messages in German too. */
function mappingOf(template: TemplateDefinition, entries: string[]): ColumnMapping {
  const table = template.sheets.find((sheet) => sheet.table?.columns.some((column) => column.csv))?.table;
  if (entries.length > 0 && !table) throw new UsageError(`--map: the template ${template.id} has no data table to fill`);
  let mapping = emptyMapping;
  for (const entry of entries) {
    const next = parseMapEntry(table!, entry, mapping);
    if ("problem" in next) throw new UsageError(next.problem.en);
    mapping = next;
  }
  return mapping;
}

function readData(file: string, id: string, mapping: ColumnMapping): TemplateData {
  const template = templateById(id);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new DataFileError(`${file}: no such file`);
  }
  if (size > maximumFileBytes) {
    throw new DataFileError(
      `${file}: ${(size / 2 ** 20).toFixed(0)} MB is more than the supported size (${maximumFileBytes / 2 ** 20} MB, at most ${maximumDataRows.toLocaleString("en")} rows)`,
    );
  }
  const reading = readDataFile(template, new Uint8Array(readFileSync(file)), file, mapping);
  console.log(describeReading(file, reading));
  return reading.data;
}

/** The template built for --iterations, when given. */
function chosenSettings(template: TemplateDefinition, iterations: string | undefined): TemplateDefinition {
  if (iterations === undefined) return template;
  const read = readSetting(iterationsSetting, iterations, "en");
  if ("problem" in read) throw new UsageError(`--iterations: ${read.problem}`);
  try {
    return withSettings(template, { [iterationsSetting.key]: read.value });
  } catch (error) {
    if (error instanceof TemplateSettingError) throw new UsageError(`--iterations: ${error.message}`);
    throw error;
  }
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: "string" },
        out: { type: "string" },
        data: { type: "string" },
        iterations: { type: "string" },
        map: { type: "string", multiple: true },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return exitCodes.ok;
  }
  const [command, id, ...extra] = positionals;
  const force = values.force ?? false;
  if (command === "all" && id === undefined) {
    const out = values.out ?? "dist/templates";
    if (values.data !== undefined) throw new UsageError("--data fills one template: use the command 'template'");
    if (values.iterations !== undefined) throw new UsageError("--iterations sets one template: use the command 'template'");
    if (values.map !== undefined) throw new UsageError("--map goes with --data: use the command 'template'");
    mkdirSync(out, { recursive: true });
    for (const template of templates) {
      for (const lang of ["de", "en"] as const) {
        const file = join(out, `${template.id}-${lang}.xlsx`);
        writeReplacing(file, await renderXlsx(layoutTemplate(template, lang, undefined, undefined, { compactTables: true })), force);
        console.log(file);
      }
    }
    return exitCodes.ok;
  }
  if (command !== "template" || id === undefined || extra.length > 0)
    throw new UsageError(`expected 'template <id>' or 'all'${extra.length > 0 ? `, not also '${extra.join(" ")}'` : ""}`);
  if (!templates.some((template) => template.id === id)) throw new UsageError(`no template '${id}'`);
  const out = values.out;
  if (!out) throw new UsageError("--out FILE is required");
  const lang = language(values.lang);
  const template = chosenSettings(templateById(id), values.iterations);
  if (values.data !== undefined && realPath(values.data) === realPath(out))
    throw new OutputError(`--out ${out} is the data file; choose another name`);
  if (!force && existsSync(out)) throw new OutputError(`${out} exists; use --force to replace it`);
  if (values.map !== undefined && values.data === undefined) throw new UsageError("--map goes with --data");
  const mapping = mappingOf(template, values.map ?? []);
  const data = values.data === undefined ? undefined : readData(values.data, id, mapping);
  writeReplacing(out, await renderXlsx(layoutTemplate(template, lang, data, undefined, { compactTables: true })), force);
  console.log(out);
  return exitCodes.ok;
}

/** Runs the command line; the promise gives the exit code (messages go to stderr). */
export async function run(args: string[]): Promise<number> {
  try {
    return await main(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage}`);
      return exitCodes.usage;
    }
    if (error instanceof DataFileError) {
      console.error(`${error.message}\nNothing was written.`);
      return exitCodes.data;
    }
    if (error instanceof OutputError) {
      console.error(error.message);
      return exitCodes.output;
    }
    throw error;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(exitCodes.unexpected);
    },
  );
}
