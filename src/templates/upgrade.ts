/**
 * Upgrading a copy of a template to the current version: every input carried by its name, every
 * data table's rows by column name, the settings it was made with kept. What could not be carried
 * is reported with its value, and what is new with the value it took and where from. The copy
 * itself is only read: the file or the old sheets stay as they are.
 */
import type { CellContent } from "../shared/cellContent";
import type { DataValue, InputRow, Language, SettingValues, TemplateData, TemplateDefinition, Text } from "./model";
import { inputValueProblem, withOrganisationDefaults, type OrganisationDefaults } from "./organisationDefaults";
import { inputRows } from "./publishedNames";
import { templates } from "./registry";
import { TemplateSettingError, withSettings } from "./settings";
import { compareVersions, isVersionText } from "./versions";
import { t } from "./definitions/rows";

/** What an upgrade reads from the old copy, by the names without suffix. */
export interface CopyContents {
  /** Where it was read: a file, or the sheets of a copy in the workbook. */
  origin: string;
  templateId: string;
  version: string;
  language?: Language;
  settings: SettingValues;
  /** Each input the marker lists, with its value (and formula, when the cell holds one). */
  inputs: Map<string, { value: CellContent; formula?: string }>;
  /** Each data table: its headers as the copy shows them and its data rows. */
  tables: Map<string, { headers: string[]; rows: CellContent[][] }>;
}

/** An upgrade that cannot be made; nothing was written. The reason is in German and English. */
export class UpgradeError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: Text,
  ) {
    super(`${origin}: ${reason.en}`);
    this.name = "UpgradeError";
  }

  text(language: Language): string {
    return `${this.origin}: ${this.reason[language]} ${language === "de" ? "Es wurde nichts geändert oder geschrieben." : "Nothing was changed or written."}`;
  }
}

export interface CarriedValue {
  name: string;
  value: CellContent;
  /** The formula the old cell held, carried as its value. */
  formula?: string;
}

export interface NewValue {
  name: string;
  value: number;
  from: "built-in" | "organisation";
  /** The old copy's value, when there was one and it could not be taken. */
  replaced?: { value: CellContent; reason: Text };
}

export interface UnplacedValue {
  /** An input name, a setting, or a table's column ("cohort_table[Alter]"). */
  name: string;
  value: CellContent;
  /** For a column: how many rows held a value. */
  rows?: number;
}

export interface UpgradeReport {
  templateId: string;
  from: string;
  to: string;
  carried: CarriedValue[];
  /** Data rows carried, by table. */
  rows: { table: string; rows: number; columns: string[] }[];
  fresh: NewValue[];
  noPlace: UnplacedValue[];
}

export interface UpgradePlan {
  template: TemplateDefinition;
  language: Language;
  data?: TemplateData;
  report: UpgradeReport;
}

const normal = (text: string) => text.trim().toLowerCase();

