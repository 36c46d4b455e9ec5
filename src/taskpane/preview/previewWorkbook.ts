/**
 * The preview mode's workbook: the in-memory workbook behind the same port as Excel, seeded with
 * the example cohort and the kindergarten scores so that the wizard can be tried in a browser.
 * Its sheets, tables and headers are in the preview's language, as a planner's own would be.
 */
import { MemoryWorkbook } from "../../office/memoryWorkbook";
import type { CellContent } from "../../shared/cellContent";
import { codeText } from "../../shared/dataCodes";
import type { Language } from "../../shared/language";
import { serialFromIsoDate } from "../../shared/serialDates";
import { cohortCsv, scoresCsv } from "./exampleData";
import { exampleNames, exampleRanges, type ExampleNames } from "./exampleRanges";

/** The example files' column names as the sheets show them. */
const headers: Record<string, Record<Language, string>> = {
  id: { en: "id", de: "Kennung" },
  group: { en: "group", de: "Gruppe" },
  start: { en: "start", de: "Beginn" },
  care_home_entry: { en: "care_home_entry", de: "Heimaufnahme" },
  follow_up_end: { en: "follow_up_end", de: "Ende der Beobachtung" },
  care_grade: { en: "care_grade", de: "Pflegegrad" },
  moved_within_24_months: { en: "moved_within_24_months", de: "Umzug binnen 24 Monaten" },
  age: { en: "age", de: "Alter" },
  living_alone: { en: "living_alone", de: "allein lebend" },
  child: { en: "child", de: "Kind" },
  wave: { en: "wave", de: "Welle" },
  score: { en: "score", de: "Testwert" },
};

function cell(text: string, column: string, language: Language): CellContent {
  if (text === "") return "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return serialFromIsoDate(text) ?? text;
  if (column !== "age_band" && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (column === "group" || column === "wave") return codeText(text, language);
  return text;
}

function rows(csv: string, language: Language): { header: string[]; body: CellContent[][] } {
  const [header, ...lines] = csv
    .split(/\r?\n/)
    .filter((line) => line !== "")
    .map((line) => line.split(","));
  return { header, body: lines.map((line) => line.map((text, i) => cell(text, header[i], language))) };
}

const shown = (header: string[], language: Language) => header.map((name) => headers[name]?.[language] ?? name);

/** Cohort columns: id, group, start, care-home entry, end of follow-up, care grade, moved within 24 months, age, living alone. */
function cohortSheet(language: Language): { header: string[]; body: CellContent[][] } {
  const keep = ["id", "group", "start", "care_home_entry", "follow_up_end", "care_grade", "moved_within_24_months", "age", "living_alone"];
  const table = rows(cohortCsv, language);
  const columns = keep.map((name) => table.header.indexOf(name));
  return { header: keep, body: table.body.map((row) => columns.map((column) => row[column])) };
}

/**
 * One table per group, as when the counselled households and the comparison households come
 * from different registers: household, care grade, moved within 24 months (1/0).
 */
function groupTable(cohort: { header: string[]; body: CellContent[][] }, group: string, names: ExampleNames): CellContent[][] {
  const column = (name: string) => cohort.header.indexOf(name);
  return [
    [names.householdColumn, names.careGradeColumn, names.movedColumn],
    ...cohort.body
      .filter((household) => household[column("group")] === group)
      .map((household) => [household[column("id")], household[column("care_grade")], household[column("moved_within_24_months")]]),
  ];
}

export async function previewWorkbook(language: Language = "en"): Promise<MemoryWorkbook> {
  const names = exampleNames(language);
  const workbook = new MemoryWorkbook([names.cohortSheet, names.groupsSheet, names.scoresSheet]);
  const cohort = cohortSheet(language);
  await workbook.writeBlock(`${names.cohortSheet}!A1`, [shown(cohort.header, language), ...cohort.body]);
  const counselled = groupTable(cohort, codeText("treated", language), names);
  const comparison = groupTable(cohort, codeText("control", language), names);
  await workbook.writeBlock(`${names.groupsSheet}!A1`, counselled);
  await workbook.writeBlock(`${names.groupsSheet}!E1`, comparison);
  workbook.addTable(names.counselledTable, `${names.groupsSheet}!A1:C${counselled.length}`);
  workbook.addTable(names.comparisonTable, `${names.groupsSheet}!E1:G${comparison.length}`);
  const scores = rows(scoresCsv, language);
  await workbook.writeBlock(`${names.scoresSheet}!A1`, [shown(scores.header, language), ...scores.body]);
  workbook.selection = exampleRanges(names).cohortTreated;
  return workbook;
}
