/**
 * The command line's commands for template maintainers: `defaults check FILE` (what a defaults
 * file would apply), `names ID` (a template's published names) and `upgrade OLD.xlsx --out
 * NEW.xlsx` (the current version with the old copy's inputs and rows; never overwriting).
 */
import { CodedError } from "../shared/codedError";
import { bilingual, message, render, type MessageKey, type ValuesArgument } from "../shared/message";
import { existsSync, readFileSync, realpathSync, statSync } from "fs";
import { resolve } from "path";
import type { Language } from "./model";
import {
  describeDefaults,
  largestDefaultsFile,
  OrganisationDefaultsError,
  readOrganisationDefaults,
  type OrganisationDefaults,
} from "./organisationDefaults";
import { publishedNames } from "./publishedNames";
import { layoutTemplate } from "./layout";
import { templates } from "./registry";
import { planUpgrade, reportLines, UpgradeError } from "./upgrade";
import { readCopyFromFile } from "./upgradeFile";
import { renderXlsx } from "./xlsxRenderer";

/** The largest workbook an upgrade reads. */
export const largestUpgradeFile = 200 * 2 ** 20;

/** Wrong use of one of these commands (the command line prints its usage). */
export class OrganisationUsageError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "OrganisationUsageError";
  }
}

/** Reads a defaults file, refusing one that is too large before reading it. */
export function readDefaultsFile(file: string): OrganisationDefaults {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new OrganisationDefaultsError(file, "", bilingual(message("cli.noSuchFile")));
  }
  if (size > largestDefaultsFile) return readOrganisationDefaults(new Uint8Array(size), file);
  return readOrganisationDefaults(new Uint8Array(readFileSync(file)), file);
}

export interface OrganisationOptions {
  out?: string;
  defaults?: string;
  lang?: string;
  force?: boolean;
}

type Write = (file: string, bytes: Uint8Array, force: boolean) => void;

function language(value: string | undefined): Language {
  if (value === undefined || value === "en" || value === "de") return value ?? "en";
  throw new OrganisationUsageError("cli.languageUnknown", { value });
}

const same = (a: string, b: string) => existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);

export async function organisationCommand(command: string, args: string[], options: OrganisationOptions, write: Write): Promise<number> {
  if (command === "defaults") {
    const [sub, file, ...extra] = args;
    if (sub !== "check" || !file || extra.length > 0) throw new OrganisationUsageError("cli.expectedDefaultsCheck");
    const defaults = readDefaultsFile(file);
    for (const line of describeDefaults(defaults, language(options.lang))) console.log(line);
    return 0;
  }
  if (command === "names") {
    const [id, ...extra] = args;
    if (!id || extra.length > 0 || !templates.some((template) => template.id === id))
      throw new OrganisationUsageError("cli.expectedNames", { templates: templates.map((template) => template.id) });
    const names = publishedNames(id);
    console.log(`${id} ${names.version}`);
    for (const input of names.inputs) console.log(`input   ${input.name}  (${input.label.en}; ${input.unit.en})`);
    for (const result of names.results) console.log(`${result.keyResult ? "key     " : "result  "}${result.name}`);
    for (const table of names.tables)
      console.log(
        `table   ${table.name}: ${table.columns
          .filter((column) => !column.computed)
          .map((column) => column.header.en)
          .join(" | ")}`,
      );
    return 0;
  }
  // upgrade OLD.xlsx --out NEW.xlsx
  const [old, ...extra] = args;
  if (!old || extra.length > 0) throw new OrganisationUsageError("cli.expectedUpgrade");
  if (!options.out) throw new OrganisationUsageError("cli.upgradeOutRequired");
  if (options.force) throw new OrganisationUsageError("cli.upgradeNoForce");
  if (resolve(old) === resolve(options.out) || same(old, options.out))
    throw new OrganisationUsageError("cli.upgradeOutIsOld", { out: options.out });
  const defaults = options.defaults === undefined ? undefined : readDefaultsFile(options.defaults);
  let size: number;
  try {
    size = statSync(old).size;
  } catch {
    throw new UpgradeError(old, bilingual(message("cli.noSuchFile")));
  }
  if (size > largestUpgradeFile) {
    throw new UpgradeError(old, bilingual(message("cli.upgradeTooLarge", { limit: largestUpgradeFile / 2 ** 20 })));
  }
  const copy = await readCopyFromFile(new Uint8Array(readFileSync(old)), old);
  const plan = planUpgrade(copy, defaults);
  const bytes = await renderXlsx(layoutTemplate(plan.template, plan.language, plan.data, undefined, { compactTables: true }));
  write(options.out, bytes, false);
  for (const line of reportLines(plan.report, plan.language)) console.log(line);
  console.log(render(message("cli.upgradeWritten", { out: options.out, old }), plan.language));
  return 0;
}
