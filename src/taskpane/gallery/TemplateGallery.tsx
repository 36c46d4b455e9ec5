import { Button, Caption1, Card, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { browserFileDelivery } from "../../office/fileDelivery";
import { TemplateInsertionError } from "../../office/workbookPort";
import type { ColumnMapping } from "../../templates/columnMatching";
import { templateInsertion } from "../../templates/layout";
import type { TemplateData, TemplateDefinition } from "../../templates/model";
import { fileColumns, sampleCsv } from "../../templates/sampleCsv";
import { readSetting, withSettings } from "../../templates/settings";
import { ActionFeedback, type Outcome } from "../feedback/ActionFeedback";
import { omittedLines } from "../feedback/omittedLines";
import { reason, usePane } from "../services";
import { isEmptyMapping, keepMapping, keptMapping } from "./csvMapping";
import { DataColumns } from "./DataColumns";
import { MappingStep, type MappingAnswer, type MappingQuestion } from "./MappingStep";
import { actionProblem, useWorkbookAction } from "../workbookAction";
import { SettingFields, type TypedSettings } from "./SettingFields";
import { DefaultsNote } from "./DefaultsNote";
import type { DefaultsState } from "./organisationDefaultsSource";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  purpose: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
});

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

/** A file being read with a mapping: its bytes stay until it is inserted or the step is cancelled. */
interface Mapping {
  definition: TemplateDefinition;
  bytes: Uint8Array;
  file: string;
  mapping: ColumnMapping;
  question: MappingQuestion;
}

