/**
 * Statistical terms explained where a template shows them: the first label, heading or column
 * header of each sheet that shows a term (src/shared/catalogue/terms.ts, `termSpellings`) gets
 * the term's one-sentence explanation as its note. One place for every template, so that a new
 * label using a term is explained without touching its definition.
 */
import { catalogue } from "../shared/catalogue";
import { explainedTerms, termSpellings } from "../shared/catalogue/terms";
import { message, render } from "../shared/message";
import type { Language } from "./model";
import type { PlannedCell, PlannedSheet } from "./plan";

const explainedStyles = new Set(["label", "heading", "columnHeader", "wrappedColumnHeader"]);

function showsWords(cell: PlannedCell): cell is PlannedCell & { content: string } {
  return typeof cell.content === "string" && !cell.content.startsWith("=") && cell.style !== undefined && explainedStyles.has(cell.style);
}

/** Adds the explanations to the sheet's cells in place; a cell's own note comes first. */
export function attachTermNotes(sheet: PlannedSheet, language: Language): void {
  if (sheet.hidden) return;
  const cells = sheet.cells.filter(showsWords).sort((a, b) => a.row - b.row || a.column - b.column);
  for (const term of explainedTerms) {
    const cell = cells.find((candidate) => termSpellings[term][language].test(candidate.content));
    if (!cell) continue;
    const note = render(
      message("term.note", { term: catalogue[term][language], explanation: catalogue[`${term}.explained`][language] }),
      language,
    );
    cell.note = cell.note ? `${cell.note}\n\n${note}` : note;
  }
}
