import type { Text } from "./model";

/** Labels shared by every template. */
export const labels = {
  markerTemplate: { de: "Vorlage", en: "Template" },
  markerVersion: { de: "Version", en: "Version" },
  markerLanguage: { de: "Sprache", en: "Language" },
  markerInputs: { de: "Eingabenamen", en: "Input names" },
  markerDefaults: { de: "Vorgaben", en: "Defaults" },
  markerNoDefaults: { de: "keine (eingebaute Werte)", en: "none (built-in values)" },
  markerValidFrom: { de: "gültig ab", en: "valid from" },
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
  engineValue: {
    de: "Wert, berechnet beim Erstellen dieser Datei aus den damaligen Zeilen der Tabelle; er ändert sich nicht mit den Zeilen. In Excel mit dem Add-in rechnet die Zelle laufend (Blatt Methode und Quellen).",
    en: "Value computed when this file was made, from the rows the table held then; it does not change with the rows. In Excel with the add-in, the cell computes it live (see the Method and sources sheet).",
  },
  engineValueMissing: {
    de: "Beim Erstellen dieser Datei nicht berechenbar aus den damaligen Zeilen der Tabelle:",
    en: "Could not be computed when this file was made, from the rows the table held then:",
  },
} satisfies Record<string, Text | Text[]>;
