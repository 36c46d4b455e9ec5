import {
  compareRates,
  fisherExactTest,
  newcombeInterval,
  requireEventCount,
  twoProportionZTest,
  wilsonInterval,
} from "../../src/engine/proportions";
import { comparisonsReference, rateCase } from "../reference/comparisonsReference";
import { expectAgreement } from "../support/agreement";
import { problemOf } from "../support/inputProblem";

describe("wilsonInterval agrees with R's prop.test(correct = FALSE)$conf.int", () => {
  test.each(comparisonsReference.wilson)("$events of $n", ({ events, n, confidence, bounds }) => {
    const interval = wilsonInterval({ events, n }, confidence);
    expectAgreement(interval.lower, bounds[0], "lower");
    expectAgreement(interval.upper, bounds[1], "upper");
  });

  test("no events gives exactly 0 as the lower bound, all events exactly 1 as the upper", () => {
    expect(wilsonInterval({ events: 0, n: 7 }, 0.95).lower).toBe(0);
    expect(wilsonInterval({ events: 7, n: 7 }, 0.95).upper).toBe(1);
  });
});

describe("compareRates agrees with R on every reference table", () => {
  test.each(comparisonsReference.rates)("$name", (reference) => {
    const treated = { events: reference.events_treated, n: reference.n_treated };
    const control = { events: reference.events_control, n: reference.n_control };
    const result = compareRates(treated, control, reference.confidence);
    expectAgreement(result.rateTreated, reference.rate_treated, "rate_treated");
    expectAgreement(result.rateControl, reference.rate_control, "rate_control");
    expectAgreement(result.difference, reference.difference, "difference");
    expectAgreement(result.lower, reference.lower, "lower");
    expectAgreement(result.upper, reference.upper, "upper");
    expectAgreement(result.pValue, reference.p_value, "p_value");
    expectAgreement(result.fisherPValue, reference.fisher_p, "fisher_p");
    if (reference.nnt === null) expect(result.numberNeededToTreat).toBeNull();
    else expectAgreement(result.numberNeededToTreat!, reference.nnt, "nnt");
    expect(result.nTreated).toBe(reference.n_treated);
    expect(result.nControl).toBe(reference.n_control);
  });
});

describe("Newcombe 1998, Table II, method 10 (values as printed, 4 decimals)", () => {
  // Newcombe RG. Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 1998;17:873–890, Table II.
  const published: [string, number, number, number, number, number, number][] = [
    ["(a) 56/70 − 48/80", 56, 70, 48, 80, 0.0524, 0.3339],
    ["(b) 9/10 − 3/10", 9, 10, 3, 10, 0.1705, 0.809],
    ["(d) 5/56 − 0/29", 5, 56, 0, 29, -0.0381, 0.1926],
    ["(e) 0/10 − 0/20", 0, 10, 0, 20, -0.1611, 0.2775],
    ["(g) 10/10 − 0/20", 10, 10, 0, 20, 0.6791, 1],
  ];
  test.each(published)("%s", (_name, eventsTreated, nTreated, eventsControl, nControl, lower, upper) => {
    const interval = newcombeInterval({ events: eventsTreated, n: nTreated }, { events: eventsControl, n: nControl }, 0.95);
    expect(Math.abs(interval.lower - lower)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(interval.upper - upper)).toBeLessThanOrEqual(0.00005);
  });
});

