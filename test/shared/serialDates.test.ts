import { isoDateFromSerial, serialDateText, serialFromCalendarDate, serialFromIsoDate } from "../../src/shared/serialDates";

// Excel's 1900 date system, as Microsoft documents it: DATE(1900,1,1) is 1, DATE(1900,2,28) is 59,
// serial 60 shows as 29 February 1900 (a day that never was), DATE(1900,3,1) is 61, and
// 9999-12-31 is 2,958,465. 2022-01-09 is 44,570: 122 years of 365 days from 1900-01-01 plus 30
// leap days (1904 … 2020, without 1900) plus 8 days, plus the 1 of 1900-01-01 and the phantom day:
// 122·365 + 30 + 8 + 1 + 1 = 44,570.
describe("Excel date serials on both sides of the 1900 leap-year bug", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 1, 2, 2],
    [1900, 2, 27, 58],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [1900, 3, 2, 62],
    [1900, 12, 31, 366],
    [2022, 1, 9, 44570],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (year, month, day, serial) => {
    expect(serialFromCalendarDate(year, month, day)).toBe(serial);
    expect(isoDateFromSerial(serial)).toBe(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  });

  it("has no serial for 29 February 1900 (no such day), for days before 1900 or after 9999", () => {
    expect(serialFromCalendarDate(1900, 2, 29)).toBeNull();
    expect(serialFromIsoDate("1899-12-31")).toBeNull();
    expect(serialFromIsoDate("1899-12-30")).toBeNull();
    expect(serialFromIsoDate("1800-06-15")).toBeNull();
    expect(serialFromIsoDate("1000-01-01")).toBeNull();
    expect(serialFromCalendarDate(10000, 1, 1)).toBeNull();
    expect(serialFromCalendarDate(99, 1, 1)).toBeNull();
  });

  it("shows serial 60 as Excel does, and serials before 1 March 1900 as numbers in messages", () => {
    expect(isoDateFromSerial(60)).toBe("1900-02-29");
    expect(serialDateText(60)).toBe("serial 60");
    expect(serialDateText(59)).toBe("serial 59");
    expect(serialDateText(61)).toBe("1900-03-01");
  });
});
