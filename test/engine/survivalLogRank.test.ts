import { logRankTest } from "../../src/engine/logRank";
import { kaplanMeier } from "../../src/engine/kaplanMeier";
import { restrictedMean } from "../../src/engine/restrictedMean";
import { groupTimes } from "../../src/engine/riskSets";
import { compareTimeAtHome } from "../../src/engine/timeAtHomeComparison";
import type { TimeAtHome } from "../../src/engine/timeAtHome";
import { survivalReference, timesOf, type LogRankReference, type ReferencePeople } from "../reference/survivalReference";
import { expectAgreement } from "../support/agreement";
import { problemOf } from "../support/inputProblem";

const { cohort, cohort_people: cohortPeople, hand_made: handMade } = survivalReference;

const comparisons: [string, ReferencePeople, LogRankReference][] = [
  ["example cohort, 36 months", cohortPeople, cohort.log_rank],
  ["example cohort, 24 months at 90 %", cohortPeople, cohort.log_rank_24_90],
  ["example cohort, 60 months (beyond every follow-up)", cohortPeople, cohort.log_rank_60],
  ...handMade.flatMap((example): [string, ReferencePeople, LogRankReference][] => [
    [`${example.name}, 36 months`, example.people, example.log_rank],
    [`${example.name}, 12 months`, example.people, example.log_rank_12],
  ]),
];

describe.each(comparisons)("treated against control, against R's survdiff and print(survfit, rmean): %s", (_name, people, r) => {
  const comparison = () => compareTimeAtHome(timesOf(people, "treated"), timesOf(people, "control"), r.horizon, r.confidence);

  test("log-rank chi-square, p-value, observed and expected entries per group", () => {
    const { logRank, treated, control } = comparison();
    expect(treated.curve.people).toBe(r.n_treated);
    expect(control.curve.people).toBe(r.n_control);
    expect(logRank.observedTreated).toBe(r.observed_treated);
    expect(logRank.observedControl).toBe(r.observed_control);
    expectAgreement(logRank.expectedTreated, r.expected_treated, "expected, treated");
    expectAgreement(logRank.expectedControl, r.expected_control, "expected, control");
    expectAgreement(logRank.chiSquare!, r.chi_square, "chi-square");
    expectAgreement(logRank.pValue!, r.p_value, "p-value");
  });

  test("restricted mean months at home per group with standard errors, and the months delayed", () => {
    const result = comparison();
    expectAgreement(result.treated.restrictedMean.months, r.months_treated, "restricted mean, treated");
    expectAgreement(result.treated.restrictedMean.standardError, r.se_treated, "se(rmean), treated");
    expectAgreement(result.control.restrictedMean.months, r.months_control, "restricted mean, control");
    expectAgreement(result.control.restrictedMean.standardError, r.se_control, "se(rmean), control");
    expectAgreement(result.monthsDelayed, r.months_delayed, "months delayed");
    expectAgreement(result.standardError, r.se_delayed, "standard error of the months delayed");
    expectAgreement(result.lower, r.lower, "lower limit");
    expectAgreement(result.upper, r.upper, "upper limit");
  });
});

describe("log-rank and restricted mean worked by hand", () => {
  // Treated: entry at 2, censored at 4. Control: entries at 1 and 3.
  // t = 1: n = 4 (2 + 2), d = 1 → E_treated = 2/4, V = 1·3·2·2 / (16·3) = 1/4.
  // t = 2: n = 3 (2 + 1), d = 1 → E_treated += 2/3, V += 1·2·2·1 / (9·2) = 2/9.
  // t = 3: n = 2 (1 + 1), d = 1 → E_treated += 1/2, V += 1·1·1·1 / (4·1) = 1/4.
  // O_treated = 1, E_treated = 5/3, V = 13/18 → χ² = (2/3)² · 18/13 = 8/13.
  const treated: TimeAtHome[] = [
    { months: 2, entered: true },
    { months: 4, entered: false },
  ];
  const control: TimeAtHome[] = [
    { months: 1, entered: true },
    { months: 3, entered: true },
  ];

  test("chi-square 8/13, expected entries 5/3 and 4/3", () => {
    const test = logRankTest(groupTimes(treated), groupTimes(control));
    expect(test.observedTreated).toBe(1);
    expect(test.expectedTreated).toBeCloseTo(5 / 3, 14);
    expect(test.expectedControl).toBeCloseTo(4 / 3, 14);
    expect(test.variance).toBeCloseTo(13 / 18, 14);
    expect(test.chiSquare).toBeCloseTo(8 / 13, 14);
  });

  test("restricted mean: area under the step curve, carried on beyond the last time", () => {
    // Treated: S = 1 to 2 months, 1/2 after. Up to 3: 2 + 1/2 = 2.5. Up to 6 (follow-up ends at 4): 2 + 4 · 1/2 = 4.
    // Variance up to 6: one entry at 2 with 2 at risk: d / (n (n − d)) = 1/2, area after 2 = 2 → 2² · 1/2 = 2.
    const curve = kaplanMeier(treated);
    expect(restrictedMean(curve, 3).months).toBeCloseTo(2.5, 14);
    expect(restrictedMean(curve, 6)).toEqual({ horizon: 6, months: 4, standardError: Math.sqrt(2) });
    // A horizon before the first entry: the whole horizon at home, no uncertainty.
    expect(restrictedMean(curve, 1.5)).toEqual({ horizon: 1.5, months: 1.5, standardError: 0 });
  });

  test("nobody entered in either group: no chi-square and no p-value", () => {
    const test = logRankTest(groupTimes([{ months: 5, entered: false }]), groupTimes([{ months: 7, entered: false }]));
    expect([test.chiSquare, test.pValue, test.observedTreated, test.expectedTreated]).toEqual([null, null, 0, 0]);
  });

  test("an empty group is too little data; a horizon outside 0 to 1,200 months is refused", () => {
    expect(problemOf(() => compareTimeAtHome([], control))).toEqual({
      problem: "not-enough-data",
      message: "groups: nobody in the treated group",
    });
    expect(problemOf(() => compareTimeAtHome(treated, []))).toEqual({
      problem: "not-enough-data",
      message: "groups: nobody in the control group",
    });
    expect(problemOf(() => compareTimeAtHome(treated, control, -3)).message).toMatch(/^horizon: -3/);
    expect(problemOf(() => compareTimeAtHome(treated, control, 36, 0)).message).toMatch(/^confidence:/);
  });
});
