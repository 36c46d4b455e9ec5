/** The Population sheet: the paste area for the official projection by age band and the two bands read from it for each projection year. */
import type { RowDefinition, Text } from "../../model";
import { between, blank, heading, input, inputHeader, paragraph, result, t, title, years } from "../rows";
import { projectionYears, firstProjectionYear } from "./assumptions";

const layoutSource = t("Aufbau der eingefügten Tabelle", "Layout of the pasted table");

/** The paste area: rows × columns of input cells from column A of row `pasteTop` of the Population sheet, the example table in its top-left corner. */
export const pasteTop = 14;
const pasteRows = 26;
export const pasteColumns = 26;
const examplePopulation: { label: Text; values: number[] }[] = [
  { label: t("65 bis unter 80", "65 to under 80"), values: [48000, 48900, 49800, 50700, 51600, 52500, 53300, 54100, 54800, 55400] },
  { label: t("80 und älter", "80 and over"), values: [22500, 22700, 22800, 22900, 23100, 23400, 23800, 24300, 24900, 25600] },
];
export const examplePasteTable: (Text | number)[][] = [
  [t("Jahr", "Year"), ...examplePopulation[0].values.map((_, i) => firstProjectionYear + i)],
  ...examplePopulation.map((band) => [band.label, ...band.values]),
];
export const pasteAreaKey = (row: number) => `paste_${row}`;

const pasteArea: RowDefinition[] = Array.from({ length: pasteRows }, (_, r) => ({
  kind: "lookupRow",
  key: pasteAreaKey(r + 1),
  cells: Array.from({ length: pasteColumns }, (_, c) => examplePasteTable[r]?.[c] ?? null),
  inputColumns: Array.from({ length: pasteColumns }, (_, c) => c),
  formats: new Array(pasteColumns).fill("integer"),
}));

const area = `{@${pasteAreaKey(1)}:col1}:{@${pasteAreaKey(pasteRows)}:col${pasteColumns}}`;
/** The band at `position` for the calendar year in this column's header, in either orientation. */
const pastedBand = (position: string) =>
  `=IF({proj_orientation}=1,INDEX(${area},{${position}},MATCH({@year_header},INDEX(${area},1,0),0)),INDEX(${area},MATCH({@year_header},INDEX(${area},0,1),0),{${position}}))`;
export const calendarYear = "={proj_first_year}+{year}-1";

export const population: RowDefinition[] = [
  title("Bevölkerung nach Altersgruppen (amtliche Vorausberechnung)", "Population by age band (official projection)"),
  paragraph(
    `Die Vorausberechnung des Statistischen Landesamts ab der gelben Zelle A${pasteTop} einfügen: Jahre in der ersten Zeile und eine Zeile je Altersgruppe, oder Jahre in der ersten Spalte und eine Spalte je Altersgruppe. Dann Ausrichtung und Lage der beiden Altersgruppen angeben.`,
    `Paste the state statistical office's projection from the yellow cell A${pasteTop}: years in the first row and one row per age band, or years in the first column and one column per age band. Then say the orientation and where the two age bands are.`,
  ),
  paragraph(
    "Die eingetragenen Zahlen sind ein Beispiel für einen Kreis (Güte D) und stehen für die Bevölkerungsvorausberechnung des Landesamts nach Altersgruppen (Statistik 12421; in NRW: IT.NRW).",
    "The figures shown are an example for one county (grade D) and stand for the state statistical office's population projection by age band (statistic 12421; in NRW: IT.NRW).",
  ),
  inputHeader,
  input({
    name: "proj_orientation",
    label: t("Ausrichtung: 1 = Jahre in Spalten, 2 = Jahre in Zeilen", "Orientation: 1 = years in columns, 2 = years in rows"),
    value: 1,
    unit: t("1 oder 2", "1 or 2"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: {
      kind: "list",
      options: ["1", "2"],
      message: t("Bitte 1 (Jahre in Spalten) oder 2 (Jahre in Zeilen) wählen.", "Please choose 1 (years in columns) or 2 (years in rows)."),
    },
  }),
  input({
    name: "proj_band_65_79_at",
    label: t(
      "Lage der Gruppe 65 bis unter 80: Zeile (bzw. Spalte) im Einfügebereich",
      "Position of the band 65 to under 80: row (or column) in the paste area",
    ),
    value: 2,
    unit: t("Nummer", "number"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: between(2, pasteRows, "whole"),
  }),
  input({
    name: "proj_band_80_at",
    label: t(
      "Lage der Gruppe 80 und älter: Zeile (bzw. Spalte) im Einfügebereich",
      "Position of the band 80 and over: row (or column) in the paste area",
    ),
    value: 3,
    unit: t("Nummer", "number"),
    grade: "A",
    source: layoutSource,
    format: "integer",
    validation: between(2, pasteRows, "whole"),
  }),
  blank,
  { kind: "yearHeader", label: t("Jahr", "Year"), formula: calendarYear },
  years(
    "population_65_79",
    t("65 bis unter 80 Jahre", "Aged 65 to under 80"),
    pastedBand("proj_band_65_79_at"),
    "number",
    "proj_population_65_79",
  ),
  years("population_80", t("80 Jahre und älter", "Aged 80 and over"), pastedBand("proj_band_80_at"), "number", "proj_population_80"),
  result({
    name: "proj_years_found",
    label: t(
      `Projektionsjahre im Einfügebereich gefunden (von ${projectionYears})`,
      `Projection years found in the paste area (of ${projectionYears})`,
    ),
    formula: "=MIN(COUNT({@population_65_79:years}),COUNT({@population_80:years}))",
    format: "integer",
  }),
  heading(`Einfügebereich (ab A${pasteTop})`, `Paste area (from A${pasteTop})`),
  ...pasteArea,
];
