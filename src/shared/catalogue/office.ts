/**
 * Messages of the Office adapters (src/office): what the host refuses, and what a failed step
 * left in the workbook. The pane shows them in its language.
 */
export const office = {
  "office.noSheet": { de: "Es gibt kein Blatt „{name}“", en: "no sheet '{name}'" },
  "office.noTableColumn": {
    de: "In dieser Arbeitsmappe gibt es keine Tabellenspalte „{address}“",
    en: "no table column '{address}' in this workbook",
  },
  "office.pastLastCell": {
    de: "„{address}“ reicht über die letzte Zeile oder Spalte eines Blattes hinaus",
    en: "'{address}' reaches past the last row or column of a sheet",
  },
  "office.tableExists": { de: "Eine Tabelle „{name}“ gibt es schon", en: "a table '{name}' exists already" },
  "office.noName": { de: "In dieser Arbeitsmappe gibt es keinen Namen „{name}“", en: "no name '{name}' in this workbook" },
  "office.notLaidOut": {
    de: "Die Vorlage {template} ließ sich nicht aufbauen: {detail}",
    en: "The template {template} could not be laid out: {detail}",
  },
  "office.needsExcel2016": {
    de: "Vorlagen brauchen Excel 2016 oder neuer (ExcelApi 1.4). Laden Sie stattdessen die .xlsx-Datei herunter.",
    en: "Templates need Excel 2016 or later (ExcelApi 1.4). Download the .xlsx file instead.",
  },
  "office.insertion.theTemplate": { de: "Die Vorlage", en: "The template" },
  "office.insertion.failed": {
    de: "{title} konnte nicht eingefügt werden ({reason}).",
    en: "{title} could not be inserted ({reason}).",
  },
  "office.insertion.sheet": { de: "Blatt {name}", en: "sheet {name}" },
  "office.insertion.name": { de: "Name {name}", en: "name {name}" },
  "office.insertion.unverified": {
    de: " Unverändert belassen, weil nicht feststeht, dass sie von der Vorlage stammen (sie können während des Einfügens von Ihnen angelegt worden sein): {items}. Bitte prüfen Sie sie.",
    en: " Left as they are, since they could not be confirmed as the template's (they may be yours, made meanwhile): {items}. Check them.",
  },
  "office.insertion.restRemoved": {
    de: "{failed} Alles andere, was bereits eingefügt war, wurde wieder entfernt.{unverified}",
    en: "{failed} Everything else it had added was removed.{unverified}",
  },
  "office.insertion.nothingChanged": {
    de: "{failed} In der Arbeitsmappe wurde nichts verändert.",
    en: "{failed} Nothing was changed in the workbook.",
  },
  "office.insertion.mayRemain": {
    de: "{failed} Auch das Entfernen des bereits Eingefügten ist fehlgeschlagen; möglicherweise sind noch in der Arbeitsmappe: {items}. Bitte prüfen und von Hand löschen.{unverified}",
    en: "{failed} Removing what it had added failed too; these may still be in the workbook: {items}. Check them and delete them by hand.{unverified}",
  },
  "office.insertion.remain": {
    de: "{failed} Folgendes ließ sich nicht entfernen und ist noch in der Arbeitsmappe: {items}. Bitte von Hand löschen.{unverified}",
    en: "{failed} These could not be removed and are still in the workbook: {items}. Delete them by hand.{unverified}",
  },
  "office.trials.noNames": {
    de: "In dieser Arbeitsmappe gibt es {names:plural:den Namen|die Namen} {list} nicht; es wurde nichts verändert.",
    en: "This workbook has no {names:plural:name|names} {list}; nothing was changed.",
  },
  "office.trials.manualCalculation": {
    de: "Excel berechnet diese Arbeitsmappe nur auf Anforderung (manuelle Berechnung): Stellen Sie auf automatisch um (Formeln → Berechnungsoptionen) und starten Sie erneut; es wurde nichts verändert.",
    en: "Excel calculates this workbook only on request (manual calculation): switch to automatic (Formulas → Calculation Options) and run again; nothing was changed.",
  },
  "office.trials.notOneCell": {
    de: "Der Name {name} umfasst {address}, nicht eine einzelne Zelle; es wurde nichts verändert.",
    en: "The name {name} covers {address}, not one cell; nothing was changed.",
  },
  "office.trials.notAnInput": {
    de: "{name} gehört nicht zu den Eingaben dieser Durchläufe",
    en: "{name} is not among the inputs of these trials",
  },
  "office.trials.notRestored": {
    de: "Diese Eingaben ließen sich nicht zurücksetzen; tragen Sie ihren ursprünglichen Inhalt von Hand ein: {inputs}.",
    en: "These inputs could not be restored; enter their original contents by hand: {inputs}.",
  },
  "office.trials.notSettled": {
    de: "Excel hat die Berechnung nicht innerhalb von {seconds:plural:# Sekunde|# Sekunden} abgeschlossen.",
    en: "Excel did not finish calculating within {seconds} seconds.",
  },
  "office.selectOneBlock": { de: "Bitte einen zusammenhängenden Zellbereich markieren.", en: "Select one block of cells." },
  "office.rangeTooLarge": {
    de: "{address} hat {cells:count} Zellen; das Add-in liest höchstens {largest:count} auf einmal. Wählen Sie die Zeilen mit Daten oder eine Tabellenspalte.",
    en: "{address} has {cells:count} cells; the add-in reads at most {largest:count} at once. Choose the rows with data, or a table column.",
  },
  "office.freeze.tooLarge": {
    de: "{address} hat {cells:count} Zellen; eine eingefrorene Kopie fasst höchstens {largest:count}. Es wurde nichts verändert.",
    en: "{address} has {cells:count} cells; a frozen copy takes at most {largest:count}. Nothing was changed.",
  },
  "office.freeze.nothingLeft": {
    de: "Die eingefrorenen Kopien ließen sich nicht anlegen ({reason}). In der Arbeitsmappe wurde nichts verändert.",
    en: "The frozen copies could not be made ({reason}). Nothing was changed in the workbook.",
  },
  "office.freeze.copiesLeft": {
    de: "Die eingefrorenen Kopien ließen sich nicht anlegen ({reason}). Diese Kopien ließen sich nicht entfernen; löschen Sie sie von Hand: {sheets}.",
    en: "The frozen copies could not be made ({reason}). These copies could not be removed; delete them by hand: {sheets}.",
  },
} as const;
