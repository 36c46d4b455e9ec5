/** Messages of the county's consolidation of the municipalities' business cases (command line and pane). */
export const county = {
  "county.notRead": {
    de: "{file}: nicht gelesen – {reason}",
    en: "{file}: not read – {reason}",
  },
  "county.finding": {
    de: "{file}: zu prüfen – {finding}",
    en: "{file}: to review – {finding}",
  },
  "county.missingFile": {
    de: "Diese Datei gibt es nicht.",
    en: "there is no such file.",
  },
  "county.unreadableFile": {
    de: "Die Datei lässt sich nicht öffnen ({detail}).",
    en: "the file cannot be opened ({detail}).",
  },
  "county.folder": {
    de: "Das ist ein Ordner, keine Arbeitsmappe.",
    en: "this is a folder, not a workbook.",
  },
  "county.noFiles": {
    de: "consolidate: Bitte die Arbeitsmappen der Kommunen angeben (.xlsx).",
    en: "consolidate: name the municipalities' workbooks (.xlsx).",
  },
  "county.onlyWorkbooks": {
    de: "consolidate liest nur Arbeitsmappen: --data, --map und --iterations gehören zum Befehl template.",
    en: "consolidate reads workbooks only: --data, --map and --iterations belong to the command template.",
  },
  "county.outIsInput": {
    de: "--out {file} ist eine der Arbeitsmappen, die gelesen werden; bitte einen anderen Namen wählen. Es wurde nichts geschrieben.",
    en: "--out {file} is one of the workbooks to read; choose another name. Nothing was written.",
  },
  "county.noneRead": {
    de: "Keine der {files:plural:# Datei|# Dateien} ließ sich lesen; es wurde nichts geschrieben.",
    en: "None of the {files:plural:# file|# files} could be read; nothing was written.",
  },
  "county.written": {
    de: "{file}: {read:plural:# Kommune|# Kommunen} zusammengeführt, {notRead:plural:# Datei|# Dateien} nicht gelesen.",
    en: "{file}: {read:plural:# municipality|# municipalities} consolidated, {notRead:plural:# file|# files} not read.",
  },
} as const;
