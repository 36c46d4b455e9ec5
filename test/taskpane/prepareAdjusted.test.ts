import { referenceCase } from "../reference/comparableGroupsReference";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "../support/fakeExcel";
import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { prepareComparison, type WizardInput } from "../../src/taskpane/wizard/prepareComparison";
import { withoutAddinFunctions } from "../../src/taskpane/wizard/withoutAddinFunctions";

/* The example cohort with covariates: care grade in column F, age in H, living alone in I; the
   treated households in rows 2–241, the comparison households in rows 242–471. R's figures
   (test/reference/comparableGroups.R: glm(binomial) over the same households) are in
   test/reference/comparableGroups.json. */
const cohort = referenceCase("cohort");
const regression95 = cohort.adjusted.find((entry) => entry.method === "regression" && entry.confidence === 0.95)!;

const covariates = [
  { name: "age", treated: "Cohort!H2:H241", control: "Cohort!H242:H471" },
  { name: "care grade", treated: "Cohort!F2:F241", control: "Cohort!F242:F471" },
  { name: "living alone", treated: "Cohort!I2:I241", control: "Cohort!I242:I471" },
];

const input: WizardInput = {
  outcome: "binary",
  ranges: ["Cohort!G2:G241", "Cohort!G242:G471"],
  confidence: "95",
  target: "Cohort!K2",
  wording: "careHome",
  covariates,
};

async function ready(typed: WizardInput, language: "en" | "de" = "en") {
  const prepared = await prepareComparison(await previewWorkbook(), typed, language);
  if (prepared.kind !== "ready") throw new Error(JSON.stringify(prepared));
  return prepared;
}

describe("the wizard with covariates", () => {
  it("computes the adjusted difference as R's glm does", async () => {
    const { adjustment } = await ready(input);
    const effect = adjustment!.figures.effect;
    expect(effect.rateTreated).toBeCloseTo(regression95.rate_treated, 9);
    expect(effect.rateControlAdjusted).toBeCloseTo(regression95.rate_control_adjusted, 9);
    expect(effect.difference).toBeCloseTo(regression95.difference, 9);
    expect(effect.lower).toBeCloseTo(regression95.lower, 9);
    expect(effect.upper).toBeCloseTo(regression95.upper, 9);
    expect([effect.nTreated, effect.nControl]).toEqual([240, 230]);
    const smd = adjustment!.figures.balance.map((row) => row.standardisedMeanDifference);
    cohort.balance.forEach((row, i) => expect(smd[i]).toBeCloseTo(row.smd, 9));
  });

  it("says what was adjusted for, in English and German", async () => {
    // R: difference −0.21889 → 21.9 points less often; interval −0.29733 … −0.14045 → 14.0 to 29.7; NNT 4.57 → about 5.
    // Adjusted risk ratio 0.39291 (0.27610 to 0.55912, comparableGroups.json): E-values
    // 2.5451 + √(2.5451 · 1.5451) = 4.53 → 4.5 and 1.7885 + √(1.7885 · 0.7885) = 2.98 → 3.0.
    expect((await ready(input)).adjustment!.sentence).toBe(
      "Adjusted for age, care grade and living alone: counselled households moved into a care home 21.9 percentage points less often than the comparison group (95\u00a0% CI 14.0 to 29.7 percentage points); about 5 households had to be counselled to prevent one move. An unmeasured factor would have to be associated about 4.5-fold with both counselling and the move into a care home to explain the difference away; 3.0-fold to let the interval reach zero.",
    );
    const german = await ready(
      {
        ...input,
        covariates: [
          { ...covariates[0], name: "Alter" },
          { ...covariates[2], name: "allein lebend" },
        ],
      },
      "de",
    );
    expect(german.adjustment!.sentence).toMatch(
      /^Bereinigt um Alter und allein lebend: Beratene Haushalte zogen \d+,\d Prozentpunkte seltener in ein Pflegeheim/,
    );
  });

  it("writes a balance table and PREVENT.ADJUSTED rows below the comparison", async () => {
    const prepared = await ready(input);
    // Comparison 15 rows (K2:L16); balance: blank, title, header, 3 covariates (rows 17–22);
    // adjusted: blank, title, 10 keys, reading (rows 23–35); five columns K:O.
    expect(prepared.blockAddress).toBe("Cohort!K2:O35");
    expect(prepared.cells).toHaveLength(34);
    expect(prepared.cells.every((row) => row.length === 5)).toBe(true);
    expect(prepared.cells[17]).toEqual([
      "Covariate",
      "Mean, served group",
      "Mean, comparison group",
      "Standardised mean difference",
      "|SMD| > 0.1",
    ]);
    const stack = (column: string) =>
      `VSTACK(IF(ISBLANK(Cohort!$${column}$2:$${column}$241),"",Cohort!$${column}$2:$${column}$241),IF(ISBLANK(Cohort!$${column}$242:$${column}$471),"",Cohort!$${column}$242:$${column}$471))`;
    const group = "VSTACK(SEQUENCE(ROWS(Cohort!$G$2:$G$241),1,1,0),SEQUENCE(ROWS(Cohort!$G$242:$G$471),1,0,0))";
    const block = `HSTACK(${stack("H")},${stack("F")},${stack("I")})`;
    // Row 21 of the sheet: the second covariate, care grade.
    expect(prepared.cells[19]).toEqual([
      "care grade",
      `=INDEX(PREVENT.BALANCE(${block},${group},,"mean_treated"),2)`,
      `=INDEX(PREVENT.BALANCE(${block},${group},,"mean_control"),2)`,
      `=INDEX(PREVENT.BALANCE(${block},${group},,"smd"),2)`,
      '=IF(ISNUMBER(N21),IF(ABS(N21)>0.1,"differs",""),"")',
    ]);
    expect(prepared.numberFormats[19]).toEqual([null, "0.00", "0.00", "0.00", null]);
    // Sheet row 27: the adjusted difference; the confidence level is in L5.
    expect(prepared.cells[25].slice(0, 2)).toEqual([
      "Adjusted difference (served − comparison)",
      `=PREVENT.ADJUSTED(${stack("G")},${group},${block},"regression",$L$5,"difference")`,
    ]);
    expect(prepared.numberFormats[25][1]).toBe("0.0%");
    expect(prepared.cells[33][1]).toBe(prepared.adjustment!.sentence);
  });

  it("names a covariate range whose length differs from its group's", async () => {
    const short = [{ name: "age", treated: "Cohort!H2:H240", control: "Cohort!H242:H471" }];
    await expect(prepareComparison(await previewWorkbook(), { ...input, covariates: short }, "en")).rejects.toThrow(
      "age, treated group: 239 cells, but Treated group has 240; give the same rows",
    );
    await expect(prepareComparison(await previewWorkbook(), { ...input, covariates: short }, "de")).rejects.toThrow(
      "age, geförderte Gruppe: 239 Zellen, aber Geförderte Gruppe hat 240; bitte dieselben Zeilen angeben",
    );
  });

  it("names the covariate in the engine's message", async () => {
    // Two households each; the covariate is 5 for everyone.
    const workbook = new MemoryWorkbook(["Data"]);
    await workbook.writeBlock("Data!A1", [
      [1, 0, 5, 5],
      [0, 1, 5, 5],
      [1, 0, 5, 5],
      [0, 1, 5, 5],
    ]);
    const typed = {
      ...input,
      ranges: ["Data!A1:A4", "Data!B1:B4"],
      target: "Data!F1",
      covariates: [{ name: "age", treated: "Data!C1:C4", control: "Data!D1:D4" }],
    };
    await expect(prepareComparison(workbook, typed, "en")).rejects.toThrow(/^age has the same value in every complete row/);
  });

  it("asks for a name and for both ranges, and refuses a name that would read as a formula", async () => {
    const prepared = await prepareComparison(
      await previewWorkbook(),
      {
        ...input,
        covariates: [
          { name: "", treated: "", control: "Cohort!H2:" },
          { name: "=1+1", treated: "Cohort!H2:H241", control: "Cohort!H242:H471" },
        ],
      },
      "en",
    );
    expect(prepared).toEqual({
      kind: "invalid",
      fieldErrors: {
        covariate0name: "Covariate 1, Name: enter a name, e.g. age.",
        covariate0treated: "Covariate 1, treated group: enter a range.",
        covariate0control:
          "Covariate 1, comparison group: 'Cohort!H2:' is neither a range such as Cohort!C2:C241 nor a table column such as Counselled[Moved within 24 months].",
        covariate1name: "Covariate 2, Name: a name cannot start with =, +, - or @.",
      },
    });
  });

  it("leaves the covariates out of a comparison of numbers", async () => {
    const prepared = await ready({ ...input, outcome: "number", ranges: ["Scores!D66:D129", "Scores!D188:D245"], target: "Scores!G2" });
    expect(prepared.adjustment).toBeNull();
    expect(prepared.blockAddress).toBe("Scores!G2:H15");
  });
});

