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
    const where = `${this.file}${this.key ? (language === "de" ? `, Schlüssel „${this.key}“` : `, key '${this.key}'`) : ""}`;
    const nothing =
      language === "de"
        ? "Die Vorgaben wurden nicht übernommen; nichts wurde eingefügt oder geschrieben."
        : "The defaults were not used; nothing was inserted or written.";
    return `${where}: ${this.reason[language]} ${nothing}`;
  }
}

const shown = (value: number, language: Language) =>
  value.toLocaleString(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 10 });

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
        reason: t("Dieser Eintrag fehlt.", "This entry is missing."),
      };
    case "additionalProperties":
      return {
        key: key ? `${key}.${String(p.additionalProperty)}` : String(p.additionalProperty),
        reason: t(
          "Dieses Feld kennt das Add-in nicht (erlaubt: value, low, high, source, grade, locked; oben: organisation, valid_from, inputs).",
          "The add-in does not know this field (allowed: value, low, high, source, grade, locked; at the top: organisation, valid_from, inputs).",
        ),
      };
    case "type": {
      const kinds: Record<string, Text> = {
        number: t("eine Zahl (ohne Anführungszeichen, Dezimalpunkt)", "a number (without quotes, decimal point)"),
        string: t("ein Text in Anführungszeichen", "a text in quotes"),
        object: t("ein Objekt in geschweiften Klammern", "an object in braces"),
        boolean: t("true oder false", "true or false"),
      };
      const kind = kinds[String(p.type)] ?? t(String(p.type), String(p.type));
      return { key, reason: t(`Hier muss ${kind.de} stehen.`, `This must be ${kind.en}.`) };
    }
    case "enum":
      return { key, reason: t("Die Güte ist A, B, C oder D.", "The grade is A, B, C or D.") };
    case "pattern":
      return key === "valid_from"
        ? {
            key,
            reason: t("Das Datum wird als JJJJ-MM-TT geschrieben, z. B. 2027-01-01.", "The date is written YYYY-MM-DD, e.g. 2027-01-01."),
          }
        : {
            key,
            reason: t(
              "Kein zulässiger Name (Kleinbuchstaben, Ziffern, „-“ bzw. „_“).",
              "Not an allowed name (lower-case letters, digits, '-' or '_').",
            ),
          };
    case "propertyNames":
      return {
        key,
        reason: t(
          "Ein Name darin ist nicht zulässig (Kleinbuchstaben, Ziffern, „-“ bzw. „_“).",
          "A name in it is not allowed (lower-case letters, digits, '-' or '_').",
        ),
      };
    case "minLength":
      return { key, reason: t("Dieser Text darf nicht leer sein.", "This text must not be empty.") };
    case "maxLength":
      return {
        key,
        reason: t(`Dieser Text ist länger als ${String(p.limit)} Zeichen.`, `This text is longer than ${String(p.limit)} characters.`),
      };
    default:
      return { key, reason: t(`Entspricht nicht dem Schema (${error.keyword}).`, `Does not follow the schema (${error.keyword}).`) };
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
  const where = at ? t(` in Zeile ${at.line}, Spalte ${at.column}`, ` at line ${at.line}, column ${at.column}`) : t("", "");
  return new OrganisationDefaultsError(
    file,
    "",
    t(`Kein gültiges JSON${where.de} (${error.message}).`, `Not valid JSON${where.en} (${error.message}).`),
  );
}

/** Why a value does not pass an input's validation, in both languages; null when it does. */
export function inputValueProblem(value: number, validation: Validation | undefined): Text | null {
  if (!validation) return null;
  switch (validation.kind) {
    case "decimal":
    case "whole": {
      if (validation.kind === "whole" && !Number.isInteger(value))
        return t(`${shown(value, "de")} ist keine ganze Zahl.`, `${shown(value, "en")} is not a whole number.`);
      if (value < validation.minimum || value > validation.maximum) {
        return t(
          `${shown(value, "de")} liegt außerhalb des zulässigen Bereichs von ${shown(validation.minimum, "de")} bis ${shown(validation.maximum, "de")}.`,
          `${shown(value, "en")} is outside the allowed range from ${shown(validation.minimum, "en")} to ${shown(validation.maximum, "en")}.`,
        );
      }
      return null;
    }
    case "list":
      return validation.options.includes(String(value))
        ? null
        : t(`Erlaubt sind nur: ${validation.options.join(", ")}.`, `Only these are allowed: ${validation.options.join(", ")}.`);
    case "date":
      return Number.isInteger(value) && value >= 61
        ? null
        : t("Hier steht ein Datum als Excel-Seriennummer.", "This is a date as an Excel serial number.");
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
    if (!Number.isFinite(value))
      throw new OrganisationDefaultsError(file, `${key}.${field}`, t("Keine endliche Zahl.", "Not a finite number."));
    const problem = inputValueProblem(value, row.validation);
    if (problem) throw new OrganisationDefaultsError(file, `${key}.${field}`, problem);
  }
  const low = entry.low ?? row.low;
  const high = entry.high ?? row.high;
  if (low !== undefined && entry.value < low) {
    throw new OrganisationDefaultsError(
      file,
      `${key}.value`,
      t(
        `${shown(entry.value, "de")} liegt unter dem niedrigen Wert ${shown(low, "de")}${entry.low === undefined ? " der eingebauten Spanne; bitte auch „low“ angeben" : ""}.`,
        `${shown(entry.value, "en")} is below the low value ${shown(low, "en")}${entry.low === undefined ? " of the built-in range; please give 'low' too" : ""}.`,
      ),
    );
  }
  if (high !== undefined && entry.value > high) {
    throw new OrganisationDefaultsError(
      file,
      `${key}.value`,
      t(
        `${shown(entry.value, "de")} liegt über dem hohen Wert ${shown(high, "de")}${entry.high === undefined ? " der eingebauten Spanne; bitte auch „high“ angeben" : ""}.`,
        `${shown(entry.value, "en")} is above the high value ${shown(high, "en")}${entry.high === undefined ? " of the built-in range; please give 'high' too" : ""}.`,
      ),
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
    const megabytes = (size / 2 ** 20).toFixed(1);
    throw new OrganisationDefaultsError(
      file,
      "",
      t(
        `Die Datei ist ${megabytes.replace(".", ",")} MB groß; Vorgaben dürfen höchstens 1 MB groß sein.`,
        `The file is ${megabytes} MB; defaults may be at most 1 MB.`,
      ),
    );
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
    throw new OrganisationDefaultsError(
      file,
      "valid_from",
      t(`${data.valid_from} ist kein Kalenderdatum.`, `${data.valid_from} is not a calendar date.`),
    );
  }
  for (const [templateId, inputs] of Object.entries(data.inputs)) {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) {
      const known = templates.map((candidate) => candidate.id).join(", ");
      throw new OrganisationDefaultsError(
        file,
        `inputs.${templateId}`,
        t(`Diese Vorlage gibt es nicht (bekannt: ${known}).`, `There is no such template (known: ${known}).`),
      );
    }
    const rows = inputRowsOf(template);
    for (const [name, entry] of Object.entries(inputs)) {
      const key = `inputs.${templateId}.${name}`;
      const row = rows.get(name);
      if (!row) {
        throw new OrganisationDefaultsError(
          file,
          key,
          t(
            `Die Vorlage ${templateId} hat keine Eingabe dieses Namens (ihre Namen zeigt „prevention-dividend names ${templateId}“).`,
            `Template ${templateId} has no input of this name (its names: 'prevention-dividend names ${templateId}').`,
          ),
        );
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
