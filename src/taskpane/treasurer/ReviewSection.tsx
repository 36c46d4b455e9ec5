import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { ActionFeedback } from "../feedback/ActionFeedback";
import { formatPlain } from "../numbers";
import { reason, usePane } from "../services";
import { checkFormulaCells } from "./formulaCellsCheck";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
});

type Outcome = { intent: "success" | "warning" | "error" | "info"; text: string; cells?: string[] };

/** The pane's check for the Review sheets of the inserted templates: formula cells of the model that hold a typed value. */
export function ReviewSection() {
  const styles = useStyles();
  const { port, templates, language, text } = usePane();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const check = await checkFormulaCells(port, await templates.definitions());
      if (!check) setOutcome({ intent: "info", text: text.reviewNone });
      else {
        // A copy of another template version is named, not checked; the outcome says so.
        const others = check.otherVersions.map(({ copy, current }) => text.reviewOtherVersion(copy.templateId, copy.version, current));
        const shown = (value: unknown) => (typeof value === "number" ? formatPlain(value, language) : String(value ?? ""));
        const cells = [...check.findings.map((finding) => text.reviewHolds(finding.address, shown(finding.holds))), ...others];
        if (check.findings.length > 0)
          setOutcome({ intent: "warning", text: text.reviewFindings(check.findings.length, check.checked), cells });
        else if (check.copies.length > 0)
          setOutcome({ intent: others.length > 0 ? "warning" : "success", text: text.reviewClean(check.checked), cells });
        else setOutcome({ intent: "warning", text: text.reviewNotChecked, cells });
      }
    } catch (error) {
      setOutcome({ intent: "error", text: text.reviewFailed(reason(error)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="review-heading">
      <h2 id="review-heading" className={styles.heading}>
        {text.reviewHeading}
      </h2>
      <p className={styles.intro}>{text.reviewIntro}</p>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {busy ? text.reviewChecking : text.reviewRun}
        </Button>
      </div>
      <ActionFeedback
        outcome={outcome && { intent: outcome.intent, message: outcome.text, details: outcome.cells }}
        working={busy ? text.reviewWork : null}
      />
    </section>
  );
}
