/** Where the preview workbook keeps the example data (previewWorkbook.ts), for the pane's hints. */
export const exampleRanges = {
  cohortTreated: "Cohort!G2:G241",
  cohortControl: "Cohort!G242:G471",
  cohortTarget: "Cohort!J2",
  scoresTreatedBefore: "Scores!D2:D65",
  scoresTreatedAfter: "Scores!D66:D129",
  scoresControlBefore: "Scores!D130:D187",
  scoresControlAfter: "Scores!D188:D245",
  scoresTarget: "Scores!G2",
};
