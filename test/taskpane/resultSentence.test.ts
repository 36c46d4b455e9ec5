import { resultSentence } from "../../src/taskpane/wizard/resultSentence";
import type { RateFigures } from "../../src/taskpane/wizard/figures";

/*
 * The example cohort: 34 of 240 counselled and 70 of 230 comparison households moved into a care
 * home within 24 months.
 *   rate treated 34/240 = 0.141667, rate control 70/230 = 0.304348,
 *   difference 0.141667 − 0.304348 = −0.162681 → "16.3 percentage points less often",
 *   people per prevented move 1 / 0.162681 = 6.147 → "about 6".
 * Wilson 95 % intervals (R: prop.test(x, n, correct = FALSE)$conf.int): treated 0.103181–0.191442,
 * control 0.248499–0.366625. Newcombe: lower = −0.162681 − √((0.141667−0.103181)² + (0.366625−0.304348)²)
 * = −0.162681 − √(0.001481 + 0.003878) = −0.162681 − 0.073208 = −0.235890; upper = −0.162681 +
 * √((0.191442−0.141667)² + (0.304348−0.248499)²) = −0.162681 + √(0.002478 + 0.003119) = −0.087870.
 * Stated as a reduction: 8.8 to 23.6 points.
 */
/** Test statistics the sentence does not read; NaN so that a sentence using them would show it. */
const unread = { pValue: NaN, standardError: NaN, degreesOfFreedom: NaN };

const cohort: RateFigures = {
  fisherPValue: NaN,
  pValue: NaN,
  kind: "binary",
  confidence: 0.95,
  rateTreated: 34 / 240,
  rateControl: 70 / 230,
  difference: 34 / 240 - 70 / 230,
  lower: -0.23589,
  upper: -0.08787,
  nTreated: 240,
  nControl: 230,
  numberNeededToTreat: 1 / (70 / 230 - 34 / 240),
};

describe("resultSentence", () => {
  it("reads the example cohort in English as the design's sentence", () => {
    expect(resultSentence(cohort, "en")).toBe(
      "Counselled households moved into a care home 16.3 percentage points less often than the comparison group " +
        "(95\u00a0% CI 8.8 to 23.6 percentage points); about 6 households had to be counselled to prevent one move.",
    );
  });

  it("reads it in German with decimal commas", () => {
    expect(resultSentence(cohort, "de")).toBe(
      "Beratene Haushalte zogen 16,3 Prozentpunkte seltener in ein Pflegeheim als die Vergleichsgruppe " +
        "(95\u00a0% KI 8,8 bis 23,6 Prozentpunkte); etwa 6 Haushalte mussten beraten werden, um einen Umzug zu verhindern.",
    );
  });

  it("says 'more often' and counts additional events when the treated group fared worse", () => {
    // 30/100 treated against 20/100 control: +10.0 points, 1/0.1 = 10 people per additional event.
    const worse: RateFigures = {
      ...cohort,
      rateTreated: 0.3,
      rateControl: 0.2,
      difference: 0.1,
      lower: 0.02,
      upper: 0.18,
      numberNeededToTreat: -10,
    };
    expect(resultSentence(worse, "en", "generic")).toBe(
      "The treated group had the event 10.0 percentage points more often than the comparison group " +
        "(95\u00a0% CI 2.0 to 18.0 percentage points); about 10 people were treated for each additional event.",
    );
  });

  it("adds that the interval includes no difference when it straddles zero", () => {
    const unsure: RateFigures = { ...cohort, difference: -0.05, lower: -0.12, upper: 0.02, numberNeededToTreat: 20 };
    const sentence = resultSentence(unsure, "en");
    expect(sentence).toContain("(95\u00a0% CI \u22122.0 to 12.0 percentage points)");
    expect(sentence).toContain("about 20 households");
    expect(sentence).toMatch(/includes no difference at all/);
  });

  it("reads a difference of means with its direction and both means", () => {
    // Means 80.5 and 78.0: difference 2.5; interval 1.0 to 4.0 excludes zero.
    const sentence = resultSentence(
      {
        ...unread,
        kind: "number",
        confidence: 0.9,
        meanTreated: 80.5,
        meanControl: 78,
        difference: 2.5,
        lower: 1,
        upper: 4,
        nTreated: 10,
        nControl: 12,
      },
      "en",
    );
    expect(sentence).toBe(
      "The treated group's mean was 2.50 higher than the comparison group's (80.50 against 78.00; 90\u00a0% CI 1.00 to 4.00).",
    );
  });

  it("reads a difference in differences", () => {
    const sentence = resultSentence({ ...unread, kind: "beforeAfter", confidence: 0.95, difference: -12.5, lower: -20, upper: -5 }, "de");
    expect(sentence).toBe(
      "Von vorher bis nachher veränderte sich der Mittelwert der geförderten Gruppe um 12,5 weniger als der der Vergleichsgruppe (95\u00a0% KI 5,0 bis 20,0).",
    );
  });
});
