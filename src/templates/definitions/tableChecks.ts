/**
 * The visible check of a data table: how many rows its formulas would leave out (pasted below or
 * beside the table instead of into it, added without the computed columns' formulas, or missing
 * from a table sized after another), and one sentence that says what to do.
 */
import { quotedText } from "../../shared/formulaText";
import type { RowDefinition, TableCheckRow, Text } from "../model";
import { t } from "./rows";

type Count = TableCheckRow["count"];

const countLabels: Record<Count, (sheet: Text) => Text> = {
  outside: (sheet) =>
    t(`Nicht gezählt: Zeilen unter/neben der Tabelle (${sheet.de})`, `Not counted: rows below/beside the table (${sheet.en})`),
  unfilled: (sheet) => t(`Tabellenzeilen mit leeren Formelzellen (${sheet.de})`, `Table rows with empty formula cells (${sheet.en})`),
  missing: (sheet) => t(`Fehlende Tabellenzeilen (${sheet.de})`, `Table rows missing (${sheet.en})`),
};

/** The warning text of one count, for a count in the cell {name} greater than zero. */
const warnings: Record<Count, (sheet: Text) => Text> = {
  outside: (sheet) =>
    t(
      ` Zeile(n) unter oder neben der Tabelle auf dem Blatt ${sheet.de} werden nicht gezählt: Tabelle erweitern (Tabellenentwurf › Tabellengröße ändern).`,
      ` row(s) below or beside the table on the ${sheet.en} sheet are not counted: extend the table (Table Design › Resize Table).`,
    ),
  unfilled: (sheet) =>
    t(
      ` Zeile(n) der Tabelle auf dem Blatt ${sheet.de} haben leere Formelzellen: die Formeln der berechneten Spalten nach unten ausfüllen.`,
      ` row(s) of the table on the ${sheet.en} sheet have empty formula cells: fill the formulas of the computed columns down.`,
    ),
  missing: (sheet) =>
    t(
      ` Zeile(n) fehlen der Tabelle auf dem Blatt ${sheet.de}: Tabelle erweitern, die Formeln füllen sich selbst.`,
      ` row(s) are missing from the table on the ${sheet.en} sheet: extend the table, the formulas fill in by themselves.`,
    ),
};

/**
 * Count rows named `{prefix}_rows_{count}` and a warning sentence `{prefix}_table_check`.
 * `sheet` is the name of the table's sheet, as the reader sees it.
 */
export function tableChecks(table: string, prefix: string, sheet: Text, counts: Count[]): RowDefinition[] {
  const name = (count: Count) => `${prefix}_rows_${count}`;
  const rows: RowDefinition[] = counts.map((count): TableCheckRow => ({
    kind: "tableCheck",
    table,
    count,
    name: name(count),
    label: countLabels[count](sheet),
  }));
  const sentence = (language: "de" | "en", allCounted: string) => {
    const total = counts.map((count) => `{${name(count)}}`).join("+");
    const parts = counts.map((count) => `IF({${name(count)}}>0,{${name(count)}}&${quotedText(`${warnings[count](sheet)[language]} `)},"")`);
    return `=IF(${total}=0,${quotedText(allCounted)},TRIM(${parts.join("&")}))`;
  };
  rows.push({
    kind: "sentence",
    name: `${prefix}_table_check`,
    style: "warning",
    formula: {
      de: sentence("de", `Tabelle auf dem Blatt ${sheet.de}: alle Zeilen werden gezählt.`),
      en: sentence("en", `Table on the ${sheet.en} sheet: every row is counted.`),
    },
  });
  return rows;
}