export function TemplateGallery() {
  const styles = useStyles();
  const { port, templates, language, text, files = browserFileDelivery } = usePane();
  const [definitions, setDefinitions] = useState<TemplateDefinition[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** The card whose action ran, what is happening there, and how it ended. */
  const [working, setWorking] = useState<{ id: string; label: string } | null>(null);
  const [outcome, setOutcome] = useState<{ id: string; outcome: Outcome } | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const actions = useWorkbookAction();
  // Any action on this workbook, started here or in another section, disables the buttons.
  const disabled = busy !== null || actions.running !== null;

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

  const begin = (action: string, definition: TemplateDefinition, label: string) => {
    setBusy(`${action}:${definition.id}`);
    setWorking({ id: definition.id, label });
    setOutcome(null);
  };
  const end = () => {
    setBusy(null);
    setWorking(null);
  };
  const tell = (definition: TemplateDefinition, told: Outcome) => setOutcome({ id: definition.id, outcome: told });

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
      tell(definition, { intent: "error", message: text.defaultsRefused(defaults.reason[language]) });
      return null;
    }
    const built = withSettings(definition, values, language);
    return defaults?.kind === "loaded" ? defaults.apply(built) : built;
  };

  /**
   * The same reader as the command line: its message names the file, line and column. Names or
   * codes it cannot place open the mapping step; what the user answers there is kept per template
   * in the workbook's settings and tried first with the next file.
   */
  const readAndInsert = async (definition: TemplateDefinition, bytes: Uint8Array, file: string, columnMapping: ColumnMapping) => {
    const title = definition.title[language];
    begin("data", definition, text.readingWork(file));
    let data: TemplateData;
    try {
      const { readTemplateData, UnmatchedColumnsError, UnknownCodeError, DataFileError } = await import(
        /* webpackChunkName: "pane-data-reader" */ "../../templates/data"
      );
      try {
        data = readTemplateData(definition, bytes, file, columnMapping);
      } catch (error) {
        if (error instanceof UnmatchedColumnsError) {
          setMapping({
            definition,
            bytes,
            file,
            mapping: columnMapping,
            question: { kind: "columns", file, missing: error.missing, header: error.header },
          });
          return end();
        }
        if (error instanceof UnknownCodeError) {
          const { csvName, header, value, options } = error;
          setMapping({
            definition,
            bytes,
            file,
            mapping: columnMapping,
            question: { kind: "code", file, csvName, header, value, options },
          });
          return end();
        }
        if (error instanceof DataFileError && error.text) throw new Error(error.text[language]);
        throw error;
      }
    } catch (error) {
      setMapping(null);
      tell(definition, { intent: "error", message: text.dataRefused(title, reason(error)) });
      return end();
    }
    setMapping(null);
    let kept: string[] = [];
    if (!isEmptyMapping(columnMapping)) {
      kept = [port.keepsSettings() ? text.mappingKept : text.mappingNotKept];
      await keepMapping(port, definition.id, columnMapping).catch(() => (kept = [text.mappingNotKept]));
    }
    await insert(definition, data, kept);
  };

  const insertWithData = async (definition: TemplateDefinition, file: File) => {
    begin("data", definition, text.readingWork(file.name));
    setMapping(null);
    try {
      const [bytes, kept] = await Promise.all([fileBytes(file), keptMapping(port, definition.id)]);
      await readAndInsert(definition, bytes, file.name, kept);
    } catch (error) {
      tell(definition, { intent: "error", message: text.dataRefused(definition.title[language], reason(error)) });
      end();
    }
  };

  const answer = (answered: MappingAnswer) => {
    if (!mapping) return;
    const { definition, bytes, file, question } = mapping;
    const previous = mapping.mapping;
    const next: ColumnMapping =
      answered.kind === "columns"
        ? { ...previous, columns: { ...previous.columns, ...answered.columns } }
        : question.kind === "code"
          ? {
              ...previous,
              codes: { ...previous.codes, [question.csvName]: { ...previous.codes[question.csvName], [question.value]: answered.code } },
            }
          : previous;
    void readAndInsert(definition, bytes, file, next);
  };

  const insert = async (offered: TemplateDefinition, data?: TemplateData, extra: string[] = []) => {
    const definition = chosen(offered);
    if (!definition) return end();
    const title = definition.title[language];
    // A request refused while another runs leaves that one's busy label alone.
    let started = false;
    try {
      const report = await actions.run("insertion", () => {
        started = true;
        begin("insert", definition, text.insertingWork(title));
        return port.insertTemplate(templateInsertion(definition, language, data));
      });
      // The last sheet is the hidden marker; the user sees the others.
      const inserted = text.inserted(title, report.sheets.slice(0, -1));
      const omitted = omittedLines(report, text);
      tell(definition, {
        intent: omitted.length > 0 ? "warning" : "success",
        message: omitted.length > 0 ? `${inserted} ${text.omittedHeading}` : inserted,
        details: [...omitted, ...extra],
      });
    } catch (error) {
      const message =
        error instanceof TemplateInsertionError && error.failure
          ? text.insertionFailed(title, error.failure)
          : text.insertFailed(title, actionProblem(error, text));
      tell(definition, { intent: "error", message });
    } finally {
      if (started || data !== undefined) end();
    }
  };

  const download = async (offered: TemplateDefinition) => {
    const definition = chosen(offered);
    if (!definition) return;
    const title = definition.title[language];
    begin("download", definition, text.downloadingWork(title));
    try {
      const file = await templates.xlsxFile(definition, language);
      const name = `${definition.id}-${language}.xlsx`;
      const delivery = await files.deliver(file, name, `templates/${name}`);
      if (delivery === "unavailable") tell(definition, { intent: "error", message: text.downloadUnavailable(name) });
      else
        tell(definition, {
          intent: "success",
          message: delivery === "opened in browser" ? text.downloadInBrowser(name) : text.downloadStarted(name),
        });
    } catch (error) {
      tell(definition, { intent: "error", message: text.downloadFailed(title, reason(error)) });
    } finally {
      end();
    }
  };

  const downloadSample = async (definition: TemplateDefinition) => {
    const name = text.sampleCsvName(definition.id);
    begin("sample", definition, text.downloadingWork(name));
    try {
      const file = new Blob([sampleCsv(definition, language)], { type: "text/csv;charset=utf-8" });
      const delivery = await files.deliver(file, name, `templates/${name}`);
      tell(
        definition,
        delivery === "unavailable"
          ? { intent: "error", message: text.downloadUnavailable(name) }
          : { intent: "success", message: delivery === "opened in browser" ? text.downloadInBrowser(name) : text.downloadStarted(name) },
      );
    } catch (error) {
      tell(definition, { intent: "error", message: text.downloadFailed(name, reason(error)) });
    } finally {
      end();
    }
  };

  return (
    <>
      <h2 className={styles.heading}>{text.galleryHeading}</h2>
      <p className={styles.intro}>{text.galleryIntro}</p>
      {loadError && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{loadError}</MessageBarBody>
        </MessageBar>
      )}
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
                    {definition.purpose[language]}
                  </p>
                  {takesData(definition) && (
                    <DataColumns
                      definition={definition}
                      columns={fileColumns(definition, language)}
                      disabled={disabled}
                      onSample={() => void downloadSample(definition)}
                    />
                  )}
                  <SettingFields
                    definition={definition}
                    typed={typedSettings[definition.id] ?? {}}
                    problems={settingProblems[definition.id] ?? {}}
                    disabled={disabled}
                    onChange={(key, value) => {
                      setTypedSettings((all) => ({ ...all, [definition.id]: { ...all[definition.id], [key]: value } }));
                      // What the card last said was about the settings it had then.
                      if (outcome?.id === definition.id) setOutcome(null);
                    }}
                  />
                  <div className={styles.actions}>
                    <Button
                      appearance="primary"
                      aria-label={text.insertTemplate(title)}
                      disabled={disabled}
                      onClick={() => insert(definition)}
                    >
                      {busy === `insert:${definition.id}` ? text.inserting : text.insert}
                    </Button>
                    {takesData(definition) && (
                      <Button
                        aria-label={text.insertWithDataTemplate(title)}
                        disabled={disabled}
                        onClick={() => {
                          if (!chosen(definition)) return;
                          setDataFor(definition);
                          fileInput.current?.click();
                        }}
                      >
                        {busy === `data:${definition.id}` ? text.readingData : text.insertWithData}
                      </Button>
                    )}
                    <Button aria-label={text.downloadTemplate(title)} disabled={disabled} onClick={() => download(definition)}>
                      {text.download}
                    </Button>
                  </div>
                  <DefaultsNote state={defaults} templateId={definition.id} />
                  {mapping?.definition.id === definition.id && (
                    <MappingStep
                      key={`${mapping.question.kind}:${mapping.question.kind === "code" ? mapping.question.value : ""}`}
                      question={mapping.question}
                      disabled={disabled}
                      onAnswer={answer}
                      onCancel={() => setMapping(null)}
                    />
                  )}
                  <ActionFeedback
                    outcome={outcome?.id === definition.id ? outcome.outcome : null}
                    working={working?.id === definition.id ? working.label : null}
                  />
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
