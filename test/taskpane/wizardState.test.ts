import { typedFieldErrors } from "../../src/taskpane/wizard/prepareComparison";
import { initialWizardState, wizardReducer, type WizardState } from "../../src/taskpane/wizard/wizardState";

const reduce = wizardReducer("en");

describe("the wizard's field messages", () => {
  const shown: WizardState = {
    ...initialWizardState,
    fieldErrors: typedFieldErrors({ outcome: "binary", ranges: ["", "B2:B9"], confidence: "95", target: "H2", wording: "careHome" }, "en"),
    rangesByOutcome: { ...initialWizardState.rangesByOutcome, binary: ["", "B2:B9"] },
    target: "H2",
  };

  it("starts with the message of the empty field only", () => {
    expect(Object.keys(shown.fieldErrors)).toEqual(["range0"]);
  });

  it("keeps a message while the value is still wrong, with the current reason", () => {
    const still = reduce(shown, { type: "range", index: 0, value: "not a range" });
    expect(still.fieldErrors.range0).toMatch(/'not a range' is neither a range/);
  });

  it("removes the message as soon as the value is valid, and adds none for untouched fields", () => {
    const fixed = reduce(shown, { type: "range", index: 0, value: "A2:A9" });
    expect(fixed.fieldErrors).toEqual({});
    const otherField = reduce(shown, { type: "confidence", value: "120" });
    expect(Object.keys(otherField.fieldErrors)).toEqual(["range0"]);
  });
});

describe("the target cell", () => {
  const input = { outcome: "binary" as const, ranges: ["A2:A9", "B2:B9"], confidence: "95", target: "", wording: "careHome" as const };

  it("refuses a cell whose block would run past the sheet's last row", () => {
    // The RATEDIFF block: title, two ranges, confidence, ten results and the reading = 15 rows,
    // so row 1,048,562 is the last that fits (1,048,562 + 15 − 1 = 1,048,576).
    expect(typedFieldErrors({ ...input, target: "H1048562" }, "en").target).toBeUndefined();
    expect(typedFieldErrors({ ...input, target: "H1048563" }, "en").target).toMatch(/needs 15 rows and 2 columns/);
  });

  it("refuses the sheet's last column, where the value column would not fit", () => {
    expect(typedFieldErrors({ ...input, target: "XFC2" }, "en").target).toBeUndefined();
    expect(typedFieldErrors({ ...input, target: "XFD2" }, "en").target).toMatch(/do not fit/);
  });
});
