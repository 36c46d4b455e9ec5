import {
  Badge,
  Button,
  Caption1,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  Select,
  MessageBarBody,
  Spinner,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { formatPlain, parseTypedNumber } from "../numbers";
import { reason, usePane } from "../services";
import { recordedInputNames } from "../insertedCopies";
import { codeText } from "../../shared/dataCodes";
import { checkValue, isPercent, templateInputs, templateTextInputs, type TemplateInput, type TemplateTextInput } from "./templateInputs";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  template: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  meta: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  source: { color: tokens.colorNeutralForeground2 },
});

type Message = { state: "warning" | "error" | "success" | "none"; text: string };

function InputEditor({ input }: { input: TemplateInput }) {
  const styles = useStyles();
  const { port, language, text } = usePane();
  const percent = isPercent(input.definition);
  const scale = percent ? 100 : 1;
  const unit = percent ? "%" : input.definition.unit[language];
  const toShown = (value: number) => formatPlain(value * scale, language);
  const initial = typeof input.value === "number" ? toShown(input.value) : String(input.value ?? "");
  const [typed, setTyped] = useState(initial);
  const [committed, setCommitted] = useState(initial);
  const [message, setMessage] = useState<Message>(() =>
    typeof input.value === "number" ? plausibility(input.value) : { state: "none", text: "" },
  );

  function plausibility(value: number): Message {
    const check = checkValue(input.definition, value);
    if (check.kind === "implausible") return { state: "warning", text: text.outsideRange(toShown(check.low), toShown(check.high)) };
    return { state: "none", text: "" };
  }

  const [formula, setFormula] = useState(input.formula);
  const [asking, setAsking] = useState<number | null>(null);

  const save = async () => {
    if (typed === committed) return;
    const number = parseTypedNumber(typed.replace("%", ""), language);
    if (number === null) return setMessage({ state: "error", text: text.notANumber });
    const value = number / scale;
    const check = checkValue(input.definition, value);
    if (check.kind === "refused") {
      return setMessage({ state: "error", text: text.refused(toShown(check.minimum), toShown(check.maximum)) });
    }
    // A formula in the cell (the user's own link, e.g. to the budget plan) is replaced only on request.
    if (formula) return setAsking(value);
    await write(value);
  };

  const keepFormula = () => {
    setAsking(null);
    setTyped(committed);
    setMessage({ state: "none", text: text.formulaKept });
  };

  const write = async (value: number) => {
    setAsking(null);
    try {
      await port.setNamedInput(input.name, value);
      setCommitted(typed);
      setFormula(undefined);
      const warning = plausibility(value);
      setMessage(warning.state === "none" ? { state: "success", text: text.saved } : warning);
    } catch (error) {
      setMessage({ state: "error", text: text.saveFailed(reason(error)) });
    }
  };

  const label = input.definition.label[language];
  const grade = input.definition.grade;
  return (
    <Card className={styles.card}>
      <Field label={label} validationState={message.state} validationMessage={message.text || undefined}>
        <Input
          value={typed}
          aria-label={text.valueOf(label, unit)}
          onChange={(_, data) => setTyped(data.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === "Enter" && save()}
          contentAfter={<span aria-hidden="true">{unit}</span>}
          inputMode="decimal"
        />
      </Field>
      <GradeAndSource grade={grade} source={input.definition.source[language]} />
      {formula && <Caption1 className={styles.source}>{text.holdsFormula(formula)}</Caption1>}
      <Dialog open={asking !== null} onOpenChange={(_, data) => data.open || keepFormula()} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.replaceFormulaTitle}</DialogTitle>
            <DialogContent>{text.replaceFormulaBody(label, input.address, formula ?? "")}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => asking !== null && void write(asking)}>
                {text.replaceFormula}
              </Button>
              <Button onClick={keepFormula}>{text.keepFormula}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </Card>
  );
}

