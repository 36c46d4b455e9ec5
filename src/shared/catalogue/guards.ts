/** Messages of the checks that stop a computation before it misreads the data (separation, an empty distribution). */
export const guards = {
  "guards.separatingColumn": {
    de: "{model}: {column} trennt die Zeilen mit 1 vollständig von denen mit 0 (jede Zeile mit 1 hat einen Wert, der {direction} jeder Zeile mit 0), sagt sie also fehlerfrei voraus (Separation); das Modell hat keine endliche Schätzung. Lassen Sie diese Spalte weg oder fassen Sie ihre Werte zu Gruppen zusammen.",
    en: "{model}: {column} separates the rows with 1 from those with 0 (every row with 1 has a value {direction} every row with 0), so it predicts them perfectly (separation) and the model has no finite estimate. Leave that column out or group its values",
  },
  "guards.distributionEmpty": {
    de: "{argument:argument}: ist leer; geben Sie eine Verteilung an: {options}",
    en: "{argument:argument}: is empty; give a distribution: {options}",
  },
  "guards.distributionNotText": {
    de: "{argument:argument}: {value} ist kein Name einer Verteilung; geben Sie eine an: {options}",
    en: "{argument:argument}: {value} is not the name of a distribution; give one of {options}",
  },
} as const;
