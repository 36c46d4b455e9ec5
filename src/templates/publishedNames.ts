/**
 * A template's public interface (DESIGN §4): the workbook names of its inputs, its named results
 * and its data tables with their columns. The CLI, upgrades, the organisation's defaults, the
 * county's consolidation and users' own formulas go by these names; versions.ts records them
 * per version, and a test holds the current definitions to that record.
 */
import type { DataTableDefinition, InputRow, NumberFormatKey, RowDefinition, Text, TemplateDefinition } from "./model";
import { templateById } from "./registry";

export interface PublishedInput {
  name: string;
  label: Text;
  unit: Text;
  format: NumberFormatKey;
  /** The sheet (definition key) holding it. */
  sheet: string;
}

export interface PublishedResult {
  name: string;
  format: NumberFormatKey;
  /** A key result (shown in the key-result style). */
  keyResult: boolean;
  sheet: string;
}

export interface PublishedColumn {
  key: string;
  header: Text;
  /** The workbook name of the column's data rows, when it has one. */
  name?: string;
  /** A computed column (a formula in every row): an upgrade never carries its cells. */
  computed: boolean;
}

export interface PublishedTable {
  name: string;
  sheet: string;
  columns: PublishedColumn[];
}

export interface PublishedNames {
  templateId: string;
  version: string;
  inputs: PublishedInput[];
  results: PublishedResult[];
  tables: PublishedTable[];
}

const noUnit: Text = { de: "", en: "" };

function resultNames(row: RowDefinition): { name: string; format: NumberFormatKey; keyResult: boolean }[] {
  switch (row.kind) {
    case "result":
    case "engineResult":
      return row.name ? [{ name: row.name, format: row.format, keyResult: row.keyResult ?? false }] : [];
    case "sentence":
      return row.name ? [{ name: row.name, format: "text", keyResult: false }] : [];
    case "tableCheck":
      return [{ name: row.name, format: "number", keyResult: false }];
    case "years":
      return row.name ? [{ name: row.name, format: row.format, keyResult: false }] : [];
    case "resultGrid":
      return (row.names ?? []).flatMap((name, i) => {
        const format = row.formats?.[i] ?? row.format;
        if (name && !format) throw new Error(`result '${name}' has no number format`);
        return name && format ? [{ name, format, keyResult: row.keyResult ?? false }] : [];
      });
    default:
      return [];
  }
}

function publishedTable(table: DataTableDefinition, sheet: string): PublishedTable {
  return {
    name: table.name,
    sheet,
    columns: table.columns.map((column) => ({
      key: column.key,
      header: column.header,
      ...(column.name && { name: column.name }),
      computed: Boolean(column.formula),
    })),
  };
}

/** The published names of a template definition (as built, e.g. for its settings). */
export function publishedNamesOf(template: TemplateDefinition): PublishedNames {
  const inputs: PublishedInput[] = [];
  const results: PublishedResult[] = [];
  const tables: PublishedTable[] = [];
  for (const sheet of template.sheets) {
    for (const row of sheet.rows ?? []) {
      if (row.kind === "input") inputs.push({ name: row.name, label: row.label, unit: row.unit, format: row.format, sheet: sheet.key });
      if (row.kind === "textInput") inputs.push({ name: row.name, label: row.label, unit: noUnit, format: "text", sheet: sheet.key });
      for (const named of resultNames(row)) results.push({ ...named, sheet: sheet.key });
    }
    if (sheet.table) tables.push(publishedTable(sheet.table, sheet.key));
  }
  return { templateId: template.id, version: template.version, inputs, results, tables };
}

/** The published names of a template of the registry, by id. */
export function publishedNames(templateId: string): PublishedNames {
  return publishedNamesOf(templateById(templateId));
}

/** Every input row of a template, by name. */
export function inputRows(template: TemplateDefinition): Map<string, InputRow> {
  const rows = new Map<string, InputRow>();
  for (const sheet of template.sheets) for (const row of sheet.rows ?? []) if (row.kind === "input") rows.set(row.name, row);
  return rows;
}

/**
 * The record of a version's names, short enough to be read in a review: each name with what it
 * means (kind and number format; an input also its unit), each table with its columns' keys and
 * English headers (a computed column marked "="). A name keeps its meaning while this text stays.
 */
export function nameRecord(names: PublishedNames): { names: Record<string, string>; tables: Record<string, Record<string, string>> } {
  const record: Record<string, string> = {};
  for (const input of names.inputs) record[input.name] = `input ${input.format} ${input.unit.en}`.trimEnd();
  for (const result of names.results) record[result.name] = `${result.keyResult ? "key result" : "result"} ${result.format}`;
  const tables: Record<string, Record<string, string>> = {};
  for (const table of names.tables) {
    tables[table.name] = Object.fromEntries(
      table.columns.map((column) => [
        column.key,
        `${column.computed ? "= " : ""}${column.header.en}${column.name ? ` (${column.name})` : ""}`,
      ]),
    );
  }
  return { names: record, tables };
}
