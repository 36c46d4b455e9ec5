import { adjustedDifference, weightsColumn } from "../../src/functions/comparableGroups";
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
