import { Button, Caption1, Card, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { browserFileDelivery } from "../../office/fileDelivery";
import { TemplateInsertionError } from "../../office/workbookPort";
import { templateInsertion } from "../../templates/layout";
import type { TemplateData, TemplateDefinition } from "../../templates/model";
import { readSetting, withSettings } from "../../templates/settings";
import { reason, usePane } from "../services";
import { templatePurpose } from "./purposes";
import { SettingFields, type TypedSettings } from "./SettingFields";
import { DefaultsNote } from "./DefaultsNote";
import type { DefaultsState } from "./organisationDefaultsSource";

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

/** The bytes of a file the user picked. */
function fileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsArrayBuffer(file);
  });
}

/** Whether a template has a data table that a CSV file can fill. */
const takesData = (definition: TemplateDefinition) => definition.sheets.some((sheet) => sheet.table?.columns.some((column) => column.csv));

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

  const [defaults, setDefaults] = useState<DefaultsState | null>(null);
  useEffect(() => {
    let current = true;
    (templates.organisationDefaults?.() ?? Promise.resolve<DefaultsState>({ kind: "none" })).then(
      (state) => current && setDefaults(state),
      (error) => current && setDefaults({ kind: "refused", reason: { de: reason(error), en: reason(error) } }),
    );
    return () => {
      current = false;
    };
  }, [templates]);

  const fileInput = useRef<HTMLInputElement>(null);
  const [dataFor, setDataFor] = useState<TemplateDefinition | null>(null);
  const [typedSettings, setTypedSettings] = useState<Record<string, TypedSettings>>({});
  const [settingProblems, setSettingProblems] = useState<Record<string, Record<string, string>>>({});

  /** The template built for the settings typed on its card; null (and the fields say why) when one cannot be used. */
  const chosen = (definition: TemplateDefinition): TemplateDefinition | null => {
    const typed = typedSettings[definition.id] ?? {};
    const values: Record<string, number> = {};
    const problems: Record<string, string> = {};
    for (const setting of definition.settings?.choices ?? []) {
      if (typed[setting.key] === undefined) continue;
      const read = readSetting(setting, typed[setting.key], language);
      if ("problem" in read) problems[setting.key] = read.problem;
      else values[setting.key] = read.value;
    }
    setSettingProblems((all) => ({ ...all, [definition.id]: problems }));
    if (Object.keys(problems).length > 0) return null;
    // A defaults file that cannot be used stops every insertion and download until it is mended.
    if (defaults?.kind === "refused") {
      setOutcome({ intent: "error", message: text.defaultsRefused(defaults.reason[language]) });
      return null;
    }
    const built = withSettings(definition, values, language);
    return defaults?.kind === "loaded" ? defaults.apply(built) : built;
  };

  /** The same reader as the command line: its message names the file, line and column. */
  const insertWithData = async (definition: TemplateDefinition, file: File) => {
    const title = definition.title[language];
    setBusy(`data:${definition.id}`);
    setOutcome(null);
    let data: TemplateData;
    try {
      const { readTemplateData } = await import(/* webpackChunkName: "pane-data-reader" */ "../../templates/data");
      data = readTemplateData(definition, await fileBytes(file), file.name);
    } catch (error) {
      setOutcome({ intent: "error", message: text.dataRefused(title, reason(error)) });
      setBusy(null);
      return;
    }
    await insert(definition, data);
  };

  const insert = async (offered: TemplateDefinition, data?: TemplateData) => {
    const definition = chosen(offered);
    if (!definition) return;
    const title = definition.title[language];
    setBusy(`insert:${definition.id}`);
    setOutcome(null);
    try {
      const report = await port.insertTemplate(templateInsertion(definition, language, data));
      // The last sheet is the hidden marker; the user sees the others.
      setOutcome({ intent: "success", message: text.inserted(title, report.sheets.slice(0, -1)) });
    } catch (error) {
      const message = error instanceof TemplateInsertionError ? error.message : reason(error);
      setOutcome({ intent: "error", message: text.insertFailed(title, message) });
    } finally {
      setBusy(null);
    }
  };

  const download = async (offered: TemplateDefinition) => {
    const definition = chosen(offered);
    if (!definition) return;
    const title = definition.title[language];
    setBusy(`download:${definition.id}`);
    setOutcome(null);
    try {
      const file = await templates.xlsxFile(definition, language);
      const name = `${definition.id}-${language}.xlsx`;
      const delivery = await files.deliver(file, name, `templates/${name}`);
      if (delivery === "unavailable") setOutcome({ intent: "error", message: text.downloadUnavailable(name) });
      else
        setOutcome({
          intent: "success",
          message: delivery === "opened in browser" ? text.downloadInBrowser(name) : text.downloadStarted(name),
        });
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
      <input
        ref={fileInput}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        hidden
        data-testid="csv-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file && dataFor) void insertWithData(dataFor, file);
        }}
      />
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
                  <SettingFields
                    definition={definition}
                    typed={typedSettings[definition.id] ?? {}}
                    problems={settingProblems[definition.id] ?? {}}
                    disabled={busy !== null}
                    onChange={(key, value) =>
                      setTypedSettings((all) => ({ ...all, [definition.id]: { ...all[definition.id], [key]: value } }))
                    }
                  />
                  <div className={styles.actions}>
                    <Button
                      appearance="primary"
                      aria-label={text.insertTemplate(title)}
                      disabled={busy !== null}
                      onClick={() => insert(definition)}
                    >
                      {busy === `insert:${definition.id}` ? text.inserting : text.insert}
                    </Button>
                    {takesData(definition) && (
                      <Button
                        aria-label={text.insertWithDataTemplate(title)}
                        disabled={busy !== null}
                        onClick={() => {
                          if (!chosen(definition)) return;
                          setDataFor(definition);
                          fileInput.current?.click();
                        }}
                      >
                        {busy === `data:${definition.id}` ? text.readingData : text.insertWithData}
                      </Button>
                    )}
                    <Button aria-label={text.downloadTemplate(title)} disabled={busy !== null} onClick={() => download(definition)}>
                      {text.download}
                    </Button>
                  </div>
                  <DefaultsNote state={defaults} templateId={definition.id} />
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
