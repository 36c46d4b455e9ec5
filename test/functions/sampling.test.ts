import { sample } from "../../src/functions/sampling";
import recorded from "../reference/sample-draws.json";
import { thrownExcelError } from "../support/thrownExcelError";

const omitted = null as unknown as undefined;

describe("PREVENT.SAMPLE", () => {
  test("spills a column; seed omitted is 5489", () => {
    const entry = recorded.cases[0];
    expect(entry.seed).toBe(5489);
    const column = sample("Uniform", entry.draws.length, entry.p1, entry.p2, omitted, omitted);
    expect(column).toEqual(entry.draws.map((draw) => [draw]));
  });

  test("the recorded PERT column with its seed", () => {
    const entry = recorded.cases.find((candidate) => candidate.distribution === "pert")!;
    expect(sample("pert", entry.draws.length, entry.p1, entry.p2, entry.p3!, entry.seed)).toEqual(entry.draws.map((draw) => [draw]));
  });

  test("a rate seen as 34 events in 240 people: beta(35, 207), draws between 0 and 1", () => {
    const column = sample("beta", 1000, 35, 207, omitted, 11);
    expect(column).toHaveLength(1000);
    expect(column.every(([draw]) => draw > 0 && draw < 1)).toBe(true);
  });

  test("100,001 iterations is #VALUE! with a message", () => {
    expect(thrownExcelError(() => sample("normal", 100001, 0, 1))).toEqual(
      expect.objectContaining({ code: "#VALUE!", message: "iterations: 100001 must be a whole number from 1 to 100,000" }),
    );
  });

  test("an unknown distribution or a number as name is #VALUE!", () => {
    expect(thrownExcelError(() => sample("lognormal", 10, 0, 1)).message).toMatch(/^distribution: 'lognormal' is not one of/);
    expect(thrownExcelError(() => sample(3, 10, 0, 1)).code).toBe("#VALUE!");
  });

  test("p3 as an empty text (Excel on the web) counts as omitted", () => {
    expect(sample("normal", 5, 0, 1, "" as unknown as number, 9)).toEqual(sample("normal", 5, 0, 1, omitted, 9));
  });
});
