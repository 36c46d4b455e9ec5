/**
 * The E-values, the detectable difference (Newton rows) and the planning block of the templates,
 * recalculated by LibreOffice from the .xlsx and compared with the engine to 1e-9 relative. The
 * engine itself is checked against R in test/functions/confounding.test.ts. The English sentences
 * are written out here from the engine's numbers.
 */
import { evalues, riskRatio } from "../../src/engine/confounding";
import { detectableDifference, evaluationPlan } from "../../src/engine/power";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language, TemplateDefinition } from "../../src/templates/model";
import type { Expected } from "./expectedResults";
import { errorCells, namedMismatches, recalculatePlans, setNamedCell } from "./recalculatedCells";

interface Counts {
  events_treated: number;
  n_treated: number;
  events_control: number;
  n_control: number;
}

interface Plan {
  plan_rate_control: number;
  plan_rate_treated: number;
  plan_power: number;
  plan_ratio: number;
  plan_follow_up_months: number;
  plan_intake_per_month: number;
}

interface Case {
  label: string;
  template: TemplateDefinition;
  language: Language;
  counts: Counts;
  detectPower?: number;
  plan?: Plan;
  /** How the sentence names the people and the association (English). */
  words: { people: string; association: string };
}

const counselling = { people: "households", association: "with both counselling and the move into a care home" };
const generic = { people: "people", association: "with both taking part and the event" };
const defaults: Counts = { events_treated: 34, n_treated: 240, events_control: 70, n_control: 230 };
const defaultPlan: Plan = {
  plan_rate_control: 0.3,
  plan_rate_treated: 0.2,
  plan_power: 0.8,
  plan_ratio: 1,
  plan_follow_up_months: 24,
  plan_intake_per_month: 10,
};

const cases: Case[] = [
  { label: "counselling-case en, the defaults", template: counsellingCase, language: "en", counts: defaults, words: counselling },
  { label: "counselling-case de, the defaults", template: counsellingCase, language: "de", counts: defaults, words: counselling },
  {
    label: "counselling-case en, 12 of 120 against 20 of 115 (not significant)",
    template: counsellingCase,
    language: "en",
    counts: { events_treated: 12, n_treated: 120, events_control: 20, n_control: 115 },
    words: counselling,
  },
  {
    label: "counselling-case en, 30 of 100 against 10 of 100 at 90 % power (a ratio above 1)",
    template: counsellingCase,
    language: "en",
    counts: { events_treated: 30, n_treated: 100, events_control: 10, n_control: 100 },
    detectPower: 0.9,
    words: counselling,
  },
  {
    label: "counselling-case en, 2 of 20 against 2 of 25 (not even a fall to 0 is detected)",
    template: counsellingCase,
    language: "en",
    counts: { events_treated: 2, n_treated: 20, events_control: 2, n_control: 25 },
    words: counselling,
  },
  {
    label: "counselling-case en, no event among the counselled",
    template: counsellingCase,
    language: "en",
    counts: { events_treated: 0, n_treated: 240, events_control: 70, n_control: 230 },
    words: counselling,
  },
  {
    label: "group-comparison en, the defaults",
    template: groupComparison,
    language: "en",
    counts: defaults,
    plan: defaultPlan,
    words: generic,
  },
  {
    label: "group-comparison de, the defaults",
    template: groupComparison,
    language: "de",
    counts: defaults,
    plan: defaultPlan,
    words: generic,
  },
  {
    label: "group-comparison en, 5 of 50 against 5 of 60, planning 25 % to 20 % at 90 % power, 3 controls each",
    template: groupComparison,
    language: "en",
    counts: { events_treated: 5, n_treated: 50, events_control: 5, n_control: 60 },
    plan: {
      plan_rate_control: 0.25,
      plan_rate_treated: 0.2,
      plan_power: 0.9,
      plan_ratio: 3,
      plan_follow_up_months: 36,
      plan_intake_per_month: 12.5,
    },
    words: generic,
  },
];

const confidence = 0.95;

