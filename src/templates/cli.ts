/**
 * Command line: `template <id> [--lang de|en] --out FILE [--data CSV [--map ENTRY]…] [--iterations N] [--with ID]… [--force]`
 * writes one template (with --with, others after it in the same workbook); `all --out DIR [--force]` writes every template in German and English.
 * A file is written under a temporary name in its folder and then renamed, so that a failed
 * write never leaves a half file where a good one stood; an existing file is replaced only with
 * --force, and only a regular file (never a device, a named pipe, a link or a folder).
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from "fs";
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
import { combinedPlan } from "./combinedWorkbook";
import { OrganisationDefaultsError, withOrganisationDefaults, type OrganisationDefaults } from "./organisationDefaults";
import { organisationCommand, OrganisationUsageError, readDefaultsFile } from "./organisationCommands";
import { UpgradeError } from "./upgrade";
import { consolidate, type ReadConsolidation } from "./consolidation/consolidate";
import { readConsolidation } from "./consolidation/reading";
import { CodedError } from "../shared/codedError";
import { bilingual, message, render, type Message, type MessageKey, type ValuesArgument } from "../shared/message";

export const exitCodes = { ok: 0, usage: 1, data: 2, output: 3, unexpected: 4 } as const;

export const usage = `usage:
  prevention-dividend template <id> [--lang de|en] --out FILE [--data CSV [--map ENTRY]...] [--iterations N]
                      [--with ID]... [--force]
  prevention-dividend all --out DIR [--force]
  prevention-dividend defaults check FILE [--lang de|en]
  prevention-dividend upgrade OLD.xlsx --out NEW.xlsx [--defaults FILE]
  prevention-dividend consolidate FILE... --out FILE [--lang de|en] [--defaults FILE] [--force]
  prevention-dividend names <id>
  prevention-dividend --help

  --lang de|en   language of the workbook and of the messages (default en)
  --out FILE     the .xlsx file to write (for "all": the folder)
  --data CSV     fill the template's data table from a CSV file: separated by comma,
                 semicolon or tab; UTF-8, Windows-1252 or UTF-16 with a byte-order mark
                 (Excel's "Unicode Text"); at most ${maximumDataRows.toLocaleString("en")} rows.
                 Column names in German or English (case, spaces and ae/ä, ss/ß forgiven);
                 codes such as beraten/Vergleich, ja/nein, 1/0, x
  --map ENTRY    with --data, for a file whose names or codes still do not match; repeat it:
                 COLUMN=HEADER      the file's column HEADER is the template's COLUMN
                 COLUMN.CODE=VALUE  the file's VALUE in that column means CODE
                 COLUMN and CODE in the template's German or English words, e.g.
                 --map "Beginn=Datum Erstberatung" --map group.treated=B --map group.control=K
  --iterations N Monte Carlo iterations of counselling-case, ${iterationsSetting.minimum} to ${iterationsSetting.maximum} (default ${iterationsSetting.defaultValue})
  --with ID      another template in the same workbook, after the first (repeat it for more); e.g.
                 counselling-case --with placement-cohort: the business case's Evidence sheet takes
                 its counts and months delayed from the cohort sheet
  --defaults FILE the organisation's defaults (JSON; see README, "Organisation defaults");
                 for consolidate: inputs unlike them are listed to review
  --force        replace an existing output file (never for upgrade)

templates: ${templates.map((template) => template.id).join(", ")}

exit codes:
  0  written (consolidate: files not read are listed on stderr, the others consolidated)
  1  wrong usage (unknown template, option or language; missing value)
  2  the data file, the defaults file or the old workbook cannot be used, or no workbook
     to consolidate could be read; nothing written
  3  the output exists (no --force), is the data file, or could not be written; any old file kept
  4  an unexpected error`;

class UsageError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "UsageError";
  }
}

/** The output cannot be written. */
class OutputError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "OutputError";
  }
}

/** What a file-system node is, in words, when it is not a regular file; null for a regular file or nothing. */
function notRegular(file: string): Message | null {
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return null;
  }
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return message("cli.kind.symbolicLink");
  if (stats.isDirectory()) return message("cli.kind.folder");
  if (stats.isFIFO()) return message("cli.kind.namedPipe");
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return message("cli.kind.device");
  return message("cli.kind.other");
}

