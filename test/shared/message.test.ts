import { CodedError, errorText } from "../../src/shared/codedError";
import { cellPosition, fill, message, render } from "../../src/shared/message";
import { invalidValue, notEnoughData } from "../../src/engine/errors";

describe("messages of the catalogue", () => {
  it("fills named placeholders with values as each language writes them", () => {
    const entry = message("cells.wrongCell", { cell: cellPosition("treated", 13, 0, "column"), shown: "'ja'", expected: "0 / 1" });
    expect(render(entry, "de")).toBe("Zeile 14 von treated enthält 'ja', erwartet 0 / 1");
    expect(render(entry, "en")).toBe("row 14 of treated is 'ja', expected 0 / 1");
  });

  it("writes numbers, shares, points, p-values, dates and plurals per language", () => {
    const values = { n: 1234.5, share: 0.95, d: -0.032, p: 0.0004, day: 44743, rows: 1 };
    const text = "{n} {share:percent} {d:points} {p:pvalue} {day:date} {rows:plural:# Zeile|# Zeilen}";
    expect(fill(text, values, "de")).toBe("1.234,5 95\u00a0% \u22123,2\u00a0Prozentpunkte <\u00a00,001 01.07.2022 1 Zeile");
    expect(fill(text, { ...values, rows: 3 }, "en")).toBe(
      "1,234.5 95\u00a0% \u22123.2\u00a0percentage points <\u00a00.001 2022-07-01 3 Zeilen",
    );
  });

  it("lets the edge name the argument and the cell as its user sees them", () => {
    const error = new CodedError("cells.wrongCell", { cell: cellPosition("treated", 13, 0, "column"), shown: "'ja'", expected: "0 / 1" });
    const options = { cellText: () => "Geförderte Gruppe: Zelle Kohorte!G15" };
    expect(errorText(error, "de", options)).toBe("Geförderte Gruppe: Zelle Kohorte!G15 enthält 'ja', erwartet 0 / 1");
    expect(error.message).toBe("row 14 of treated is 'ja', expected 0 / 1");
  });

  it("keeps the code and values on the engine's errors, and old finished sentences as they are", () => {
    const coded = invalidValue("engine.notFinite", { argument: "rate", value: Infinity });
    expect(coded.problem).toBe("invalid-value");
    expect(coded.code).toBe("engine.notFinite");
    expect(coded.text("de")).toBe("rate: ∞ ist keine endliche Zahl");
    const legacy = notEnoughData("something happened");
    expect(legacy.problem).toBe("not-enough-data");
    expect(legacy.message).toBe("something happened");
  });
});