function dataValue(value: CellContent): DataValue {
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The inputs' values set on a definition. */
function withInputValues(template: TemplateDefinition, values: Map<string, number>): TemplateDefinition {
  if (values.size === 0) return template;
  return {
    ...template,
    sheets: template.sheets.map((sheet) =>
      sheet.rows
        ? {
            ...sheet,
            rows: sheet.rows.map((row) =>
              row.kind === "input" && values.has(row.name) ? ({ ...row, value: values.get(row.name)! } as InputRow) : row,
            ),
          }
        : sheet,
    ),
  };
}

/** Checks that a copy can be upgraded: a template the add-in knows, made with an older version. */
export function upgradeTarget(copy: Pick<CopyContents, "origin" | "templateId" | "version">): TemplateDefinition {
  const template = templates.find((candidate) => candidate.id === copy.templateId);
  if (!template) {
    throw new UpgradeError(
      copy.origin,
      t(`Die Vorlage „${copy.templateId}“ kennt dieses Add-in nicht.`, `This add-in does not know the template '${copy.templateId}'.`),
    );
  }
  if (!isVersionText(copy.version)) {
    throw new UpgradeError(
      copy.origin,
      t(
        `Die Markierung der Vorlage ist beschädigt (Version „${copy.version}“); die Kopie kann nicht aktualisiert werden.`,
        `The template's marker is damaged (version '${copy.version}'); the copy cannot be upgraded.`,
      ),
    );
  }
  const order = compareVersions(copy.version, template.version);
  if (order > 0) {
    throw new UpgradeError(
      copy.origin,
      t(
        `Mit Version ${copy.version} erstellt, neuer als die Version ${template.version}, die dieses Add-in kennt. Bitte das Add-in aktualisieren; die Mappe bleibt, wie sie ist.`,
        `Made with version ${copy.version}, newer than version ${template.version}, which this add-in knows. Please update the add-in; the workbook stays as it is.`,
      ),
    );
  }
  if (order === 0) {
    throw new UpgradeError(
      copy.origin,
      t(
        `Schon die aktuelle Version ${template.version}; nichts zu aktualisieren.`,
        `Already the current version ${template.version}; nothing to upgrade.`,
      ),
    );
  }
  return template;
}

/**
 * The current version of the copy's template, built with its settings and the organisation's
 * defaults, its inputs carrying the copy's values and its data table the copy's rows.
 */
export function planUpgrade(copy: CopyContents, defaults?: OrganisationDefaults, language: Language = copy.language ?? "en"): UpgradePlan {
  const current = upgradeTarget(copy);
  const noPlace: UnplacedValue[] = [];
  const knownSettings = new Set((current.settings?.choices ?? []).map((setting) => setting.key));
  const settings = Object.fromEntries(Object.entries(copy.settings).filter(([key]) => knownSettings.has(key)));
  for (const [key, value] of Object.entries(copy.settings)) if (!knownSettings.has(key)) noPlace.push({ name: key, value });
  let built: TemplateDefinition;
  try {
    built = withOrganisationDefaults(withSettings(current, settings), defaults);
  } catch (error) {
    if (!(error instanceof TemplateSettingError)) throw error;
    throw new UpgradeError(
      copy.origin,
      t(`Die Einstellungen der Kopie passen nicht: ${error.message}`, `The copy's settings do not fit: ${error.message}`),
    );
  }
  const carried: CarriedValue[] = [];
  const fresh: NewValue[] = [];
  const values = new Map<string, number>();
  const rows = inputRows(built);
  const builtIn = inputRows(withSettings(current, settings));
  for (const [name, row] of rows) {
    const from = row.organisationDefault ? ("organisation" as const) : ("built-in" as const);
    const old = copy.inputs.get(name);
    if (!old) {
      fresh.push({ name, value: row.value, from });
      continue;
    }
    const reason = (): Text | null => {
      if (typeof old.value !== "number" || !Number.isFinite(old.value))
        return old.value === "" || old.value === null ? t("Die Zelle war leer.", "The cell was empty.") : t("Keine Zahl.", "Not a number.");
      if (row.organisationDefault?.locked && old.value !== row.organisationDefault.value)
        return t("Von der Organisation gesperrt: es gilt ihre Vorgabe.", "Locked by the organisation: its default applies.");
      // A value still at the add-in's built-in default was never chosen by the user: the organisation's default replaces it.
      if (row.organisationDefault && old.value === builtIn.get(name)?.value && old.value !== row.organisationDefault.value)
        return t(
          "Der eingebaute Wert war unverändert: es gilt die Vorgabe der Organisation.",
          "The built-in value was unchanged: the organisation's default applies.",
        );
      return inputValueProblem(old.value, row.validation);
    };
    const problem = reason();
    if (problem) {
      fresh.push({ name, value: row.value, from, replaced: { value: old.value, reason: problem } });
      continue;
    }
    values.set(name, old.value as number);
    carried.push({ name, value: old.value, ...(old.formula && { formula: old.formula }) });
  }
  for (const [name, old] of copy.inputs) if (!rows.has(name)) noPlace.push({ name, value: old.value });
  const template = withInputValues(built, values);

  let data: TemplateData | undefined;
  const carriedRows: UpgradeReport["rows"] = [];
  for (const sheet of template.sheets) {
    const table = sheet.table;
    if (!table || table.sizedAfter) continue;
    const old = copy.tables.get(table.name);
    if (!old) continue;
    const match = (header: string) =>
      table.columns.findIndex((column) => [column.header.de, column.header.en, column.key].some((name) => normal(name) === normal(header)));
    const targets = old.headers.map(match);
    const used = old.rows.filter((row) =>
      row.some((value, i) => targets[i] >= 0 && !table.columns[targets[i]].formula && dataValue(value) !== null),
    );
    old.headers.forEach((header, i) => {
      if (targets[i] >= 0) return;
      const filled = old.rows.filter((row) => dataValue(row[i]) !== null);
      if (filled.length > 0) noPlace.push({ name: `${table.name}[${header}]`, value: filled[0][i], rows: filled.length });
    });
    const columns = table.columns.map((column, c) => (column.formula ? -1 : targets.indexOf(c)));
    data = { table: table.name, rows: used.map((row) => columns.map((at) => (at < 0 ? null : dataValue(row[at])))) };
    carriedRows.push({
      table: table.name,
      rows: used.length,
      columns: table.columns.flatMap((column, c) => (columns[c] >= 0 ? [column.header[language]] : [])),
    });
  }
  return {
    template,
    language,
    data,
    report: { templateId: copy.templateId, from: copy.version, to: current.version, carried, rows: carriedRows, fresh, noPlace },
  };
}

const shown = (value: CellContent, language: Language) =>
  typeof value === "number"
    ? value.toLocaleString(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 10, useGrouping: Math.abs(value) >= 10000 })
    : String(value ?? "");

