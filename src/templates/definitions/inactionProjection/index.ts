/**
 * Cost of doing nothing (DESIGN §4): the county's care-home spending on Hilfe zur Pflege projected
 * to 2035 from the population by age band, for the status quo, "ambulant vor stationär" and a
 * scenario of the user's own; the difference to the status quo is what doing nothing costs.
 * The arithmetic is that of src/engine/careHomeProjection.ts.
 *
 * The population table is pasted as the state statistical office publishes it, into a yellow
 * area: years in the first row and one row per age band, or years in the first column and one
 * column per age band. An orientation switch and the position of each band tell the INDEX/MATCH
 * formulas where to read; each projection year is looked up by its calendar year.
 *
 * With the counselling business case in the same workbook, its net effect
 * (`counselling_home_entry_reduction`) and its cost per post (`cost_per_post`) are used instead of
 * the typed values: those names are written without placeholder braces so that they keep
 * pointing at the business case when this template's own names get a suffix.
 */
import type { TemplateDefinition } from "../../model";
import { t, methodColumnWidths } from "../rows";
import { projectionYears, assumptions } from "./assumptions";
import { pasteColumns, population } from "./population";
import { projection } from "./projection";
import { summary } from "./summary";
import { method } from "./method";

const projectionSheetRows = projection.length;

export const inactionProjection: TemplateDefinition = {
  id: "inaction-projection",
  version: "1.2.0",
  title: t("Kosten des Nichtstuns: Heimkosten bis 2035", "Cost of doing nothing: care-home spending to 2035"),
  purpose: t(
    "Was Nichtstun kostet: Pflegeausgaben bis 2035 mit und ohne „ambulant vor stationär“.",
    "What doing nothing costs: care spending to 2035 with and without “ambulant vor stationär”.",
  ),
  sheets: [
    { key: "summary", name: t("Kosten des Nichtstuns", "Cost of inaction"), columnWidths: [64, 24, 24, 24], rows: summary, protect: true },
    {
      key: "assumptions",
      name: t("Annahmen Projektion", "Projection inputs"),
      columnWidths: [66, 14, 12, 12, 12, 8, 70],
      rows: assumptions,
      protect: true,
    },
    {
      key: "population",
      name: t("Bevölkerung", "Population"),
      columnWidths: [58, ...new Array(pasteColumns - 1).fill(10)],
      yearColumns: projectionYears,
      rows: population,
      protect: true,
    },
    {
      key: "projection",
      name: t("Projektion", "Projection"),
      columnWidths: [52, ...new Array(projectionYears).fill(16)],
      yearColumns: projectionYears,
      rows: projection,
      protect: true,
      charts: [
        {
          kind: "line",
          title: t("Ausgaben des Kreises für Hilfe zur Pflege im Heim", "County spending on Hilfe zur Pflege in care homes"),
          xAxisTitle: t("Jahr", "Year"),
          yAxisTitle: t("EUR je Jahr", "EUR per year"),
          seriesRows: ["sq_spending", "avs_spending", "user_spending"],
          from: { column: 0, row: projectionSheetRows + 2 },
          to: { column: 11, row: projectionSheetRows + 24 },
        },
      ],
    },
    { key: "method", name: t("Methode Projektion", "Projection method"), columnWidths: methodColumnWidths, rows: method, protect: true },
  ],
};

export { firstProjectionYear, projectionYears } from "./assumptions";
export { examplePasteTable, pasteAreaKey, pasteTop } from "./population";
