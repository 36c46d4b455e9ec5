/**
 * Statistical terms carry a one-sentence explanation in both languages, and a template's first
 * label on a sheet that shows a term holds that explanation as its note.
 */
import ExcelJS from "exceljs";
import { catalogue } from "../../src/shared/catalogue";
import { explainedTerms, termSpellings, type ExplainedTerm } from "../../src/shared/catalogue/terms";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { layoutTemplate } from "../../src/templates/layout";
import type { PlannedSheet } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";

/** The terms a planner meets in the pane and the templates, as the German word she reads. */
const shownTerms: [string, ExplainedTerm][] = [
  ["Konfidenzintervall", "term.confidenceInterval"],
  ["p-Wert", "term.pValue"],
  ["standardisierte Mittelwertdifferenz", "term.standardisedMeanDifference"],
  ["Maryland-Skala", "term.marylandScale"],
  ["Optimism Bias", "term.optimismBias"],
  ["restricted mean", "term.restrictedMean"],
  ["Delta-Methode", "term.deltaMethod"],
  ["Perzentile", "term.percentiles"],
  ["Prozentpunkte", "term.percentagePoints"],
  ["E-Wert", "term.evalue"],
  ["Prognoseintervall", "term.predictionInterval"],
  ["I²", "term.heterogeneityShare"],
  ["τ²", "term.heterogeneityVariance"],
];

const cellAt = (sheet: PlannedSheet, row: number, column: number) => sheet.cells.find((cell) => cell.row === row && cell.column === column);
const sheetNamed = (sheets: PlannedSheet[], name: string) => sheets.find((sheet) => sheet.name === name)!;

describe("statistical terms", () => {
  test.each(shownTerms)("%s is explained in German and English, and its German word is recognised in a label", (word, term) => {
    expect(explainedTerms).toContain(term);
    const explanation = catalogue[`${term}.explained`];
    expect(explanation.de.length).toBeGreaterThan(40);
    expect(explanation.en.length).toBeGreaterThan(40);
    expect(explanation.de).not.toBe(explanation.en);
    expect(termSpellings[term].de.test(word)).toBe(true);
  });

  test("the English word of every term is recognised in an English label", () => {
    const missed = explainedTerms.filter((term) => !termSpellings[term].en.test(catalogue[term].en));
    expect(missed).toEqual([]);
  });
});

describe("notes on the labels that show a term", () => {
  const german = layoutTemplate(counsellingCase, "de").sheets;

  test("the Evidence sheet's p-value label explains the p-value, the term first", () => {
    // "p-Wert (zweiseitig, z-Test)" is the first label of the Evidence sheet naming the p-value.
    const evidence = sheetNamed(german, "Evidenz");
    const label = evidence.cells.find((cell) => cell.content === "p-Wert (zweiseitig, z-Test)")!;
    expect(cellAt(evidence, label.row, 1)).toBe(label);
    expect(label.note).toBe(`p-Wert: ${catalogue["term.pValue.explained"].de}`);
  });

  test("the Monte Carlo sheet's P5 header explains the percentiles", () => {
    const header = sheetNamed(german, "Monte Carlo").cells.find((cell) => cell.content === "P5" && cell.style === "columnHeader")!;
    expect(header.note).toContain(catalogue["term.percentiles.explained"].de);
  });

  test("only the first label of a sheet showing the term has the note", () => {
    const comparison = sheetNamed(layoutTemplate(groupComparison, "de").sheets, "Vergleich");
    const labels = comparison.cells.filter((cell) => typeof cell.content === "string" && cell.content.startsWith("p-Wert"));
    expect(labels.length).toBeGreaterThan(1);
    const noted = labels.filter((cell) => cell.note?.includes(catalogue["term.pValue.explained"].de));
    expect(noted).toEqual([labels.sort((a, b) => a.row - b.row)[0]]);
  });

  test("the English workbook file carries the English note on the label", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(layoutTemplate(counsellingCase, "en"))) as unknown as ArrayBuffer);
    const evidence = workbook.getWorksheet("Evidence")!;
    let label: ExcelJS.Cell | undefined;
    evidence.eachRow((row) => {
      const cell = row.getCell(1);
      if (!label && cell.value === "p-value (two-sided z-test)") label = cell;
    });
    if (!label) throw new Error("no p-value label in column A of the Evidence sheet");
    const note = label.note as string | { texts: { text: string }[] };
    const text = typeof note === "string" ? note : note.texts.map((part) => part.text).join("");
    expect(text).toBe(`p-value: ${catalogue["term.pValue.explained"].en}`);
  });
});
