import { evalueOf } from "../../src/engine/confounding";
import { detectableDifference, sampleSize, twoProportionPower } from "../../src/engine/power";
import { detectable, evalueFromCounts, evalueFromRatio, plannedSampleSize } from "../../src/functions/confounding";
import { evalueOutputs, outputKeys } from "../../src/functions/outputs";
import { confoundingReference as reference } from "../reference/confoundingReference";
import { expectAgreement } from "../support/agreement";
import { withDisplayLanguage } from "../support/displayLanguage";
import { thrownExcelError } from "../support/thrownExcelError";

const omitted = null as never;
const evalueKeys = outputKeys(evalueOutputs);

describe("PREVENT.EVALUE.RR", () => {
  test("the paper's own example: RR 3.9 (1.8 to 8.7) gives E-values 7.26 and 3.00", () => {
    // VanderWeele & Ding 2017: 3.9 + √(3.9 · 2.9) = 7.2630…; 1.8 + √(1.8 · 0.8) = 1.8 + 1.2 = 3 exactly.
    const [[, evalue], [, limit]] = evalueFromRatio(3.9, 1.8, 8.7, omitted) as [string, number][];
    expect(evalue.toFixed(2)).toBe("7.26");
    expect(limit.toFixed(2)).toBe("3.00");
    expectAgreement(evalue, reference.paper_example.evalue, "evalue");
    expectAgreement(limit, 3, "evalue_limit", 1e-15);
  });

  test.each(reference.ratios.map((r) => [r.risk_ratio, r.limit_1, r.limit_2, r]))(
    "RR %s (%s to %s) as R computes it",
    (ratio, l1, l2, r) => {
      expectAgreement(evalueFromRatio(ratio as number, l1 as number, l2 as number, "evalue")[0][0] as number, r.evalue, "evalue");
      expectAgreement(
        evalueFromRatio(ratio as number, l1 as number, l2 as number, "evalue_limit")[0][0] as number,
        r.evalue_limit,
        "limit",
      );
      // the limits in the other order give the same
      expectAgreement(
        evalueFromRatio(ratio as number, l2 as number, l1 as number, "evalue_limit")[0][0] as number,
        r.evalue_limit,
        "swapped",
      );
    },
  );

  test("below 1 the E-value is that of 1/RR; without limits evalue_limit is 1; one limit is the one nearer 1", () => {
    expectAgreement(evalueOf(0.25), 4 + Math.sqrt(12), "RR 0.25");
    expect(evalueFromRatio(0.25, omitted, omitted, "evalue_limit")).toEqual([[1]]);
    // RR 0.5 with upper limit 0.8 alone: 1.25 + √(1.25 · 0.25) = 1.809…
    expectAgreement(evalueFromRatio(0.5, 0.8, omitted, "evalue_limit")[0][0] as number, 1.25 + Math.sqrt(0.3125), "one limit");
    expect(thrownExcelError(() => evalueFromRatio(0.5, 0.3, omitted, omitted))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("limit_1"),
    });
  });

  test("bad input is #VALUE! naming the argument", () => {
    for (const [args, name] of [
      [[0, omitted, omitted], "risk_ratio"],
      [[-2, omitted, omitted], "risk_ratio"],
      [["viel", omitted, omitted], "risk_ratio"],
      [[2, 0, 3], "limit_1"],
      [[2, 1.5, "hoch"], "limit_2"],
      [[2, 2.5, 3], "risk_ratio"],
    ] as const) {
      const error = thrownExcelError(() => evalueFromRatio(...(args as unknown as [number, number, number]), omitted));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain(name);
    }
  });
});

describe("PREVENT.EVALUE from counts", () => {
  test.each(
    reference.counts.map((r) => [`${r.events_treated}/${r.n_treated} vs ${r.events_control}/${r.n_control} at ${r.confidence}`, r]),
  )("%s: every row of the table as R computes it", (_label, r) => {
    const table = evalueFromCounts(r.events_treated, r.n_treated, r.events_control, r.n_control, r.confidence, omitted);
    expect(table.map((row) => row[0])).toHaveLength(evalueKeys.length);
    evalueKeys.forEach((key, i) => expectAgreement(table[i][1] as number, r[key], key));
  });

  test("zero events in a group is #N/A: the ratio is undefined", () => {
    for (const args of [
      [0, 100, 10, 100],
      [10, 100, 0, 100],
    ]) {
      const error = thrownExcelError(() => evalueFromCounts(args[0], args[1], args[2], args[3], omitted, omitted));
      expect(error.code).toBe("#N/A");
      expect(error.message).toMatch(/events_(treated|control).*undefined/);
    }
  });

  test("wrong counts are #VALUE! naming the argument", () => {
    expect(thrownExcelError(() => evalueFromCounts(12, 10, 5, 50, omitted, omitted)).message).toContain("events_treated");
    expect(thrownExcelError(() => evalueFromCounts(2, 10, 5, -50, omitted, omitted)).message).toContain("n_control");
    expect(thrownExcelError(() => evalueFromCounts(2, 10, 5, 50, 95, omitted)).message).toContain("confidence");
    expect(thrownExcelError(() => evalueFromCounts(2, 10, 5, 50, omitted, "e_value")).message).toContain("output");
  });

  test("German labels name the confidence level", () => {
    const table = withDisplayLanguage("de-DE", () => evalueFromCounts(34, 240, 70, 230, 0.9, omitted));
    expect(table[1][0]).toBe("Relatives Risiko: untere Grenze, 90-%-Konfidenzintervall");
    expect(table[3][0]).toContain("E-Wert");
  });
});

