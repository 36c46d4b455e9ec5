/**
 * Messages of the custom-function adapters (src/functions): what a cell or an argument holds, and
 * why a result has no value. `{cell:cell}` names the argument and the position in its range.
 */
export const functions = {
  "cells.wrongCell": { de: "{cell:cell} enthält {shown}, erwartet {expected}", en: "{cell:cell} is {shown}, expected {expected}" },
  "cells.emptyCell": { de: "{cell:cell} ist leer, erwartet {expected}", en: "{cell:cell} is empty, expected {expected}" },
  "cells.notARange": { de: "{argument:argument}: erwartet ein Zellbereich", en: "{argument:argument}: expected a range of cells" },
  "cells.notRectangular": {
    de: "{argument:argument}: erwartet ein rechteckiger Zellbereich",
    en: "{argument:argument}: expected a rectangular range",
  },
  "cells.booleanNotNumber": { de: "{argument:argument}: {value} ist keine Zahl", en: "{argument:argument}: {value} is not a number" },
  "cells.emptyArgument": { de: "{argument:argument}: ist leer", en: "{argument:argument}: is empty" },
  "cells.notNumber": { de: "{argument:argument}: {shown} ist keine Zahl", en: "{argument:argument}: {shown} is not a number" },
  "cells.notTextKey": { de: "{argument:argument}: {shown} ist kein Schlüsselwort", en: "{argument:argument}: {shown} is not a text key" },
  "cells.expected.binary": { de: "0 oder 1", en: "0 or 1" },
  "cells.expected.number": { de: "eine Zahl", en: "a number" },
  "cells.expected.weight": { de: "eine Zahl von mindestens 0", en: "a number of at least 0" },
  "cells.expected.served": { de: "1 (gefördert) oder 0 (Vergleichsgruppe)", en: "1 (served) or 0 (comparison group)" },
  "cells.expected.group": {
    de: "treated oder control (oder 1 für gefördert, 0 für Vergleich)",
    en: "treated or control (or 1 for treated, 0 for control)",
  },
  "cells.expected.start": { de: "das Datum des Beginns", en: "the start date" },
  "cells.expected.end": { de: "das Ende der Beobachtung", en: "the end of follow-up" },
  "cells.sameCount": {
    de: "{argument:argument}: {cells:plural:# Zelle|# Zellen}, aber {first:argument} hat {people:count}; bitte je Person eine Zelle in jedem Bereich",
    en: "{argument:argument}: {cells:plural:# cell|# cells}, but {first:argument} has {people:count}; give one cell per person in each range",
  },
  "cells.covariateRows": {
    de: "covariates: {rows:plural:# Zeile|# Zeilen}, aber group hat {people:plural:# Zelle|# Zellen}; bitte je Person eine Zeile, je Kovariate eine Spalte",
    en: "covariates: {rows:plural:# row|# rows}, but group has {people:plural:# cell|# cells}; give one row per person, one column per covariate",
  },
  "cells.noCovariate": {
    de: "covariates: keine Spalte; bitte je Kovariate eine Spalte angeben",
    en: "covariates: no column; give one column per covariate",
  },
  "cells.covariateColumn": { de: "covariates: Spalte {column}", en: "covariates: column {column}" },
  "cells.noCompleteRow": {
    de: "Keine vollständige Zeile: Jede Person hat eine Lücke in group oder covariates",
    en: "no complete row: every person has a blank in group, covariates",
  },
  "cells.noCompleteRowWithOutcome": {
    de: "Keine vollständige Zeile: Jede Person hat eine Lücke in group, covariates oder outcome",
    en: "no complete row: every person has a blank in group, covariates or outcome",
  },
  "cells.annualAmounts": {
    de: "{argument:argument}: erwartet eine Zeile oder eine Spalte mit Jahresbeträgen, angegeben sind {rows:count} Zeilen × {columns:count} Spalten",
    en: "{argument:argument}: expected one row or one column of annual amounts, got {rows:count} rows × {columns:count} columns",
  },
  "functions.unknownOutput": {
    de: "output: „{key}“ ist kein Schlüssel dieser Funktion; möglich sind {keys}",
    en: "output: '{key}' is not a key of this function; use one of {keys}",
  },
  "functions.noValue": { de: "{key}: Für diese Daten gibt es keinen Wert", en: "{key}: no value for these data" },
  "functions.unknownMethod": {
    de: "method: „{key}“ ist keine Methode; möglich sind regression oder weighting",
    en: "method: '{key}' is not a method; use regression or weighting",
  },
  "functions.distributionName": {
    de: "distribution: {shown} ist kein Name wie „pert“",
    en: 'distribution: {shown} is not a name such as "pert"',
  },
  "functions.rateText": {
    de: "rate: „{text}“ ist weder eine Zahl noch „MINWAGE“",
    en: "rate: '{text}' is neither a number nor \"MINWAGE\"",
  },
  "functions.yearForMinimumWage": {
    de: "year: Bei rate „MINWAGE“ nötig (der Mindestlohn am 1. Januar dieses Jahres), z. B. 2025",
    en: 'year: needed with rate "MINWAGE" (the minimum wage in force on 1 January of that year), e.g. 2025',
  },
  "functions.nntEqualRates": {
    de: "nnt: Die beiden Quoten sind gleich; keine Zahl geförderter Personen verhindert ein Ereignis",
    en: "nnt: the two rates are equal, so no number of people served prevents one event",
  },
  "functions.nntAdjustedZero": {
    de: "nnt: Die bereinigte Differenz ist 0; keine Zahl geförderter Personen verhindert ein Ereignis",
    en: "nnt: the adjusted difference is 0, so no number of people served prevents one event",
  },
  "functions.pValueNoError": { de: "p_value: Der Standardfehler ist 0", en: "p_value: the standard error is 0" },
  "functions.effectiveNOnlyWeighting": {
    de: "effective_n_control: nur bei method „weighting“",
    en: 'effective_n_control: only for method "weighting"',
  },
  "functions.noRatio": {
    de: "{key}: Der Barwert der Kosten ist {pvCosts}; ein Verhältnis braucht Kosten über 0",
    en: "{key}: the present value of costs is {pvCosts}; a ratio needs costs above 0",
  },
  "functions.noPayback": {
    de: "payback_year: Der kumulierte Nutzen erreicht die kumulierten Kosten nicht innerhalb von {years:plural:# Jahr|# Jahren}",
    en: "payback_year: cumulative benefits do not reach cumulative costs within the {years:count} years",
  },
  "functions.noneFollowed": {
    de: "{key}: Niemand in diesen Daten wurde {months} Monate lang beobachtet",
    en: "{key}: nobody in these data was followed for {months} months",
  },
  "functions.noneEntered": {
    de: "{key}: Bis {months} Monate ist niemand in ein Pflegeheim gezogen; das Intervall ist daher nicht bestimmt",
    en: "{key}: nobody had entered a care home by {months} months, so the interval is not defined",
  },
  "functions.allEntered": {
    de: "{key}: Bis {months} Monate sind alle in ein Pflegeheim gezogen; das Intervall ist daher nicht bestimmt",
    en: "{key}: everyone had entered a care home by {months} months, so the interval is not defined",
  },
  "functions.noMedian": {
    de: "median: Weniger als die Hälfte der Personen ist innerhalb der Beobachtung in ein Pflegeheim gezogen",
    en: "median: fewer than half the people entered a care home within the follow-up",
  },
  "functions.noMedianLower": {
    de: "median_lower: Die untere Grenze des Anteils zu Hause fiel nie auf die Hälfte",
    en: "median_lower: the lower limit of the share at home never fell to one half",
  },
  "functions.noMedianUpper": {
    de: "median_upper: Die obere Grenze des Anteils zu Hause fiel nie auf die Hälfte",
    en: "median_upper: the upper limit of the share at home never fell to one half",
  },
  "functions.noTest": {
    de: "{key}: Kein Heimeinzug, solange beide Gruppen beobachtet wurden; es gibt nichts zu testen",
    en: "{key}: no care-home entry while both groups were followed, so there is nothing to test",
  },
  "functions.kaplanMeier.months": { de: "Monate", en: "Months" },
  "functions.kaplanMeier.atHome": { de: "Anteil noch zu Hause", en: "Share still at home" },
  "functions.kaplanMeier.lower": { de: "Untere Grenze, {percent}-%-KI", en: "Lower limit, {percent}% CI" },
  "functions.kaplanMeier.upper": { de: "Obere Grenze, {percent}-%-KI", en: "Upper limit, {percent}% CI" },
  "functions.kaplanMeier.atRisk": { de: "Personen unter Risiko", en: "People at risk" },
  "functions.kaplanMeier.median": { de: "Median der Monate bis zur Heimaufnahme", en: "Median months to care-home entry" },
  "functions.kaplanMeier.people": { de: "Personen", en: "People" },
  "functions.kaplanMeier.entries": { de: "Heimaufnahmen", en: "Care-home entries" },
  "functions.riskRatioUndefined": {
    de: "{key}: Das Risikoverhältnis ist nicht bestimmt, weil eine bereinigte Rate 0 ist.",
    en: "{key}: the risk ratio is undefined: an adjusted rate is 0",
  },
} as const;
