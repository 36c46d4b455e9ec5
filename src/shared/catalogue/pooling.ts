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
  "pooling.bilingual": { de: "{text}", en: "{text}" },
} as const;
