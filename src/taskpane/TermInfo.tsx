/**
 * A statistical term with its one-sentence explanation behind an info button, in the pane's
 * language: <TermInfo term="term.pValue" /> shows "p-Wert ⓘ". `children` replaces the word when
 * the label around it says more (e.g. "95-%-Konfidenzintervall").
 */
import { InfoLabel } from "@fluentui/react-components";
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
