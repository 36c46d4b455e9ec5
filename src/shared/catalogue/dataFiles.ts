/**
 * Messages of reading a CSV data file (src/templates/data.ts), for the pane and the command
 * line: where in the file (`{file}`, its line and column header) and what is wrong there.
 */
export const dataFiles = {
  "dataFiles.line": { de: "{file}, Zeile {line}", en: "{file}, line {line}" },
  "dataFiles.place": { de: "{file}, Zeile {line}, Spalte „{header}“", en: "{file}, line {line}, column '{header}'" },
  "dataFiles.at": { de: "{place}: {reason}", en: "{place}: {reason}" },
  "dataFiles.missingQuotes": {
    de: 'Ein Feld beginnt mit einem Anführungszeichen ("), das nie geschlossen wird; der Rest der Datei würde so als dieses eine Feld gelesen',
    en: 'a field opens with a quote (") that is never closed, so the rest of the file would be read as that one field',
  },
  "dataFiles.invalidQuotes": {
    de: 'Ein Feld in Anführungszeichen geht nach seinem schließenden Anführungszeichen (") weiter; innerhalb eines solchen Feldes schreibt man ein Anführungszeichen doppelt ("")',
    en: 'a quoted field goes on after its closing quote ("); inside a quoted field, write a quote as two quotes ("")',
  },
  "dataFiles.undecodable": { de: "{text}", en: "{text}" },
  "dataFiles.unreadable": { de: "Die Zeile lässt sich nicht lesen ({detail})", en: "{detail}" },
  "dataFiles.thousands": {
    de: "„{raw}“ könnte eine Zahl mit Tausenderpunkt sein; bitte ohne Tausendertrennzeichen schreiben",
    en: "'{raw}' could be a number with a thousands separator; write it without one",
  },
  "dataFiles.decimalComma": {
    de: "„{raw}“ ist keine Zahl (ein Dezimalkomma braucht eine Datei, die mit „;“ oder Tabulator getrennt ist)",
    en: "'{raw}' is not a number (a decimal comma needs a file separated by ';' or tab)",
  },
  "dataFiles.notANumber": { de: "„{raw}“ ist keine Zahl", en: "'{raw}' is not a number" },
  "dataFiles.notFinite": { de: "„{raw}“ ist keine endliche Zahl", en: "'{raw}' is not a finite number" },
  "dataFiles.notWhole": { de: "{value} ist keine ganze Zahl", en: "{value} is not a whole number" },
  "dataFiles.outsideRange": {
    de: "{value} liegt außerhalb von {minimum} bis {maximum}, dem Bereich, den das Blatt zulässt",
    en: "{value} is outside {minimum}–{maximum}, the range the sheet allows",
  },
  "dataFiles.or": { de: " oder ", en: ", " },
  "dataFiles.and": { de: " und ", en: " and " },
  "dataFiles.notYesNo": {
    de: "„{raw}“ ist weder ja noch nein (erwartet 1 oder 0, ja oder nein, x)",
    en: "'{raw}' is neither yes nor no (expected 1 or 0, yes or no, x)",
  },
  "dataFiles.notYesNoOrBlank": {
    de: "„{raw}“ ist weder ja noch nein (erwartet 1 oder 0, ja oder nein, x oder leer)",
    en: "'{raw}' is neither yes nor no (expected 1 or 0, yes or no, x or blank)",
  },
  "dataFiles.unknownCode": {
    de: "„{raw}“ ist keiner der Werte {options}; welcher Wert was bedeutet, lässt sich beim Einlesen zuordnen",
    en: "'{raw}' is not one of {options}; which value means what can be set when the file is read",
  },
  "dataFiles.emptyText": { de: "leer, erwartet ein Text", en: "empty, expected a text" },
  "dataFiles.emptyNumber": { de: "leer, erwartet eine Zahl", en: "empty, expected a number" },
  "dataFiles.notADate": {
    de: "„{raw}“ ist kein Datum der Form TT.MM.JJJJ oder JJJJ-MM-TT",
    en: "'{raw}' is not a date of the form YYYY-MM-DD or DD.MM.YYYY",
  },
  "dataFiles.tooEarly": {
    de: "{raw} liegt vor dem 1. März 1900, dem ersten Datum, das die Tabelle aufnehmen kann (Excel zählt davor einen 29. Februar 1900, den es nicht gab). Bitte prüfen Sie das Datum.",
    en: "{raw} is before 1 March 1900, the first date the sheet can hold (before it Excel counts a 29 February 1900 that never was). Check the date.",
  },
  "dataFiles.dateBefore": {
    de: "{where}: {value} liegt vor {other} in der Spalte „{header}“ derselben Zeile; dieses Datum kann nicht davor liegen. Bitte die Daten berichtigen oder die Zeile weglassen.",
    en: "{where}: {value} is before {other} in the column '{header}' of the same line; this date cannot come before it. Correct the dates or leave the line out.",
  },
  "dataFiles.dateAfter": {
    de: "{where}: {value} liegt nach {other} in der Spalte „{header}“ derselben Zeile; dieses Datum kann nicht danach liegen. Bitte die Daten berichtigen oder die Zeile weglassen.",
    en: "{where}: {value} is after {other} in the column '{header}' of the same line; this date cannot come after it. Correct the dates or leave the line out.",
  },
  "dataFiles.tab": { de: "Tabulator", en: "tab" },
  "dataFiles.mixedSeparators": {
    de: "; die Kopfzeile enthält auch {others}: Die Datei mischt Trennzeichen (gelesen mit {separator})",
    en: "; the header line also contains {others}: the file mixes separators (read with {separator})",
  },
  "dataFiles.columnWithHeader": { de: "„{header}“ ({csvName})", en: "'{header}' ({csvName})" },
  "dataFiles.columnMissing": {
    de: "{file}, Zeile 1: Die Spalte {column} fehlt (gefunden: {found}){cause}",
    en: "{file}, line 1: column {column} is missing (found: {found}){cause}",
  },
  "dataFiles.columnsMissing": {
    de: "{file}, Zeile 1: Es fehlen die Spalten {columns} (gefunden: {found}){cause}",
    en: "{file}, line 1: columns {columns} are missing (found: {found}){cause}",
  },
  "dataFiles.noTable": {
    de: "{file}: Die Vorlage {template} hat keine Datentabelle zum Füllen",
    en: "{file}: the template {template} has no data table to fill",
  },
  "dataFiles.columnTwice": {
    de: "{file}, Zeile 1: Die Spalte {column} kommt zweimal vor",
    en: "{file}, line 1: column {column} appears twice",
  },
  "dataFiles.noRows": { de: "{file}: Nach der Kopfzeile folgen keine Datenzeilen", en: "{file}: no data rows after the header" },
  "dataFiles.tooManyRows": {
    de: "{file}: {rows:count} Datenzeilen; unterstützt werden höchstens {maximum:count}",
    en: "{file}: {rows:count} data rows; at most {maximum:count} are supported",
  },
  "dataFiles.fieldCount": {
    de: "{file}, Zeile {line}: {fields:plural:# Feld|# Felder}, die Kopfzeile hat aber {header:count} (Trennzeichen {separator})",
    en: "{file}, line {line}: {fields:count} fields where the header has {header:count} (separator {separator})",
  },
  "dataFiles.fieldTooLong": {
    de: "Das Feld hat {length:count} Zeichen; eine Excel-Zelle fasst höchstens 32.767. Kürzen Sie den Text in der Datei.",
    en: "the field has {length:count} characters; an Excel cell holds at most 32,767. Shorten the text in the file.",
  },
  "dataFiles.reading": {
    de: "{file}: {rows:plural:# Zeile|# Zeilen}, {encoding}, getrennt durch {separator}",
    en: "{file}: {rows:plural:# row|# rows}, {encoding}, separated by {separator}",
  },
} as const;
