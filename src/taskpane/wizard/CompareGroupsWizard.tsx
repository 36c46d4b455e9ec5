import {
  Button,
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
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { termLabel } from "../TermInfo";
import { useCallback, useEffect, useMemo, useReducer, useRef, type FormEvent } from "react";
import { parseRange, cellAddress, quotedSheet } from "../../shared/addresses";
import { ActionFeedback } from "../feedback/ActionFeedback";
import { exampleRanges } from "../preview/exampleRanges";
import { reason, usePane } from "../services";
import { actionProblem, useWorkbookAction } from "../workbookAction";
import { rangeLabelKeys } from "./comparisonBlock";
import type { OutcomeKind } from "./figures";
import { FiguresList } from "./FiguresList";
import { prepareComparison, selectedAddress, type PreparedComparison } from "./prepareComparison";
import type { Wording } from "./resultSentence";
import { BalanceList } from "./BalanceList";
import { CovariateFields } from "./CovariateFields";
import { RangeField } from "./RangeField";
import { initialWizardState, wizardInput, wizardReducer } from "./wizardState";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // The button goes under its field: beside it, at 320 px, the field would shrink to a few characters.
  rangeRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  rangeInput: { alignSelf: "stretch", minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  selectionButton: { maxWidth: "100%" },
  sentence: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const outcomes: OutcomeKind[] = ["binary", "number", "beforeAfter"];

export function CompareGroupsWizard() {
  const styles = useStyles();
  const { port, language, text, preview, examples } = usePane();
  const example = exampleRanges(examples);
  const hints = { range: example.cohortTreated, column: example.counselledMoved, target: example.cohortTarget };
  const reducer = useMemo(() => wizardReducer(language), [language]);
  const [state, dispatch] = useReducer(reducer, initialWizardState);
  const actions = useWorkbookAction();
  const {
    outcome,
    rangesByOutcome,
    covariates,
    confidence,
    target,
    wording,
    fieldErrors,
    busy,
    problem,
    status,
    prepared,
    asking,
    tableColumns,
  } = state;

  // The tables are read when the wizard opens and again whenever a table-column list opens.
  const mounted = useRef(true);
  const lookForTables = useCallback(async () => {
    try {
      const columns = await port.tableColumns();
      if (mounted.current) dispatch({ type: "tableColumns", columns });
    } catch (error) {
      if (mounted.current) dispatch({ type: "problem", problem: reason(error) });
    }
  }, [port]);

  useEffect(() => {
    mounted.current = true;
    void lookForTables();
    return () => {
      mounted.current = false;
    };
  }, [lookForTables]);

  const ranges = rangesByOutcome[outcome];
  const labels = rangeLabelKeys(outcome).map((key) => text[key]);
  const outcomeLabels: Record<OutcomeKind, string> = {
    binary: text.outcomeBinary,
    number: text.outcomeNumber,
    beforeAfter: text.outcomeBeforeAfter,
  };

  const setRange = (index: number, value: string) => dispatch({ type: "range", index, value });
  const setTarget = (value: string) => dispatch({ type: "target", value });

  const takeSelection = async (apply: (address: string) => void, topLeftOnly = false) => {
    try {
      const selection = await selectedAddress(port, language);
      if (!topLeftOnly) return apply(selection);
      const range = parseRange(selection);
      apply(`${range.sheet ? quotedSheet(range.sheet) + "!" : ""}${cellAddress(range.top, range.left)}`);
    } catch (error) {
      dispatch({ type: "problem", problem: reason(error) });
    }
  };

  const fillExample = () => {
    const rangesByOutcome = {
      binary: [example.cohortTreated, example.cohortControl],
      number: [example.scoresTreatedAfter, example.scoresControlAfter],
      beforeAfter: [example.scoresTreatedBefore, example.scoresTreatedAfter, example.scoresControlBefore, example.scoresControlAfter],
    };
    const covariates = example.cohortCovariates.map(({ name, treated, control }) => ({ name: name[language], treated, control }));
    dispatch({
      type: "example",
      rangesByOutcome,
      covariates,
      target: outcome === "binary" ? example.cohortTarget : example.scoresTarget,
    });
  };

  const write = async (comparison: PreparedComparison) => {
    dispatch({ type: "asking", open: false });
    try {
      const { native, block } = await actions.run("wizardWrite", async () => {
        const native = port.hasAddinFunctions()
          ? null
          : await import(/* webpackChunkName: "pane-comparison-engine" */ "./withoutAddinFunctions");
        const block = native ? await native.withoutAddinFunctions(port, comparison) : comparison;
        await port.writeBlock(block.topLeft, block.cells, block.numberFormats);
        return { native, block };
      });
      dispatch({
        type: "written",
        status: native ? `${text.written(block.blockAddress)} ${native.explanation[language]}` : text.written(block.blockAddress),
      });
    } catch (error) {
      dispatch({ type: "problem", problem: text.writeFailed(actionProblem(error, text)) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: "submitting" });
    try {
      const preparation = await prepareComparison(port, wizardInput(state), language);
      if (preparation.kind === "invalid") {
        dispatch({ type: "invalid", fieldErrors: preparation.fieldErrors });
        return;
      }
      dispatch({ type: "prepared", prepared: preparation });
      if (!preparation.occupied) await write(preparation);
    } catch (error) {
      dispatch({ type: "problem", problem: reason(error) });
    } finally {
      dispatch({ type: "done" });
    }
  };

  return (
    <>
      <h2 className={styles.heading}>{text.wizardHeading}</h2>
      {preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {text.exampleHint(examples)}{" "}
            <Button size="small" onClick={fillExample}>
              {text.fillExample}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field label={text.outcomeType}>
          <RadioGroup value={outcome} onChange={(_, data) => dispatch({ type: "outcome", outcome: data.value as OutcomeKind })}>
            {outcomes.map((kind) => (
              <Radio key={kind} value={kind} label={outcomeLabels[kind]} />
            ))}
          </RadioGroup>
        </Field>
        {labels.map((label, index) => (
          <RangeField
            key={`${outcome}-${index}`}
            label={label}
            hint={index === 0 ? text.rangeHint(hints) : undefined}
            value={ranges[index]}
            error={fieldErrors[`range${index}`]}
            tableColumns={tableColumns}
            onChange={(value) => setRange(index, value)}
            onUseSelection={() => takeSelection((address) => setRange(index, address))}
            onLookForTables={lookForTables}
          />
        ))}
        {outcome === "binary" && (
          <CovariateFields
            covariates={covariates}
            fieldErrors={fieldErrors}
            tableColumns={tableColumns}
            onAdd={() => dispatch({ type: "addCovariate" })}
            onRemove={(index) => dispatch({ type: "removeCovariate", index })}
            onChange={(index, field, value) => dispatch({ type: "covariate", index, field, value })}
            onUseSelection={(apply) => takeSelection(apply)}
            onLookForTables={lookForTables}
          />
        )}
        <Field
          label={termLabel(text.confidence, "term.confidenceInterval", language)}
          hint={text.confidenceHint}
          validationMessage={fieldErrors.confidence}
        >
          <Input
            value={confidence}
            onChange={(_, data) => dispatch({ type: "confidence", value: data.value })}
            contentAfter="%"
            inputMode="decimal"
          />
        </Field>
        <div className={styles.rangeRow}>
          <Field className={styles.rangeInput} label={text.targetCell} hint={text.targetHint(hints)} validationMessage={fieldErrors.target}>
            <Input className={styles.input} value={target} onChange={(_, data) => setTarget(data.value)} spellCheck={false} />
          </Field>
          <Button
            className={styles.selectionButton}
            aria-label={text.useSelectionFor(text.targetCell)}
            onClick={() => takeSelection(setTarget, true)}
          >
            {text.useSelection}
          </Button>
        </div>
        {outcome === "binary" && (
          <Field label={text.wording}>
            <RadioGroup value={wording} onChange={(_, data) => dispatch({ type: "wording", wording: data.value as Wording })}>
              <Radio value="careHome" label={text.wordingCareHome} />
              <Radio value="generic" label={text.wordingGeneric} />
            </RadioGroup>
          </Field>
        )}
        <div>
          <Button appearance="primary" type="submit" disabled={busy || actions.running !== null}>
            {busy ? text.writing : text.writeBlock}
          </Button>
        </div>
        <ActionFeedback
          outcome={problem ? { intent: "error", message: problem } : status ? { intent: "success", message: status } : null}
          working={busy ? text.writingWork : null}
        >
          {prepared?.warnings.map((warning) => (
            <MessageBar intent="warning" layout="multiline" key={warning}>
              <MessageBarBody>{warning}</MessageBarBody>
            </MessageBar>
          ))}
        </ActionFeedback>
      </form>
      <div className={styles.messages}>
        {prepared && (
          <Card className={styles.result} aria-labelledby="result-heading">
            <h3 className={styles.heading} id="result-heading">
              {text.resultHeading}
            </h3>
            <p className={styles.sentence} data-testid="result-sentence">
              {prepared.sentence}
            </p>
            <FiguresList figures={prepared.figures} />
            {prepared.adjustment && (
              <>
                <h4 className={styles.heading}>{text.adjustedHeading}</h4>
                <p className={styles.sentence} data-testid="adjusted-sentence">
                  {prepared.adjustment.sentence}
                </p>
                <BalanceList figures={prepared.adjustment.figures} />
              </>
            )}
          </Card>
        )}
      </div>
      <Dialog open={asking} onOpenChange={(_, data) => dispatch({ type: "asking", open: data.open })} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.overwriteTitle}</DialogTitle>
            <DialogContent>{prepared && text.overwriteBody(prepared.blockAddress)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={actions.running !== null} onClick={() => prepared && write(prepared)}>
                {text.overwrite}
              </Button>
              <Button onClick={() => dispatch({ type: "asking", open: false })}>{text.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
