/**
 * The review sheet of the volunteer-hour template, recalculated by LibreOffice: its checks' status
 * and where their links go, as LibreOffice computes them. Expected values by hand from the
 * statutory minimum wage: 12.82 EUR/hour from 2025-01-01 (Vierte Mindestlohnanpassungsverordnung
 * of 2023-11-24), 13.90 EUR/hour from 2026-01-01 (Fünfte Mindestlohnanpassungsverordnung); the
 * rate column is the table's fifth (E), its first activity in row 2 under the header.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readTemplateData } from "../../src/templates/data";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import type { DataValue, Language } from "../../src/templates/model";
import { suffixNaming, unchangedNaming } from "../../src/templates/naming";
import type { WorkbookPlan } from "../../src/templates/plan";
import { requireSoffice } from "./libreoffice";
import { errorCells, recalculatePlans, setNamedCell } from "./recalculatedCells";

const rates = {
  en: "Every rate at least the statutory minimum wage of the valuation year (blank = minimum wage)",
  de: "Jeder Satz mindestens beim gesetzlichen Mindestlohn des Bewertungsjahres (leer = Mindestlohn)",
};
const coordination = "Coordination cost counted (the value is also shown net of it)";
const formulaCells =
  "Deeper check by the task pane: every formula compared with the template (findings in D, date in E; For treasurers → Check formula cells)";
const nativeFormulaCells =
  "Model formulas intact: cells where the template put a formula that now hold something else (ISFORMULA, works without the add-in; count in column D)";

/** Activity, volunteers, hours per week, weeks per year, rate (null: the minimum wage). */
const activities = (...rateOfEach: (number | null)[]): DataValue[][] =>
  rateOfEach.map((rate, i) => [`Activity ${String.fromCharCode(65 + i)}`, 5, 2, 40, rate]);

function plan(language: Language, rows?: DataValue[][], suffix = 1): WorkbookPlan {
  const naming = suffix === 1 ? unchangedNaming : suffixNaming(suffix);
  return layoutTemplate(volunteerHoursTemplate, language, rows && { table: "activities_table", rows }, naming);
}

const logFile = join(__dirname, "..", "..", "examples", "volunteer-log.csv");

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  requireSoffice();
  // The example's first activity has the source document's 8 EUR, below 13.90 in 2026.
  const example = plan("en");
  // 13.90 is the minimum wage itself (not below it); a blank rate uses the minimum wage.
  const atMinimum = plan("en", activities(13.9, null));
  // 15 passes, 9.50 is the first below 13.90 (row 3), 8 the second; inserted a second time in German.
  const secondLow = plan("de", activities(15, 9.5, 8), 2);
  // 13 EUR: above 12.82 in 2025, below 13.90 in 2026.
  const year2025 = plan("en", activities(13));
  setNamedCell(year2025, "valuation_year", 2025);
  const year2026 = plan("en", activities(13));
  // The example log has no rate column: every activity uses the minimum wage.
  const log = layoutTemplate(
    volunteerHoursTemplate,
    "en",
    readTemplateData(volunteerHoursTemplate, readFileSync(logFile, "utf8"), logFile),
  );
  // No coordination cost, and the valuation year's source (column G, five right of its value) emptied.
  const uncounted = plan("en", activities(14));
  setNamedCell(uncounted, "coordination_cost", 0);
  setNamedCell(uncounted, "valuation_year", "", 5);
  recalculated = await recalculatePlans(
    [
      { label: "example", stem: "volunteer-example", plan: example },
      { label: "at minimum", stem: "volunteer-at-minimum", plan: atMinimum },
      { label: "second low", stem: "volunteer-second-low", plan: secondLow },
      { label: "2025", stem: "volunteer-2025", plan: year2025 },
      { label: "2026", stem: "volunteer-2026", plan: year2026 },
      { label: "log", stem: "volunteer-log", plan: log },
      { label: "uncounted", stem: "volunteer-uncounted", plan: uncounted },
    ],
    { links: true },
  );
}, 180000);

/** The review sheet's row labelled `label`: its status (column B) and its link's text (column C). */
function row(label: string, check: string, sheet = "Review"): { status: string; shown: string } {
  const found = recalculated
    .get(label)!
    .sheets.get(sheet)!
    .find((candidate) => candidate[0] === check);
  if (!found) throw new Error(`${label}: no row '${check}' on ${sheet}`);
  return { status: found[1], shown: found[2] };
}

/** Where the link showing `shown` goes, as LibreOffice computed it. */
function target(label: string, shown: string): string | undefined {
  const targets = recalculated
    .get(label)!
    .links.filter((link) => link.text === shown)
    .map((link) => link.target);
  return targets.length === 1 ? targets[0] : targets.join(" ");
}

describe("volunteer-hour review sheet recalculated in LibreOffice", () => {
  it("computes without an error value in any case", () => {
    for (const [label, { sheets }] of recalculated) expect([label, errorCells(sheets)]).toEqual([label, []]);
  });

  it("warns on the example's 8 EUR rate and links to that rate", () => {
    expect(row("example", rates.en)).toEqual({ status: "warn", shown: "→ rate of Besuchsdienst / visiting service" });
    expect(target("example", "→ rate of Besuchsdienst / visiting service")).toBe("#Activities!$E$2");
  });

  it("passes when every rate is at least the minimum wage, and then links to the minimum wage", () => {
    expect(row("at minimum", rates.en)).toEqual({ status: "pass", shown: "→ minimum wage" });
    expect(target("at minimum", "→ minimum wage")).toBe("#minimum_wage");
    expect(row("log", rates.en).status).toBe("pass");
  });

  it("links to the first rate below the minimum wage, on the sheet as renamed for a second insertion", () => {
    expect(row("second low", rates.de, "Prüfung (2)")).toEqual({ status: "prüfen", shown: "→ Satz von Activity B" });
    expect(target("second low", "→ Satz von Activity B")).toBe("#'Tätigkeiten (2)'!$E$3");
  });

  it("compares with the minimum wage of the valuation year", () => {
    expect(row("2025", rates.en).status).toBe("pass");
    expect(row("2026", rates.en).status).toBe("warn");
  });

  it("warns when no coordination cost is counted or an input lacks its source", () => {
    expect(row("example", coordination)).toEqual({ status: "pass", shown: "→ go to the cell" });
    expect(row("uncounted", coordination).status).toBe("warn");
    expect(row("example", "Valuation year").status).toBe("pass");
    expect(row("uncounted", "Valuation year").status).toBe("warn");
    expect(row("uncounted", "Coordination cost per year").status).toBe("pass");
    expect(target("uncounted", "→ go to the cell")?.split(" ")).toContain("#valuation_year");
  });

  it("has the pane's check of the formula cells, not yet run, beside its own count that passes", () => {
    expect(row("example", formulaCells)).toEqual({ status: "not checked yet", shown: "→ go to the cell" });
    expect(row("example", nativeFormulaCells)).toEqual({ status: "pass", shown: "" });
  });
});
