/** Words of the treasurer's Review sheet: the checks nobody can type away, placeholders, changed inputs. */
export const review = {
  "review.formulaCellsCheck": {
    de: "Formeln des Modells unverändert: Zellen, in denen die Vorlage eine Formel hatte und jetzt etwas anderes steht (ISTFORMEL, rechnet ohne Add-in; Anzahl in Spalte D)",
    en: "Model formulas intact: cells where the template put a formula that now hold something else (ISFORMULA, works without the add-in; count in column D)",
  },
  "review.paneCheck": {
    de: "Tiefere Prüfung durch den Aufgabenbereich: jede Formel mit der Vorlage verglichen (Befunde in D, Datum in E; Für die Kämmerei → Formelzellen prüfen)",
    en: "Deeper check by the task pane: every formula compared with the template (findings in D, date in E; For treasurers → Check formula cells)",
  },
  "review.checkCount": { de: "Anzahl / Befund", en: "Count / finding" },
  "review.checkDate": { de: "Datum", en: "Date" },
  "review.formulaRangesHeading": {
    de: "Formelbereiche des Modells (für die Prüfung „Formeln des Modells unverändert“)",
    en: "Formula ranges of the model (for the check 'Model formulas intact')",
  },
  "review.formulaRangesRange": { de: "Bereich", en: "Range" },
  "review.formulaRangesMade": { de: "Formelzellen der Vorlage", en: "Formula cells made" },
  "review.formulaRangesStill": { de: "davon noch Formeln", en: "still formulas" },
  "review.formulaRangesTypedOver": { de: "überschrieben", en: "typed over" },
  "review.formulaRangesFirst": { de: "erste überschriebene Zelle", en: "first typed over" },
  "review.formulaRangesOrder": { de: "Nr.", en: "No." },
  "review.formulaRangesTotal": { de: "Zusammen", en: "Total" },
  "review.placeholdersHeading": {
    de: "Noch zu ersetzen: Annahmen der Güte D (Beispieldaten oder Schätzungen)",
    en: "Still to replace: assumptions graded D (example data or estimates)",
  },
  "review.placeholdersCheck": {
    de: "Keine Annahme der Güte D mehr (Anzahl in Spalte D)",
    en: "No assumption graded D left (count in column D)",
  },
  "review.placeholderHeader": { de: "Annahme", en: "Assumption" },
  "review.placeholderStatus": { de: "Stand", en: "Status" },
  "review.placeholderLink": { de: "Zur Zelle", en: "Go to" },
  "review.placeholderValue": { de: "Wert", en: "Value" },
  "review.placeholderSource": { de: "Quelle", en: "Source" },
  "review.stillToReplace": { de: "noch zu ersetzen", en: "still to replace" },
  "review.replaced": { de: "ersetzt (Güte geändert)", en: "replaced (grade changed)" },
  "review.entered": { de: "eingetragen", en: "entered" },
  "review.changedHeading": {
    de: "Geändert gegenüber den Werten der Vorlage",
    en: "Changed from the template's values",
  },
  "review.changedCheck": {
    de: "Eingaben, die vom Wert der Vorlage abweichen (Anzahl in Spalte D; nur zur Kenntnis)",
    en: "Inputs that differ from the template's value (count in column D; for information)",
  },
  "review.valueNow": { de: "Wert jetzt", en: "Value now" },
  "review.valueTemplate": { de: "Wert der Vorlage", en: "Template's value" },
  "review.changed": { de: "geändert", en: "changed" },
  "review.unchanged": { de: "wie Vorlage", en: "as in template" },
  "review.warningLine": {
    de: "Achtung: Annahmen der Güte D (Beispieldaten oder Schätzungen) sind noch zu ersetzen – die Ergebnisse sind vorläufig (Blatt Prüfung).",
    en: "Warning: assumptions graded D (example data or estimates) are still to be replaced – the results are provisional (Review sheet).",
  },
  "review.noPlaceholders": {
    de: "Alle Annahmen der Güte D sind ersetzt.",
    en: "Every assumption graded D has been replaced.",
  },
} as const;
