/**
 * Command line: `template <id> [--lang de|en] --out FILE [--data CSV] [--iterations N] [--force]` writes one
 * template; `all --out DIR [--force]` writes every template in German and English.
 * A file is written under a temporary name in its folder and then renamed, so that a failed
 * write never leaves a half file where a good one stood; an existing file is replaced only with --force.
 */
import { existsSync, linkSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from "fs";
import { basename, dirname, join, resolve } from "path";
import { parseArgs } from "util";
import { DataFileError, describeReading, maximumDataRows, maximumFileBytes, readDataFile } from "./data";
import { layoutTemplate } from "./layout";
import type { Language, TemplateData, TemplateDefinition } from "./model";
import { iterationsSetting } from "./definitions/counsellingCase";
import { templates } from "./registry";
import { readSetting, TemplateSettingError, withSettings } from "./settings";
import { renderXlsx } from "./xlsxRenderer";
import { OrganisationDefaultsError, withOrganisationDefaults } from "./organisationDefaults";
import { organisationCommand, OrganisationUsageError, readDefaultsFile } from "./organisationCommands";
import { UpgradeError } from "./upgrade";

export const exitCodes = { ok: 0, usage: 1, data: 2, output: 3, unexpected: 4 } as const;

export const usage = `usage:
  prevention-dividend template <id> [--lang de|en] --out FILE [--data CSV] [--iterations N] [--force]
  prevention-dividend all --out DIR [--force]
  prevention-dividend defaults check FILE [--lang de|en]
  prevention-dividend upgrade OLD.xlsx --out NEW.xlsx [--defaults FILE]
  prevention-dividend names <id>
  prevention-dividend --help

  --lang de|en   language of the workbook (default en)
  --out FILE     the .xlsx file to write (for "all": the folder)
  --data CSV     fill the template's data table from a CSV file: separated by comma,
                 semicolon or tab; UTF-8 or Windows-1252; at most ${maximumDataRows.toLocaleString("en")} rows
  --iterations N Monte Carlo iterations of counselling-case, ${iterationsSetting.minimum} to ${iterationsSetting.maximum} (default ${iterationsSetting.defaultValue})
  --defaults FILE the organisation's defaults (JSON; see README, "Organisation defaults")
  --force        replace an existing output file (never for upgrade)

templates: ${templates.map((template) => template.id).join(", ")}

exit codes:
  0  written
  1  wrong usage (unknown template, option or language; missing value)
  2  the data file, the defaults file or the old workbook cannot be used; nothing written
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

function readData(file: string, id: string): TemplateData {
  const template = templates.find((candidate) => candidate.id === id)!;
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
  const reading = readDataFile(template, new Uint8Array(readFileSync(file)), file);
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
        defaults: { type: "string" },
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
  if (command === "defaults" || command === "upgrade" || command === "names")
    return organisationCommand(command, positionals.slice(1), values, writeReplacing);
  const defaults = values.defaults === undefined ? undefined : readDefaultsFile(values.defaults);
  if (command === "all" && id === undefined) {
    const out = values.out ?? "dist/templates";
    if (values.data !== undefined) throw new UsageError("--data fills one template: use the command 'template'");
    if (values.iterations !== undefined) throw new UsageError("--iterations sets one template: use the command 'template'");
    mkdirSync(out, { recursive: true });
    for (const template of templates) {
      for (const lang of ["de", "en"] as const) {
        const file = join(out, `${template.id}-${lang}.xlsx`);
        writeReplacing(
          file,
          await renderXlsx(
            layoutTemplate(withOrganisationDefaults(template, defaults), lang, undefined, undefined, { compactTables: true }),
          ),
          force,
        );
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
  const template = withOrganisationDefaults(
    chosenSettings(
      templates.find((candidate) => candidate.id === id)!,
      values.iterations,
    ),
    defaults,
  );
  if (values.data !== undefined && realPath(values.data) === realPath(out))
    throw new OutputError(`--out ${out} is the data file; choose another name`);
  if (!force && existsSync(out)) throw new OutputError(`${out} exists; use --force to replace it`);
  const data = values.data === undefined ? undefined : readData(values.data, id);
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
    if (error instanceof OrganisationUsageError) {
      console.error(`${error.message}\n\n${usage}`);
      return exitCodes.usage;
    }
    if (error instanceof OrganisationDefaultsError || error instanceof UpgradeError) {
      console.error(`${error.text("de")}\n${error.text("en")}`);
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