/** Refuses an output name that stands for anything but a regular file (or nothing yet): --force replaces files only. */
function refuseIrregularOutput(file: string): void {
  const kind = notRegular(file);
  if (kind) throw new OutputError("cli.irregularOutput", { file, kind });
}

function language(value: string | undefined): Language {
  if (value === undefined) return "en";
  if (value !== "de" && value !== "en") throw new UsageError("cli.languageUnknown", { value });
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

/** The temporary file a write goes to first, in the output's folder: short, whatever the length of the output's name. */
export function temporaryName(file: string, pid = process.pid): string {
  return join(dirname(resolve(file)), `.prevention-dividend.${pid}.tmp`);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files left in the output's folder by runs that were killed: this command's
 * own names (".prevention-dividend.PID.tmp", and ".NAME.PID.tmp" of earlier versions for this
 * output's NAME), regular files only, and only when process PID no longer runs.
 */
export function removeLeftovers(file: string): void {
  const folder = dirname(resolve(file));
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const ours = /^\.prevention-dividend\.(\d+)\.tmp$/.exec(entry);
    const earlier = entry.startsWith(`.${name}.`) ? /^\.(\d+)\.tmp$/.exec(entry.slice(name.length + 1)) : null;
    const pid = Number((ours ?? earlier)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || running(pid)) continue;
    const path = join(folder, entry);
    if (notRegular(path) === null) removeQuietly(path);
  }
}

/** Writes bytes to a temporary file next to `file`, then moves it into place. Only a regular file (or a new name) is written. */
export function writeReplacing(file: string, bytes: Uint8Array, force: boolean): void {
  refuseIrregularOutput(file);
  if (!force && existsSync(file)) throw new OutputError("cli.outputExists", { file });
  removeLeftovers(file);
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    if (force) {
      // Looked at again just before the rename: a rename would replace whatever node has the name.
      refuseIrregularOutput(file);
      renameSync(temporary, file);
    } else {
      // A hard link fails if the name was taken meanwhile; not every file system has them.
      try {
        linkSync(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new OutputError("cli.outputExists", { file });
        if (existsSync(file)) throw new OutputError("cli.outputExists", { file });
        renameSync(temporary, file);
      }
    }
  } catch (error) {
    if (error instanceof OutputError) throw error;
    throw new OutputError("cli.notWritten", { file, detail: (error as Error).message });
  } finally {
    removeQuietly(temporary);
  }
}

/** The --map entries as one mapping; a wrong entry is a usage error. */
/** The command line speaks English, as its usage does; the pane shows the same messages in German too. */
function mappingOf(template: TemplateDefinition, entries: string[]): ColumnMapping {
  const table = template.sheets.find((sheet) => sheet.table?.columns.some((column) => column.csv))?.table;
  if (entries.length > 0 && !table) throw new UsageError("cli.mapWithoutTable", { template: template.id });
  let mapping = emptyMapping;
  for (const entry of entries) {
    const next = parseMapEntry(table!, entry, mapping);
    if ("problem" in next) throw new UsageError("cli.mapProblem", { problem: next.problem });
    mapping = next;
  }
  return mapping;
}

/**
 * The bytes of a data file, counted while they are read: a device such as /dev/zero reports no
 * size, so the limit cannot be checked on the size alone. A folder or a missing file is refused.
 */
export function readDataBytes(file: string): Uint8Array {
  let descriptor: number;
  try {
    descriptor = openSync(file, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new DataFileError(message("cli.noSuchDataFile", { file }));
    if (code === "EISDIR") throw folderRefused(file);
    throw new DataFileError(message("cli.cannotOpen", { file, detail: (error as Error).message }));
  }
  try {
    if (fstatSync(descriptor).isDirectory()) throw folderRefused(file);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(2 ** 20);
      let read: number;
      try {
        read = readSync(descriptor, chunk, 0, chunk.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EISDIR") throw folderRefused(file);
        throw error;
      }
      if (read === 0) break;
      total += read;
      if (total > maximumFileBytes) throw tooLarge(file);
      chunks.push(chunk.subarray(0, read));
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  } finally {
    closeSync(descriptor);
  }
}

function folderRefused(file: string): DataFileError {
  return new DataFileError(message("cli.dataIsFolder", { file }));
}

function tooLarge(file: string): DataFileError {
  const limit = maximumFileBytes / 2 ** 20;
  return new DataFileError(message("cli.dataTooLarge", { file, limit, rows: maximumDataRows }));
}

function readData(file: string, id: string, mapping: ColumnMapping): TemplateData {
  const template = templateById(id);
  const reading = readDataFile(template, readDataBytes(file), file, mapping);
  console.log(describeReading(file, reading, messages));
  return reading.data;
}

/** The template built for --iterations, when given. */
function chosenSettings(template: TemplateDefinition, iterations: string | undefined): TemplateDefinition {
  if (iterations === undefined) return template;
  const read = readSetting(iterationsSetting, iterations, "en");
  if ("problem" in read) throw new UsageError("cli.iterations", { problem: read.problem });
  try {
    return withSettings(template, { [iterationsSetting.key]: read.value });
  } catch (error) {
    if (error instanceof TemplateSettingError) throw new UsageError("cli.iterations", { problem: error.entry });
    throw error;
  }
}

/** Whether the name is a folder, or a symbolic link to one. */
function isFolder(file: string): boolean {
  try {
    return lstatSync(realpathSync(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The language of messages: --lang's, English when not given (or not readable). */
function messageLanguage(args: string[]): Language {
  const at = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "en";
  const value = args[at].startsWith("--lang=") ? args[at].slice("--lang=".length) : args[at + 1];
  return value === "de" ? "de" : "en";
}

function messageIn(error: DataFileError | OutputError, language: Language): string {
  return error instanceof DataFileError ? error.text[language] : error.text(language);
}

let messages: Language = "en";

/** The pane's reading of the municipalities' workbooks, with the organisation's defaults to compare the inputs with. */
const readWorkbooks: ReadConsolidation = (files, organisationDefaults) => readConsolidation(files, { organisationDefaults });

/** `consolidate FILE… --out FILE`: the files not read are listed on stderr with the reason; the others are consolidated. */
async function consolidateCommand(
  paths: string[],
  values: { out?: string; lang?: string; force?: boolean; data?: string; map?: string[]; iterations?: string },
  defaults: OrganisationDefaults | undefined,
  read: ReadConsolidation,
): Promise<number> {
  if (paths.length === 0) throw new UsageError("county.noFiles");
  if (values.data !== undefined || values.map !== undefined || values.iterations !== undefined)
    throw new UsageError("county.onlyWorkbooks");
  const out = values.out;
  if (!out) throw new UsageError("cli.outRequired");
  const lang = language(values.lang);
  const force = values.force ?? false;
  if (paths.some((path) => realPath(path) === realPath(out))) throw new OutputError("county.outIsInput", { file: out });
  refuseIrregularOutput(out);
  if (!force && existsSync(out)) throw new OutputError("cli.outputExists", { file: out });
  const outcome = await consolidate(paths, read, lang, defaults);
  for (const line of outcome.report) console.error(line);
  if (!outcome.bytes) return exitCodes.data;
  writeReplacing(out, outcome.bytes, force);
  const { read: readWorkbooks, notRead } = outcome.consolidation;
  console.log(render(message("county.written", { file: out, read: readWorkbooks.length, notRead: notRead.length }), lang));
  return exitCodes.ok;
}

async function main(args: string[], read: ReadConsolidation): Promise<number> {
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
        defaults: { type: "string" },
        force: { type: "boolean" },
        with: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError("cli.argument", { detail: (error as Error).message });
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
  if (command === "consolidate") return consolidateCommand(positionals.slice(1), values, defaults, read);
  if (command === "all" && id === undefined) {
    const out = values.out ?? "dist/templates";
    if (values.data !== undefined) throw new UsageError("cli.dataWithAll");
    if (values.iterations !== undefined) throw new UsageError("cli.iterationsWithAll");
    if (values.map !== undefined) throw new UsageError("cli.mapWithAll");
    if (existsSync(out) && !isFolder(out)) throw new OutputError("cli.outNotFolder", { out });
    mkdirSync(out, { recursive: true });
    const files = templates.flatMap((template) =>
      (["de", "en"] as const).map((lang) => ({ template, lang, file: join(out, `${template.id}-${lang}.xlsx`) })),
    );
    // Every name is looked at before any file is written: without --force an existing one stops all.
    const taken = files.filter(({ file }) => notRegular(file) !== null || (!force && existsSync(file))).map(({ file }) => file);
    if (taken.length > 0 && !force) throw new OutputError("cli.filesTaken", { files: taken });
    // With --force every file that can be written is; the others are listed at the end.
    const failed: OutputError[] = [];
    for (const { template, lang, file } of files) {
      try {
        writeReplacing(
          file,
          await renderXlsx(
            layoutTemplate(withOrganisationDefaults(template, defaults), lang, undefined, undefined, { compactTables: true }),
          ),
          force,
        );
        console.log(file);
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        failed.push(error);
      }
    }
    if (failed.length > 0) {
      const written = files.length - failed.length;
      const lines = (language: Language) => failed.map((error) => error.text(language)).join("\n");
      throw new OutputError("cli.someNotWritten", { written, total: files.length, failed: { de: lines("de"), en: lines("en") } });
    }
    return exitCodes.ok;
  }
  if (command !== "template" || id === undefined || extra.length > 0)
    throw extra.length > 0 ? new UsageError("cli.expectedCommandOnly", { extra: extra.join(" ") }) : new UsageError("cli.expectedCommand");
  if (!templates.some((template) => template.id === id)) throw new UsageError("cli.noTemplate", { id });
  const out = values.out;
  if (!out) throw new UsageError("cli.outRequired");
  const lang = language(values.lang);
  const template = withOrganisationDefaults(chosenSettings(templateById(id), values.iterations), defaults);
  if (values.data !== undefined && realPath(values.data) === realPath(out)) throw new OutputError("cli.outIsData", { out });
  refuseIrregularOutput(out);
  if (!force && existsSync(out)) throw new OutputError("cli.outputExists", { file: out });
  if (values.map !== undefined && values.data === undefined) throw new UsageError("cli.mapWithoutData");
  const mapping = mappingOf(template, values.map ?? []);
  const data = values.data === undefined ? undefined : readData(values.data, id, mapping);
  const others = (values.with ?? []).map((other) => {
    if (!templates.some((candidate) => candidate.id === other)) throw new UsageError("cli.withNoTemplate", { id: other });
    const chosen = templateById(other);
    return { template: withOrganisationDefaults(chosen.settings ? chosenSettings(chosen, values.iterations) : chosen, defaults) };
  });
  const plan =
    others.length === 0
      ? layoutTemplate(template, lang, data, undefined, { compactTables: true })
      : combinedPlan([{ template, data }, ...others], lang, { compactTables: true }).plan;
  writeReplacing(out, await renderXlsx(plan), force);
  console.log(out);
  return exitCodes.ok;
}

/**
 * Runs the command line; the promise gives the exit code (messages go to stderr). `read` reads
 * the workbooks for consolidate (the pane's reading unless a test gives another).
 */
export async function run(args: string[], read: ReadConsolidation = readWorkbooks): Promise<number> {
  messages = messageLanguage(args);
  try {
    return await main(args, read);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.text(messages)}\n\n${usage}`);
      return exitCodes.usage;
    }
    if (error instanceof DataFileError) {
      console.error(`${messageIn(error, messages)}\n${bilingual(message("cli.nothingWritten"))[messages]}`);
      return exitCodes.data;
    }
    if (error instanceof OrganisationUsageError) {
      console.error(`${error.text(messages)}\n\n${usage}`);
      return exitCodes.usage;
    }
    if (error instanceof OrganisationDefaultsError || error instanceof UpgradeError) {
      console.error(`${error.text("de")}\n${error.text("en")}`);
      return exitCodes.data;
    }
    if (error instanceof OutputError) {
      console.error(messageIn(error, messages));
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
