/**
 * Messages of the command line (src/templates/cli.ts and organisationCommands.ts): its usage
 * mistakes and the files it cannot write or read. `{file}` is a path as the user typed it.
 */
export const cli = {
  "cli.kind.symbolicLink": { de: "eine symbolische Verknüpfung", en: "a symbolic link" },
  "cli.kind.folder": { de: "ein Ordner", en: "a folder" },
  "cli.kind.namedPipe": { de: "eine benannte Pipe (FIFO)", en: "a named pipe (FIFO)" },
  "cli.kind.device": { de: "ein Gerät", en: "a device" },
  "cli.kind.other": { de: "keine gewöhnliche Datei", en: "not a regular file" },
  "cli.irregularOutput": {
    de: "{file} ist {kind}, keine gewöhnliche Datei; geschrieben oder ersetzt werden nur gewöhnliche Dateien, auch mit --force. Wählen Sie einen anderen Namen. Es wurde nichts geschrieben.",
    en: "{file} is {kind}, not a regular file; only regular files are written or replaced, also with --force. Choose another name. Nothing was written.",
  },
  "cli.languageUnknown": { de: "--lang: „{value}“ ist weder de noch en", en: "--lang: '{value}' is not de or en" },
  "cli.outputExists": {
    de: "{file} gibt es schon; ersetzen Sie die Datei mit --force",
    en: "{file} exists; use --force to replace it",
  },
  "cli.notWritten": {
    de: "{file}: Die Datei ließ sich nicht schreiben ({detail}); es wurde nichts geändert",
    en: "{file}: could not be written ({detail}); nothing was changed",
  },
  "cli.mapWithoutTable": {
    de: "--map: Die Vorlage {template} hat keine Datentabelle zum Füllen",
    en: "--map: the template {template} has no data table to fill",
  },
  "cli.mapProblem": { de: "{problem}", en: "{problem}" },
  "cli.noSuchDataFile": { de: "{file}: Diese Datei gibt es nicht.", en: "{file}: no such file" },
  "cli.cannotOpen": {
    de: "{file}: Die Datei lässt sich nicht öffnen ({detail}).",
    en: "{file}: cannot be opened ({detail})",
  },
  "cli.dataIsFolder": {
    de: "{file} ist ein Ordner, keine CSV-Datei. Geben Sie bei --data eine Datei an.",
    en: "{file} is a folder, not a CSV file. Give a file with --data.",
  },
  "cli.dataTooLarge": {
    de: "{file}: Die Datei ist größer als {limit} MB, die größte unterstützte Größe (höchstens {rows:count} Zeilen); sie wurde nach {limit} MB nicht weiter gelesen.",
    en: "{file}: the file is larger than {limit} MB, the largest supported size (at most {rows:count} rows); it was not read beyond {limit} MB",
  },
  "cli.iterations": { de: "--iterations (Iterationen): {problem}", en: "--iterations: {problem}" },
  "cli.dataWithAll": {
    de: "--data füllt eine einzelne Vorlage: Verwenden Sie den Befehl „template“",
    en: "--data fills one template: use the command 'template'",
  },
  "cli.iterationsWithAll": {
    de: "--iterations gilt für eine einzelne Vorlage: Verwenden Sie den Befehl „template“",
    en: "--iterations sets one template: use the command 'template'",
  },
  "cli.mapWithAll": {
    de: "--map gehört zu --data: Verwenden Sie den Befehl „template“",
    en: "--map goes with --data: use the command 'template'",
  },
  "cli.outNotFolder": {
    de: "--out {out} ist kein Ordner. Es wurde nichts geschrieben.",
    en: "--out {out} is not a folder. Nothing was written.",
  },
  "cli.filesTaken": {
    de: "Diese Dateien gibt es schon (oder sie sind keine gewöhnlichen Dateien); ersetzen Sie sie mit --force: {files}. Es wurde nichts geschrieben.",
    en: "These files exist already (or are not regular files); use --force to replace them: {files}. Nothing was written.",
  },
  "cli.someNotWritten": {
    de: "{written} von {total} Dateien geschrieben; nicht geschrieben:\n{failed}",
    en: "{written} of {total} files written; not written:\n{failed}",
  },
  "cli.expectedCommand": {
    de: "erwartet „template <id>“ oder „all“",
    en: "expected 'template <id>' or 'all'",
  },
  "cli.expectedCommandOnly": {
    de: "erwartet „template <id>“ oder „all“, nicht auch „{extra}“",
    en: "expected 'template <id>' or 'all', not also '{extra}'",
  },
  "cli.noTemplate": { de: "Es gibt keine Vorlage „{id}“", en: "no template '{id}'" },
  "cli.withNoTemplate": { de: "--with: Es gibt keine Vorlage „{id}“", en: "--with: no template '{id}'" },
  "cli.outRequired": { de: "--out DATEI ist erforderlich", en: "--out FILE is required" },
  "cli.outIsData": {
    de: "--out {out} ist die Datendatei; wählen Sie einen anderen Namen",
    en: "--out {out} is the data file; choose another name",
  },
  "cli.mapWithoutData": { de: "--map gehört zu --data", en: "--map goes with --data" },
  "cli.argument": { de: "Aufruf: {detail}", en: "{detail}" },
  "cli.nothingWritten": { de: "Es wurde nichts geschrieben.", en: "Nothing was written." },
  "cli.expectedDefaultsCheck": { de: "erwartet „defaults check DATEI“", en: "expected 'defaults check FILE'" },
  "cli.expectedNames": {
    de: "erwartet „names <id>“ mit einer dieser Vorlagen: {templates}",
    en: "expected 'names <id>' with one of: {templates}",
  },
  "cli.expectedUpgrade": { de: "erwartet „upgrade ALT.xlsx --out NEU.xlsx“", en: "expected 'upgrade OLD.xlsx --out NEW.xlsx'" },
  "cli.upgradeOutRequired": { de: "--out NEU.xlsx ist erforderlich", en: "--out NEW.xlsx is required" },
  "cli.upgradeNoForce": {
    de: "upgrade ersetzt nie eine Datei: Wählen Sie statt --force einen neuen Namen für --out",
    en: "upgrade never replaces a file: choose a new name for --out instead of --force",
  },
  "cli.upgradeOutIsOld": {
    de: "--out {out} ist die alte Arbeitsmappe; wählen Sie einen neuen Namen",
    en: "--out {out} is the old workbook; choose a new name",
  },
  "cli.noSuchFile": { de: "Die Datei gibt es nicht.", en: "There is no such file." },
  "cli.upgradeTooLarge": { de: "Die Datei ist größer als {limit} MB.", en: "The file is larger than {limit} MB." },
  "cli.upgradeWritten": { de: "{out} geschrieben; {old} bleibt unverändert.", en: "{out} written; {old} is unchanged." },
} as const;
