import { Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { termLabel } from "../TermInfo";
import type { ExplainedTerm } from "../../shared/catalogue/terms";
import { useState } from "react";
import { evaluationPlan, type EvaluationPlan } from "../../engine/power";
import { formatNumber, formatPercent, formatPlain, parseTypedNumber } from "../numbers";
import { usePane } from "../services";
import type { Language, Strings } from "../strings";

/*
 * Planning an evaluation (DESIGN §3.8, §5): how many households, in which ratio, to detect a
 * change of the rate from X % to Y % with the power wanted, and how long the evaluation runs.
 * The numbers are PREVENT.SAMPLESIZE's; results are a label–value list that fits 320 px.
 */

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  pair: { display: "contents" },
  term: { margin: 0 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
});

type FieldKey = "rateControl" | "rateTreated" | "power" | "confidence" | "ratio" | "followUp" | "intake";

const fieldKeys: FieldKey[] = ["rateControl", "rateTreated", "power", "confidence", "ratio", "followUp", "intake"];

const labels: Record<FieldKey, keyof Strings> = {
  rateControl: "planRateControl",
  rateTreated: "planRateTreated",
  power: "planPower",
  confidence: "planConfidence",
  ratio: "planRatio",
  followUp: "planFollowUp",
  intake: "planIntake",
};

/** The values the card starts with: the business case's example, 30 % without and 20 % with counselling. */
/** The fields whose label is a statistical term, explained beside it. */
const terms: Partial<Record<FieldKey, ExplainedTerm>> = { power: "term.power", confidence: "term.confidenceInterval" };

const startValues: Record<FieldKey, number> = {
  rateControl: 30,
  rateTreated: 20,
  power: 80,
  confidence: 95,
  ratio: 1,
  followUp: 24,
  intake: 10,
};

type Reading =
  { plan: EvaluationPlan; values: Record<FieldKey, number> } | { problems: Partial<Record<FieldKey, string>>; general?: string };

/** Checks every field in the pane's words (the engine's messages are for function cells), then plans. */
export function readPlan(typed: Record<FieldKey, string>, language: Language, text: Strings): Reading {
  const values = {} as Record<FieldKey, number>;
  const problems: Partial<Record<FieldKey, string>> = {};
  const plain = (value: number) => formatPlain(value, language);
  const limits: Record<FieldKey, (value: number) => string | null> = {
    rateControl: (v) => (v > 0 && v < 100 ? null : text.planBetween(plain(0), plain(100))),
    rateTreated: (v) => (v > 0 && v < 100 ? null : text.planBetween(plain(0), plain(100))),
    power: (v) => (v >= 50 && v <= 99.9 ? null : text.planFrom(plain(50), plain(99.9))),
    confidence: (v) => (v >= 50 && v <= 99.9 ? null : text.planFrom(plain(50), plain(99.9))),
    ratio: (v) => (v > 0 ? null : text.planPositive),
    followUp: (v) => (v > 0 ? null : text.planPositive),
    intake: (v) => (v > 0 ? null : text.planPositive),
  };
  for (const key of fieldKeys) {
    const value = parseTypedNumber(typed[key], language);
    if (value === null) problems[key] = text.planNotNumber;
    else {
      const problem = limits[key](value);
      if (problem) problems[key] = problem;
      else values[key] = value;
    }
  }
  if (Object.keys(problems).length > 0) return { problems };
  if (values.rateControl === values.rateTreated) return { problems: { rateTreated: text.planSameRates } };
  try {
    const plan = evaluationPlan(
      values.rateControl / 100,
      values.rateTreated / 100,
      values.power / 100,
      values.confidence / 100,
      values.ratio,
      values.followUp,
      values.intake,
    );
    return { plan, values };
  } catch {
    return { problems: {}, general: text.planUnreachable };
  }
}

export function planSentence(plan: EvaluationPlan, values: Record<FieldKey, number>, language: Language, text: Strings): string {
  const whole = (value: number) => formatNumber(value, 0, language);
  return text.planSentence({
    direction: values.rateTreated < values.rateControl ? "fall" : "rise",
    from: formatPercent(values.rateControl / 100, language),
    to: formatPercent(values.rateTreated / 100, language),
    power: formatPercent(values.power / 100, language),
    treated: whole(plan.nTreated),
    control: whole(plan.nControl),
    intake: formatPlain(values.intake, language),
    recruitment: whole(plan.recruitmentMonths),
    followUp: formatPlain(values.followUp, language),
    duration: whole(plan.durationMonths),
  });
}

export function PlanningCard() {
  const styles = useStyles();
  const { language, text } = usePane();
  const [typed, setTyped] = useState<Record<FieldKey, string>>(() => {
    const start = {} as Record<FieldKey, string>;
    for (const key of fieldKeys) start[key] = formatPlain(startValues[key], language);
    return start;
  });
  const reading = readPlan(typed, language, text);
  const problems = "problems" in reading ? reading.problems : {};
  const rows: [string, number][] =
    "plan" in reading
      ? [
          [text.planTreated, reading.plan.nTreated],
          [text.planControl, reading.plan.nControl],
          [text.planTotal, reading.plan.nTotal],
          [text.planRecruitment, reading.plan.recruitmentMonths],
          [text.planDuration, reading.plan.durationMonths],
        ]
      : [];
  return (
    <section className={styles.card} aria-labelledby="planning-heading">
      <h2 id="planning-heading" className={styles.heading}>
        {text.planningHeading}
      </h2>
      <p className={styles.intro}>{text.planningIntro}</p>
      {fieldKeys.map((key) => (
        <Field
          key={key}
          label={key in terms ? termLabel(text[labels[key]] as string, terms[key]!, language) : (text[labels[key]] as string)}
          hint={key === "followUp" ? text.planFollowUpHint : undefined}
          validationMessage={problems[key]}
          validationState={problems[key] ? "error" : "none"}
        >
          <Input inputMode="decimal" value={typed[key]} onChange={(_, data) => setTyped({ ...typed, [key]: data.value })} />
        </Field>
      ))}
      <div role="status" aria-live="polite">
        {"plan" in reading ? (
          <>
            <h3 className={styles.heading}>{text.planResults}</h3>
            <dl className={styles.list}>
              {rows.map(([label, value]) => (
                <div key={label} className={styles.pair}>
                  <dt className={styles.term}>{label}</dt>
                  <dd className={styles.value}>{formatNumber(value, 0, language)}</dd>
                </div>
              ))}
            </dl>
            <p>{planSentence(reading.plan, reading.values, language, text)}</p>
          </>
        ) : (
          reading.general && (
            <MessageBar intent="warning">
              <MessageBarBody>{reading.general}</MessageBarBody>
            </MessageBar>
          )
        )}
      </div>
    </section>
  );
}
