import { adjustedDifference, weightsColumn } from "../../src/functions/comparableGroups";
import { sample } from "../../src/functions/sampling";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

const column = (values: number[]) => values.map((value) => [value]);
const omitted = null as never;

describe("a covariate that separates the groups is found before the model is fitted", () => {
  // Served: ages 80–89, comparison: 70–79 — age alone tells the groups apart.
  const group = column([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  const alone = [1, 0, 1, 0, 0, 1, 0, 1, 0, 1];

  it.each([
    ["completely", [80, 85, 89, 82, 84, 70, 75, 79, 72, 71]],
    // quasi-complete: the groups meet at 80 and nowhere else overlap
    ["quasi-completely (a tie at the boundary)", [80, 85, 89, 82, 84, 70, 75, 80, 72, 71]],
  ])("#N/A naming the column when it separates them %s", (_, age) => {
    const covariates = age.map((value, i) => [alone[i], value]);
    expect(thrownExcelError(() => weightsColumn(group, covariates))).toEqual({
      code: "#N/A",
      message:
        "model of being served: covariates: column 2 separates the rows with 1 from those with 0 (every row with 1 has a value at least as high as every row with 0), so it predicts them perfectly (separation) and the model has no finite estimate. Leave that column out or group its values",
    });
    expect(withDisplayLanguage("de-DE", () => thrownExcelError(() => weightsColumn(group, covariates)))).toEqual({
      code: "#N/A",
      message:
        "Modell der Förderung: covariates: Spalte 2 trennt die Zeilen mit 1 vollständig von denen mit 0 (jede Zeile mit 1 hat einen Wert, der mindestens so hoch ist wie der jeder Zeile mit 0), sagt sie also fehlerfrei voraus (Separation); das Modell hat keine endliche Schätzung. Lassen Sie diese Spalte weg oder fassen Sie ihre Werte zu Gruppen zusammen.",
    });
  });

  it("names the column in the outcome model too, and the direction", () => {
    const outcome = column([0, 0, 0, 1, 1, 0, 0, 1, 1, 1]);
    // visits: every row with the event had at most 2 visits, every row without at least 3
    const visits = [5, 4, 3, 1, 2, 6, 3, 0, 2, 1];
    const covariates = visits.map((value, i) => [alone[i], value]);
    expect(thrownExcelError(() => adjustedDifference(outcome, group, covariates, "regression", omitted, omitted)).message).toMatch(
      /^model of the outcome: covariates: column 2 separates the rows with 1 from those with 0 \(every row with 1 has a value no higher than every row with 0\)/,
    );
  });

  it("fits as before when one value of each group reaches into the other", () => {
    const age = [80, 85, 89, 82, 74, 70, 75, 81, 72, 71];
    const weights = weightsColumn(
      group,
      age.map((value, i) => [alone[i], value]),
    );
    expect(weights).toHaveLength(10);
    for (const [weight] of weights as number[][]) expect(Number.isFinite(weight) && weight > 0).toBe(true);
  });
});

describe("PREVENT.SAMPLE with an empty distribution", () => {
  // A blank cell arrives as null or "" (Excel on the web), 0 (Excel desktop), an empty range as [[]].
  it.each([null, "", "  ", 0, [[""]], [[null]], [[]], []])("says the distribution is empty (%p), in English and German", (blank) => {
    expect(thrownExcelError(() => sample(blank, 10, 0, 1))).toEqual({
      code: "#VALUE!",
      message: "distribution: is empty; give a distribution: uniform, triangular, pert, normal, beta",
    });
    expect(withDisplayLanguage("de-DE", () => thrownExcelError(() => sample(blank, 10, 0, 1)))).toEqual({
      code: "#VALUE!",
      message: "distribution: ist leer; geben Sie eine Verteilung an: uniform, triangular, pert, normal, beta",
    });
  });

  it("names a value that is not a name, such as TRUE", () => {
    expect(thrownExcelError(() => sample(true, 10, 0, 1)).message).toBe(
      "distribution: true is not the name of a distribution; give one of uniform, triangular, pert, normal, beta",
    );
  });
});