describe("the wizard with covariates where the add-in's functions cannot run", () => {
  it("writes no PREVENT formula: balance and adjusted cells hold the values computed in the pane", async () => {
    const workbook = await previewWorkbook();
    const prepared = await prepareComparison(workbook, input, "en");
    if (prepared.kind !== "ready") throw new Error(JSON.stringify(prepared));
    const block = await withoutAddinFunctions(workbook, prepared);
    const texts = block.cells.flat().filter((cell): cell is string => typeof cell === "string");
    expect(texts.filter((cell) => cell.includes("PREVENT."))).toEqual([]);
    const row = (label: RegExp) => block.cells.find((cells) => label.test(String(cells[0])))!;
    expect(row(/^Adjusted difference/)[1] as number).toBeCloseTo(regression95.difference, 9);
    // The balance row of age: R's SMD.
    expect(row(/^age$/)[3] as number).toBeCloseTo(cohort.balance[0].smd, 9);
  });
});

describe("the wizard's round trips to Excel", () => {
  it("reads two groups and three covariates (eight ranges) in six syncs, with the figures of the preview", async () => {
    const preview = await previewWorkbook();
    const fake = new FakeExcel(["Cohort"]);
    const cohortSheet = await preview.readRange("Cohort!A1:I471");
    cohortSheet.formulas.forEach((row, r) =>
      row.forEach((cell, c) => cell !== "" && fake.sheet("Cohort")!.formulas.set(`${r + 1},${c + 1}`, cell)),
    );
    fake.selection = { sheet: "Cohort", address: "A1" };
    const prepared = await prepareComparison(new OfficeWorkbook(fake.host()), input, "en");
    if (prepared.kind !== "ready") throw new Error(JSON.stringify(prepared));
    expect(prepared.adjustment!.figures.effect.difference).toBeCloseTo(regression95.difference, 9);
    // The selection (1), the used part of all eight ranges (1), their sizes and cells (2), and the
    // target block's size and cells (2); one sync per range and read was 1 + 8 + 16 + 2 = 27.
    expect(fake.syncs).toBe(6);
  });
});
