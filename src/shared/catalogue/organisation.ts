/**
 * Messages about an organisation's defaults file (src/templates/organisationDefaults.ts): where
 * in the file (`{file}`, the dotted key) and why it cannot be used.
 */
export const organisation = {
  "organisation.atKey": { de: "{file}, Schlüssel „{key}“", en: "{file}, key '{key}'" },
  "organisation.refused": {
    de: "{where}: {reason} Die Vorgaben wurden nicht übernommen; nichts wurde eingefügt oder geschrieben.",
    en: "{where}: {reason} The defaults were not used; nothing was inserted or written.",
  },
  "organisation.missing": { de: "Dieser Eintrag fehlt.", en: "This entry is missing." },
  "organisation.unknownField": {
    de: "Dieses Feld kennt das Add-in nicht (erlaubt: value, low, high, source, grade, locked; oben: organisation, valid_from, inputs).",
    en: "The add-in does not know this field (allowed: value, low, high, source, grade, locked; at the top: organisation, valid_from, inputs).",
  },
  "organisation.kind.number": { de: "eine Zahl (ohne Anführungszeichen, Dezimalpunkt)", en: "a number (without quotes, decimal point)" },
  "organisation.kind.string": { de: "ein Text in Anführungszeichen", en: "a text in quotes" },
  "organisation.kind.object": { de: "ein Objekt in geschweiften Klammern", en: "an object in braces" },
  "organisation.kind.boolean": { de: "true oder false", en: "true or false" },
  "organisation.wrongType": { de: "Hier muss {kind} stehen.", en: "This must be {kind}." },
  "organisation.grade": { de: "Die Güte ist A, B, C oder D.", en: "The grade is A, B, C or D." },
  "organisation.datePattern": {
    de: "Das Datum wird als JJJJ-MM-TT geschrieben, z. B. 2027-01-01.",
    en: "The date is written YYYY-MM-DD, e.g. 2027-01-01.",
  },
  "organisation.namePattern": {
    de: "Kein zulässiger Name (Kleinbuchstaben, Ziffern, „-“ bzw. „_“).",
    en: "Not an allowed name (lower-case letters, digits, '-' or '_').",
  },
  "organisation.namesInside": {
    de: "Ein Name darin ist nicht zulässig (Kleinbuchstaben, Ziffern, „-“ bzw. „_“).",
    en: "A name in it is not allowed (lower-case letters, digits, '-' or '_').",
  },
  "organisation.emptyText": { de: "Dieser Text darf nicht leer sein.", en: "This text must not be empty." },
  "organisation.longText": {
    de: "Dieser Text ist länger als {limit} Zeichen.",
    en: "This text is longer than {limit} characters.",
  },
  "organisation.schema": { de: "Entspricht nicht dem Schema ({keyword}).", en: "Does not follow the schema ({keyword})." },
  "organisation.json": { de: "Kein gültiges JSON ({detail}).", en: "Not valid JSON ({detail})." },
  "organisation.jsonAt": {
    de: "Kein gültiges JSON in Zeile {line}, Spalte {column} ({detail}).",
    en: "Not valid JSON at line {line}, column {column} ({detail}).",
  },
  "organisation.notWhole": { de: "{value} ist keine ganze Zahl.", en: "{value} is not a whole number." },
  "organisation.outsideRange": {
    de: "{value} liegt außerhalb des zulässigen Bereichs von {minimum} bis {maximum}.",
    en: "{value} is outside the allowed range from {minimum} to {maximum}.",
  },
  "organisation.onlyOptions": { de: "Erlaubt sind nur: {options}.", en: "Only these are allowed: {options}." },
  "organisation.dateSerial": { de: "Hier steht ein Datum als Excel-Seriennummer.", en: "This is a date as an Excel serial number." },
  "organisation.notFinite": { de: "Keine endliche Zahl.", en: "Not a finite number." },
  "organisation.belowLow": { de: "{value} liegt unter dem niedrigen Wert {low}.", en: "{value} is below the low value {low}." },
  "organisation.belowBuiltInLow": {
    de: "{value} liegt unter dem niedrigen Wert {low} der eingebauten Spanne; bitte auch „low“ angeben.",
    en: "{value} is below the low value {low} of the built-in range; please give 'low' too.",
  },
  "organisation.aboveHigh": { de: "{value} liegt über dem hohen Wert {high}.", en: "{value} is above the high value {high}." },
  "organisation.aboveBuiltInHigh": {
    de: "{value} liegt über dem hohen Wert {high} der eingebauten Spanne; bitte auch „high“ angeben.",
    en: "{value} is above the high value {high} of the built-in range; please give 'high' too.",
  },
  "organisation.tooLarge": {
    de: "Die Datei ist {megabytes} MB groß; Vorgaben dürfen höchstens 1 MB groß sein.",
    en: "The file is {megabytes} MB; defaults may be at most 1 MB.",
  },
  "organisation.notADate": { de: "{date} ist kein Kalenderdatum.", en: "{date} is not a calendar date." },
  "organisation.noTemplate": {
    de: "Diese Vorlage gibt es nicht (bekannt: {known}).",
    en: "There is no such template (known: {known}).",
  },
  "organisation.noInput": {
    de: "Die Vorlage {template} hat keine Eingabe dieses Namens (ihre Namen zeigt „prevention-dividend names {template}“).",
    en: "Template {template} has no input of this name (its names: 'prevention-dividend names {template}').",
  },
} as const;
