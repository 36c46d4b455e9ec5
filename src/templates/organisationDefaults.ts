/**
 * An organisation's own defaults for template inputs (a JSON file; schema in
 * organisationDefaults.schema.json, checked by the code ajv compiled from it): read, checked
 * against the templates' published input names and validations, and applied to a definition.
 * A file that cannot be used is refused as a whole, naming the file, the key and the reason.
 */
import type { ConfidenceGrade, InputRow, Language, RowDefinition, SheetDefinition, Text, TemplateDefinition, Validation } from "./model";
import { serialFromIsoDate } from "../shared/serialDates";
import schemaCheck from "./organisationDefaultsValidator";
import { templates } from "./registry";
import { check, organisationDefaultsPlaceholder } from "./definitions/reviewSheet";
import { t } from "./definitions/rows";
import { formatNumber } from "../shared/formatting";
import { bilingual, message, render, type Message, type MessageKey, type ValuesArgument } from "../shared/message";

/** The name of the file next to the hosted add-in. */
export const organisationDefaultsFile = "organisation-defaults.json";

/** The largest defaults file read (a file of a few hundred inputs is some 100 KB). */
export const largestDefaultsFile = 2 ** 20;

export interface OrganisationDefault {
  value: number;
  low?: number;
  high?: number;
  source?: string;
  grade?: ConfidenceGrade;
  locked?: boolean;
}

export interface OrganisationDefaults {
  organisation: string;
  /** ISO date, e.g. "2027-01-01". */
  validFrom: string;
  /** By template id, then input name. */
  inputs: Record<string, Record<string, OrganisationDefault>>;
  /** The file they were read from, for messages. */
  file: string;
}

/** What an organisation's defaults set on an input, kept on its row for the review sheet. */
export interface AppliedDefault {
  value: number;
  locked: boolean;
}

/** A defaults file that cannot be used; the message names the file, the key and the reason, in German and English. */
export class OrganisationDefaultsError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly reason: Text,
  ) {
    super(`${file}${key ? `, ${key}` : ""}: ${reason.en}`);
    this.name = "OrganisationDefaultsError";
  }

  /** The whole message in one language, saying that nothing was inserted or written. */
  text(language: Language): string {
    const where = this.key ? message("organisation.atKey", { file: this.file, key: this.key }) : this.file;
    return render(message("organisation.refused", { where, reason: this.reason }), language);
  }
}

const shown = (value: number, language: Language) =>
  value.toLocaleString(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 10 });
/** A number as each language writes it, for a message. */
const inBoth = (value: number): Text => ({ de: shown(value, "de"), en: shown(value, "en") });
/** A catalogue message in both languages, the shape the file's refusals carry. */
function say<K extends MessageKey>(code: K, ...values: ValuesArgument<K>): Text {
  return bilingual(message(code, ...values));
}

