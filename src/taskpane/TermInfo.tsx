/**
 * A statistical term with its one-sentence explanation behind an info button, in the pane's
 * language: <TermInfo term="term.pValue" /> shows "p-Wert ⓘ". `children` replaces the word when
 * the label around it says more (e.g. "95-%-Konfidenzintervall"). `termLabel` gives a Field's
 * label the same button, keeping the label tied to its input; the button sits inline after the
 * words and wraps with them, so it adds no width.
 */
import { InfoLabel, type InfoLabelProps, type LabelProps } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { catalogue } from "../shared/catalogue";
import type { ExplainedTerm } from "../shared/catalogue/terms";
import type { Language } from "../shared/language";

export function termExplanation(term: ExplainedTerm, language: Language): string {
  return catalogue[`${term}.explained`][language];
}

export function TermInfo({ term, language, children }: { term: ExplainedTerm; language: Language; children?: ReactNode }) {
  return (
    <InfoLabel info={termExplanation(term, language)} size="small">
      {children ?? catalogue[term][language]}
    </InfoLabel>
  );
}

/** A Field's label that explains a term: pass it as `<Field label={termLabel(text, term, language)}>`. */
export function termLabel(
  label: string,
  term: ExplainedTerm,
  language: Language,
): { children: (_: unknown, props: LabelProps) => ReactNode } {
  return {
    children: (_, props) => (
      <InfoLabel {...(props as InfoLabelProps)} info={termExplanation(term, language)}>
        {label}
      </InfoLabel>
    ),
  };
}
