/* Settings chosen when a template is made: the one check the command line and the pane share. */
import { counsellingCase, iterationsSetting } from "../../src/templates/definitions/counsellingCase";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { layoutTemplate } from "../../src/templates/layout";
import { markerSettingsColumn, markerSheetName } from "../../src/templates/marker";
import { defaultSettings, readSetting, settingProblem, TemplateSettingError, withSettings } from "../../src/templates/settings";

describe("template settings", () => {
  it("make the counselling case with 2,000 iterations unless told otherwise", () => {
    expect(defaultSettings(counsellingCase)).toEqual({ iterations: 2000 });
    expect(counsellingCase.settings!.values).toEqual({ iterations: 2000 });
    expect(withSettings(counsellingCase, {})).toBe(counsellingCase);
    expect(withSettings(counsellingCase, { iterations: 2000 })).toBe(counsellingCase);
  });

  it("build the definition again for another count and record it on the marker sheet", () => {
    const chosen = withSettings(counsellingCase, { iterations: 500 });
    expect(chosen.settings!.values).toEqual({ iterations: 500 });
    const plan = layoutTemplate(chosen, "de");
    const marker = plan.sheets.find((sheet) => sheet.name === markerSheetName)!;
    const at = (column: number) => marker.cells.find((cell) => cell.row === 1 && cell.column === column)?.content;
    expect([at(markerSettingsColumn), at(markerSettingsColumn + 1)]).toEqual(["iterations", 500]);
    // 500 iteration rows: the first is numbered 1 and the last 500, right below the sheet's header "Durchlauf".
    const sheet = plan.sheets.find((candidate) => candidate.name === "Monte Carlo")!;
    const header = sheet.cells.find((cell) => cell.column === 1 && cell.content === "Durchlauf")!.row;
    const numbered = sheet.cells.filter((cell) => cell.column === 1 && cell.row > header && /^\d+$/.test(String(cell.content)));
    expect(numbered.map((cell) => cell.content)).toEqual(Array.from({ length: 500 }, (_, i) => String(i + 1)));
    expect(numbered.map((cell) => cell.row)).toEqual(Array.from({ length: 500 }, (_, i) => header + 1 + i));
  });

  it("refuse a count that is not whole or lies outside 100 to 10,000, naming the setting", () => {
    expect(() => withSettings(counsellingCase, { iterations: 10001 })).toThrow(
      "Monte Carlo iterations: a whole number from 100 to 10,000, not 10,001.",
    );
    expect(() => withSettings(counsellingCase, { iterations: 10001 })).toThrow(TemplateSettingError);
    expect(() => withSettings(counsellingCase, { iterations: 99 })).toThrow(/from 100 to 10,000, not 99\./);
    expect(() => withSettings(counsellingCase, { iterations: 2000.5 })).toThrow(/not 2,000\.5\./);
    expect(() => withSettings(counsellingCase, { iterations: Number.NaN })).toThrow(/not NaN\./);
    expect(settingProblem(iterationsSetting, 12000, "de")).toBe(
      "Monte-Carlo-Durchläufe: eine ganze Zahl von 100 bis 10.000, nicht 12.000.",
    );
    expect(settingProblem(iterationsSetting, 100, "en")).toBeNull();
    expect(settingProblem(iterationsSetting, 10000, "en")).toBeNull();
  });

  it("read a count as typed, with or without thousands separators", () => {
    const read = (typed: string, language: "de" | "en" = "en") => readSetting(iterationsSetting, typed, language);
    expect(read("10000")).toEqual({ value: 10000 });
    expect(read(" 10.000 ", "de")).toEqual({ value: 10000 });
    expect(read("10,000")).toEqual({ value: 10000 });
    expect(read("5 000")).toEqual({ value: 5000 });
    expect(read("2e3")).toEqual({ problem: "Monte Carlo iterations: a whole number from 100 to 10,000, not '2e3'." });
    expect(read("2.000,5", "de")).toEqual({ problem: "Monte-Carlo-Durchläufe: eine ganze Zahl von 100 bis 10.000, nicht „2.000,5“." });
    expect(read("1,0000")).toEqual({ problem: expect.stringMatching(/not '1,0000'\.$/) });
    expect(read("")).toEqual({ problem: expect.stringMatching(/not ''\.$/) });
    expect(read("20000")).toEqual({ problem: "Monte Carlo iterations: a whole number from 100 to 10,000, not 20,000." });
  });

  it("refuse a setting the template does not have", () => {
    expect(() => withSettings(volunteerHoursTemplate, { iterations: 500 })).toThrow(
      "template volunteer-hours has no setting 'iterations' (it has none)",
    );
    expect(() => withSettings(counsellingCase, { runs: 500 })).toThrow(
      "template counselling-case has no setting 'runs' (it has: iterations)",
    );
  });
});
