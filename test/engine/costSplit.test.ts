import { split } from "../../src/engine/costSplit";

describe("split", () => {
  test("Kreis Höxter: half to the city, half to the county", () => {
    expect(split(40000, [0.5, 0.5])).toEqual([20000, 20000]);
  });

  test("four bearers; a blank share counts as 0", () => {
    // 100,000 × 0.25, × 0.5, × 0, × 0.25
    expect(split(100000, [0.25, 0.5, null, 0.25])).toEqual([25000, 50000, 0, 25000]);
  });

  test("shares off by rounding only (thirds) are accepted", () => {
    const third = 1 / 3;
    const parts = split(90, [third, third, third]);
    parts.forEach((part) => expect(part).toBeCloseTo(30, 12));
  });

  test("shares not adding up to 1 name the sum", () => {
    expect(() => split(100, [0.5, 0.4])).toThrow("shares: add up to 0.9 (90 %), expected 1 (100 %)");
    expect(() => split(100, [0.6, 0.5])).toThrow(/add up to 1\.1 \(110 %\)/);
  });

  test("a share outside 0…1 names its position", () => {
    expect(() => split(100, [1.5, -0.5])).toThrow(/^shares: share 1/);
  });

  test("no shares at all is not enough data", () => {
    expect(() => split(100, [null, null])).toThrow(expect.objectContaining({ problem: "not-enough-data" }));
  });
});