/** The grade and the source of an input, below its field. */
function GradeAndSource({ grade, source }: { grade: TemplateInput["definition"]["grade"]; source: string }) {
  const styles = useStyles();
  const { text } = usePane();
  return (
    <div className={styles.meta}>
      <Tooltip content={text.gradeExplained[grade]} relationship="description">
        <Badge className={styles.badge} appearance="outline" color={grade === "A" || grade === "B" ? "brand" : "warning"} tabIndex={0}>
          {text.grade} {grade}
        </Badge>
      </Tooltip>
      <Caption1 className={styles.source}>
        {text.source}: {source}
      </Caption1>
    </div>
  );
}

/**
 * A text input: a name typed in, or one of its choices. The choices are written in the language of
 * the workbook's template (its formulas compare the cell with them), which the cell's text shows.
 */
function TextInputEditor({ input }: { input: TemplateTextInput }) {
  const styles = useStyles();
  const { port, language, text } = usePane();
  const initial = String(input.value ?? "");
  const [typed, setTyped] = useState(initial);
  const [committed, setCommitted] = useState(initial);
  const [message, setMessage] = useState<Message>({ state: "none", text: "" });
  const codes = input.definition.options?.codes;
  const written = codes?.some((code) => codeText(code, "de") === initial) ? "de" : "en";

  const save = async (value: string) => {
    if (value === committed) return;
    try {
      await port.setNamedInput(input.name, value === "" ? null : value);
      setCommitted(value);
      setMessage({ state: "success", text: text.saved });
    } catch (error) {
      setMessage({ state: "error", text: text.saveFailed(reason(error)) });
    }
  };

  const label = input.definition.label[language];
  return (
    <Card className={styles.card}>
      <Field label={label} validationState={message.state} validationMessage={message.text || undefined}>
        {codes ? (
          <Select
            value={typed}
            onChange={(_, data) => {
              setTyped(data.value);
              void save(data.value);
            }}
          >
            {codes.map((code) => (
              <option key={code} value={codeText(code, written)}>
                {codeText(code, written)}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            value={typed}
            onChange={(_, data) => setTyped(data.value)}
            onBlur={() => void save(typed)}
            onKeyDown={(event) => event.key === "Enter" && void save(typed)}
          />
        )}
      </Field>
      <GradeAndSource grade={input.definition.grade} source={input.definition.source[language]} />
    </Card>
  );
}

export function AssumptionsPanel({ active }: { active: boolean }) {
  const styles = useStyles();
  const { port, templates, language, text } = usePane();
  const [inputs, setInputs] = useState<(TemplateInput | TemplateTextInput)[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const [named, definitions] = await Promise.all([port.namedInputs(), templates.definitions()]);
      const recorded = await recordedInputNames(port, named);
      // The text inputs (e.g. the municipality's name) first: they head the Assumptions sheet.
      setInputs([...templateTextInputs(named, definitions, recorded), ...templateInputs(named, definitions, recorded)]);
    } catch (error) {
      setProblem(reason(error));
    }
  }, [port, templates]);

  // Reload whenever the section is opened: a template may have been inserted meanwhile.
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const groups = new Map<string, (TemplateInput | TemplateTextInput)[]>();
  for (const input of inputs ?? []) {
    const title = input.templateTitle[language];
    groups.set(title, [...(groups.get(title) ?? []), input]);
  }

  return (
    <>
      <h2 className={styles.heading}>{text.assumptionsHeading}</h2>
      <p className={styles.intro}>{text.assumptionsIntro}</p>
      <div>
        <Button onClick={() => void load()}>{text.refresh}</Button>
      </div>
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {inputs === null && !problem && <Spinner size="small" label={text.loading} />}
      {inputs?.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.assumptionsEmpty}</MessageBarBody>
        </MessageBar>
      )}
      {[...groups].map(([title, members]) => (
        <section key={title} aria-label={title}>
          <h3 className={styles.template}>{title}</h3>
          <ul className={styles.list}>
            {members.map((input) => (
              <li key={`${input.name}:${String(input.value)}`}>
                {input.definition.kind === "textInput" ? (
                  <TextInputEditor input={input as TemplateTextInput} />
                ) : (
                  <InputEditor input={input as TemplateInput} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
