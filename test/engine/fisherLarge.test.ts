/* Fisher's exact test on groups of millions: agreement with R (fisherLarge.R) and the largest groups accepted. */
import { fisherExactTest, largestGroup } from "../../src/engine/proportions";
import references from "../reference/fisherLarge.json";

describe("Fisher's exact test on large groups", () => {
  test.each(references.map((reference) => [reference.name, reference] as const))("%s agrees with R's fisher.test", (_name, reference) => {
    const p = fisherExactTest(
      { events: reference.events_treated, n: reference.n_treated },
      { events: reference.events_control, n: reference.n_control },
    );
    if (reference.fisher_p === 0) expect(p).toBe(0);
    // Below 2.2e-308 R's sum holds subnormal terms; both are "0 for all purposes".
    else if (reference.fisher_p < 1e-300) expect(p).toBeLessThan(1e-300);
    else expect(Math.abs(p - reference.fisher_p) / reference.fisher_p).toBeLessThan(1e-12);
  });

  // How long these take is measured by `npm run bench` (RATEDIFF.COUNTS at a billion per group).
  test("gives the p-value at the largest groups the functions accept", () => {
    const p = (a: number, b: number, n2 = largestGroup) => fisherExactTest({ events: a, n: largestGroup }, { events: b, n: n2 });
    // Rates 0.5 and 0.4 among a billion each: z is about 4,500, so p underflows to 0.
    expect(p(5e8, 4e8)).toBe(0);
    // 0.5 against 0.50003: the difference 3e-5 over its standard error sqrt(0.25 × 2 / 1e9) = 2.2361e-5
    // is z = 1.3416, two-sided normal p = 0.17971; at a billion per group Fisher's p is that to 1e-4.
    expect(Math.abs(p(5e8, 500030000) - 0.17971)).toBeLessThan(1e-4);
    // The observed table is the most likely one: every table is at most as likely, p = 1.
    expect(p(5e8, 5e8)).toBe(1);
    expect(p(1, 0)).toBe(1);
    // 1 event in 10 is the most likely count at a pooled rate of about 0.12346.
    expect(p(123456789, 1, 10)).toBe(1);
  });
});