function confoundingExpected(c: Case): Expected {
  const { events_treated: a, n_treated: n1, events_control: e, n_control: n2 } = c.counts;
  const power = c.detectPower ?? 0.8;
  const english = c.language === "en";
  if (a === 0 || e === 0) {
    return {
      risk_ratio: "",
      evalue: "",
      evalue_limit: "",
      ...(english ? { confounding_sentence: "The risk ratio is undefined: one group had no event." } : {}),
    };
  }
  const ratio = riskRatio({ events: a, n: n1 }, { events: e, n: n2 }, confidence);
  const e2 = evalues(ratio.riskRatio, [ratio.lower, ratio.upper]);
  let detectable: number | "";
  try {
    detectable = detectableDifference(n1, n2, e / n2, power, confidence);
  } catch {
    detectable = "";
  }
  const fall =
    detectable === ""
      ? "not have detected even a fall to zero"
      : `only have detected a fall of ${(-100 * detectable).toFixed(0)} percentage points`;
  const sentence =
    e2.evalueLimit > 1
      ? `An unmeasured factor would have to be associated about ${e2.evalue.toFixed(1)}-fold ${c.words.association} to explain the difference away; ${e2.evalueLimit.toFixed(1)}-fold to let the interval reach zero.`
      : `With ${n1} and ${n2} ${c.words.people} this comparison would ${fall} with ${(100 * power).toFixed(0)}% power: no evidence against an effect.`;
  return {
    risk_ratio: ratio.riskRatio,
    rr_lower: ratio.lower,
    rr_upper: ratio.upper,
    evalue: e2.evalue,
    evalue_limit: e2.evalueLimit,
    detect_difference: detectable,
    ...(english ? { confounding_sentence: sentence } : {}),
    ...(english && c.template === counsellingCase ? { summary_confounding_sentence: sentence } : {}),
  };
}

function planExpected(c: Case): Expected {
  if (!c.plan) return {};
  const p = c.plan;
  const plan = evaluationPlan(
    p.plan_rate_control,
    p.plan_rate_treated,
    p.plan_power,
    confidence,
    p.plan_ratio,
    p.plan_follow_up_months,
    p.plan_intake_per_month,
  );
  const percent = (value: number) => (100 * value).toFixed(1);
  return {
    plan_exact_treated: plan.exactTreated,
    plan_n_treated: plan.nTreated,
    plan_n_control: plan.nControl,
    plan_n_total: plan.nTotal,
    plan_recruitment_months: plan.recruitmentMonths,
    plan_duration_months: plan.durationMonths,
    ...(c.language === "en"
      ? {
          plan_sentence: `To detect a fall from ${percent(p.plan_rate_control)}% to ${percent(p.plan_rate_treated)}% with ${(100 * p.plan_power).toFixed(0)}% power, the evaluation needs ${plan.nTreated} people in the treated group and ${plan.nControl} in the control group. At ${p.plan_intake_per_month.toFixed(1)} new people a month the treated group is complete after ${plan.recruitmentMonths} months; with ${p.plan_follow_up_months} months of follow-up per person the result is known after ${plan.durationMonths} months.`,
        }
      : {}),
  };
}

let recalculated: Awaited<ReturnType<typeof recalculatePlans>>;

beforeAll(async () => {
  recalculated = await recalculatePlans(
    cases.map((c) => {
      const plan = layoutTemplate(c.template, c.language);
      for (const [name, value] of Object.entries(c.counts)) setNamedCell(plan, name, value);
      if (c.detectPower !== undefined) setNamedCell(plan, "detect_power", c.detectPower);
      for (const [name, value] of Object.entries(c.plan ?? {})) setNamedCell(plan, name, value);
      return { label: c.label, stem: `${c.template.id}-${c.language}`, plan };
    }),
  );
}, 180000);

describe.each(cases)("$label recalculated in LibreOffice", (c) => {
  it("agrees with the engine in the risk ratio, the E-values, the detectable difference and the plan", () => {
    const { plan, sheets } = recalculated.get(c.label)!;
    const expected = { ...confoundingExpected(c), ...planExpected(c) };
    expect(namedMismatches(plan, sheets, expected)).toEqual([]);
  });

  it("shows no error value where the counts allow every figure", () => {
    const { sheets } = recalculated.get(c.label)!;
    if (c.counts.events_treated > 0) expect(errorCells(sheets)).toEqual([]);
  });
});
