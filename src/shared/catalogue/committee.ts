/** Words of the committee page (Vorlage für den Ausschuss) of each template with results. */
export const committee = {
  "committee.sheet": { de: "Ausschuss", en: "Committee" },
  "committee.title": { de: "Vorlage für den Ausschuss: {template}", en: "Committee page: {template}" },
  "committee.figures": { de: "Haushalt", en: "Budget" },
  "committee.topInputs": {
    de: "Die fünf Annahmen, die das Ergebnis am stärksten bewegen (aus der Sensitivität)",
    en: "The five assumptions that move the result most (from the sensitivity)",
  },
  "committee.evidence": { de: "Evidenz", en: "Evidence" },
  "committee.helperRows": {
    de: "Hilfszeilen für die Seite oben (werden nicht gedruckt)",
    en: "Helper rows for the page above (not printed)",
  },
  "committee.helperRank": { de: "Rang", en: "Rank" },
  "committee.helperValue": { de: "Wert als Text", en: "Value as text" },
  "committee.helperGrade": { de: "Güte", en: "Grade" },
  "committee.helperSource": { de: "Quelle", en: "Source" },
  "committee.value": { de: "Wert", en: "Value" },
  "committee.rangeLow": { de: "P5 (Monte-Carlo)", en: "P5 (Monte Carlo)" },
  "committee.rangeHigh": { de: "P95 (Monte-Carlo)", en: "P95 (Monte Carlo)" },
} as const;