describe("PREVENT.DETECTABLE", () => {
  test.each(reference.detectable.map((r) => [`${r.n_treated} and ${r.n_control}, control ${r.rate_control}, power ${r.power}`, r]))(
    "%s: as R finds it (%s)",
    (_label, r) => {
      const difference = detectable(r.n_treated, r.n_control, r.rate_control, r.power, r.confidence);
      expectAgreement(difference, r.difference, `${r.method} difference`);
      expect(difference).toBeLessThan(0);
    },
  );

  test("defaults are power 0.8 and confidence 0.95", () => {
    const r = reference.detectable[0];
    expectAgreement(detectable(r.n_treated, r.n_control, r.rate_control, omitted, omitted), r.difference, "defaults");
  });

  test("when even a fall to 0 is not detected with that power, #N/A says so", () => {
    const u = reference.undetectable;
    expect(u.power_at_zero).toBeLessThan(u.power);
    const error = thrownExcelError(() => detectable(u.n_treated, u.n_control, u.rate_control, u.power, u.confidence));
    expect(error).toMatchObject({ code: "#N/A", message: expect.stringContaining("would not be detected") });
  });

  test("rates of 0 or 1, power or confidence outside (0, 1), no people: #VALUE! naming the argument", () => {
    for (const [args, name] of [
      [[100, 100, 0, 0.8, 0.95], "rate_control"],
      [[100, 100, 1, 0.8, 0.95], "rate_control"],
      [[100, 100, 0.3, 1, 0.95], "power"],
      [[100, 100, 0.3, 0, 0.95], "power"],
      [[100, 100, 0.3, 0.8, 1.5], "confidence"],
      [[0, 100, 0.3, 0.8, 0.95], "n_treated"],
      [[100, "viele", 0.3, 0.8, 0.95], "n_control"],
    ] as const) {
      const error = thrownExcelError(() => detectable(...(args as unknown as [number, number, number, number, number])));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain(name);
    }
  });
});

describe("PREVENT.SAMPLESIZE", () => {
  test.each(reference.sample_sizes.map((r) => [`${r.rate_control} → ${r.rate_treated}, power ${r.power}, ratio ${r.ratio}`, r]))(
    "%s: as R (%s)",
    (_label, r) => {
      const table = plannedSampleSize(r.rate_control, r.rate_treated, r.power, r.confidence, r.ratio, omitted);
      expect(table.map((row) => row[1])).toEqual([r.n_treated, r.n_control, r.n_total]);
      expectAgreement(
        sampleSize(r.rate_control, r.rate_treated, r.power, r.confidence, r.ratio).exactTreated,
        r.exact_treated,
        "exact n",
        1e-9,
      );
    },
  );

  test("one key at a time; equal rates, rates of 0 or 1 and a ratio of 0 are #VALUE!", () => {
    expect(plannedSampleSize(0.3, 0.2, omitted, omitted, omitted, "n_total")).toEqual([[588]]);
    for (const [args, name] of [
      [[0.3, 0.3], "rate_treated"],
      [[0, 0.2], "rate_control"],
      [[0.3, 1], "rate_treated"],
      [[0.3, 0.2, 1.2], "power"],
      [[0.3, 0.2, 0.8, 0], "confidence"],
      [[0.3, 0.2, 0.8, 0.95, 0], "ratio"],
    ] as const) {
      const [a, b, c, d, e] = args as unknown as number[];
      const error = thrownExcelError(() => plannedSampleSize(a, b, c ?? omitted, d ?? omitted, e ?? omitted, omitted));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toContain(name);
    }
  });
});

describe("the power formula", () => {
  test.each(reference.powers.map((r) => [r.n, r.rate_treated, r.rate_control, r]))(
    "n %s, rates %s and %s: R's power.prop.test",
    (n, treated, control, r) => {
      expectAgreement(twoProportionPower(n as number, n as number, treated as number, control as number, r.confidence), r.power, "power");
    },
  );

  test("at the detectable difference the power is the power asked for", () => {
    const difference = detectableDifference(120, 115, 0.3, 0.8, 0.95);
    expectAgreement(twoProportionPower(120, 115, 0.3 + difference, 0.3, 0.95), 0.8, "power", 1e-12);
  });
});

describe("messages in German Excel", () => {
  test("a power of 1 and a risk ratio of 0 are refused in German, naming the argument, with a decimal comma", () => {
    const power = withDisplayLanguage("de-DE", () => thrownExcelError(() => detectable(100, 100, 0.3, 1, 0.95)));
    expect(power).toMatchObject({ code: "#VALUE!", message: "power: 1 muss echt zwischen 0 und 1 liegen" });
    const ratio = withDisplayLanguage("de-DE", () => thrownExcelError(() => evalueFromRatio(0, omitted, omitted, omitted)));
    expect(ratio).toMatchObject({
      code: "#VALUE!",
      message: "risk_ratio: 0 ist kein relatives Risiko; ein relatives Risiko ist größer als 0",
    });
    const rate = withDisplayLanguage("de-DE", () => thrownExcelError(() => detectable(100, 100, 1, 0.8, 0.95)));
    expect(rate.message).toBe(
      "rate_control: 1 muss echt zwischen 0 und 1 liegen (bei einer Quote von 0 oder 1 gibt es nichts zu entdecken)",
    );
  });

  test("no event in a group says so in German (#N/A)", () => {
    const error = withDisplayLanguage("de-DE", () => thrownExcelError(() => evalueFromCounts(0, 240, 70, 230, omitted, omitted)));
    expect(error).toMatchObject({
      code: "#N/A",
      message: "events_treated: In dieser Gruppe gibt es kein Ereignis; das relative Risiko und sein E-Wert sind daher nicht bestimmt",
    });
  });
});
