/**
 * The templates inserted into the workbook, as their hidden marker sheets record them (marker.ts):
 * id, version and language in B1:B3, the number of input names in B4 and the names below it, the
 * settings in columns D and E. Every marker is read in one batch, and the input names in another.
 */
import type { NamedInput, WorkbookPort } from "../office/workbookPort";
import { columnLetters, parseRange, quotedSheet } from "../shared/addresses";
import type { Language } from "../shared/language";
import { markerInputCountRow, markerName, markerSettingsColumn } from "../templates/marker";
import type { SettingValues } from "../templates/model";

/** A template inserted into the workbook, as its marker sheet records it. */
export interface InsertedCopy {
  templateId: string;
  version: string;
  /** The language it was inserted in, when the marker names one the templates have. */
  language?: Language;
  /** The suffix of its sheet and workbook names (1: none). */
  suffix: number;
  /** The settings it was made with (e.g. { iterations: 10000 }); a marker from before settings has none. */
  settings: SettingValues;
  /** The marker sheet, quoted for an address. */
  markerSheet: string;
  /** How many input names the marker lists below its row 4. */
  inputCount: number;
}

const markerPattern = new RegExp(`^${markerName}(?:_(\\d+))?$`, "i");

/** Rows of the marker read at first: the header rows and the settings (templates have far fewer than this). */
const markerHeadRows = 8;

/** Inputs a marker may list; a larger count is not the add-in's. */
const mostInputs = 1000;

/** The inserted templates, in the order of their suffixes. */
export async function insertedCopies(port: WorkbookPort, named: NamedInput[]): Promise<InsertedCopy[]> {
  const markers = named.flatMap((input) => {
    const match = markerPattern.exec(input.name);
    return match ? [{ sheet: quotedSheet(parseRange(input.address).sheet ?? ""), suffix: match[1] ? Number(match[1]) : 1 }] : [];
  });
  const last = columnLetters(markerSettingsColumn + 1);
  const heads = await port.readRanges(markers.map(({ sheet }) => `${sheet}!B1:${last}${markerHeadRows}`));
  const settingsAt = markerSettingsColumn - 2;
  return markers
    .flatMap(({ sheet, suffix }, i): InsertedCopy[] => {
      const cells = heads[i].values;
      const [id, version, language, count] = cells.slice(0, markerInputCountRow).map((row) => row[0]);
      if (typeof id !== "string") return [];
      const settings = cells.flatMap((row) => {
        const [key, value] = [row[settingsAt], row[settingsAt + 1]];
        return typeof key === "string" && key !== "" && typeof value === "number" ? [[key, value] as const] : [];
      });
      const inputCount = typeof count === "number" && Number.isInteger(count) && count >= 1 && count <= mostInputs ? count : 0;
      return [
        {
          templateId: id,
          version: String(version ?? ""),
          ...(language === "de" || language === "en" ? { language } : {}),
          suffix,
          settings: Object.fromEntries(settings),
          markerSheet: sheet,
          inputCount,
        },
      ];
    })
    .sort((a, b) => a.suffix - b.suffix);
}

/**
 * The input names the add-in created, as each inserted template recorded them on its marker
 * sheet. A name of the user's that happens to be spelled like a template input is not among them.
 */
export async function recordedInputNames(port: WorkbookPort, named: NamedInput[]): Promise<Set<string>> {
  const copies = (await insertedCopies(port, named)).filter((copy) => copy.inputCount > 0);
  const lists = await port.readRanges(
    copies.map((copy) => `${copy.markerSheet}!B${markerInputCountRow + 1}:B${markerInputCountRow + copy.inputCount}`),
  );
  const recorded = new Set<string>();
  for (const list of lists) for (const row of list.values) if (typeof row[0] === "string") recorded.add(row[0].toLowerCase());
  return recorded;
}
