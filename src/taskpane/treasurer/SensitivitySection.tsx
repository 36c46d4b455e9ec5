import { Button, MessageBar, MessageBarBody, ProgressBar, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { CalculationNotSettledError, RestoreError } from "../../office/workbookPort";
import { templateInputs } from "../assumptions/templateInputs";
import { ActionFeedback } from "../feedback/ActionFeedback";
import { StackedTable } from "../feedback/StackedTable";
import { recordedInputNames } from "../insertedCopies";
import { formatNumber, formatPercent, formatPlain } from "../numbers";
import { reason, usePane } from "../services";
import { actionProblem, useWorkbookAction } from "../workbookAction";
import {
  runOneWay,
  sensitivityPlan,
  type SensitivityOutcome,
  type SensitivityPlan,
  type Switching,
  type VariedInput,
} from "./sensitivityRun";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Message = { intent: "success" | "warning" | "error"; text: string };

/** One-way sensitivity by recalculation: progress, Cancel, and a table sorted by swing. */
export function SensitivitySection({ active }: { active: boolean }) {
  const styles = useStyles();
  const { port, templates, language, preview, text } = usePane();
  const [plan, setPlan] = useState<SensitivityPlan | null | undefined>(undefined);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<SensitivityOutcome | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const stop = useRef(false);
  const actions = useWorkbookAction();

  const load = useCallback(async () => {
    try {
      const [named, definitions] = await Promise.all([port.namedInputs(), templates.definitions()]);
      setPlan(sensitivityPlan(named, templateInputs(named, definitions, await recordedInputNames(port, named)), language));
    } catch (error) {
      setPlan(null);
      setMessage({ intent: "error", text: reason(error) });
    }
  }, [port, templates, language]);

  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const run = async () => {
    if (!plan) return;
    let started = false;
    try {
      const result = await actions.run("trialRun", () => {
        started = true;
        stop.current = false;
        setMessage(null);
        setOutcome(null);
        setProgress({ done: 0, total: 1 + 2 * plan.inputs.length });
        return runOneWay(
          port,
          plan,
          (done, total) => setProgress({ done, total }),
          () => stop.current,
        );
      });
      setOutcome(result);
      setMessage(
        result.stopped
          ? { intent: "warning", text: text.sensitivityStopped(result.rows.length) }
          : { intent: "success", text: text.sensitivityDone },
      );
    } catch (error) {
      const unrestored =
        error instanceof RestoreError
          ? error.inputs.map((input) => `${input.name} (${input.address}): ${String(input.original)}`).join("; ")
          : null;
      const cause = error instanceof CalculationNotSettledError ? text.calculationNotSettled(error.seconds) : actionProblem(error, text);
      setMessage({ intent: "error", text: unrestored ? text.sensitivityUnrestored(unrestored) : text.sensitivityFailed(cause) });
    } finally {
      if (started) setProgress(null);
    }
  };

  const euro = (value: number | null) => (value === null ? text.noNumber : formatNumber(value, 0, language));
  const shown = (input: VariedInput, value: number) => (input.percent ? formatPercent(value, language) : formatPlain(value, language));
  const switching = (input: VariedInput, found: Switching | null) =>
    found === null
      ? text.noNumber
      : found.kind === "none"
        ? text.switchingNone
        : input.whole
          ? String(found.value)
          : formatNumber(found.value * (input.percent ? 100 : 1), 2, language) + (input.percent ? "\u00a0%" : "");

  return (
    <section aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading" className={styles.heading}>
        {text.sensitivityHeading}
      </h2>
      <p className={styles.intro}>{text.sensitivityIntro}</p>
      {plan === undefined && <Spinner size="small" label={text.loading} />}
      {plan === null && !message && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.sensitivityNone}</MessageBarBody>
        </MessageBar>
      )}
      {plan && preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.sensitivityPreview}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={progress !== null || actions.running !== null} onClick={() => void run()}>
            {text.sensitivityRun}
          </Button>
          {progress !== null && <Button onClick={() => (stop.current = true)}>{text.cancel}</Button>}
        </div>
      )}
      {progress !== null && (
        <ProgressBar
          value={progress.done}
          max={progress.total}
          aria-label={text.sensitivityProgress(progress.done, progress.total)}
          aria-valuetext={text.sensitivityProgress(progress.done, progress.total)}
        />
      )}
      {progress !== null && <p role="status">{text.sensitivityProgress(progress.done, progress.total)}</p>}
      <ActionFeedback outcome={message && { intent: message.intent, message: message.text }} />
      {outcome && <p>{text.sensitivityBase(euro(outcome.base[0]), euro(outcome.base[1]))}</p>}
      {outcome && outcome.rows.length > 0 && (
        <StackedTable
          from="sensitivity"
          testId="sensitivity"
          caption={text.sensitivityCaption}
          labelHeader={text.sensitivityInput}
          headers={[
            text.sensitivityRange,
            text.sensitivityCountyLow,
            text.sensitivityCountyHigh,
            text.sensitivitySwing,
            text.sensitivityPublicLow,
            text.sensitivityPublicHigh,
            text.sensitivitySwitching,
          ]}
          rows={outcome.rows.map((row) => ({
            key: row.input.name,
            label: row.input.label,
            cells: [
              `${shown(row.input, row.input.low)} – ${shown(row.input, row.input.high)}`,
              ...[row.low[0], row.high[0], row.swing, row.low[1], row.high[1]].map(euro),
              row.switching ? row.switching.map((found) => switching(row.input, found)).join(" / ") : text.noNumber,
            ],
          }))}
        />
      )}
      {outcome && outcome.rows.some((row) => row.switching) && <p className={styles.intro}>{text.switchingNote}</p>}
    </section>
  );
}
