import { kaplanMeier, logLogInterval, medianTimeToEntry, shareAtHome, stepLine, type KaplanMeierCurve } from "../../src/engine/kaplanMeier";
import type { TimeAtHome } from "../../src/engine/timeAtHome";
import { survivalReference, timesOf, type KaplanMeierReference, type ReferencePeople } from "../reference/survivalReference";
import { expectAgreement } from "../support/agreement";
import { problemOf } from "../support/inputProblem";

const { cohort, cohort_people: cohortPeople, hand_made: handMade } = survivalReference;

/** Every curve R computed: [name, people of the group, R's figures]. */
const curves: [string, TimeAtHome[], KaplanMeierReference][] = [
  ["example cohort, treated", timesOf(cohortPeople, "treated"), cohort.kaplan_meier.treated],
  ["example cohort, control", timesOf(cohortPeople, "control"), cohort.kaplan_meier.control],
  ["example cohort, treated at 90 %", timesOf(cohortPeople, "treated"), cohort.kaplan_meier.treated_90],
  ["example cohort, everyone", timesOf(cohortPeople, null), cohort.kaplan_meier.everyone],
  ...handMade.flatMap((example): [string, TimeAtHome[], KaplanMeierReference][] => {
    const people: ReferencePeople = example.people;
    return [
      [`${example.name}, treated`, timesOf(people, "treated"), example.kaplan_meier.treated],
      [`${example.name}, control`, timesOf(people, "control"), example.kaplan_meier.control],
      [`${example.name}, control at 80 %`, timesOf(people, "control"), example.kaplan_meier.control_80],
    ];
  }),
];

function expectNullOrAgreement(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) expect([what, actual ?? null]).toEqual([what, null]);
  else expectAgreement(actual as number, expected, what);
}

describe.each(curves)('Kaplan–Meier against R\'s survfit(conf.type = "log-log"): %s', (_name, people, r) => {
  let curve: KaplanMeierCurve;
  beforeAll(() => {
    curve = kaplanMeier(people);
  });

  test("people, entries and the curve's times, risk sets and shares", () => {
    expect(curve.people).toBe(r.people);
    expect(curve.entries).toBe(r.entries);
    expect(curve.months).toEqual(r.curve.time);
    expect(curve.atRisk).toEqual(r.curve.n_risk);
    expect(curve.entered).toEqual(r.curve.n_event);
    expect(curve.censored).toEqual(r.curve.n_censor);
    curve.atHome.forEach((share, i) => expectAgreement(share, r.curve.surv[i], `share at ${curve.months[i]}`));
  });

  test("Greenwood standard error and the log-log interval at every time of the curve", () => {
    curve.greenwood.forEach((sum, i) => {
      const expected = r.curve.std_err[i];
      if (expected === "Infinity") expect(sum).toBe(Infinity);
      else expectAgreement(Math.sqrt(sum), expected as number, `standard error at ${curve.months[i]}`);
    });
    const atTimes = curve.months.map((months) => shareAtHome(curve, months, r.confidence));
    atTimes.forEach((share, i) => {
      expectNullOrAgreement(share.interval?.lower, r.curve.lower[i], `lower at ${curve.months[i]}`);
      expectNullOrAgreement(share.interval?.upper, r.curve.upper[i], `upper at ${curve.months[i]}`);
    });
  });

  test("share at home at the requested times, as summary(fit, times), and the people at risk", () => {
    const last = curve.months[curve.months.length - 1];
    r.times.forEach((months, i) => {
      const share = shareAtHome(curve, months, r.confidence);
      expect([months, share.atRisk]).toEqual([months, r.at_times.n_risk[i]]);
      if (months > last && r.at_times.surv[i] > 0) {
        // Nobody was followed that long: unknown, where summary(extend = TRUE) carries the last value on.
        expect(share.atHome).toBeNull();
        expect(share.interval).toBeNull();
        return;
      }
      expectAgreement(share.atHome!, r.at_times.surv[i], `share at ${months}`);
      if (r.at_times.surv[i] === 1) {
        // summary fills in 1 to 1 before the first time and NA after it; the engine leaves both empty.
        expect(share.interval).toBeNull();
        return;
      }
      expectNullOrAgreement(share.interval?.lower, r.at_times.lower[i], `lower at ${months}`);
      expectNullOrAgreement(share.interval?.upper, r.at_times.upper[i], `upper at ${months}`);
    });
  });

  test("median time to entry and its interval, as print(survfit)", () => {
    const median = medianTimeToEntry(curve, r.confidence);
    expectNullOrAgreement(median.median, r.median, "median");
    expectNullOrAgreement(median.lower, r.median_lower, "median, lower limit");
    expectNullOrAgreement(median.upper, r.median_upper, "median, upper limit");
  });
});

