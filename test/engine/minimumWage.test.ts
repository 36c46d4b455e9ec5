import { MINIMUM_WAGES, excelSerialFromIsoDate, minimumWageInYear, minimumWageOn } from "../../src/engine/minimumWage";
import { isoDateFromSerial } from "../../src/shared/serialDates";

/** Excel date serials, worked out from 1 = 1900-01-01 and 45658 = 2025-01-01 as Excel shows them. */
const serials = {
  "2014-12-31": 42004,
  "2015-01-01": 42005,
  "2021-06-30": 44377,
  "2021-07-01": 44378,
  "2022-06-30": 44742,
  "2022-07-01": 44743,
  "2022-09-30": 44834,
  "2022-10-01": 44835,
  "2025-01-01": 45658,
};

describe("minimum wage table (parameters.md)", () => {
  test.each([
    ["2015-01-01", 8.5],
    ["2016-12-31", 8.5],
    ["2017-01-01", 8.84],
    ["2019-01-01", 9.19],
    ["2020-01-01", 9.35],
    ["2021-01-01", 9.5],
    ["2021-06-30", 9.5],
    ["2021-07-01", 9.6],
    ["2022-01-01", 9.82],
    ["2022-06-30", 9.82],
    ["2022-07-01", 10.45],
    ["2022-09-30", 10.45],
    ["2022-10-01", 12],
    ["2023-12-31", 12],
    ["2024-01-01", 12.41],
    ["2025-01-01", 12.82],
    ["2026-01-01", 13.9],
    ["2027-01-01", 14.6],
    ["2031-05-01", 14.6],
  ])("%s → %p EUR/hour", (date, euroPerHour) => {
    expect(minimumWageOn(date).euroPerHour).toBe(euroPerHour);
  });

  test("every rate has a legal source and rates only rise", () => {
    MINIMUM_WAGES.forEach((wage, index) => {
      expect(wage.source.length).toBeGreaterThan(10);
      if (index > 0) expect(wage.euroPerHour).toBeGreaterThan(MINIMUM_WAGES[index - 1].euroPerHour);
    });
  });

  test("Excel serials around the mid-year changes", () => {
    expect(minimumWageOn(serials["2021-06-30"]).euroPerHour).toBe(9.5);
    expect(minimumWageOn(serials["2021-07-01"]).euroPerHour).toBe(9.6);
    expect(minimumWageOn(serials["2022-06-30"]).euroPerHour).toBe(9.82);
    expect(minimumWageOn(serials["2022-07-01"]).euroPerHour).toBe(10.45);
    expect(minimumWageOn(serials["2022-09-30"]).euroPerHour).toBe(10.45);
    expect(minimumWageOn(serials["2022-10-01"] + 0.75).euroPerHour).toBe(12);
  });

  test("serials and ISO dates convert both ways", () => {
    for (const [iso, serial] of Object.entries(serials)) {
      expect(excelSerialFromIsoDate(iso)).toBe(serial);
      expect(isoDateFromSerial(serial)).toBe(iso);
    }
  });

  test("before 2015-01-01 there was no statutory minimum wage: not enough data, with a message", () => {
    expect(() => minimumWageOn(serials["2014-12-31"])).toThrow(expect.objectContaining({ problem: "not-enough-data" }));
    expect(() => minimumWageOn("2014-12-31")).toThrow(/2014-12-31 is before 2015-01-01/);
    expect(() => minimumWageOn(2022)).toThrow(/DATE\(2022,1,1\)/);
    expect(() => minimumWageInYear(2013)).toThrow(expect.objectContaining({ problem: "not-enough-data" }));
  });

  test("a year's rate is the one in force on 1 January", () => {
    expect(minimumWageInYear(2021).euroPerHour).toBe(9.5);
    expect(minimumWageInYear(2022).euroPerHour).toBe(9.82);
    expect(minimumWageInYear(2023).euroPerHour).toBe(12);
  });

  test.each(["2022-02-30", "1.7.2022", "next year", ""])("'%s' is not a date", (text) => {
    expect(() => minimumWageOn(text)).toThrow(expect.objectContaining({ problem: "invalid-value" }));
  });

  test.each([-3, 0, 3e6, NaN])("serial %p is not an Excel date", (serial) => {
    expect(() => minimumWageOn(serial)).toThrow(expect.objectContaining({ problem: "invalid-value" }));
  });

  test.each([2022.5, 99999])("year %p is invalid", (year) => {
    expect(() => minimumWageInYear(year)).toThrow(/^year/);
  });
});