/** "2027-01-01" as Germans and the English write it. */
export function shownDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return language === "de"
    ? `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** A JSON pointer ("/inputs/counselling-case/hzp_monthly_cost/value") as a dotted key. */
function keyOf(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

function schemaReason(error: { keyword: string; params: Record<string, unknown> }, key: string): { key: string; reason: Text } {
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return {
        key: key ? `${key}.${String(p.missingProperty)}` : String(p.missingProperty),
        reason: say("organisation.missing"),
      };
    case "additionalProperties":
      return {
        key: key ? `${key}.${String(p.additionalProperty)}` : String(p.additionalProperty),
        reason: say("organisation.unknownField"),
      };
    case "type": {
      const kinds: Record<string, Message> = {
        number: message("organisation.kind.number"),
        string: message("organisation.kind.string"),
        object: message("organisation.kind.object"),
        boolean: message("organisation.kind.boolean"),
      };
      return { key, reason: say("organisation.wrongType", { kind: kinds[String(p.type)] ?? String(p.type) }) };
    }
    case "enum":
      return { key, reason: say("organisation.grade") };
    case "pattern":
      return key === "valid_from" ? { key, reason: say("organisation.datePattern") } : { key, reason: say("organisation.namePattern") };
    case "propertyNames":
      return { key, reason: say("organisation.namesInside") };
    case "minLength":
      return { key, reason: say("organisation.emptyText") };
    case "maxLength":
      return { key, reason: say("organisation.longText", { limit: String(p.limit) }) };
    default:
      return { key, reason: say("organisation.schema", { keyword: error.keyword }) };
  }
}

/** Line and column of a character position, for a JSON syntax error. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function syntaxError(file: string, text: string, error: Error): OrganisationDefaultsError {
  const position = /position (\d+)/.exec(error.message);
  const at = position ? lineAndColumn(text, Number(position[1])) : null;
  const reason = at
    ? say("organisation.jsonAt", { line: String(at.line), column: String(at.column), detail: error.message })
    : say("organisation.json", { detail: error.message });
  return new OrganisationDefaultsError(file, "", reason);
}

/** Why a value does not pass an input's validation, in both languages; null when it does. */
export function inputValueProblem(value: number, validation: Validation | undefined): Text | null {
  if (!validation) return null;
  switch (validation.kind) {
    case "decimal":
    case "whole": {
      if (validation.kind === "whole" && !Number.isInteger(value)) return say("organisation.notWhole", { value: inBoth(value) });
      if (value < validation.minimum || value > validation.maximum) {
        return say("organisation.outsideRange", {
          value: inBoth(value),
          minimum: inBoth(validation.minimum),
          maximum: inBoth(validation.maximum),
        });
      }
      return null;
    }
    case "list":
      return validation.options.includes(String(value)) ? null : say("organisation.onlyOptions", { options: validation.options });
    case "date":
      return Number.isInteger(value) && value >= 61 ? null : say("organisation.dateSerial");
  }
}

function inputRowsOf(template: TemplateDefinition): Map<string, InputRow> {
  const rows = new Map<string, InputRow>();
  for (const sheet of template.sheets) for (const row of sheet.rows ?? []) if (row.kind === "input") rows.set(row.name, row);
  return rows;
}

/** Checks one input's defaults against its row: validation of value, low and high, and their order. */
function checkInput(file: string, key: string, entry: OrganisationDefault, row: InputRow): void {
  for (const field of ["value", "low", "high"] as const) {
    const value = entry[field];
    if (value === undefined) continue;
    if (!Number.isFinite(value)) throw new OrganisationDefaultsError(file, `${key}.${field}`, say("organisation.notFinite"));
    const problem = inputValueProblem(value, row.validation);
    if (problem) throw new OrganisationDefaultsError(file, `${key}.${field}`, problem);
  }
  const low = entry.low ?? row.low;
  const high = entry.high ?? row.high;
  if (low !== undefined && entry.value < low) {
    throw new OrganisationDefaultsError(
      file,
      `${key}.value`,
      say(entry.low === undefined ? "organisation.belowBuiltInLow" : "organisation.belowLow", {
        value: inBoth(entry.value),
        low: inBoth(low),
      }),
    );
  }
  if (high !== undefined && entry.value > high) {
    throw new OrganisationDefaultsError(
      file,
      `${key}.value`,
      say(entry.high === undefined ? "organisation.aboveBuiltInHigh" : "organisation.aboveHigh", {
        value: inBoth(entry.value),
        high: inBoth(high),
      }),
    );
  }
}

/**
 * Reads and checks a defaults file: its size, JSON syntax, the schema, a real date, and every
 * template id and input name against the templates, every value against the input's validation.
 * Throws OrganisationDefaultsError at the first problem.
 */
export function readOrganisationDefaults(content: string | Uint8Array, file: string): OrganisationDefaults {
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > largestDefaultsFile) {
    const megabytes = { de: formatNumber(size / 2 ** 20, 1, "de"), en: formatNumber(size / 2 ** 20, 1, "en") };
    throw new OrganisationDefaultsError(file, "", say("organisation.tooLarge", { megabytes }));
  }
  const text = (typeof content === "string" ? content : new TextDecoder("utf-8").decode(content)).replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw syntaxError(file, text, error as Error);
  }
  if (!schemaCheck(parsed)) {
    const first = schemaCheck.errors![0];
    const { key, reason } = schemaReason(first, keyOf(first.instancePath));
    throw new OrganisationDefaultsError(file, key, reason);
  }
  const data = parsed as { organisation: string; valid_from: string; inputs: Record<string, Record<string, OrganisationDefault>> };
  if (serialFromIsoDate(data.valid_from) === null) {
    throw new OrganisationDefaultsError(file, "valid_from", say("organisation.notADate", { date: data.valid_from }));
  }
  for (const [templateId, inputs] of Object.entries(data.inputs)) {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) {
      const known = templates.map((candidate) => candidate.id).join(", ");
      throw new OrganisationDefaultsError(file, `inputs.${templateId}`, say("organisation.noTemplate", { known }));
    }
    const rows = inputRowsOf(template);
    for (const [name, entry] of Object.entries(inputs)) {
      const key = `inputs.${templateId}.${name}`;
      const row = rows.get(name);
      if (!row) {
        throw new OrganisationDefaultsError(file, key, say("organisation.noInput", { template: templateId }));
      }
      checkInput(file, key, entry, row);
    }
  }
  return { organisation: data.organisation.trim(), validFrom: data.valid_from, inputs: data.inputs, file };
}

/** The text of a source cell: "Vorgabe Kreis Beispiel, gültig ab 01.01.2027: Haushaltsplan 2027". */
export function defaultSource(defaults: Pick<OrganisationDefaults, "organisation" | "validFrom">, source: string | undefined): Text {
  const tail = source ? `: ${source}` : "";
  return {
    de: `Vorgabe ${defaults.organisation}, gültig ab ${shownDate(defaults.validFrom, "de")}${tail}`,
    en: `Default of ${defaults.organisation}, valid from ${shownDate(defaults.validFrom, "en")}${tail}`,
  };
}

/** The defaults a file sets for one template (empty when it names none of its inputs). */
export function defaultsFor(defaults: OrganisationDefaults | undefined, templateId: string): Record<string, OrganisationDefault> {
  return defaults?.inputs[templateId] ?? {};
}

const lockedChanged = t("gesperrt – geändert", "locked – changed");
const differs = t("abweichend", "differs");

/** The review rows of the defaults: one per input, with the organisation's value and the current one. */
function reviewRows(defaults: OrganisationDefaults, applied: InputRow[]): RowDefinition[] {
  const intro: RowDefinition = {
    kind: "paragraph",
    text: t(
      `Vorgaben ${defaults.organisation}, gültig ab ${shownDate(defaults.validFrom, "de")}. „abweichend“: der Wert ist nicht mehr die Vorgabe; „gesperrt – geändert“: ein Wert, den nur die Organisation ändert, wurde geändert.`,
      `Defaults of ${defaults.organisation}, valid from ${shownDate(defaults.validFrom, "en")}. 'differs': the value is no longer the default; 'locked – changed': a value only the organisation changes was changed.`,
    ),
  };
  const header: RowDefinition = {
    kind: "header",
    cells: [
      t("Eingabe", "Input"),
      t("Ergebnis", "Result"),
      t("Zur Zelle", "Go to"),
      t("Vorgabe", "Default"),
      t("Aktueller Wert", "Current value"),
    ],
  };
  const rows = applied.map((row): RowDefinition => {
    const organisation = row.organisationDefault!;
    const ok = `{${row.name}}=${organisation.value}`;
    const otherwise = organisation.locked ? lockedChanged : differs;
    const base = check(row.label, { de: `=IF(${ok},"ok","${otherwise.de}")`, en: `=IF(${ok},"pass","${otherwise.en}")` }, row.name);
    if (base.kind !== "resultGrid") throw new Error("a check is a result grid");
    return {
      ...base,
      formulas: [...base.formulas, `=${organisation.value}`, `={${row.name}}`],
      formats: ["text", "text", row.format, row.format],
      highlights: [{ style: "flagged", texts: [lockedChanged] }, null, null, null],
    };
  });
  return [intro, header, ...rows];
}

/**
 * `template` with an organisation's defaults: each named input takes the value (and low, high,
 * grade, lock where given), its source names the organisation and the date, and the review sheet
 * (or, for a template without one, a sheet of its own) lists every defaulted input with the
 * organisation's value, the current one and whether it differs. Without defaults for this
 * template it is returned as it is.
 */
export function withOrganisationDefaults(template: TemplateDefinition, defaults: OrganisationDefaults | undefined): TemplateDefinition {
  const own = defaultsFor(defaults, template.id);
  if (!defaults || Object.keys(own).length === 0) return template;
  const applied: InputRow[] = [];
  const sheets = template.sheets.map((sheet): SheetDefinition => {
    if (!sheet.rows) return sheet;
    return {
      ...sheet,
      rows: sheet.rows.map((row) => {
        if (row.kind !== "input" || !own[row.name]) return row;
        const entry = own[row.name];
        const changed: InputRow = {
          ...row,
          value: entry.value,
          low: entry.low ?? row.low,
          high: entry.high ?? row.high,
          grade: entry.grade ?? row.grade,
          source: defaultSource(defaults, entry.source),
          locked: entry.locked ?? false,
          organisationDefault: { value: entry.value, locked: entry.locked ?? false },
        };
        applied.push(changed);
        return changed;
      }),
    };
  });
  const review = reviewRows(defaults, applied);
  const reviewSheet = sheets.find((sheet) => sheet.key === "review" && sheet.rows?.includes(organisationDefaultsPlaceholder));
  const withReview = reviewSheet
    ? sheets.map((sheet) =>
        sheet === reviewSheet
          ? { ...sheet, rows: sheet.rows!.flatMap((row) => (row === organisationDefaultsPlaceholder ? review : [row])) }
          : sheet,
      )
    : [
        ...sheets,
        {
          key: "organisation_defaults",
          name: t("Vorgaben", "Defaults"),
          columnWidths: [60, 20, 34, 16, 16],
          rows: [{ kind: "title", text: t("Vorgaben der Organisation", "The organisation's defaults") } as RowDefinition, ...review],
          protect: true,
        },
      ];
  return { ...template, sheets: withReview, organisationDefaults: { organisation: defaults.organisation, validFrom: defaults.validFrom } };
}

/** What a defaults file would apply, as lines for `defaults check` and the task pane. */
export function describeDefaults(defaults: OrganisationDefaults, language: Language): string[] {
  const lines = [
    language === "de"
      ? `${defaults.file}: Vorgaben ${defaults.organisation}, gültig ab ${shownDate(defaults.validFrom, "de")}`
      : `${defaults.file}: defaults of ${defaults.organisation}, valid from ${shownDate(defaults.validFrom, "en")}`,
  ];
  for (const template of templates) {
    const own = defaultsFor(defaults, template.id);
    const rows = inputRowsOf(template);
    const names = Object.keys(own);
    if (names.length === 0) continue;
    lines.push(`${template.id} (${template.title[language]}):`);
    for (const name of names) {
      const entry = own[name];
      const row = rows.get(name)!;
      const range =
        entry.low !== undefined || entry.high !== undefined
          ? ` [${shown(entry.low ?? row.low ?? NaN, language)} – ${shown(entry.high ?? row.high ?? NaN, language)}]`
          : "";
      const from = language === "de" ? `statt ${shown(row.value, language)}` : `instead of ${shown(row.value, language)}`;
      const extra = [
        entry.grade && (language === "de" ? `Güte ${entry.grade}` : `grade ${entry.grade}`),
        entry.locked && (language === "de" ? "gesperrt" : "locked"),
      ].filter(Boolean);
      lines.push(
        `  ${name} = ${shown(entry.value, language)}${range} (${from}${extra.length ? `; ${extra.join(", ")}` : ""}) – ${defaultSource(defaults, entry.source)[language]}`,
      );
    }
  }
  if (lines.length === 1) lines.push(language === "de" ? "  (keine Eingaben genannt)" : "  (no inputs named)");
  return lines;
}

/** How many inputs of a template the defaults set, and how many of them are locked. */
export function defaultsCount(defaults: OrganisationDefaults | undefined, templateId: string): { inputs: number; locked: number } {
  const own = Object.values(defaultsFor(defaults, templateId));
  return { inputs: own.length, locked: own.filter((entry) => entry.locked).length };
}
