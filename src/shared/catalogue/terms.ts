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
  "term.evalue": { de: "E-Wert", en: "E-value" },
  "term.evalue.explained": {
    de: "Wie stark ein nicht gemessener Einfluss mit Angebot und Ergebnis zusammenhängen müsste, um den gefundenen Unterschied ganz zu erklären; je größer, desto belastbarer ist der Unterschied.",
    en: "How strongly an unmeasured influence would have to be tied to both the service and the outcome to explain the difference away; the larger, the sturdier the difference.",
  },
  "term.riskRatio": { de: "Relatives Risiko", en: "Risk ratio" },
  "term.riskRatio.explained": {
    de: "Die Quote der geförderten Gruppe geteilt durch die Quote der Vergleichsgruppe; 0,5 heißt, das Ereignis trat halb so oft ein.",
    en: "The rate in the treated group divided by the rate in the comparison group; 0.5 means the event happened half as often.",
  },
  "term.standardError": { de: "Standardfehler", en: "Standard error" },
  "term.standardError.explained": {
    de: "Wie stark eine Schätzung allein durch die zufällige Auswahl der Personen schwanken würde; aus ihm ergibt sich das Konfidenzintervall.",
    en: "How much an estimate would vary just from which people happened to be included; the confidence interval is built from it.",
  },
  "term.power": { de: "Teststärke", en: "Power" },
  "term.power.explained": {
    de: "Die Wahrscheinlichkeit, dass eine Auswertung einen tatsächlich vorhandenen Unterschied der angenommenen Größe auch findet (üblich sind 80 %).",
    en: "The probability that an evaluation finds a difference of the assumed size when it is really there (80 % is usual).",
  },
  "term.predictionInterval": { de: "Prognoseintervall", en: "Prediction interval" },
  "term.predictionInterval.explained": {
    de: "Der Bereich, in dem die Wirkung an einem weiteren, neuen Standort mit der angegebenen Sicherheit liegen dürfte; er ist breiter als das Konfidenzintervall des Mittels.",
    en: "The range in which the effect at one further, new site is likely to lie with the stated confidence; it is wider than the confidence interval of the mean.",
  },
  "term.heterogeneityShare": { de: "I² (Heterogenität)", en: "I² (heterogeneity)" },
  "term.heterogeneityShare.explained": {
    de: "Welcher Anteil der Unterschiede zwischen den Standorten nicht durch Zufall zu erklären ist; ab etwa 50 % unterscheiden sich die Standorte deutlich.",
    en: "The share of the differences between sites that chance does not explain; from about 50 % the sites differ clearly.",
  },
  "term.heterogeneityVariance": { de: "τ² (Varianz zwischen Standorten)", en: "τ² (between-site variance)" },
  "term.heterogeneityVariance.explained": {
    de: "Wie stark die wahre Wirkung von Standort zu Standort streut; 0 heißt, alle Standorte haben im Kern dieselbe Wirkung.",
    en: "How much the true effect varies from site to site; 0 means every site has at heart the same effect.",
  },
  "term.note": { de: "{term}: {explanation}", en: "{term}: {explanation}" },
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
  "term.evalue",
  "term.riskRatio",
  "term.standardError",
  "term.power",
  "term.predictionInterval",
  "term.heterogeneityShare",
  "term.heterogeneityVariance",
] as const;

export type ExplainedTerm = (typeof explainedTerms)[number];

/**
 * How a label shows each term, by language: a template's label cell matching the pattern gets
 * the term's explanation as its note (src/templates/termNotes.ts). Case is ignored.
 */
export const termSpellings: Record<ExplainedTerm, { readonly de: RegExp; readonly en: RegExp }> = {
  "term.confidenceInterval": { de: /konfidenz|intervall\b|untere grenze/i, en: /confidence|interval\b|lower limit/i },
  "term.pValue": { de: /\bp-wert/i, en: /\bp-value/i },
  "term.standardisedMeanDifference": { de: /standardisierte mittelwertdifferenz|\bSMD\b/i, en: /standardi[sz]ed mean difference|\bSMD\b/i },
  "term.marylandScale": { de: /maryland/i, en: /maryland/i },
  "term.optimismBias": { de: /optimism/i, en: /optimism/i },
  "term.restrictedMean": { de: /mittlere (monate|zeit) zu hause|restricted mean/i, en: /restricted mean|mean (months|time) at home/i },
  "term.deltaMethod": { de: /delta-methode/i, en: /delta method/i },
  "term.percentiles": { de: /\bP(5|50|95)\b|perzentil/i, en: /\bP(5|50|95)\b|percentile/i },
  "term.percentagePoints": { de: /prozentpunkt/i, en: /percentage point/i },
  "term.evalue": { de: /\bE-Wert/i, en: /\bE-value/i },
  "term.riskRatio": { de: /relative[sn]? risiko/i, en: /risk ratio/i },
  "term.standardError": { de: /standardfehler/i, en: /standard error/i },
  "term.power": { de: /teststärke/i, en: /\bpower\b/i },
  "term.predictionInterval": { de: /prognoseintervall/i, en: /prediction interval/i },
  "term.heterogeneityShare": { de: /I²/, en: /I²/ },
  "term.heterogeneityVariance": { de: /τ²/, en: /τ²/ },
};