describe("worked by hand", () => {
  test("README example: 9 of 120 vs 21 of 115, NNT = 13800 / 1485", () => {
    // 1 / (21/115 − 9/120) = 115·120 / (21·120 − 9·115) = 13800 / 1485 = 9.2929…
    const result = compareRates({ events: 9, n: 120 }, { events: 21, n: 115 }, 0.95);
    expect(result.numberNeededToTreat).toBeCloseTo(13800 / 1485, 12);
    expect(result.difference).toBeCloseTo(9 / 120 - 21 / 115, 15);
  });

  test("Fisher counts equally likely tables: 3/4 vs 1/4 gives 34/70", () => {
    // Events among the treated ~ hypergeometric(4 events, 4 without, 4 drawn):
    // P(0..4) = 1, 16, 36, 16, 1 over 70. Observed 3 (16/70); tables at most as likely: 0, 1, 3, 4.
    expect(fisherExactTest({ events: 3, n: 4 }, { events: 1, n: 4 })).toBeCloseTo(34 / 70, 14);
  });

  test("Fisher on 1/2 vs 0/1: both possible tables are at most as likely as 1/2 → p = 1", () => {
    // P(1 event among the treated) = 2/3, P(0) = 1/3.
    expect(fisherExactTest({ events: 1, n: 2 }, { events: 0, n: 1 })).toBe(1);
  });

  test("Fisher with a single possible table is 1", () => {
    expect(fisherExactTest({ events: 0, n: 5 }, { events: 0, n: 3 })).toBe(1);
    expect(fisherExactTest({ events: 5, n: 5 }, { events: 3, n: 3 })).toBe(1);
  });

  test("the z-test p is 1 when nobody or everybody had the event", () => {
    expect(twoProportionZTest({ events: 0, n: 10 }, { events: 0, n: 4 })).toBe(1);
    expect(twoProportionZTest({ events: 10, n: 10 }, { events: 4, n: 4 })).toBe(1);
  });

  test("equal rates have no NNT", () => {
    expect(compareRates({ events: 5, n: 50 }, { events: 10, n: 100 }, 0.95).numberNeededToTreat).toBeNull();
  });

  test("a worse treated group gives a negative NNT", () => {
    // 1 / (2/9 − 7/8) = 72 / (16 − 63) = −72/47
    expect(compareRates({ events: 7, n: 8 }, { events: 2, n: 9 }, 0.95).numberNeededToTreat).toBeCloseTo(-72 / 47, 12);
  });

  test("Fisher p-values agree with R relatively too, down to 1e-86", () => {
    for (const reference of comparisonsReference.rates) {
      const p = fisherExactTest(
        { events: reference.events_treated, n: reference.n_treated },
        { events: reference.events_control, n: reference.n_control },
      );
      expect(Math.abs(p - reference.fisher_p) / reference.fisher_p).toBeLessThan(1e-12);
    }
    expect(rateCase("far in the tail").fisher_p).toBeLessThan(1e-80);
  });

  test("Fisher on large groups finishes and agrees with R", () => {
    const reference = rateCase("100,000 people per group");
    const p = fisherExactTest(
      { events: reference.events_treated, n: reference.n_treated },
      { events: reference.events_control, n: reference.n_control },
    );
    expectAgreement(p, reference.fisher_p, "fisher_p");
  });
});

describe("errors", () => {
  test("an empty group is #N/A-worthy and names the group", () => {
    expect(problemOf(() => compareRates({ events: 0, n: 0 }, { events: 1, n: 5 }, 0.95))).toEqual({
      problem: "not-enough-data",
      message: "treated: the group is empty, there is no rate to compare",
    });
    expect(problemOf(() => compareRates({ events: 1, n: 5 }, { events: 0, n: 0 }, 0.95)).message).toMatch(/^control:/);
  });

  test.each([0, 1, -0.5, 95, NaN, Infinity])("confidence %p is a wrong value", (confidence) => {
    const { problem, message } = problemOf(() => compareRates({ events: 1, n: 5 }, { events: 2, n: 5 }, confidence));
    expect(problem).toBe("invalid-value");
    expect(message).toMatch(/^confidence: /);
  });

  test("counts must be whole, not negative, events at most n", () => {
    expect(problemOf(() => requireEventCount(-1, 10, "events_treated", "n_treated")).message).toMatch(/^events_treated: -1/);
    expect(problemOf(() => requireEventCount(1.5, 10, "events_treated", "n_treated")).message).toMatch(/^events_treated: 1.5/);
    expect(problemOf(() => requireEventCount(3, 2.5, "events_control", "n_control")).message).toMatch(/^n_control: 2.5/);
    expect(problemOf(() => requireEventCount(11, 10, "events_control", "n_control"))).toEqual({
      problem: "invalid-value",
      message: "events_control: 11 is more than n_control (10)",
    });
    expect(problemOf(() => requireEventCount(1, 1e12, "events_treated", "n_treated")).message).toMatch(
      /^n_treated: 1000000000000 is more people/,
    );
    expect(requireEventCount(3, 10, "a", "b")).toEqual({ events: 3, n: 10 });
  });
});
