/**
 * Upgrading a copy of a template inside the workbook: its marker (insertedCopies.ts) says which
 * template and version it is; its inputs are read by the names the marker lists and its data
 * tables by their columns, all through the port. The current version is inserted beside it (new
 * sheets and names with the next suffix); the old sheets stay until the user removes them.
 */
import type { InsertionReport, NamedInput, WorkbookPort } from "../../office/workbookPort";
import type { CellContent } from "../../shared/cellContent";
import type { Language } from "../../shared/language";
import { templateInsertion } from "../../templates/layout";
import { markerInputCountRow } from "../../templates/marker";
import type { OrganisationDefaults } from "../../templates/organisationDefaults";
import { templates } from "../../templates/registry";
import { planUpgrade, UpgradeError, type CopyContents, type UpgradeReport } from "../../templates/upgrade";
import { compareVersions } from "../../templates/versions";
import { t } from "../../templates/definitions/rows";
import { insertedCopies, type InsertedCopy } from "../insertedCopies";

/** A copy the pane can offer to upgrade, or one it must refuse (a newer version, an unknown template). */
export interface UpgradeCandidate {
  copy: InsertedCopy;
  /** The version it would be upgraded to, when it can be. */
  target?: string;
  /** Why it cannot be upgraded (newer than the add-in knows). */
  refusal?: { de: string; en: string };
}

/** Copies of templates older than the add-in's version, and newer ones (which are refused). */
export async function upgradeCandidates(port: WorkbookPort): Promise<UpgradeCandidate[]> {
  const copies = await insertedCopies(port, await port.namedInputs());
  return copies.flatMap((copy): UpgradeCandidate[] => {
    const template = templates.find((candidate) => candidate.id === copy.templateId);
    if (!template) return [];
    const order = compareVersions(copy.version, template.version);
    if (order < 0) return [{ copy, target: template.version }];
    if (order > 0) {
      return [
        {
          copy,
          refusal: t(
            `Mit Version ${copy.version} erstellt, neuer als die Version ${template.version}, die dieses Add-in kennt. Bitte das Add-in aktualisieren; die Kopie bleibt, wie sie ist.`,
            `Made with version ${copy.version}, newer than version ${template.version}, which this add-in knows. Please update the add-in; the copy stays as it is.`,
          ),
        },
      ];
    }
    return [];
  });
}

const withSuffix = (name: string, suffix: number) => (suffix > 1 ? `${name}_${suffix}` : name);

/** What the copy holds, by the names without suffix. Refuses when a name it lists is gone (renamed by the user). */
export async function readCopy(port: WorkbookPort, copy: InsertedCopy, named: NamedInput[]): Promise<CopyContents> {
  const origin = `${copy.templateId} ${copy.version}${copy.suffix > 1 ? ` (${copy.suffix})` : ""}`;
  const [list] =
    copy.inputCount > 0
      ? await port.readRanges([`${copy.markerSheet}!B${markerInputCountRow + 1}:B${markerInputCountRow + copy.inputCount}`])
      : [{ values: [] }];
  const byName = new Map(named.map((input) => [input.name.toLowerCase(), input]));
  const inputs = new Map<string, { value: CellContent; formula?: string }>();
  const missing: string[] = [];
  for (const [name] of list.values) {
    if (typeof name !== "string" || name === "") continue;
    const input = byName.get(name.toLowerCase());
    if (!input) {
      missing.push(name);
      continue;
    }
    const base = copy.suffix > 1 ? name.slice(0, -`_${copy.suffix}`.length) : name;
    inputs.set(base, { value: input.value, ...(input.formula && { formula: input.formula.replace(/^=/, "") }) });
  }
  if (missing.length > 0) {
    throw new UpgradeError(
      origin,
      t(
        `Diese Namen der Vorlage fehlen oder zeigen auf keine Zelle mehr (umbenannt oder gelöscht?): ${missing.join(", ")}. Bitte im Namens-Manager wiederherstellen; sonst gingen ihre Werte verloren.`,
        `These names of the template are missing or no longer point to a cell (renamed or deleted?): ${missing.join(", ")}. Please restore them in the Name Manager; otherwise their values would be lost.`,
      ),
    );
  }
  const template = templates.find((candidate) => candidate.id === copy.templateId);
  const wanted = (template?.sheets ?? []).flatMap((sheet) => (sheet.table && !sheet.table.sizedAfter ? [sheet.table.name] : []));
  const columns = (await port.tableColumns()).filter((column) =>
    wanted.some((table) => withSuffix(table, copy.suffix).toLowerCase() === column.table.toLowerCase()),
  );
  const snapshots = await port.readRanges(columns.map((column) => column.address));
  const tables = new Map<string, { headers: string[]; rows: CellContent[][] }>();
  for (const table of wanted) {
    const own = columns.flatMap((column, i) =>
      column.table.toLowerCase() === withSuffix(table, copy.suffix).toLowerCase() ? [{ column, values: snapshots[i].values }] : [],
    );
    if (own.length === 0) continue;
    const rows = Math.max(...own.map(({ values }) => values.length));
    tables.set(table, {
      headers: own.map(({ column }) => column.column),
      rows: Array.from({ length: rows }, (_, r) => own.map(({ values }) => values[r]?.[0] ?? "")),
    });
  }
  return {
    origin,
    templateId: copy.templateId,
    version: copy.version,
    ...(copy.language && { language: copy.language }),
    settings: copy.settings,
    inputs,
    tables,
  };
}

export interface UpgradeOutcome {
  report: UpgradeReport;
  insertion: InsertionReport;
}

/** Inserts the current version of `copy` with its inputs and rows; nothing is inserted when it cannot be upgraded. */
export async function upgradeCopy(
  port: WorkbookPort,
  copy: InsertedCopy,
  defaults?: OrganisationDefaults,
  language?: Language,
): Promise<UpgradeOutcome> {
  const contents = await readCopy(port, copy, await port.namedInputs());
  const plan = planUpgrade(contents, defaults, copy.language ?? language);
  const insertion = await port.insertTemplate(templateInsertion(plan.template, plan.language, plan.data));
  return { report: plan.report, insertion };
}
