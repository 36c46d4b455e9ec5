/**
 * Messages of the county's consolidation (src/templates/consolidation): why a municipality's
 * workbook was not read, what a reviewer should look at in one that was, and the key results' names.
 */
export const consolidation = {
  "consolidation.notRead.password": {
    de: "Die Datei ist mit einem Kennwort verschlüsselt oder im alten Format .xls gespeichert. Bitte in Excel ohne Kennwort als Arbeitsmappe (.xlsx) speichern und erneut auswählen.",
    en: "The file is encrypted with a password or saved in the old .xls format. Please save it in Excel without a password as a workbook (.xlsx) and choose it again.",
  },
  "consolidation.notRead.damaged": {
    de: "Die Datei ist beschädigt oder keine Excel-Arbeitsmappe (.xlsx); sie lässt sich nicht lesen.",
    en: "The file is damaged or not an Excel workbook (.xlsx); it cannot be read.",
  },
  "consolidation.notRead.noMarker": {
    de: "Die Mappe wurde nicht mit dem Add-in erstellt, oder ihre Kennung (das verborgene Blatt „PreventionDividend“) wurde entfernt.",
    en: "The workbook was not made with the add-in, or its identification (the hidden sheet 'PreventionDividend') was removed.",
  },
  "consolidation.notRead.severalCopies": {
    de: "Die Mappe enthält {copies:count} Business Cases; bitte je Gemeinde eine Mappe mit einem Business Case auswählen.",
    en: "The workbook holds {copies:count} business cases; please choose one workbook per municipality with one business case.",
  },
  "consolidation.notRead.otherTemplate": {
    de: "Die Mappe enthält eine andere Vorlage ({template}), nicht den {expected}.",
    en: "The workbook holds another template ({template}), not the {expected}.",
  },
  "consolidation.notRead.newerVersion": {
    de: "Die Mappe hat Version {version}; dieses Add-in kennt den Business Case bis Version {known}. Bitte das Add-in aktualisieren.",
    en: "The workbook has version {version}; this add-in knows the business case up to version {known}. Please update the add-in.",
  },
  "consolidation.notRead.unknownVersion": {
    de: "Version {version} des Business Case ist diesem Add-in nicht bekannt.",
    en: "Version {version} of the business case is not known to this add-in.",
  },
  "consolidation.notRead.missingInputs": {
    de: "{count:plural:Diese Eingabe fehlt|Diese Eingaben fehlen} oder {count:plural:enthält|enthalten} keine Zahl: {inputs}. Bitte in der Mappe ergänzen (Namens-Manager, falls ein Name gelöscht wurde).",
    en: "{count:plural:This input|These inputs} {count:plural:is|are} missing or not a number: {inputs}. Please complete the workbook (Name Manager, if a name was deleted).",
  },
  "consolidation.notRead.noResult": {
    de: "Aus den Eingaben der Mappe lässt sich kein Ergebnis berechnen: {reason}",
    en: "The workbook's inputs give no result: {reason}",
  },
  "consolidation.finding.shownDiffers": {
    de: "{result}: Die Mappe zeigt {shown}, ihre Eingaben ergeben {recomputed} – eine Formel wurde möglicherweise geändert.",
    en: "{result}: the workbook shows {shown}, its inputs give {recomputed} — a formula may have been changed.",
  },
  "consolidation.finding.inputDiffers": {
    de: "{input}: {value} statt {standard} laut den Vorgaben von {organisation}.",
    en: "{input}: {value} instead of {standard} in the defaults of {organisation}.",
  },
  "consolidation.finding.inputFromTemplate": {
    de: "{input}: Diese Eingabe gibt es in Version {version} noch nicht; gerechnet wird mit dem Wert der Vorlage, {value}.",
    en: "{input}: version {version} does not have this input yet; the template's value {value} is used.",
  },
  "consolidation.finding.evidenceFromCohort": {
    de: "Die Zahlen des Vergleichs und die vermiedenen Heimmonate stammen vom Kohortenblatt der Mappe; gerechnet wird mit ihnen, nicht mit den eingegebenen.",
    en: "The comparison's counts and the months of care home avoided come from the workbook's cohort sheet; they are used instead of the typed ones.",
  },
  "consolidation.finding.optimismBias": {
    de: "Optimism Bias für Stufe {level} der Maryland-Skala: {value:percent} statt {standard:percent} wie in der Vorlage (Tabelle auf dem Blatt Evidenz).",
    en: "Optimism bias for level {level} of the Maryland scale: {value:percent} instead of the template's {standard:percent} (table on the Evidence sheet).",
  },
  "consolidation.result": { de: "{row}, {period}", en: "{row}, {period}" },
  "consolidation.period.current_year": { de: "laufendes Haushaltsjahr", en: "current budget year" },
  "consolidation.period.next_year": { de: "nächstes Haushaltsjahr", en: "next budget year" },
  "consolidation.period.present_value": { de: "Barwert", en: "present value" },
  "consolidation.row.benefit_county_row": { de: "Ersparnis des Kreises", en: "County's saving" },
  "consolidation.row.benefit_city_row": { de: "Ersparnis der Stadt", en: "City's saving" },
  "consolidation.row.benefit_insurance_row": { de: "Ersparnis der Pflegekasse", en: "Care insurance's saving" },
  "consolidation.row.benefit_residents_row": { de: "Ersparnis der Bewohner", en: "Residents' saving" },
  "consolidation.row.net_county_row": { de: "Nettonutzen des Kreises", en: "Net benefit to the county" },
  "consolidation.row.net_county_city_row": { de: "Nettonutzen von Kreis und Stadt", en: "Net benefit to county and city" },
  "consolidation.row.net_public_row": { de: "Nettonutzen aller öffentlichen Träger", en: "Net benefit to all public payers" },
  "consolidation.ratio.bcr_county": { de: "Nutzen-Kosten-Verhältnis für den Kreis", en: "Benefit-cost ratio for the county" },
  "consolidation.ratio.bcr_county_city": {
    de: "Nutzen-Kosten-Verhältnis für Kreis und Stadt",
    en: "Benefit-cost ratio for county and city",
  },
  "consolidation.ratio.bcr_public": {
    de: "Nutzen-Kosten-Verhältnis für alle öffentlichen Träger",
    en: "Benefit-cost ratio for all public payers",
  },
} as const;
