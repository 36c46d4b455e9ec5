/**
 * Statistical terms the add-in shows, each with a one-sentence explanation in plain words
 * (`term.X` the word, `term.X.explained` the sentence). The pane shows the sentence next to the
 * term (src/taskpane/TermInfo.tsx); templates can put it in a note.
 */
export const terms = {
  "term.confidenceInterval": { de: "Konfidenzintervall", en: "Confidence interval" },
  "term.confidenceInterval.explained": {
    de: "Der Bereich, in dem der wahre Wert mit der angegebenen Sicherheit (meist 95 %) liegt; je enger er ist, desto genauer ist die Schätzung.",
    en: "The range that holds the true value with the stated confidence (usually 95 %); the narrower it is, the more precise the estimate.",
  },
  "term.pValue": { de: "p-Wert", en: "p-value" },
  "term.pValue.explained": {
    de: "Wie wahrscheinlich ein mindestens so großer Unterschied wäre, wenn das Angebot gar nichts bewirkte; unter 0,05 gilt ein Unterschied üblicherweise als nicht zufällig.",
    en: "How likely a difference at least this large would be if the service had no effect at all; below 0.05 a difference is usually taken as not due to chance.",
  },
  "term.standardisedMeanDifference": { de: "Standardisierte Mittelwertdifferenz", en: "Standardised mean difference" },
  "term.standardisedMeanDifference.explained": {
    de: "Der Unterschied der Mittelwerte beider Gruppen, gemessen an ihrer Streuung; ab etwa 0,1 unterscheiden sich die Gruppen in diesem Merkmal spürbar.",
    en: "The difference between the two groups' means measured against their spread; from about 0.1 the groups differ noticeably in this characteristic.",
  },
  "term.marylandScale": { de: "Maryland-Skala", en: "Maryland scale" },
  "term.marylandScale.explained": {
    de: "Eine Stufenleiter von 1 bis 5 für die Aussagekraft einer Wirkungsmessung: 1 ist ein bloßer Vorher-nachher-Vergleich, 5 ein Zufallsexperiment.",
    en: "A ladder from 1 to 5 for how convincing an impact study is: 1 is a plain before-and-after comparison, 5 a randomised trial.",
  },
  "term.optimismBias": { de: "Optimism Bias (Optimismus-Abschlag)", en: "Optimism bias" },
  "term.optimismBias.explained": {
    de: "Ein Abschlag auf die erwartete Wirkung, weil Planungen erfahrungsgemäß zu günstig ausfallen; je schwächer die Belege, desto größer der Abschlag.",
    en: "A deduction from the expected effect because plans tend to turn out too favourable; the weaker the evidence, the larger the deduction.",
  },
  "term.restrictedMean": { de: "Mittlere Zeit zu Hause bis zum Horizont (restricted mean)", en: "Restricted mean time at home" },
  "term.restrictedMean.explained": {
    de: "Wie viele Monate eine Person bis zum gewählten Horizont (z. B. 36 Monate) im Mittel noch zu Hause lebt, auch wenn nicht alle so lange beobachtet wurden.",
    en: "How many months a person lives at home on average up to the chosen horizon (e.g. 36 months), even when not everyone was followed that long.",
  },
  "term.deltaMethod": { de: "Delta-Methode", en: "Delta method" },
  "term.deltaMethod.explained": {
    de: "Ein Rechenweg, der die Unsicherheit der Ausgangswerte auf ein daraus berechnetes Ergebnis überträgt, um dessen Intervall zu bestimmen.",
    en: "A way of carrying the uncertainty of the inputs over to a result computed from them, to give that result its interval.",
  },
  "term.percentiles": { de: "Perzentile", en: "Percentiles" },
  "term.percentiles.explained": {
    de: "P5, P50 und P95 sind die Werte, unter denen 5 %, 50 % und 95 % der simulierten Ergebnisse liegen; P50 ist der mittlere Wert.",
    en: "P5, P50 and P95 are the values below which 5 %, 50 % and 95 % of the simulated results lie; P50 is the middle value.",
  },
  "term.percentagePoints": { de: "Prozentpunkte", en: "Percentage points" },
  "term.percentagePoints.explained": {
    de: "Der Abstand zweier Quoten: von 30 % auf 14 % sind es 16 Prozentpunkte weniger (nicht 16 % weniger).",
    en: "The distance between two rates: from 30 % to 14 % is 16 percentage points less (not 16 % less).",
  },
} as const;

/** The terms that have an explanation, for the pane's info buttons and the templates' notes. */
export const explainedTerms = [
  "term.confidenceInterval",
  "term.pValue",
  "term.standardisedMeanDifference",
  "term.marylandScale",
  "term.optimismBias",
  "term.restrictedMean",
  "term.deltaMethod",
  "term.percentiles",
  "term.percentagePoints",
] as const;

export type ExplainedTerm = (typeof explainedTerms)[number];
