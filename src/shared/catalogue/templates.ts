/**
 * Messages of the template layer (src/templates): settings chosen when a template is made, the
 * templates the add-in knows, and workbooks read back for an upgrade.
 */
export const templates = {
  "templates.settingRange": {
    de: "{setting}: eine ganze Zahl von {from} bis {to}, nicht {shown}.",
    en: "{setting}: a whole number from {from} to {to}, not {shown}.",
  },
  "templates.settingUnknown": {
    de: "Die Vorlage {template} hat keine Einstellung „{key}“ (sie hat: {known})",
    en: "template {template} has no setting '{key}' (it has: {known})",
  },
  "templates.settingNone": {
    de: "Die Vorlage {template} hat keine Einstellung „{key}“ (sie hat keine)",
    en: "template {template} has no setting '{key}' (it has none)",
  },
  "templates.unknown": {
    de: "Es gibt keine Vorlage „{id}“; bekannt sind: {known}",
    en: "unknown template '{id}'; known: {known}",
  },
  "templates.noMarkerInput": {
    de: "Vorlage {template}: Es gibt keine Eingabe „{name}“ für ihren Vorlagenwert",
    en: "template {template}: no input '{name}' for its template value",
  },
  "templates.notAWorkbook": {
    de: "keine Excel-Arbeitsmappe (.xlsx): {detail}",
    en: "not an Excel workbook (.xlsx): {detail}",
  },
  "templates.noWorkbookPart": {
    de: "keine Excel-Arbeitsmappe (.xlsx): Es fehlt der Teil xl/workbook.xml",
    en: "not an Excel workbook (.xlsx): it has no xl/workbook.xml",
  },
  "templates.partCutShort": {
    de: "beschädigt: Der Teil {part} endet vor seinem letzten Element",
    en: "damaged: the part {part} ends before its last element",
  },
  "templates.sheetUnreadable": {
    de: "Das Blatt „{sheet}“ lässt sich nicht lesen",
    en: "the sheet '{sheet}' cannot be read",
  },
} as const;
