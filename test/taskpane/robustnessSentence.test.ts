import { computeFigures } from "../../src/taskpane/wizard/computeFigures";
import type { RateFigures } from "../../src/taskpane/wizard/figures";
import { resultSentence } from "../../src/taskpane/wizard/resultSentence";
import { detectableSentence, evalueSentence } from "../../src/taskpane/wizard/robustnessSentence";
import { confoundingReference } from "../reference/confoundingReference";

const column = (values: number[]) => values.map((value) => [value]);
const outcomes = (events: number, n: number) => column(Array.from({ length: n }, (_, i) => (i < events ? 1 : 0)));

describe("the sentences of the issue, worded from given figures", () => {
  test("E-values 4.3 and 1.6", () => {
    expect(evalueSentence(4.3, 1.6, "de", "careHome")).toBe(
      "Ein nicht gemessener Einfluss müsste sowohl mit der Beratung als auch mit dem Heimeinzug etwa 4,3-fach zusammenhängen, um den Unterschied ganz zu erklären; um das Intervall die Null erreichen zu lassen, 1,6-fach.",
    );
    expect(evalueSentence(4.3, 1.6, "en", "careHome")).toBe(
      "An unmeasured factor would have to be associated about 4.3-fold with both counselling and the move into a care home to explain the difference away; 1.6-fold to let the interval reach zero.",
    );
  });

  test("120 and 115 households, a detectable fall of 14 points", () => {
    const robustness = { evalue: 2, evalueLimit: 1, detectable: -0.14, power: 0.8, nTreated: 120, nControl: 115 };
    expect(detectableSentence(robustness, "de", "careHome")).toBe(
      "Mit 120 und 115 Haushalten hätte dieser Vergleich erst einen Rückgang um 14 Prozentpunkte mit 80\u00a0% Sicherheit erkannt: kein Beleg gegen eine Wirkung.",
    );
    expect(detectableSentence({ ...robustness, detectable: null }, "en", "generic")).toBe(
      "With 120 and 115 people this comparison would not have detected even a fall to zero with 80\u00a0% power: no evidence against an effect.",
    );
  });
});

describe("the wizard's reading of a yes/no comparison from the cells", () => {
  test("a clear difference: the E-values of 34 of 240 against 70 of 230 (R: 3.72 and 2.34)", () => {
    const reference = confoundingReference.counts[0];
    const figures = computeFigures("binary", [outcomes(34, 240), outcomes(70, 230)], 0.95) as RateFigures;
    expect(figures.robustness).toMatchObject({ nTreated: 240, nControl: 230 });
    expect(Math.abs(figures.robustness!.evalue - reference.evalue)).toBeLessThan(1e-9);
    expect(Math.abs(figures.robustness!.evalueLimit - reference.evalue_limit)).toBeLessThan(1e-9);
    expect(resultSentence(figures, "de")).toMatch(/etwa 3,7-fach zusammenhängen, .*, 2,3-fach\.$/);
  });

  test("not significant: what 120 and 115 households could have detected (R: a fall of 11.6 points from 17.4 %)", () => {
    const reference = confoundingReference.detectable.find((r) => r.n_treated === 120 && r.rate_control < 0.2)!;
    const figures = computeFigures("binary", [outcomes(12, 120), outcomes(20, 115)], 0.95) as RateFigures;
    expect(Math.abs(figures.robustness!.detectable! - reference.difference)).toBeLessThan(1e-9);
    expect(resultSentence(figures, "en")).toMatch(
      /With 120 and 115 households this comparison would only have detected a fall of 12 percentage points with 80\u00a0% power: no evidence against an effect\.$/,
    );
  });

  test("no event in a group: no E-value, the sentence stays as it was", () => {
    const figures = computeFigures("binary", [outcomes(0, 50), outcomes(5, 50)], 0.95) as RateFigures;
    expect(figures.robustness).toBeNull();
    expect(resultSentence(figures, "en")).not.toMatch(/unmeasured|detected/);
  });
});
