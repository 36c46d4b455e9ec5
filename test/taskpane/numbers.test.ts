import { formatNumber, formatPercent, formatPlain, parseTypedNumber } from "../../src/taskpane/numbers";

describe("numbers in the pane's language", () => {
  it("formats with the language's decimal sign and a true minus", () => {
    expect(formatNumber(-16.2681, 1, "en")).toBe("\u221216.3");
    expect(formatNumber(1700.5, 1, "de")).toBe("1.700,5");
    expect(formatPercent(0.95, "en")).toBe("95\u00a0%");
    expect(formatPercent(0.975, "de")).toBe("97,5\u00a0%");
    expect(formatPlain(0.035, "de")).toBe("0,035");
    expect(formatPlain(1700, "en")).toBe("1,700");
  });

  it.each([
    ["1.700,5", "de", 1700.5],
    ["1.700", "de", 1700],
    ["0,95", "de", 0.95],
    ["0.95", "de", 0.95],
    ["1,700.5", "en", 1700.5],
    ["1,700", "en", 1700],
    ["0,95", "en", 0.95],
    ["\u22123.5", "en", -3.5],
    [" 12 ", "en", 12],
  ] as const)("reads %s typed in %s as %d", (typed, language, expected) => {
    expect(parseTypedNumber(typed, language)).toBe(expected);
  });

  it.each(["", "abc", "1,2,3.4.5", "12x", "--1"])("refuses %j", (typed) => {
    expect(parseTypedNumber(typed, "en")).toBeNull();
  });
});
