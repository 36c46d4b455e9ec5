/**
 * The compare-groups wizard's state in one place: what was typed (ranges per outcome kind, so
 * switching the kind back keeps them), the field messages, and where a comparison stands. A
 * field's message is checked again as the user types and disappears once the value is valid.
 */
import type { TableColumn } from "../../office/workbookPort";
import type { Language } from "../strings";
import type { OutcomeKind } from "./figures";
import { typedFieldErrors, type CovariateInput, type FieldErrors, type PreparedComparison, type WizardInput } from "./prepareComparison";
import type { Wording } from "./resultSentence";

export interface WizardState {
  outcome: OutcomeKind;
  rangesByOutcome: Record<OutcomeKind, string[]>;
  /** Covariates of the yes/no comparison; kept while another outcome kind is shown. */
  covariates: CovariateInput[];
  confidence: string;
  target: string;
  wording: Wording;
  fieldErrors: FieldErrors;
  busy: boolean;
  problem: string | null;
  status: string | null;
  prepared: PreparedComparison | null;
  /** The overwrite question is open. */
  asking: boolean;
  tableColumns: TableColumn[];
}

export type WizardAction =
  | { type: "outcome"; outcome: OutcomeKind }
  | { type: "range"; index: number; value: string }
  | { type: "addCovariate" }
  | { type: "removeCovariate"; index: number }
  | { type: "covariate"; index: number; field: keyof CovariateInput; value: string }
  | { type: "confidence"; value: string }
  | { type: "target"; value: string }
  | { type: "wording"; wording: Wording }
  | { type: "example"; rangesByOutcome: Record<OutcomeKind, string[]>; covariates: CovariateInput[]; target: string }
  | { type: "tableColumns"; columns: TableColumn[] }
  | { type: "submitting" }
  | { type: "invalid"; fieldErrors: FieldErrors }
  | { type: "prepared"; prepared: PreparedComparison }
  | { type: "written"; status: string }
  | { type: "problem"; problem: string }
  | { type: "asking"; open: boolean }
  | { type: "done" };

export const initialWizardState: WizardState = {
  outcome: "binary",
  rangesByOutcome: { binary: ["", ""], number: ["", ""], beforeAfter: ["", "", "", ""] },
  covariates: [],
  confidence: "95",
  target: "",
  wording: "careHome",
  fieldErrors: {},
  busy: false,
  problem: null,
  status: null,
  prepared: null,
  asking: false,
  tableColumns: [],
};

export function wizardInput(state: WizardState): WizardInput {
  const { outcome, rangesByOutcome, covariates, confidence, target, wording } = state;
  return { outcome, ranges: rangesByOutcome[outcome], covariates: outcome === "binary" ? covariates : [], confidence, target, wording };
}

/** The shown messages after an edit: each one still shown is replaced by the current check's, or removed. */
function recheckedErrors(state: WizardState, language: Language): FieldErrors {
  const current = typedFieldErrors(wizardInput(state), language);
  const kept: FieldErrors = {};
  for (const field of Object.keys(state.fieldErrors)) {
    if (current[field]) kept[field] = current[field];
  }
  return kept;
}

/** After an edit the last outcome (written, or why not) no longer applies to what the fields hold: it goes. */
function edited(state: WizardState, language: Language): WizardState {
  return { ...state, fieldErrors: recheckedErrors(state, language), problem: null, status: null };
}

export function wizardReducer(language: Language) {
  return (state: WizardState, action: WizardAction): WizardState => {
    switch (action.type) {
      case "outcome":
        return { ...state, outcome: action.outcome, fieldErrors: {}, problem: null, status: null };
      case "range": {
        const ranges = state.rangesByOutcome[state.outcome].map((old, i) => (i === action.index ? action.value : old));
        return edited({ ...state, rangesByOutcome: { ...state.rangesByOutcome, [state.outcome]: ranges } }, language);
      }
      case "addCovariate":
        return { ...state, covariates: [...state.covariates, { name: "", treated: "", control: "" }] };
      case "removeCovariate":
        // Messages are keyed by position: recheck them all for the covariates that moved up.
        return edited({ ...state, covariates: state.covariates.filter((_, i) => i !== action.index) }, language);
      case "covariate": {
        const covariates = state.covariates.map((old, i) => (i === action.index ? { ...old, [action.field]: action.value } : old));
        return edited({ ...state, covariates }, language);
      }
      case "confidence":
        return edited({ ...state, confidence: action.value }, language);
      case "target":
        return edited({ ...state, target: action.value }, language);
      case "wording":
        return { ...state, wording: action.wording };
      case "example":
        return edited(
          { ...state, rangesByOutcome: action.rangesByOutcome, covariates: action.covariates, target: action.target },
          language,
        );
      case "tableColumns":
        return { ...state, tableColumns: action.columns };
      case "submitting":
        return { ...state, busy: true, problem: null, status: null, prepared: null };
      case "invalid":
        return { ...state, fieldErrors: action.fieldErrors };
      case "prepared":
        return { ...state, fieldErrors: {}, prepared: action.prepared, asking: action.prepared.occupied };
      case "written":
        return { ...state, asking: false, status: action.status };
      case "problem":
        return { ...state, problem: action.problem };
      case "asking":
        return { ...state, asking: action.open };
      case "done":
        return { ...state, busy: false };
    }
  };
}
