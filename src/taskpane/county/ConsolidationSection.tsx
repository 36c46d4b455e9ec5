import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type ReactNode } from "react";
import type { Language } from "../../shared/language";
import type { Message } from "../../shared/message";
import type { Consolidation } from "../../templates/consolidation/municipalities";
import { ActionFeedback, type Outcome } from "../feedback/ActionFeedback";
import { StackedTable } from "../feedback/StackedTable";
import { formatNumber } from "../numbers";
import { reason, usePane } from "../services";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  hiddenInput: { display: "none" },
  caption: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  files: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  file: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  fileName: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  findings: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  actions: {
    marginTop: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** A finding or reason as text (the reading module's consolidationText, loaded with it). */
type Describe = (entry: Message, language: Language) => string;

/** A chosen file's bytes, read in the pane (nothing leaves the computer). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export interface ConsolidationSectionProps {
  /** Told each time the chosen workbooks have been read (null when a new choice starts). */
  onConsolidation?: (consolidation: Consolidation | null) => void;
  /** What comes after the results, e.g. the button that inserts the consolidation workbook. */
  actions?: (consolidation: Consolidation) => ReactNode;
}

/**
 * The county's section: choose the municipalities' business-case workbooks, read them here, and
 * see per file its version and what to check, or why it was not read.
 */
export function ConsolidationSection({ onConsolidation, actions }: ConsolidationSectionProps) {
  const styles = useStyles();
  const { language, text, templates } = usePane();
  const chooser = useRef<HTMLInputElement>(null);
  const [working, setWorking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [consolidation, setConsolidation] = useState<Consolidation | null>(null);
  const [describe, setDescribe] = useState<Describe | null>(null);

  const read = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    setOutcome(null);
    setConsolidation(null);
    onConsolidation?.(null);
    setWorking(text.countyReading(0, chosen.length));
    try {
      const [{ readConsolidation, consolidationText }, defaults] = await Promise.all([
        import(/* webpackChunkName: "pane-county" */ "../../templates/consolidation/reading"),
        templates.organisationDefaults?.() ?? Promise.resolve(undefined),
      ]);
      const files: { name: string; bytes: Uint8Array }[] = [];
      for (const file of chosen) files.push({ name: file.name, bytes: await fileBytes(file) });
      const result = await readConsolidation(files, {
        ...(defaults?.kind === "loaded" && { organisationDefaults: defaults.defaults }),
        onProgress: (done, total) => setWorking(done < total ? text.countyReading(done, total) : null),
      });
      setDescribe(() => consolidationText);
      setConsolidation(result);
      onConsolidation?.(result);
      setOutcome(
        result.read.length === 0
          ? { intent: "warning", message: text.countyNothingRead }
          : {
              intent: result.notRead.length > 0 ? "warning" : "success",
              message: text.countyDone(result.read.length, result.notRead.length),
            },
      );
    } catch (error) {
      setOutcome({ intent: "error", message: text.countyFailed(reason(error, language)) });
    } finally {
      setWorking(null);
      if (chooser.current) chooser.current.value = "";
    }
  };

  return (
    <section className={styles.section} aria-labelledby="county-heading">
      <h2 id="county-heading" className={styles.heading}>
        {text.countyHeading}
      </h2>
      <p className={styles.intro}>{text.countyIntro}</p>
      <input
        ref={chooser}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={text.countyChoose}
        data-testid="county-files"
        onChange={(event) => void read([...(event.target.files ?? [])])}
      />
      <Button disabled={working !== null} onClick={() => chooser.current?.click()}>
        {text.countyChoose}
      </Button>
      <ActionFeedback outcome={outcome} working={working} />
      {consolidation && describe && <ConsolidationResults consolidation={consolidation} describe={describe} />}
      {consolidation && consolidation.read.length > 0 && actions && (
        <div className={styles.actions} role="group" aria-label={text.countyActions} data-testid="county-actions">
          {actions(consolidation)}
        </div>
      )}
    </section>
  );
}

function ConsolidationResults({ consolidation, describe }: { consolidation: Consolidation; describe: Describe }) {
  const styles = useStyles();
  const { language, text } = usePane();
  const named = (entry: Consolidation["read"][number]) => (entry.municipality ? `${entry.municipality} (${entry.file})` : entry.file);
  const euro = (value: number) => (Number.isFinite(value) ? formatNumber(value, 0, language) : "–");
  const ratio = (value: number) => (Number.isFinite(value) ? formatNumber(value, 2, language) : "–");
  return (
    <>
      {consolidation.read.length > 0 && (
        <>
          <StackedTable
            caption={text.countyReadCaption}
            labelHeader={text.countyMunicipality}
            headers={[text.countyVersion, text.countyFindingCount, text.countyNetCounty, text.countyBcrCounty]}
            rows={consolidation.read.map((entry, i) => ({
              key: `${i}-${entry.file}`,
              label: named(entry),
              cells: [
                entry.templateVersion,
                String(entry.findings.length),
                euro(entry.recomputed.net_county_row_present_value),
                ratio(entry.recomputed.bcr_county),
              ],
            }))}
            from="sensitivity"
            testId="county-read"
          />
          <ul className={styles.files} aria-label={text.countyFindingCount}>
            {consolidation.read.map((entry, i) => (
              <li key={`${i}-${entry.file}`} className={styles.file}>
                <p className={styles.fileName}>{text.countyFindingsOf(named(entry), entry.findings.length)}</p>
                {entry.findings.length > 0 && (
                  <ul className={styles.findings}>
                    {entry.findings.map((finding, j) => (
                      <li key={j}>{describe(finding, language)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {consolidation.notRead.length > 0 && (
        <>
          <p className={styles.caption}>{text.countyNotReadCaption}</p>
          <ul className={styles.files} aria-label={text.countyNotReadCaption} data-testid="county-not-read">
            {consolidation.notRead.map((entry, i) => (
              <li key={`${i}-${entry.file}`} className={styles.file}>
                <p className={styles.fileName}>{entry.file}</p>
                <p className={styles.intro}>{describe(entry.reason, language)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
