/**
 * The cost of doing nothing (DESIGN §4, template `inaction-projection`): care-home spending of a
 * county on Hilfe zur Pflege, projected year by year from the population by age band, with and
 * without prevention ("ambulant vor stationär").
 *
 * Year t = 1 is the first projection year. For each scenario s and year t:
 *   in need of care ₜ        = Σ_band population_band,ₜ × prevalence_band
 *   care-home residents ₛ,ₜ  = in need of care ₜ × care-home share ₛ
 *   recipients ₛ,ₜ           = residents ₛ,ₜ × share on Hilfe zur Pflege
 *   county spending ₛ,ₜ      = recipients ₛ,ₜ × net monthly cost × 12 × (1 + cost growth)^(t−1)
 * The saving of a scenario is status quo spending minus its spending: what doing nothing costs.
 * Discounting is at the end of each year, as Excel's NPV does.
 */
import { requireGrowthRate } from "./appraisal";
import { requireNonNegative, requireRate } from "./checks";
import { invalidValue } from "./errors";
import { message } from "../shared/message";

/** People aged 65 to 79 and 80 or older, the two bands of the official projections used here. */
export interface AgeBands<T> {
  aged65to79: T;
  aged80plus: T;
}

export interface CareHomeProjectionInputs {
  /** Population by band, one value per projection year (both rows of the same length). */
  population: AgeBands<number[]>;
  /** Share of each band in need of care (care statistics' Pflegequote). */
  prevalence: AgeBands<number>;
  /** Share of the people in need of care who live in a care home (status quo, kept constant). */
  careHomeShare: number;
  /** Share of care-home residents whose cost the county carries as Hilfe zur Pflege. */
  hzpShare: number;
  /** County's net cost per Hilfe-zur-Pflege recipient and month, in prices of the first year. */
  netMonthlyCost: number;
  /** Yearly growth of that cost and of the cost of a counselling post. */
  costGrowth: number;
  /**
   * Relative reduction of care-home entries among those counselled (the counselling business
   * case's effect, net of its adjustments).
   */
  counsellingEffect: number;
  /** Share of the people in need of care the counselling services reach. */
  reach: number;
  /** Relative reduction of the care-home share in the user's own scenario. */
  userReduction: number;
  discountRate: number;
  /** Prevention budget as a share of the status quo's projected spending. */
  preventionBudgetShare: number;
  /** Full cost of one counselling post and year, in prices of the first year. */
  costPerPost: number;
}

export type ScenarioKey = "statusQuo" | "ambulantVorStationaer" | "user";

export interface ScenarioProjection {
  careHomeShare: number;
  residents: number[];
  recipients: number[];
  spending: number[];
}

/** What a scenario saves against the status quo: the cost of doing nothing. */
export interface Saving {
  perYear: number[];
  cumulative: number[];
  discounted: number[];
  cumulativeDiscounted: number[];
  /** Sum over all years, undiscounted. */
  total: number;
  /** Present value at the start of the first year (= NPV(discount rate, perYear)). */
  presentValue: number;
}

export interface CareHomeProjection {
  inNeed: AgeBands<number[]>;
  inNeedTotal: number[];
  scenarios: Record<ScenarioKey, ScenarioProjection>;
  savings: Record<Exclude<ScenarioKey, "statusQuo">, Saving>;
  preventionBudget: number[];
  /** Counselling posts the prevention budget pays for in each year. */
  postsFunded: number[];
}

function cumulate(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}

function saving(statusQuo: number[], scenario: number[], discountRate: number): Saving {
  const perYear = statusQuo.map((spending, i) => spending - scenario[i]);
  const discounted = perYear.map((amount, i) => amount / (1 + discountRate) ** (i + 1));
  const cumulative = cumulate(perYear);
  const cumulativeDiscounted = cumulate(discounted);
  return {
    perYear,
    cumulative,
    discounted,
    cumulativeDiscounted,
    total: cumulative[cumulative.length - 1] ?? 0,
    presentValue: cumulativeDiscounted[cumulativeDiscounted.length - 1] ?? 0,
  };
}

export function projectCareHomeSpending(inputs: CareHomeProjectionInputs): CareHomeProjection {
  const { population, prevalence } = inputs;
  if (population.aged65to79.length !== population.aged80plus.length) {
    throw invalidValue("engine.populationYears", { young: population.aged65to79.length, old: population.aged80plus.length });
  }
  population.aged65to79.forEach((people, i) => requireNonNegative(people, message("engine.populationYoung", { year: i + 1 })));
  population.aged80plus.forEach((people, i) => requireNonNegative(people, message("engine.populationOld", { year: i + 1 })));
  requireRate(prevalence.aged65to79, message("engine.prevalenceYoung"));
  requireRate(prevalence.aged80plus, message("engine.prevalenceOld"));
  for (const share of ["careHomeShare", "hzpShare", "counsellingEffect", "reach", "userReduction", "preventionBudgetShare"] as const)
    requireRate(inputs[share], share);
  requireNonNegative(inputs.netMonthlyCost, "netMonthlyCost");
  requireGrowthRate(inputs.costGrowth, "costGrowth");
  requireGrowthRate(inputs.discountRate, "discountRate");
  if (!(inputs.costPerPost > 0)) throw invalidValue("engine.positive", { argument: "costPerPost", value: inputs.costPerPost });
  const inNeed: AgeBands<number[]> = {
    aged65to79: population.aged65to79.map((people) => people * prevalence.aged65to79),
    aged80plus: population.aged80plus.map((people) => people * prevalence.aged80plus),
  };
  const inNeedTotal = inNeed.aged65to79.map((people, i) => people + inNeed.aged80plus[i]);
  const growth = (i: number) => (1 + inputs.costGrowth) ** i;
  const scenario = (careHomeShare: number): ScenarioProjection => {
    const residents = inNeedTotal.map((people) => people * careHomeShare);
    const recipients = residents.map((people) => people * inputs.hzpShare);
    const spending = recipients.map((people, i) => people * inputs.netMonthlyCost * 12 * growth(i));
    return { careHomeShare, residents, recipients, spending };
  };
  const scenarios = {
    statusQuo: scenario(inputs.careHomeShare),
    ambulantVorStationaer: scenario(inputs.careHomeShare * (1 - inputs.counsellingEffect * inputs.reach)),
    user: scenario(inputs.careHomeShare * (1 - inputs.userReduction)),
  };
  const statusQuo = scenarios.statusQuo.spending;
  const preventionBudget = statusQuo.map((spending) => spending * inputs.preventionBudgetShare);
  return {
    inNeed,
    inNeedTotal,
    scenarios,
    savings: {
      ambulantVorStationaer: saving(statusQuo, scenarios.ambulantVorStationaer.spending, inputs.discountRate),
      user: saving(statusQuo, scenarios.user.spending, inputs.discountRate),
    },
    preventionBudget,
    postsFunded: preventionBudget.map((budget, i) => budget / (inputs.costPerPost * growth(i))),
  };
}
