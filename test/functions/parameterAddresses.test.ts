/**
 * Positions in messages as the user sees them: the argument and the row in its range ("row 14 of
 * treated" / "Zeile 14 von treated"), and the sheet address where Excel hands over the arguments'
 * addresses (@requiresParameterAddresses, CustomFunctionsRuntime 1.3).
 */
import { rateDifference } from "../../src/functions/comparisons";
import { kaplanMeierTable } from "../../src/functions/survival";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

const omitted = null as never;
const column = (values: unknown[]) => values.map((value) => [value]);
const treated = column(Array.from({ length: 20 }, (_, i) => (i === 13 ? "ja" : 0)));
const control = column([0, 1, 0]);

describe("positions in custom-function messages", () => {
  test("without addresses: the row of the argument's range, in Office's language", () => {
    expect(thrownExcelError(() => rateDifference(treated, control, omitted, omitted)).message).toBe(
      "row 14 of treated is 'ja', expected 0 or 1",
    );
    expect(withDisplayLanguage("de-DE", () => thrownExcelError(() => rateDifference(treated, control, omitted, omitted)).message)).toBe(
      "Zeile 14 von treated enthält 'ja', erwartet 0 oder 1",
    );
  });

  test("with Excel's parameter addresses: the cell's sheet address too (row 14 of G2:G21 is G15)", () => {
    const invocation = { parameterAddresses: ["Kohorte!G2:G21", "Kohorte!H2:H4", "", ""] } as CustomFunctions.Invocation;
    expect(
      withDisplayLanguage("de-DE", () => thrownExcelError(() => rateDifference(treated, control, omitted, omitted, invocation)).message),
    ).toBe("Zelle Kohorte!G15 (Zeile 14 von treated) enthält 'ja', erwartet 0 oder 1");
    expect(thrownExcelError(() => rateDifference(treated, control, omitted, omitted, invocation)).message).toBe(
      "cell Kohorte!G15 (row 14 of treated) is 'ja', expected 0 or 1",
    );
  });

  test("a sheet name with a space stays quoted; a date range names the argument the date came from", () => {
    // start 2023-01-01 (44927), end 2022-01-09 (44570) in the third row of C5:C7 → C7
    const invocation = { parameterAddresses: ["'Meine Daten'!B5:B7", "'Meine Daten'!C5:C7", "'Meine Daten'!D5:D7", "", "", ""] };
    const run = () =>
      kaplanMeierTable(
        column([44927, 44927, 44927]),
        column(["", "", ""]),
        column([45000, 45000, 44570]),
        omitted,
        omitted,
        omitted,
        invocation as never,
      );
    expect(withDisplayLanguage("de-DE", () => thrownExcelError(run).message)).toBe(
      "Zelle 'Meine Daten'!D7 (Zeile 3 von end_dates) (09.01.2022) liegt vor dem Beginn (01.01.2023)",
    );
  });

  test("an address Excel gives for a constant, or none, leaves the row in the range", () => {
    const invocation = { parameterAddresses: ["", "not an address", "", ""] } as CustomFunctions.Invocation;
    expect(thrownExcelError(() => rateDifference(treated, control, omitted, omitted, invocation)).message).toBe(
      "row 14 of treated is 'ja', expected 0 or 1",
    );
  });
});
