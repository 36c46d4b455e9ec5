/* Fisher's exact test on groups of millions: agreement with R (fisherLarge.R) and the time per call. */
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

  test("takes at most 50 ms at the largest groups the functions accept", () => {
    const calls: [number, number, number, number][] = [
      [5e8, largestGroup, 4e8, largestGroup],
      [5e8, largestGroup, 500030000, largestGroup],
      [5e8, largestGroup, 5e8, largestGroup],
      [1, largestGroup, 0, largestGroup],
      [123456789, largestGroup, 1, 10],
    ];
    fisherExactTest({ events: 5e8, n: largestGroup }, { events: 500030000, n: largestGroup }); // compiled once
    for (const [a, n1, b, n2] of calls) {
      const start = performance.now();
      const p = fisherExactTest({ events: a, n: n1 }, { events: b, n: n2 });
      expect(performance.now() - start).toBeLessThan(50);
      expect(p >= 0 && p <= 1).toBe(true);
    }
  });
});
