/**
 * The names of the preview's example workbook (previewWorkbook.ts) in each language, and where it
 * keeps the example data: the wizard's hints and "Fill in the example" name exactly these, so that
 * every hint works when typed. Inside Excel the hints use the same names as examples of the form.
 */
import type { Language } from "../../shared/language";

export interface ExampleNames {
  language: Language;
  cohortSheet: string;
  groupsSheet: string;
  scoresSheet: string;
  counselledTable: string;
  comparisonTable: string;
  /** The column of the group tables with the moves within 24 months (1/0). */
  movedColumn: string;
  householdColumn: string;
  careGradeColumn: string;
}

const names: Record<Language, ExampleNames> = {
  en: {
    language: "en",
    cohortSheet: "Cohort",
    groupsSheet: "Groups",
    scoresSheet: "Scores",
    counselledTable: "Counselled",
    comparisonTable: "Comparison",
    movedColumn: "Moved within 24 months",
    householdColumn: "Household",
    careGradeColumn: "Care grade",
  },
  de: {
    language: "de",
    cohortSheet: "Kohorte",
    groupsSheet: "Gruppen",
    scoresSheet: "Testwerte",
    counselledTable: "Beratene",
    comparisonTable: "Vergleich",
    movedColumn: "Umzug binnen 24 Monaten",
    householdColumn: "Haushalt",
    careGradeColumn: "Pflegegrad",
  },
};

export function exampleNames(language: Language): ExampleNames {
  return names[language];
}

/** Where the example workbook of these names keeps the example data. */
export function exampleRanges(example: ExampleNames) {
  const cohort = example.cohortSheet;
  const scores = example.scoresSheet;
  return {
    cohortTreated: `${cohort}!G2:G241`,
    cohortControl: `${cohort}!G242:G471`,
    cohortTarget: `${cohort}!K2`,
    /** Covariates of the cohort, treated rows and comparison rows as the outcome ranges. */
    cohortCovariates: [
      { name: { en: "age", de: "Alter" }, treated: `${cohort}!H2:H241`, control: `${cohort}!H242:H471` },
      { name: { en: "care grade", de: "Pflegegrad" }, treated: `${cohort}!F2:F241`, control: `${cohort}!F242:F471` },
      { name: { en: "living alone", de: "allein lebend" }, treated: `${cohort}!I2:I241`, control: `${cohort}!I242:I471` },
    ],
    counselledMoved: `${example.counselledTable}[${example.movedColumn}]`,
    scoresTreatedBefore: `${scores}!D2:D65`,
    scoresTreatedAfter: `${scores}!D66:D129`,
    scoresControlBefore: `${scores}!D130:D187`,
    scoresControlAfter: `${scores}!D188:D245`,
    scoresTarget: `${scores}!G2`,
  };
}
