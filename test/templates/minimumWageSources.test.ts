/**
 * The legal sources of the minimum wage appear unchanged in the German and the English template,
 * so they are cited in a form that reads in both: German titles, ISO dates, no English words.
 */
import { MINIMUM_WAGES } from "../../src/engine/minimumWage";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";

const englishWords = /\b(of|from|decision|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

describe("minimum-wage sources", () => {
  it.each(MINIMUM_WAGES.map((wage) => [wage.from, wage.source]))("%s: %s", (_from, source) => {
    expect(source).not.toMatch(englishWords);
    expect(source).toMatch(/\b(19|20)\d\d-\d\d(-\d\d)?\b/);
  });

  it("stand in the wage table of the German template as in the engine, one per rate", () => {
    const plan = layoutTemplate(volunteerHoursTemplate, "de");
    const sheet = plan.sheets.find((candidate) => candidate.name === "Ehrenamt")!;
    const header = sheet.cells.find((cell) => cell.content === "Rechtsgrundlage")!;
    const sources = sheet.cells.filter((cell) => cell.column === 1 && cell.row > header.row).map((cell) => cell.content);
    expect(sources).toEqual(MINIMUM_WAGES.map((wage) => wage.source));
  });
});
