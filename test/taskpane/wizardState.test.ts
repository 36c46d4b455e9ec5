import { typedFieldErrors } from "../../src/taskpane/wizard/prepareComparison";
import { initialWizardState, wizardInput, wizardReducer, type WizardState } from "../../src/taskpane/wizard/wizardState";

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

describe("the covariates", () => {
  const typed: WizardState = {
    ...initialWizardState,
    rangesByOutcome: { ...initialWizardState.rangesByOutcome, binary: ["A2:A9", "B2:B9"] },
    target: "H2",
  };

  it("are added empty, edited one field at a time and removed by position", () => {
    let state = reduce(reduce(typed, { type: "addCovariate" }), { type: "addCovariate" });
    state = reduce(state, { type: "covariate", index: 1, field: "name", value: "age" });
    state = reduce(state, { type: "covariate", index: 1, field: "treated", value: "C2:C9" });
    expect(state.covariates).toEqual([
      { name: "", treated: "", control: "" },
      { name: "age", treated: "C2:C9", control: "" },
    ]);
    expect(reduce(state, { type: "removeCovariate", index: 0 }).covariates).toEqual([{ name: "age", treated: "C2:C9", control: "" }]);
  });

  it("go into the input of a yes/no comparison only, and are kept while another kind is shown", () => {
    const withAge = reduce(reduce(typed, { type: "addCovariate" }), { type: "covariate", index: 0, field: "name", value: "age" });
    expect(wizardInput(withAge).covariates).toEqual([{ name: "age", treated: "", control: "" }]);
    const numbers = reduce(withAge, { type: "outcome", outcome: "number" });
    expect(wizardInput(numbers).covariates).toEqual([]);
    expect(wizardInput(reduce(numbers, { type: "outcome", outcome: "binary" })).covariates).toHaveLength(1);
  });

  it("recheck a shown message when the covariate is fixed", () => {
    const added = reduce(typed, { type: "addCovariate" });
    const shown = { ...added, fieldErrors: typedFieldErrors(wizardInput(added), "en") };
    expect(Object.keys(shown.fieldErrors).sort()).toEqual(["covariate0control", "covariate0name", "covariate0treated"]);
    const named = reduce(shown, { type: "covariate", index: 0, field: "name", value: "age" });
    expect(Object.keys(named.fieldErrors).sort()).toEqual(["covariate0control", "covariate0treated"]);
    // The block grows with one covariate: 15 rows + 4 of balance (blank, title, header, the covariate)
    // + 13 adjusted (blank, title, ten keys, reading) = 32 rows, and five columns.
    expect(typedFieldErrors({ ...wizardInput(named), target: "H1048576" }, "en").target).toMatch(/needs 32 rows and 5 columns/);
  });
});
