/** Where the preview workbook keeps the example data (previewWorkbook.ts), for the pane's hints. */
export const exampleRanges = {
  cohortTreated: "Cohort!G2:G241",
  cohortControl: "Cohort!G242:G471",
  cohortTarget: "Cohort!K2",
  /** Covariates of the cohort, treated rows and comparison rows as the outcome ranges. */
  cohortCovariates: [
    { name: { en: "age", de: "Alter" }, treated: "Cohort!H2:H241", control: "Cohort!H242:H471" },
    { name: { en: "care grade", de: "Pflegegrad" }, treated: "Cohort!F2:F241", control: "Cohort!F242:F471" },
    { name: { en: "living alone", de: "allein lebend" }, treated: "Cohort!I2:I241", control: "Cohort!I242:I471" },
  ],
  scoresTreatedBefore: "Scores!D2:D65",
  scoresTreatedAfter: "Scores!D66:D129",
  scoresControlBefore: "Scores!D130:D187",
  scoresControlAfter: "Scores!D188:D245",
  scoresTarget: "Scores!G2",
};
