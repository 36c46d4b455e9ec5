import { projectCareHomeSpending, type CareHomeProjectionInputs } from "../../src/engine/careHomeProjection";

/**
 * Two years, figures chosen to be followed by hand:
 * in need: 65–79 1,000 × 0.1 = 100 and 1,100 × 0.1 = 110; 80+ 500 × 0.4 = 200 and 400 × 0.4 = 160;
 * total 300 and 270.
 */
const inputs: CareHomeProjectionInputs = {
  population: { aged65to79: [1000, 1100], aged80plus: [500, 400] },
  prevalence: { aged65to79: 0.1, aged80plus: 0.4 },
  careHomeShare: 0.2,
  hzpShare: 0.5,
  netMonthlyCost: 1000,
  costGrowth: 0.1,
  counsellingEffect: 0.5,
  reach: 0.2,
  userReduction: 0.25,
  discountRate: 0.1,
  preventionBudgetShare: 0.01,
  costPerPost: 1800,
};

const close = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 6));
};

describe("projectCareHomeSpending", () => {
  const projection = projectCareHomeSpending(inputs);

  it("counts people in need of care by age band", () => {
    close(projection.inNeed.aged65to79, [100, 110]);
    close(projection.inNeed.aged80plus, [200, 160]);
    close(projection.inNeedTotal, [300, 270]);
  });

  it("projects residents, recipients and spending of the status quo", () => {
    // Residents 300 × 0.2 = 60, 270 × 0.2 = 54; recipients half of them: 30, 27.
    // Spending: 30 × 1,000 × 12 = 360,000; 27 × 1,000 × 12 × 1.1 = 356,400.
    const statusQuo = projection.scenarios.statusQuo;
    close(statusQuo.residents, [60, 54]);
    close(statusQuo.recipients, [30, 27]);
    close(statusQuo.spending, [360000, 356400]);
  });

  it("lowers the care-home share by the counselling effect times its reach", () => {
    // Share 0.2 × (1 − 0.5 × 0.2) = 0.18: residents 54, 48.6; recipients 27, 24.3;
    // spending 27 × 12,000 = 324,000 and 24.3 × 12,000 × 1.1 = 320,760.
    const scenario = projection.scenarios.ambulantVorStationaer;
    expect(scenario.careHomeShare).toBeCloseTo(0.18, 12);
    close(scenario.residents, [54, 48.6]);
    close(scenario.recipients, [27, 24.3]);
    close(scenario.spending, [324000, 320760]);
  });

  it("states the cost of doing nothing per year, cumulated, discounted at year end and undiscounted", () => {
    // 360,000 − 324,000 = 36,000; 356,400 − 320,760 = 35,640. Discounted at 10 %:
    // 36,000 / 1.1 = 360,000/11 and 35,640 / 1.21 = 324,000/11, together 684,000/11.
    const saving = projection.savings.ambulantVorStationaer;
    close(saving.perYear, [36000, 35640]);
    close(saving.cumulative, [36000, 71640]);
    close(saving.discounted, [360000 / 11, 324000 / 11]);
    close(saving.cumulativeDiscounted, [360000 / 11, 684000 / 11]);
    expect(saving.total).toBeCloseTo(71640, 6);
    expect(saving.presentValue).toBeCloseTo(684000 / 11, 6);
  });

  it("computes the user's scenario from its own reduction of the care-home share", () => {
    // Share 0.2 × 0.75 = 0.15: recipients 22.5, 20.25; spending 270,000 and 20.25 × 13,200 = 267,300.
    // Saving 90,000 and 89,100; present value 900,000/11 + 810,000/11 = 1,710,000/11.
    close(projection.scenarios.user.spending, [270000, 267300]);
    close(projection.savings.user.perYear, [90000, 89100]);
    expect(projection.savings.user.total).toBeCloseTo(179100, 6);
    expect(projection.savings.user.presentValue).toBeCloseTo(1710000 / 11, 6);
  });

  it("turns 1 % of the status quo's spending into counselling posts at a cost that grows too", () => {
    // Budget 3,600 and 3,564; posts 3,600 / 1,800 = 2 and 3,564 / (1,800 × 1.1) = 1.8.
    close(projection.preventionBudget, [3600, 3564]);
    close(projection.postsFunded, [2, 1.8]);
  });

  it("refuses population rows of different lengths", () => {
    expect(() => projectCareHomeSpending({ ...inputs, population: { aged65to79: [1000], aged80plus: [500, 400] } })).toThrow(
      /1 year aged 65–79 but 2/,
    );
  });

  it("refuses shares outside 0…1, negative people and a post that costs nothing, naming the input", () => {
    expect(() => projectCareHomeSpending({ ...inputs, careHomeShare: 1.2 })).toThrow(/careHomeShare: 1.2 must lie between 0 and 1/);
    expect(() => projectCareHomeSpending({ ...inputs, prevalence: { aged65to79: 0.1, aged80plus: -0.1 } })).toThrow(/prevalence aged 80\+/);
    expect(() => projectCareHomeSpending({ ...inputs, population: { aged65to79: [1000, -1], aged80plus: [500, 400] } })).toThrow(
      /aged 65–79, year 2/,
    );
    expect(() => projectCareHomeSpending({ ...inputs, costPerPost: 0 })).toThrow(/costPerPost/);
    expect(() => projectCareHomeSpending({ ...inputs, discountRate: -1 })).toThrow(/discountRate/);
  });
});
