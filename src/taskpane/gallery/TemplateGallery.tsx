import {
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { browserFileDelivery } from "../../office/fileDelivery";
import { TemplateInsertionError } from "../../office/workbookPort";
import { templateInsertion } from "../../templates/layout";
import type { TemplateDefinition } from "../../templates/model";
import { reason, usePane } from "../services";
import { templatePurpose } from "./purposes";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  purpose: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
});

type Outcome = { intent: "success" | "error"; message: string };

export function TemplateGallery() {
  const styles = useStyles();
  const { port, templates, language, text, files = browserFileDelivery } = usePane();
  const [definitions, setDefinitions] = useState<TemplateDefinition[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    let current = true;
    templates.definitions().then(
      (loaded) => current && setDefinitions(loaded),
      (error) => current && setLoadError(reason(error)),
    );
    return () => {
      current = false;
    };
  }, [templates]);

  const insert = async (definition: TemplateDefinition) => {
    const title = definition.title[language];
    setBusy(`insert:${definition.id}`);
    setOutcome(null);
    try {
      const report = await port.insertTemplate(templateInsertion(definition, language));
      // The last sheet is the hidden marker; the user sees the others.
      setOutcome({ intent: "success", message: text.inserted(title, report.sheets.slice(0, -1)) });
    } catch (error) {
      const message = error instanceof TemplateInsertionError ? error.message : reason(error);
      setOutcome({ intent: "error", message: text.insertFailed(title, message) });
    } finally {
      setBusy(null);
    }
  };

  const download = async (definition: TemplateDefinition) => {
    const title = definition.title[language];
    setBusy(`download:${definition.id}`);
    setOutcome(null);
    try {
      const file = await templates.xlsxFile(definition, language);
      const name = `${definition.id}-${language}.xlsx`;
      const delivery = await files.deliver(file, name, `templates/${name}`);
      if (delivery === "unavailable") setOutcome({ intent: "error", message: text.downloadUnavailable(name) });
      else setOutcome({ intent: "success", message: delivery === "opened in browser" ? text.downloadInBrowser(name) : text.downloadStarted(name) });
    } catch (error) {
      setOutcome({ intent: "error", message: text.downloadFailed(title, reason(error)) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <h2 className={styles.heading}>{text.galleryHeading}</h2>
      <p className={styles.intro}>{text.galleryIntro}</p>
      <div aria-live="polite">
        {outcome && (
          <MessageBar intent={outcome.intent}>
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
        {loadError && (
          <MessageBar intent="error">
            <MessageBarBody>{loadError}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {definitions === null && !loadError && <Spinner size="small" label={text.loading} />}
      {definitions && (
        <ul className={styles.list} aria-label={text.galleryHeading}>
          {definitions.map((definition) => {
            const title = definition.title[language];
            const purposeId = `purpose-${definition.id}`;
            return (
              <li key={definition.id}>
                <Card className={styles.card} aria-labelledby={`title-${definition.id}`} aria-describedby={purposeId}>
                  <h3 className={styles.name} id={`title-${definition.id}`}>
                    {title}
                  </h3>
                  <p className={styles.purpose} id={purposeId}>
                    {templatePurpose(definition.id, language)}
                  </p>
                  <div className={styles.actions}>
                    <Button
                      appearance="primary"
                      aria-label={text.insertTemplate(title)}
                      disabled={busy !== null}
                      onClick={() => insert(definition)}
                    >
                      {busy === `insert:${definition.id}` ? text.inserting : text.insert}
                    </Button>
                    <Button aria-label={text.downloadTemplate(title)} disabled={busy !== null} onClick={() => download(definition)}>
                      {text.download}
                    </Button>
                  </div>
                  <Caption1>
                    {definition.id} · {definition.version}
                  </Caption1>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
