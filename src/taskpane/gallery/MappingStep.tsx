import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UnmatchedColumn } from "../../templates/columnMatching";
import { usePane } from "../services";

/** What the mapping step asks: which of the file's columns is a template column, or which code a value stands for. */
export type MappingQuestion =
  | { kind: "columns"; file: string; missing: UnmatchedColumn[]; header: string[] }
  | { kind: "code"; file: string; csvName: string; header: string; value: string; options: string[] };

/** The answers: by column (CSV name) the file's header, or the code the value stands for. */
export type MappingAnswer = { kind: "columns"; columns: Record<string, string> } | { kind: "code"; code: string };

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  intro: { margin: 0, overflowWrap: "anywhere" },
  select: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The mapping step of "Insert with data": shown in the card when the file's names or codes do not match the template's. */
export function MappingStep({
  question,
  disabled,
  onAnswer,
  onCancel,
}: {
  question: MappingQuestion;
  disabled: boolean;
  onAnswer(answer: MappingAnswer): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { text, language } = usePane();
  const [columns, setColumns] = useState<Record<string, string>>({});
  const [code, setCode] = useState("");
  const [incomplete, setIncomplete] = useState(false);

  const apply = () => {
    const complete = question.kind === "columns" ? question.missing.every((column) => columns[column.csvName]) : code !== "";
    setIncomplete(!complete);
    if (!complete) return;
    onAnswer(question.kind === "columns" ? { kind: "columns", columns } : { kind: "code", code });
  };

  return (
    <fieldset className={styles.step}>
      <legend className={styles.legend}>{question.kind === "columns" ? text.mappingHeading : text.mappingCodeHeading}</legend>
      {question.kind === "columns" ? (
        <>
          <p className={styles.intro}>{text.mappingIntro(question.file)}</p>
          {question.missing.map((column) => (
            <Field
              key={column.csvName}
              label={`${column.header[language]} (${column.csvName})`}
              validationMessage={incomplete && !columns[column.csvName] ? text.mappingIncomplete : undefined}
            >
              <Select
                className={styles.select}
                value={columns[column.csvName] ?? ""}
                onChange={(_, data) => setColumns((all) => ({ ...all, [column.csvName]: data.value }))}
              >
                <option value="">{text.mappingChooseColumn}</option>
                {question.header.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </>
      ) : (
        <Field
          label={text.mappingCode(question.value, question.header)}
          validationMessage={incomplete && code === "" ? text.mappingIncomplete : undefined}
        >
          <Select className={styles.select} value={code} onChange={(_, data) => setCode(data.value)}>
            <option value="">{text.mappingChooseCode}</option>
            {question.options.map((option) => (
              <option key={option} value={option}>
                {text.codeMeaning[option] ?? option}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={apply}>
          {text.mappingApply}
        </Button>
        <Button disabled={disabled} onClick={onCancel}>
          {text.cancel}
        </Button>
      </div>
    </fieldset>
  );
}
