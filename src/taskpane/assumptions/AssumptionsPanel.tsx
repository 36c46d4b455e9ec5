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
import { checkValue, isPercent, templateInputs, type TemplateInput } from "./templateInputs";

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
      <div className={styles.meta}>
        <Tooltip content={text.gradeExplained[grade]} relationship="description">
          <Badge className={styles.badge} appearance="outline" color={grade === "A" || grade === "B" ? "brand" : "warning"} tabIndex={0}>
            {text.grade} {grade}
          </Badge>
        </Tooltip>
        <Caption1 className={styles.source}>
          {text.source}: {input.definition.source[language]}
        </Caption1>
      </div>
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

export function AssumptionsPanel({ active }: { active: boolean }) {
  const styles = useStyles();
  const { port, templates, language, text } = usePane();
  const [inputs, setInputs] = useState<TemplateInput[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    setProblem(null);
    try {
      const [named, definitions] = await Promise.all([port.namedInputs(), templates.definitions()]);
      setInputs(templateInputs(named, definitions, await recordedInputNames(port, named)));
    } catch (error) {
      setProblem(reason(error));
    }
  }, [port, templates]);

  // Reload whenever the section is opened: a template may have been inserted meanwhile.
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const groups = new Map<string, TemplateInput[]>();
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
                <InputEditor input={input} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
