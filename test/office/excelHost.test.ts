import { officeHost } from "../../src/office/excelHost";
import "../../src/office/customFunctionsStandIn";

/** Office.js as far as officeHost asks it: which requirement sets, at which highest version. */
function officeSupporting(sets: Record<string, string>) {
  (globalThis as Record<string, unknown>).Office = {
    context: { requirements: { isSetSupported: (name: string, version: string) => name in sets && Number(version) <= Number(sets[name]) } },
  };
}

describe("whether the PREVENT functions can run", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it("needs CustomFunctionsRuntime 1.2 and the functions associated in this runtime", () => {
    officeSupporting({ CustomFunctionsRuntime: "1.2" });
    expect(officeHost().hasCustomFunctions()).toBe(false);
    CustomFunctions.associate("RATEDIFF", () => [[0]]);
    expect(officeHost().hasCustomFunctions()).toBe(true);
  });

  it("does not trust CustomFunctionsRuntime 1.1 alone, which perpetual builds without custom functions report", () => {
    CustomFunctions.associate("RATEDIFF", () => [[0]]);
    officeSupporting({ CustomFunctionsRuntime: "1.1" });
    expect(officeHost().hasCustomFunctions()).toBe(false);
  });
});
