import { Button, Checkbox, Label, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { notesOmitted, workbookNameOmitted } from "../../office/officeFrozenCopy";
import { ActionFeedback } from "../feedback/ActionFeedback";
import { reason, usePane } from "../services";
import { actionProblem, useWorkbookAction } from "../workbookAction";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  sheets: { display: "flex", flexDirection: "column" },
});

type Outcome = { intent: "success" | "warning" | "error"; lines: string[] };

/** ISO 8601 to the second, in UTC: "2026-12-01T09:30:00Z". */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Freeze for sharing: choose sheets, and the port adds their frozen copies. */
export function FreezeSection({ active }: { active: boolean }) {
  const styles = useStyles();
  const { port, text } = usePane();
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const actions = useWorkbookAction();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = useCallback(async () => {
    try {
      setSheets(await port.visibleSheetNames());
    } catch (error) {
      setOutcome({ intent: "error", lines: [reason(error)] });
    }
  }, [port]);

  // Reload whenever the section is opened: sheets may have been added meanwhile.
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const toggle = (sheet: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(sheet);
    else next.delete(sheet);
    setChosen(next);
    // A new choice: what the last run said (or "choose a sheet") no longer applies.
    setOutcome(null);
  };

  const freeze = async () => {
    const ordered = (sheets ?? []).filter((sheet) => chosen.has(sheet));
    if (ordered.length === 0) return setOutcome({ intent: "error", lines: [text.freezeNoneChosen] });
    let started = false;
    try {
      const report = await actions.run("freeze", () => {
        started = true;
        setBusy(true);
        setOutcome(null);
        return port.freezeSheets({ sheets: ordered, madeAt: isoNow(), texts: text.frozenCopyTexts });
      });
      const lines = [text.frozen(report.sheets, report.frozenCells)];
      if (report.omitted.includes(notesOmitted)) lines.push(text.frozenWithoutNotes);
      if (report.omitted.includes(workbookNameOmitted)) lines.push(text.frozenWithoutName);
      setOutcome({ intent: lines.length > 1 ? "warning" : "success", lines });
      setChosen(new Set());
      await load();
    } catch (error) {
      setOutcome({ intent: "error", lines: [text.freezeFailed(actionProblem(error, text))] });
    } finally {
      if (started) setBusy(false);
    }
  };

  return (
    <section aria-labelledby="freeze-heading">
      <h2 id="freeze-heading" className={styles.heading}>
        {text.freezeHeading}
      </h2>
      <p className={styles.intro}>{text.freezeIntro}</p>
      {sheets === null ? (
        <Spinner size="small" label={text.loading} />
      ) : (
        // One Field would give every checkbox the same id: a labelled group instead.
        <div className={styles.sheets} role="group" aria-labelledby="freeze-sheets-label">
          <Label id="freeze-sheets-label">{text.freezeSheets}</Label>
          {sheets.map((sheet) => (
            <Checkbox key={sheet} label={sheet} checked={chosen.has(sheet)} onChange={(_, data) => toggle(sheet, data.checked === true)} />
          ))}
        </div>
      )}
      <div>
        <Button appearance="primary" disabled={busy || actions.running !== null} onClick={() => void freeze()}>
          {busy ? text.freezing : text.freezeButton}
        </Button>
      </div>
      <ActionFeedback
        outcome={outcome && { intent: outcome.intent, message: outcome.lines[0], details: outcome.lines.slice(1) }}
        working={busy ? text.freezeWork : null}
      />
    </section>
  );
}
