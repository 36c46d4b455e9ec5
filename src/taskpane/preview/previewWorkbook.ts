/**
 * The preview mode's workbook: the in-memory workbook behind the same port as Excel, seeded with
 * the example cohort and the kindergarten scores so that the wizard can be tried in a browser.
 */
import { MemoryWorkbook } from "../../office/memoryWorkbook";
import type { CellContent } from "../../shared/cellContent";
import { serialFromIsoDate } from "../../shared/serialDates";
import { cohortCsv, scoresCsv } from "./exampleData";
import { exampleRanges } from "./exampleRanges";

function cell(text: string, column: string): CellContent {
  if (text === "") return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return serialFromIsoDate(text) ?? text;
  if (column !== "age_band" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function rows(csv: string): CellContent[][] {
  const [header, ...lines] = csv
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
  return [header, ...lines.map((line) => line.map((text, i) => cell(text, header[i])))];
}

/** Cohort columns: id, group, start, care-home entry, end of follow-up, care grade, moved within 24 months, age, living alone. */
function cohortSheet(): CellContent[][] {
  const keep = ["id", "group", "start", "care_home_entry", "follow_up_end", "care_grade", "moved_within_24_months", "age", "living_alone"];
  const table = rows(cohortCsv);
  const columns = keep.map((name) => table[0].indexOf(name));
  return table.map((row) => columns.map((column) => row[column]));
}

/**
 * One table per group, as when the counselled households and the comparison households come
 * from different registers: household, care grade, moved within 24 months (1/0).
 */
function groupTable(cohort: CellContent[][], group: "treated" | "control"): CellContent[][] {
  const [header, ...households] = cohort;
  const column = (name: string) => header.indexOf(name);
  return [
    ["Household", "Care grade", "Moved within 24 months"],
    ...households
      .filter((household) => household[column("group")] === group)
      .map((household) => [household[column("id")], household[column("care_grade")], household[column("moved_within_24_months")]]),
  ];
}

export async function previewWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(["Cohort", "Groups", "Scores"]);
  const cohort = cohortSheet();
  await workbook.writeBlock("Cohort!A1", cohort);
  const counselled = groupTable(cohort, "treated");
  const comparison = groupTable(cohort, "control");
  await workbook.writeBlock("Groups!A1", counselled);
  await workbook.writeBlock("Groups!E1", comparison);
  workbook.addTable("Counselled", `Groups!A1:C${counselled.length}`);
  workbook.addTable("Comparison", `Groups!E1:G${comparison.length}`);
  await workbook.writeBlock("Scores!A1", rows(scoresCsv));
  workbook.selection = exampleRanges.cohortTreated;
  return workbook;
}
