import { requireConfidence } from "./checks";
import { requireSpread, tTest, welchSatterthwaite, type SampleSummary, type TTestResult } from "./means";

/** Four independent samples: the treated and the control group, each before and after. */
export interface BeforeAfterSamples<T> {
  treatedBefore: T;
  treatedAfter: T;
  controlBefore: T;
  controlAfter: T;
}

const argumentNames: BeforeAfterSamples<string> = {
  treatedBefore: "treated_before",
  treatedAfter: "treated_after",
  controlBefore: "control_before",
  controlAfter: "control_after",
};

/**
 * Difference in differences of four independent samples: (treated after − treated before) −
 * (control after − control before), with se = √(Σ sᵢ²/nᵢ), Welch–Satterthwaite degrees of
 * freedom, the interval DiD ± t(df)·se and a two-sided p-value from t(df).
 */
export function differenceInDifferences(
  samples: BeforeAfterSamples<SampleSummary>,
  confidence: number,
  names: BeforeAfterSamples<string> = argumentNames,
): TTestResult {
  requireConfidence(confidence);
  const { treatedBefore, treatedAfter, controlBefore, controlAfter } = samples;
  const order = ["treatedBefore", "treatedAfter", "controlBefore", "controlAfter"] as const;
  for (const key of order) requireSpread(samples[key], names[key]);
  const difference = treatedAfter.mean - treatedBefore.mean - (controlAfter.mean - controlBefore.mean);
  const allNames = order.map((key) => names[key]);
  return tTest(
    difference,
    welchSatterthwaite(
      order.map((key) => samples[key]),
      allNames,
    ),
    confidence,
    allNames,
  );
}
