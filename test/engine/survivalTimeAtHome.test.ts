import { DAYS_PER_MONTH, timeAtHome } from "../../src/engine/timeAtHome";
import { serialDateText } from "../../src/shared/serialDates";
import { problemOf } from "../support/inputProblem";

// Excel serials: 44570 = 2022-01-09, 44927 = 2023-01-01, 45292 = 2024-01-01 (365 days later).
describe("time at home from start, care-home entry and end of follow-up", () => {
  test("a month is 365.25 / 12 = 30.4375 days", () => {
    expect(DAYS_PER_MONTH).toBe(30.4375);
  });

  test("an entry is an event after (entry − start) / 30.4375 months", () => {
    expect(timeAtHome({ start: 44927, entry: 45292, end: 46022 }, "row 1")).toEqual({ months: 365 / 30.4375, entered: true });
  });

  test("no entry: censored at the end of follow-up", () => {
    expect(timeAtHome({ start: 44927, entry: null, end: 44927 + 365.25 }, "row 1")).toEqual({ months: 12, entered: false });
  });

  test("an entry on the start day is an entry after 0 months; on the last day of follow-up it counts", () => {
    expect(timeAtHome({ start: 44927, entry: 44927, end: 45000 }, "row 1")).toEqual({ months: 0, entered: true });
    expect(timeAtHome({ start: 44927, entry: 45000, end: 45000 }, "row 1").entered).toBe(true);
  });

  test("dates in the wrong order are named with the row and shown as dates", () => {
    expect(problemOf(() => timeAtHome({ start: 44927, entry: 44570, end: 46022 }, "row 14"))).toEqual({
      problem: "invalid-value",
      message: "entry_dates: row 14 (2022-01-09) is before the start (2023-01-01)",
    });
    expect(problemOf(() => timeAtHome({ start: 44927, entry: null, end: 44570 }, "row 3")).message).toBe(
      "end_dates: row 3 (2022-01-09) is before the start (2023-01-01)",
    );
    expect(problemOf(() => timeAtHome({ start: 44570, entry: 45292, end: 44927 }, "row 2")).message).toBe(
      "entry_dates: row 2 (2024-01-01) is after the end of follow-up (2023-01-01)",
    );
  });

  test("a serial outside Excel's dates is refused", () => {
    expect(problemOf(() => timeAtHome({ start: -1, entry: null, end: 44927 }, "row 5")).message).toBe(
      "start_dates: row 5 is -1, expected a date (an Excel date serial from 0 to 2958465)",
    );
    expect(problemOf(() => timeAtHome({ start: 44927, entry: 1e308, end: 44927 }, "row 1")).message).toMatch(
      /^entry_dates: row 1 is 1e\+308/,
    );
    expect(problemOf(() => timeAtHome({ start: 44927, entry: null, end: NaN }, "row 1")).message).toMatch(
      /^end_dates: row 1 is not a number/,
    );
  });

  test("date text for messages", () => {
    expect(serialDateText(44570)).toBe("2022-01-09");
    expect(serialDateText(61)).toBe("1900-03-01");
    expect(serialDateText(45292.75)).toBe("2024-01-01");
    expect(serialDateText(12)).toBe("serial 12");
  });
});
