import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** What an action ended with, shown next to the control that started it. */
export interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  /** The first line; `details` follow as a list. */
  message: string;
  details?: string[];
}

const useStyles = makeStyles({
  region: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  body: { overflowWrap: "anywhere" },
});

/** Work shorter than this shows no progress indicator (it would only flicker). */
export const progressDelay = 1000;

/** Whether `on` has been true for `delay` milliseconds without a break. */
export function useAfterDelay(on: boolean, delay = progressDelay): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!on) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [on, delay]);
  return shown;
}

export interface ActionFeedbackProps {
  outcome: Outcome | null;
  /** What is happening while the action runs ("Reading the file …"); null when nothing runs. */
  working?: string | null;
  children?: ReactNode;
}

/**
 * The outcome of an action, placed right after the control that started it: announced through a
 * live region that is always in the page (a region added together with its text is not read out),
 * scrolled into view when it appears, and, while work runs longer than a second, a progress
 * indicator that says what is happening. An outcome that no longer applies is taken away by the
 * caller (set to null), and then disappears.
 */
export function ActionFeedback({ outcome, working = null, children }: ActionFeedbackProps) {
  const styles = useStyles();
  const region = useRef<HTMLDivElement>(null);
  const showProgress = useAfterDelay(working !== null);

  useEffect(() => {
    if (!outcome && !showProgress) return;
    // jsdom has no scrollIntoView; browsers and Office's webviews have.
    region.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [outcome, showProgress]);

  return (
    <div ref={region} className={styles.region} aria-live="polite" aria-atomic="false">
      {showProgress && working !== null && <Spinner size="tiny" labelPosition="after" label={working} />}
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" role={outcome.intent === "error" ? "alert" : undefined}>
          <MessageBarBody className={styles.body}>
            {outcome.message}
            {outcome.details && outcome.details.length > 0 && (
              <ul className={styles.list}>
                {outcome.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {children}
    </div>
  );
}
