import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { TemplateInsertionError } from "../../office/workbookPort";
import type { Consolidation } from "../../templates/consolidation/municipalities";
import { ActionFeedback, type Outcome } from "../feedback/ActionFeedback";
import { omittedLines } from "../feedback/omittedLines";
import { usePane } from "../services";
import { actionProblem, useWorkbookAction } from "../workbookAction";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  note: { margin: 0 },
});

/**
 * Inserts the consolidation template into the open workbook with one row per workbook read —
 * the rows the command line writes (consolidationData) — as one workbook action, so that a
 * second click while it runs inserts nothing.
 */
export function ConsolidationInsertion({ consolidation }: { consolidation: Consolidation }) {
  const styles = useStyles();
  const { port, language, text } = usePane();
  const actions = useWorkbookAction();
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const workbooks = consolidation.read.length;
  // Set at the click, before React renders the button disabled: a second click meanwhile does nothing.
  const pending = useRef(false);

  const insert = async () => {
    if (pending.current) return;
    pending.current = true;
    setOutcome(null);
    setWorking(text.countyInserting(workbooks));
    let title: string | null = null;
    try {
      const [{ consolidation: template }, { consolidationData }, { templateInsertion }] = await Promise.all([
        import(/* webpackChunkName: "pane-county" */ "../../templates/definitions/consolidation"),
        import(/* webpackChunkName: "pane-county" */ "../../templates/consolidation/tableRows"),
        import(/* webpackChunkName: "pane-template-layout" */ "../../templates/layout"),
      ]);
      title = template.title[language];
      // Refused at once, before anything is written, while another action (this one too) runs.
      const report = await actions.run("insertion", () =>
        port.insertTemplate(templateInsertion(template, language, consolidationData(consolidation))),
      );
      // The last sheet is the hidden marker; the user sees the others.
      const inserted = text.inserted(title, report.sheets.slice(0, -1));
      const omitted = omittedLines(report, text);
      setOutcome({
        intent: omitted.length > 0 ? "warning" : "success",
        message: omitted.length > 0 ? `${inserted} ${text.omittedHeading}` : inserted,
        details: omitted,
      });
    } catch (error) {
      setOutcome({
        intent: "error",
        message:
          title !== null && error instanceof TemplateInsertionError && error.failure
            ? text.insertionFailed(title, error.failure)
            : text.countyInsertFailed(actionProblem(error, text)),
      });
    } finally {
      pending.current = false;
      setWorking(null);
    }
  };

  return (
    <div className={styles.block}>
      <p className={styles.note}>{text.countyInsertNote(workbooks)}</p>
      <Button appearance="primary" disabled={working !== null || actions.running !== null} onClick={() => void insert()}>
        {text.countyInsert}
      </Button>
      <ActionFeedback outcome={outcome} working={working} />
    </div>
  );
}