describe("Kaplan–Meier worked by hand", () => {
  // Five people: entries at 2 and 4 months, censorings at 3, 4 and 6.
  // At 2: 5 at risk, 1 entry → S = 4/5. At 4: 3 at risk (the censoring at 4 counts as at risk),
  // 1 entry → S = 4/5 · 2/3 = 8/15. Greenwood: 1/(5·4) + 1/(3·2) = 0.05 + 1/6 = 13/60.
  const people: TimeAtHome[] = [
    { months: 2, entered: true },
    { months: 3, entered: false },
    { months: 4, entered: true },
    { months: 4, entered: false },
    { months: 6, entered: false },
  ];

  test("shares, ties of an entry and a censoring, Greenwood's sum", () => {
    const curve = kaplanMeier(people);
    expect(curve.months).toEqual([2, 3, 4, 6]);
    expect(curve.atRisk).toEqual([5, 4, 3, 1]);
    expect(curve.atHome[3]).toBeCloseTo(8 / 15, 15);
    expect(curve.greenwood[3]).toBeCloseTo(13 / 60, 15);
  });

  test("step line for a chart: a corner at each entry, flat to the end", () => {
    const curve = kaplanMeier(people);
    expect(stepLine(curve)).toEqual({ months: [0, 2, 2, 4, 4, 6], atHome: [1, 1, 0.8, 0.8, curve.atHome[2], curve.atHome[2]] });
    expect(stepLine(curve, 3)).toEqual({ months: [0, 2, 2, 3], atHome: [1, 1, 0.8, 0.8] });
    expect(curve.atHome[2]).toBeCloseTo(8 / 15, 15);
  });

  test("at risk between times counts whoever is followed at least that long; beyond the last time the share is unknown", () => {
    const curve = kaplanMeier(people);
    expect(shareAtHome(curve, 1).atRisk).toBe(5);
    expect(shareAtHome(curve, 3.5).atRisk).toBe(3);
    expect(shareAtHome(curve, 5).atRisk).toBe(1);
    expect(shareAtHome(curve, 5).atHome).toBeCloseTo(8 / 15, 15);
    expect(shareAtHome(curve, 6.5)).toEqual({ months: 6.5, atHome: null, interval: null, atRisk: 0 });
  });

  test("when everyone has entered, the share stays 0 beyond the last time, without interval", () => {
    const curve = kaplanMeier([
      { months: 1, entered: true },
      { months: 2, entered: true },
    ]);
    expect(shareAtHome(curve, 10)).toEqual({ months: 10, atHome: 0, interval: null, atRisk: 0 });
    // S = 1/2 at 1 month, exactly one half and dropping at 2: median (1 + 2) / 2 = 1.5.
    expect(medianTimeToEntry(curve).median).toBe(1.5);
  });

  test("log-log interval: S = 0.8 with Greenwood sum 0.05 at 95 %", () => {
    // se = √0.05; log(−log 0.8) = −1.49994; spread = 1.959964 · 0.223607 / log 0.8 = −1.96402;
    // lower = exp(−exp(−1.49994 + 1.96402)) = exp(−1.59046) = 0.20381, upper = exp(−exp(−3.46396)) = 0.96918.
    const interval = logLogInterval(0.8, 0.05, 1.959963984540054)!;
    expect(interval.lower).toBeCloseTo(0.20381, 5);
    expect(interval.upper).toBeCloseTo(0.96918, 5);
    expect(logLogInterval(1, 0, 1.96)).toBeNull();
    expect(logLogInterval(0, Infinity, 1.96)).toBeNull();
  });

  test("a median that is never reached, and one that stays at one half to the end", () => {
    // The lowest share is 8/15 > 1/2.
    expect(medianTimeToEntry(kaplanMeier(people)).median).toBeNull();
    // S = 1/2 from 1 month on and never drops below: R's rule takes the time it reached 1/2.
    const half = kaplanMeier([
      { months: 1, entered: true },
      { months: 2, entered: false },
    ]);
    expect(medianTimeToEntry(half).median).toBe(1);
  });

  test("nobody, a time outside 0 to 1,200 months or a confidence outside (0, 1) is refused", () => {
    expect(problemOf(() => kaplanMeier([])).problem).toBe("not-enough-data");
    const curve = kaplanMeier(people);
    expect(problemOf(() => shareAtHome(curve, -1)).message).toMatch(/^times: -1 must be a number of months/);
    expect(problemOf(() => shareAtHome(curve, 1201)).problem).toBe("invalid-value");
    expect(problemOf(() => shareAtHome(curve, 12, 1)).message).toMatch(/^confidence:/);
    expect(problemOf(() => kaplanMeier([{ months: NaN, entered: true }])).problem).toBe("invalid-value");
  });
});
