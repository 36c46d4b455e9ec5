import { groupedFollowUps } from "../../src/functions/followUpCells";

describe("the group column of a German cohort sheet", () => {
  it("PREVENT.LOGRANK's groups take gefördert/Vergleich as they take treated/control", () => {
    // One person per group: 2022-01-09 (44570) to 2025-12-31 (46022), no entry.
    const dates = { start: [[44570], [44570]], entry: [[""], [""]], end: [[46022], [46022]] };
    const german = groupedFollowUps([["gefördert"], ["Vergleich"]], dates.start, dates.entry, dates.end);
    const english = groupedFollowUps([["treated"], ["control"]], dates.start, dates.entry, dates.end);
    expect(german).toEqual(english);
    expect([german.treated.length, german.control.length]).toEqual([1, 1]);
    expect(() => groupedFollowUps([["ja"], ["control"]], dates.start, dates.entry, dates.end)).toThrow(/row \d+ of groups is 'ja'/);
  });
});
