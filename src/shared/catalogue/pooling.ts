/** Messages of pooling across sites (src/engine/pooling.ts) that the engine raises as codes. */
export const pooling = {
  "pooling.noConvergence": {
    de: "method: Das REML-Verfahren kam in {steps} Schritten zu keinem Ergebnis; bitte „DL“ wählen.",
    en: "method: REML did not converge in {steps} steps; use DL.",
  },
  "pooling.tooFewSites": {
    de: "{sites:plural:# Standort|# Standorte}: Zum Zusammenfassen sind mindestens zwei nötig.",
    en: "{sites:plural:# site|# sites}: pooling needs at least two.",
  },
  "pooling.lengthsDiffer": {
    de: "{estimates} Schätzwerte, aber {variances} Varianzen.",
    en: "{estimates} estimates but {variances} variances.",
  },
  "pooling.siteOutOfReach": {
    de: "Standort {site}: Schätzwert {estimate} und Varianz {variance} lassen sich nicht zusammenfassen.",
    en: "Site {site}: estimate {estimate} and variance {variance} cannot be pooled.",
  },
  "pooling.outOfReach": {
    de: "Die Schätzwerte und Varianzen liegen der Größe nach zu weit auseinander, um sie zusammenzufassen.",
    en: "The estimates and variances are too far apart in size to pool.",
  },
  "pooling.place.row": { de: "{argument}, Zeile {row}", en: "{argument}, row {row}" },
  "pooling.place.column": { de: "{argument}, Spalte {column}", en: "{argument}, column {column}" },
  "pooling.place.rowColumn": { de: "{argument}, Zeile {row}, Spalte {column}", en: "{argument}, row {row}, column {column}" },
  "pooling.cells.notARange": { de: "{argument}: erwartet wird ein Zellbereich.", en: "{argument}: expected a range of cells." },
  "pooling.cells.notRectangular": {
    de: "{argument}: erwartet wird ein rechteckiger Zellbereich.",
    en: "{argument}: expected a rectangular range.",
  },
  "pooling.cells.notACount": {
    de: "{place}: {cell} ist keine Anzahl; erwartet wird eine ganze Zahl ab 0.",
    en: "{place}: {cell} is not a count; expected a whole number of at least 0.",
  },
  "pooling.cells.tooLargeCount": {
    de: "{place}: {cell} ist zu groß; höchstens {largest:count} Personen je Gruppe.",
    en: "{place}: {cell} is too large; at most {largest:count} people per group.",
  },
  "pooling.cells.empty": {
    de: "{place}: Die Zelle ist leer, obwohl die anderen Angaben dieses Standorts ausgefüllt sind.",
    en: "{place}: the cell is empty while the site's other cells are filled in.",
  },
  "pooling.cells.moreEventsThanPeople": {
    de: "{place}: {events} Ereignisse, aber {n} nennt für diesen Standort nur {people} Personen.",
    en: "{place}: {events} events, but {n} gives only {people} people for this site.",
  },
  "pooling.cells.emptyGroup": {
    de: "{place}: Die Gruppe hat niemanden; jeder Standort braucht in beiden Gruppen mindestens eine Person.",
    en: "{place}: the group has no one; each site needs at least one person in each group.",
  },
  "pooling.cells.differentLengths": {
    de: "{argument}: {cells:count} Zellen, {first} aber {firstCells:count}; bitte für jeden Standort eine Zeile in jedem Bereich angeben.",
    en: "{argument}: {cells:count} cells, but {first} has {firstCells:count}; give one row per site in each range.",
  },
  "pooling.cells.oneSite": {
    de: "{argument}: nur ein Standort; für eine Zusammenfassung werden mindestens zwei Standorte benötigt.",
    en: "{argument}: only one site; pooling needs at least two sites.",
  },
  "pooling.cells.noSite": {
    de: "{argument}: kein Standort; für eine Zusammenfassung werden mindestens zwei Standorte benötigt.",
    en: "{argument}: no site; pooling needs at least two sites.",
  },
  "pooling.cells.notAnEstimate": { de: "{place}: {cell} ist keine Zahl.", en: "{place}: {cell} is not a number." },
  "pooling.cells.estimateOutOfReach": {
    de: "{place}: {cell} liegt außerhalb des berechenbaren Bereichs (Betrag höchstens 10^40).",
    en: "{place}: {cell} is out of reach (at most 10^40 in size).",
  },
  "pooling.cells.notAStandardError": {
    de: "{place}: {cell} ist kein zulässiger Standardfehler; erwartet wird eine Zahl zwischen 10^-40 und 10^40.",
    en: "{place}: {cell} is not a standard error; expected a number between 10^-40 and 10^40.",
  },
  "pooling.cells.unknownChoice": {
    de: "{argument}: {cell} ist nicht vorgesehen; zulässig sind {choices}.",
    en: "{argument}: {cell} is not one of the choices; use {choices}.",
  },
  "pooling.cells.confidence": {
    de: "confidence: {cell} muss eine Zahl zwischen 0 und 1 sein (z. B. 0,95).",
    en: "confidence: {cell} must be a number strictly between 0 and 1 (e.g. 0.95).",
  },
  "pooling.cells.unknownOutput": {
    de: "output: {cell} ist kein Schlüssel dieser Funktion; zulässig sind {keys}.",
    en: "output: {cell} is not a key of this function; use one of {keys}.",
  },
  "pooling.cells.noPValue": {
    de: "p_value: Alle Standorte zeigen dieselbe Wirkung von 0; ein Test ist nicht möglich.",
    en: "p_value: every site shows the same effect of 0; there is nothing to test.",
  },
  "pooling.cells.noConvergence": {
    de: "method: Das REML-Verfahren kommt für diese Daten zu keinem Ergebnis; bitte method „DL“ verwenden.",
    en: 'method: REML does not converge for these data; use method "DL".',
  },
  "pooling.cells.outOfReach": {
    de: "Die Schätzwerte und Varianzen liegen in der Größenordnung zu weit auseinander, um sie zusammenzufassen.",
    en: "The estimates and variances are too far apart in size to be pooled.",
  },
} as const;
