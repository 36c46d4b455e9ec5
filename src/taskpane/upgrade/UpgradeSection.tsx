import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { reason, usePane } from "../services";
import type { UpgradeCandidate } from "./upgradeCopy";

const useStyles = makeStyles({
  heading: { margin: 0, marginTop: tokens.spacingVerticalL, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  report: { margin: 0, paddingLeft: tokens.spacingHorizontalL, whiteSpace: "pre-wrap" },
});

type Outcome = { intent: "success" | "error" | "info"; message: string; lines?: string[] };

/** Copies of older template versions in the workbook, each with "Update to version X"; the old sheets stay. */
export function UpgradeSection() {
  const styles = useStyles();
  const { port, templates, language, text } = usePane();
  const [candidates, setCandidates] = useState<UpgradeCandidate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const modules = () => import(/* webpackChunkName: "pane-upgrade" */ "./upgradeCopy");

  const look = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const found = await (await modules()).upgradeCandidates(port);
      setCandidates(found);
      if (found.length === 0) setOutcome({ intent: "info", message: text.upgradeNoneFound });
    } catch (error) {
      setOutcome({ intent: "error", message: reason(error) });
    } finally {
      setBusy(false);
    }
  };

  const upgrade = async (candidate: UpgradeCandidate) => {
    setBusy(true);
    setOutcome(null);
    try {
      const [{ upgradeCopy }, { reportLines, UpgradeError }] = await Promise.all([
        modules(),
        import(/* webpackChunkName: "pane-upgrade" */ "../../templates/upgrade"),
      ]);
      const defaults = (await templates.organisationDefaults?.()) ?? { kind: "none" as const };
      if (defaults.kind === "refused") {
        setOutcome({ intent: "error", message: text.defaultsRefused(defaults.reason[language]) });
        return;
      }
      try {
        const { report, insertion } = await upgradeCopy(
          port,
          candidate.copy,
          defaults.kind === "loaded" ? defaults.defaults : undefined,
          language,
        );
        setOutcome({ intent: "success", message: text.upgraded(insertion.sheets.slice(0, -1)), lines: reportLines(report, language) });
        setCandidates(await (await modules()).upgradeCandidates(port));
      } catch (error) {
        setOutcome({ intent: "error", message: error instanceof UpgradeError ? error.text(language) : text.upgradeFailed(reason(error)) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h2 className={styles.heading}>{text.upgradeHeading}</h2>
      <p>{text.upgradeIntro}</p>
      <Button disabled={busy} onClick={look}>
        {text.upgradeLook}
      </Button>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>
              {outcome.message}
              {outcome.lines && <p className={styles.report}>{outcome.lines.join("\n")}</p>}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {candidates && candidates.length > 0 && (
        <ul className={styles.list} aria-label={text.upgradeHeading}>
          {candidates.map((candidate) => (
            <li key={candidate.copy.markerSheet}>
              {text.upgradeCopy(candidate.copy.templateId, candidate.copy.version, candidate.copy.suffix)}{" "}
              {candidate.target ? (
                <Button appearance="primary" disabled={busy} onClick={() => upgrade(candidate)}>
                  {text.upgradeTo(candidate.target)}
                </Button>
              ) : (
                <span>{candidate.refusal?.[language]}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