/** The report in lines of the user's language. */
export function reportLines(report: UpgradeReport, language: Language): string[] {
  const de = language === "de";
  const lines = [
    de
      ? `${report.templateId}: von Version ${report.from} auf ${report.to} aktualisiert.`
      : `${report.templateId}: upgraded from version ${report.from} to ${report.to}.`,
  ];
  lines.push(de ? `Übernommen (${report.carried.length} Eingaben):` : `Carried (${report.carried.length} inputs):`);
  for (const value of report.carried)
    lines.push(
      `  ${value.name} = ${shown(value.value, language)}${value.formula ? (de ? ` (Formel =${value.formula} als Wert übernommen)` : ` (formula =${value.formula} carried as its value)`) : ""}`,
    );
  for (const table of report.rows)
    lines.push(
      de
        ? `  ${table.table}: ${table.rows} Zeilen, Spalten ${table.columns.join(", ")}`
        : `  ${table.table}: ${table.rows} rows, columns ${table.columns.join(", ")}`,
    );
  lines.push(de ? `Neu (${report.fresh.length}):` : `New (${report.fresh.length}):`);
  for (const value of report.fresh) {
    const from =
      value.from === "organisation"
        ? de
          ? "Vorgabe der Organisation"
          : "the organisation's default"
        : de
          ? "eingebauter Wert"
          : "built-in value";
    const replaced = value.replaced
      ? de
        ? `; bisher ${shown(value.replaced.value, language) || "leer"}: ${value.replaced.reason.de}`
        : `; was ${shown(value.replaced.value, language) || "empty"}: ${value.replaced.reason.en}`
      : "";
    lines.push(`  ${value.name} = ${shown(value.value, language)} (${from}${replaced})`);
  }
  lines.push(
    de ? `Ohne Platz in der neuen Version (${report.noPlace.length}):` : `No place in the new version (${report.noPlace.length}):`,
  );
  for (const value of report.noPlace)
    lines.push(
      `  ${value.name} = ${shown(value.value, language)}${value.rows !== undefined ? (de ? ` (und weitere, ${value.rows} Zeilen)` : ` (and more, ${value.rows} rows)`) : ""}`,
    );
  return lines;
}
