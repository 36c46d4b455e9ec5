/**
 * Reads a copy of a template from an .xlsx file for an upgrade (upgrade.ts): its marker (template
 * id, version, language, settings, input names), each input's value by its name and each data
 * table's rows. A file that is not a workbook, has no marker or lost one of its names is refused.
 */
import type { CellContent } from "../shared/cellContent";
import type { Language } from "./model";
import { markerInputCountRow, markerName, markerSettingsColumn } from "./marker";
import { t } from "./definitions/rows";
import { UpgradeError, type CopyContents } from "./upgrade";
import { namedCell, rangeValues, readWorkbookFile, WorkbookFileError, type WorkbookFile } from "./xlsxReading";

const markerPattern = new RegExp(`^${markerName}(?:_(\\d+))?$`);

/** Inputs a marker may list (templates have far fewer). */
const mostInputs = 1000;

function noMarker(origin: string): UpgradeError {
  return new UpgradeError(
    origin,
    t(
      "Keine Markierung einer Vorlage gefunden: Die Mappe wurde nicht mit dem Add-in erstellt, oder ihr verborgenes Blatt „PreventionDividend“ bzw. der Name „prevention_dividend_template“ wurde entfernt. Sie kann nicht aktualisiert werden.",
      "No template marker found: the workbook was not made with the add-in, or its hidden sheet 'PreventionDividend' or the name 'prevention_dividend_template' was removed. It cannot be upgraded.",
    ),
  );
}

export async function readCopyFromFile(bytes: Uint8Array, origin: string): Promise<CopyContents> {
  let file: WorkbookFile;
  try {
    file = await readWorkbookFile(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookFileError)) throw error;
    throw new UpgradeError(
      origin,
      t(
        `Die Datei ist beschädigt oder keine Excel-Arbeitsmappe (.xlsx): ${error.text("de")}.`,
        `The file is damaged or not an Excel workbook (.xlsx): ${error.text("en")}.`,
      ),
    );
  }
  const markers = [...file.names.keys()].flatMap((name) => {
    const match = markerPattern.exec(name);
    return match ? [{ name, suffix: match[1] ? Number(match[1]) : 1 }] : [];
  });
  if (markers.length > 1) {
    throw new UpgradeError(
      origin,
      t(
        `Die Mappe enthält ${markers.length} Kopien von Vorlagen; bitte jede im Aufgabenbereich aktualisieren.`,
        `The workbook holds ${markers.length} copies of templates; please upgrade each in the task pane.`,
      ),
    );
  }
  const marker = markers[0] ? namedCell(file, markers[0].name) : null;
  if (!marker) throw noMarker(origin);
  const head = await rangeValues(file, marker.sheet, `A1:E${markerInputCountRow + 4}`);
  const [id, version, language] = head.slice(0, 3).map((row) => row[1]);
  const count = head[markerInputCountRow - 1][1];
  if (typeof id !== "string" || id === "" || (typeof version !== "string" && typeof version !== "number")) throw noMarker(origin);
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > mostInputs) throw noMarker(origin);
  const settings: Record<string, number> = {};
  for (const row of head) {
    const [key, value] = [row[markerSettingsColumn - 1], row[markerSettingsColumn]];
    if (typeof key === "string" && key !== "" && typeof value === "number") settings[key] = value;
  }
  const suffix = markers[0].suffix;
  const base = (name: string) => (suffix > 1 && name.toLowerCase().endsWith(`_${suffix}`) ? name.slice(0, -`_${suffix}`.length) : name);
  const listed =
    count === 0
      ? []
      : (await rangeValues(file, marker.sheet, `B${markerInputCountRow + 1}:B${markerInputCountRow + count}`)).map((row) => row[0]);
  const inputs = new Map<string, { value: CellContent; formula?: string }>();
  const missing: string[] = [];
  for (const name of listed) {
    if (typeof name !== "string" || name === "") continue;
    const at = namedCell(file, name);
    if (!at) {
      missing.push(name);
      continue;
    }
    const cell = (await file.cells(at.sheet)).get(at.address.split(":")[0]);
    inputs.set(base(name), cell ? { value: cell.value, ...(cell.formula !== undefined && { formula: cell.formula }) } : { value: "" });
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
  const tables = new Map<string, { headers: string[]; rows: CellContent[][] }>();
  for (const table of file.tables) {
    const rows = await rangeValues(file, table.sheet, table.range);
    tables.set(base(table.name), { headers: table.columns, rows: rows.slice(1) });
  }
  return {
    origin,
    templateId: id,
    version: String(version),
    ...(language === "de" || language === "en" ? { language: language as Language } : {}),
    settings,
    inputs,
    tables,
  };
}
