import type { Text } from "./model";

/** Labels shared by every template. */
export const labels = {
  markerTemplate: { de: "Vorlage", en: "Template" },
  markerVersion: { de: "Version", en: "Version" },
  markerLanguage: { de: "Sprache", en: "Language" },
  markerInputs: { de: "Eingabenamen", en: "Input names" },
  year: { de: "Jahr", en: "Year" },
  inputHeader: [
    { de: "Annahme", en: "Assumption" },
    { de: "Wert", en: "Value" },
    { de: "niedrig", en: "Low" },
    { de: "hoch", en: "High" },
    { de: "Einheit", en: "Unit" },
    { de: "Güte", en: "Grade" },
    { de: "Quelle", en: "Source" },
  ],
  gradeLegend: {
    de: "Güte: A = gesetzlich oder vor Ort gemessen, B = veröffentlichte Studie, C = veröffentlichte Schätzung oder abgeleitet, D = Annahme, durch eigene Daten ersetzen.",
    en: "Grade: A = statutory or measured locally, B = published study, C = published estimate or derived, D = assumption, replace with local data.",
  },
} satisfies Record<string, Text | Text[]>;
