/**
 * The committee page of a template with results (DESIGN §4, Vorlage für den Ausschuss): one A4
 * portrait page with a headline sentence built from formulas, the budget years, the range, the
 * assumptions that move the result most with grade and source, the evidence, the date, the
 * template's version and, while inputs graded D remain, the warning line. Every sentence is a
 * native formula, so the page follows every change without the add-in. Rows below the page
 * (helper rows: the varied inputs' ranks and values as text) are not printed.
 */
import { message, render, term } from "../../shared/message";
import type { Formula, InputRow, NumberFormatKey, RowDefinition, SheetDefinition, Text } from "../model";
import { spelled, spelledDate, spelledPercent } from "../sentenceNumbers";
import { placeholderWarning, placeholdersName } from "./reviewSheet";
import { blank, t } from "./rows";
import { sensitivityRankName } from "./sensitivityRows";
import { formulaCellsChangedName } from "../formulaRanges";

/** Columns of the page: label, three values; sentences are merged across all four. */
export const committeeWidths = [46, 16, 16, 20];
const span = committeeWidths.length;

/** The workbook name of the row reserved for a further evidence sentence (e.g. an E-value), empty until a template fills it. */
export const committeeEvidenceExtraName = "committee_evidence_extra";

export interface CommitteePageParts {
  templateId: string;
  version: string;
  templateTitle: Text;
  /** The headline sentence, one formula per language (see sentenceNumbers.ts for numbers in it). */
  headline: Text;
  /** Rows of figures (result grids over named results), with their own header. */
  figures: RowDefinition[];
  /** The inputs a sensitivity sheet varies (their ranks are workbook names): the five that move the result most are listed. */
  varied?: InputRow[];
  /** The evidence: design and grade, one formula per language. */
  evidence: Text;
  /** A formula for the extra evidence line, when the template has one; otherwise the row stays empty. */
  evidenceExtra?: Formula;
}

/** The unit after a value in a sentence: none for shares and counts, which the number says by itself. */
function unitSuffix(input: InputRow, language: "de" | "en"): string {
  const unit = input.unit[language];
  return ["Anteil", "share", "Anzahl", "count"].includes(unit) ? "" : ` ${unit}`;
}

/** A formula's text of an input's value as its format shows it, in the language's way of writing numbers. */
export function valueText(name: string, format: NumberFormatKey, language: "de" | "en"): string {
  const ref = `{${name}}`;
  switch (format) {
    case "euro":
      return spelled(ref, 0, language);
    case "euroCents":
      return spelled(ref, 2, language);
    case "percent":
      return spelledPercent(ref, 1, language);
    case "percentPrecise":
      return spelledPercent(ref, 2, language);
    case "decimal":
    case "ratio":
      return spelled(ref, 2, language);
    case "decimalPrecise":
      return spelled(ref, 4, language);
    default:
      return spelled(ref, 0, language);
  }
}

const both = (build: (language: "de" | "en") => string): Text => ({ de: build("de"), en: build("en") });

export function committeeSheet(parts: CommitteePageParts): SheetDefinition {
  const varied = parts.varied ?? [];
  const helperKey = (name: string) => `top_${name}`;
  const helperRange = (column: number) =>
    `{@${helperKey(varied[0].name)}:col${column}}:{@${helperKey(varied[varied.length - 1].name)}:col${column}}`;
  const pick = (k: number, column: number) => `INDEX(${helperRange(column)},MATCH(${k},${helperRange(2)},0))`;
  const topInputs: RowDefinition[] =
    varied.length === 0
      ? []
      : [
          blank,
          { kind: "heading", text: term("committee.topInputs") },
          ...Array.from({ length: Math.min(5, varied.length) }, (_, i): RowDefinition => {
            const k = i + 1;
            return {
              kind: "sentence",
              style: "sentence",
              span,
              lines: 2,
              formula: both(
                (language) =>
                  `="${k}. "&${pick(k, 1)}&": "&${pick(k, 3)}&" (${language === "de" ? "Güte" : "grade"} "&${pick(k, 4)}&"; "&${pick(k, 5)}&")"`,
              ),
            };
          }),
        ];
  const footer = both((language) => {
    const status =
      language === "de"
        ? `"Prüfblatt: "&{${formulaCellsChangedName}}&" überschriebene Formelzellen, "&{${placeholdersName}}&" Annahmen der Güte D."`
        : `"Review sheet: "&{${formulaCellsChangedName}}&" formula cells typed over, "&{${placeholdersName}}&" assumptions graded D."`;
    const stand = language === "de" ? "Stand" : "As of";
    const template = language === "de" ? "Vorlage" : "Template";
    return `="${stand} "&${spelledDate("TODAY()", language)}&" · ${template} ${parts.templateId} ${parts.version} · "&${status}`;
  });
  const printed: RowDefinition[] = [
    {
      kind: "title",
      text: {
        de: render(message("committee.title", { template: parts.templateTitle.de }), "de"),
        en: render(message("committee.title", { template: parts.templateTitle.en }), "en"),
      },
    },
    { ...(placeholderWarning("committee_warning") as Extract<RowDefinition, { kind: "sentence" }>), style: "caution", span, lines: 2 },
    { kind: "sentence", name: "committee_headline", style: "headline", span, lines: 5, formula: parts.headline },
    blank,
    ...parts.figures,
    ...topInputs,
    blank,
    { kind: "heading", text: term("committee.evidence") },
    { kind: "sentence", name: "committee_evidence", style: "sentence", span, lines: 4, formula: parts.evidence },
    // The place for a further evidence sentence (E-value, detectable difference): empty until a template fills it.
    { kind: "sentence", name: committeeEvidenceExtraName, style: "sentence", span, lines: 2, formula: parts.evidenceExtra ?? '=""' },
    blank,
    { kind: "sentence", style: "note", span, lines: 2, formula: footer },
  ];
  const helpers: RowDefinition[] =
    varied.length === 0
      ? []
      : [
          blank,
          { kind: "heading", text: term("committee.helperRows") },
          {
            kind: "header",
            cells: [
              t("Annahme", "Assumption"),
              term("committee.helperRank"),
              term("committee.helperValue"),
              term("committee.helperGrade"),
              term("committee.helperSource"),
            ],
          },
          ...varied.map((input): RowDefinition => ({
            kind: "resultGrid",
            key: helperKey(input.name),
            label: input.label,
            formulas: [
              `={${sensitivityRankName(input.name)}}`,
              both((language) => `=${valueText(input.name, input.format, language)}&"${unitSuffix(input, language)}"`),
              `=OFFSET({${input.name}},0,4)`,
              `=OFFSET({${input.name}},0,5)`,
            ],
            formats: ["integer", "text", "text", "text"],
            format: "text",
          })),
        ];
  return {
    key: "committee",
    name: term("committee.sheet"),
    columnWidths: [...committeeWidths, 60],
    rows: [...printed, ...helpers],
    protect: true,
    print: { orientation: "portrait", onePage: true, rows: printed.length },
  };
}
