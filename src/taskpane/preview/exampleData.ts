/* Synthetic example data for the preview mode: the project's example files in examples/ (made up
   with a fixed seed; they describe no real person). In the cohort, 34 of 240 treated and 70 of 230
   control households moved into a care home within 24 months. */
import cohortCsv from "../../../examples/housing-counselling-cohort.csv";
import scoresCsv from "../../../examples/kindergarten-scores.csv";

export { cohortCsv, scoresCsv };
