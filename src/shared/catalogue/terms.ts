/**
 * Statistical terms the add-in shows, each with a one-sentence explanation in plain words
 * (`term.X` the word, `term.X.explained` the sentence). Templates put the sentence in a note, the
 * pane next to the term (src/taskpane/TermInfo.tsx).
 */
export const terms = {
  "term.confidenceInterval": { de: "Konfidenzintervall", en: "Confidence interval" },
  "term.confidenceInterval.explained": {
    de: "Der Bereich, in dem der wahre Wert mit der angegebenen Sicherheit (meist 95 %) liegt; je enger, desto genauer ist die Schätzung.",
    en: "The range that holds the true value with the stated confidence (usually 95%); the narrower it is, the more precise the estimate.",
  },
} as const;
