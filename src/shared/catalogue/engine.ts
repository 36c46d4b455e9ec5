/**
 * Messages of the engine's coded errors (src/engine): wrong values (#VALUE!) and too little data
 * (#N/A). `{argument:argument}` is the function argument (or the pane's field) the value came from.
 */
export const engine = {
  "engine.groupEmpty": {
    de: "{argument:argument}: Die Gruppe ist leer",
    en: "{argument:argument}: the group is empty",
  },
  "engine.noEvent": {
    de: "{argument:argument}: In dieser Gruppe gibt es kein Ereignis; das relative Risiko und sein E-Wert sind daher nicht bestimmt",
    en: "{argument:argument}: no event in this group, so the risk ratio and its E-value are undefined",
  },
  "engine.notARiskRatio": {
    de: "{argument:argument}: {value} ist kein relatives Risiko; ein relatives Risiko ist größer als 0",
    en: "{argument:argument}: {value} is not a risk ratio; a risk ratio is greater than 0",
  },
  "engine.evalueOutOfReach": {
    de: "{argument:argument}: {value} liegt zu weit von 1 entfernt, um einen E-Wert zu berechnen",
    en: "{argument:argument}: {value} is too far from 1 to compute an E-value",
  },
  "engine.ratioOutsideInterval": {
    de: "{argument:argument}: {value} liegt außerhalb seines Intervalls {lower} bis {upper}",
    en: "{argument:argument}: {value} lies outside its interval {lower} to {upper}",
  },
  "engine.limitFarSide": {
    de: "{argument:argument}: {value} liegt vom Verhältnis {ratio} aus auf der von 1 abgewandten Seite; bitte die Grenze angeben, die näher an 1 liegt",
    en: "{argument:argument}: {value} lies on the far side of the ratio {ratio} from 1; give the limit nearer 1",
  },
  "engine.strictlyBetween": {
    de: "{argument:argument}: {value} muss echt zwischen 0 und 1 liegen",
    en: "{argument:argument}: {value} must lie strictly between 0 and 1",
  },
  "engine.rateToDetect": {
    de: "{argument:argument}: {value} muss echt zwischen 0 und 1 liegen (bei einer Quote von 0 oder 1 gibt es nichts zu entdecken)",
    en: "{argument:argument}: {value} must lie strictly between 0 and 1 (a rate of 0 or 1 leaves nothing to detect)",
  },
  "engine.people": {
    de: "{argument:argument}: {value} muss mehr als 0 Personen sein",
    en: "{argument:argument}: {value} must be more than 0 people",
  },
  "engine.undetectable": {
    de: "{argument:argument}: Bei {treated} und {control} Personen würde selbst ein Rückgang der Quote von {rate} auf 0 mit einer Teststärke von {power} nicht entdeckt",
    en: "{argument:argument}: with {treated} and {control} people even a fall of the rate from {rate} to 0 would not be detected with power {power}",
  },
  "engine.noDifference": {
    de: "{argument:argument}: {value} ist gleich rate_control; es gibt keinen Unterschied zu entdecken",
    en: "{argument:argument}: {value} equals rate_control; there is no difference to detect",
  },
  "engine.allocationRatio": {
    de: "{argument:argument}: {value} muss größer als 0 sein (Vergleichshaushalte je geförderten Haushalt)",
    en: "{argument:argument}: {value} must be more than 0 (control households per treated household)",
  },
  "engine.powerTooLow": {
    de: "{argument:argument}: {value} ist so gering, dass Gruppen jeder Größe sie erreichen",
    en: "{argument:argument}: {value} is so low that groups of any size reach it",
  },
  "engine.followUpMonths": {
    de: "{argument:argument}: {value} muss mehr als 0 Monate sein",
    en: "{argument:argument}: {value} must be more than 0 months",
  },
  "engine.intake": {
    de: "{argument:argument}: {value} muss mehr als 0 Personen im Monat sein",
    en: "{argument:argument}: {value} must be more than 0 people a month",
  },
  "engine.notFinite": {
    de: "{argument:argument}: {value} ist keine endliche Zahl",
    en: "{argument:argument}: {value} is not a finite number",
  },
  "engine.confidence": {
    de: "{argument:argument}: {value} muss echt zwischen 0 und 1 liegen (z. B. 0,95)",
    en: "{argument:argument}: {value} must lie strictly between 0 and 1 (e.g. 0.95)",
  },
  "engine.rate": {
    de: "{argument:argument}: {value} muss zwischen 0 und 1 liegen",
    en: "{argument:argument}: {value} must lie between 0 and 1",
  },
  "engine.count": {
    de: "{argument:argument}: {value} muss eine ganze Zahl von mindestens 0 sein",
    en: "{argument:argument}: {value} must be a whole number of at least 0",
  },
  "engine.negative": {
    de: "{argument:argument}: {value} darf nicht negativ sein",
    en: "{argument:argument}: {value} must not be negative",
  },
  "engine.positive": {
    de: "{argument:argument}: {value} muss größer als 0 sein",
    en: "{argument:argument}: {value} must be greater than 0",
  },
  "engine.growthRate": {
    de: "{argument:argument}: {value} muss größer als -1 (-100 %) sein",
    en: "{argument:argument}: {value} must be greater than -1 (-100 %)",
  },
  "engine.resultOutOfRange": {
    de: "{what}: Die Eingaben ergeben ein Ergebnis außerhalb des darstellbaren Zahlenbereichs (etwa ±1,8e308)",
    en: "{what}: the inputs give a result beyond the range of numbers (about ±1.8e308)",
  },
  "engine.wholeBetween": {
    de: "{argument:argument}: {value} muss eine ganze Zahl von {low} bis {high} sein",
    en: "{argument:argument}: {value} must be a whole number from {low} to {high}",
  },
  "engine.year": { de: "Jahr {year}", en: "year {year}" },
  "engine.shareNumber": { de: "shares: Anteil {index}", en: "shares: share {index}" },
  "engine.resultOf.split": { de: "Aufteilung", en: "split" },
  "engine.resultOf.volunteerHours": { de: "Ehrenamtsstunden", en: "volunteer hours" },
  "engine.resultOf.volunteerValue": { de: "Wert der Ehrenamtsstunden", en: "volunteer value" },
  "engine.resultOf.placementValue": { de: "Wert je Platzierung", en: "placement value" },
  "engine.resultOf.stream": { de: "Zahlungsreihe", en: "stream" },
  "engine.resultOf.fiscalReturn": { de: "Haushaltsrendite", en: "fiscal return" },
  "engine.resultOf.adjust": { de: "bereinigte Wirkung", en: "net impact" },
  "engine.resultOf.prevented": { de: "vermiedene Heimaufnahmen", en: "prevented placements" },
  "engine.resultOf.projection": { de: "Hochrechnung", en: "projection" },
  "engine.sharesMissing": { de: "{argument:argument}: Es ist kein Anteil angegeben", en: "{argument:argument}: no share given" },
  "engine.sharesSum": {
    de: "{argument:argument}: Die Anteile ergeben zusammen {sum} ({percent}), erwartet wird 1 (100 %)",
    en: "{argument:argument}: add up to {sum} ({percent}), expected 1 (100 %)",
  },
  "engine.monthsAvoided": {
    de: "{argument:argument}: {value} sind mehr als {maximum:count} Monate (100 Jahre)",
    en: "{argument:argument}: {value} is more than {maximum:count} months (100 years)",
  },
  "engine.distributionUnknown": {
    de: "{argument:argument}: „{name}“ ist keine der Verteilungen {known}",
    en: "{argument:argument}: '{name}' is not one of {known}",
  },
  "engine.iterations": {
    de: "{argument:argument}: {value} muss eine ganze Zahl von 1 bis {maximum:count} sein",
    en: "{argument:argument}: {value} must be a whole number from 1 to {maximum:count}",
  },
  "engine.drawOutOfRange": {
    de: "{distribution}: Ziehung {draw:count} liegt außerhalb des darstellbaren Zahlenbereichs; kleinere Parameter wählen",
    en: "{distribution}: draw {draw:count} is beyond the range of numbers; use smaller parameters",
  },
  "engine.seed": {
    de: "{argument:argument}: {value} muss eine ganze Zahl von 1 bis {maximum:count} sein",
    en: "{argument:argument}: {value} must be a whole number from 1 to {maximum:count}",
  },
  "engine.highMissing": {
    de: "p3: Die Verteilung {distribution} braucht niedrig, wahrscheinlichsten Wert und hoch; p3 (hoch) fehlt",
    en: "p3: {distribution} needs low, mode and high; p3 (high) is missing",
  },
  "engine.lowModeHigh": {
    de: "{distribution}: Erforderlich ist niedrig ≤ wahrscheinlichster Wert ≤ hoch, angegeben sind p1 = {p1}, p2 = {p2}, p3 = {p3}",
    en: "{distribution}: needs low ≤ mode ≤ high, got p1 = {p1}, p2 = {p2}, p3 = {p3}",
  },
  "engine.twoParameters": {
    de: "p3: Die Verteilung {distribution} hat zwei Parameter; p3 bitte leer lassen (angegeben: {p3})",
    en: "p3: {distribution} takes two parameters; leave p3 empty (got {p3})",
  },
  "engine.lowHigh": {
    de: "uniform: Erforderlich ist niedrig ≤ hoch, angegeben sind p1 = {p1}, p2 = {p2}",
    en: "uniform: needs low ≤ high, got p1 = {p1}, p2 = {p2}",
  },
  "engine.standardDeviation": {
    de: "normal: p2 (Standardabweichung) {value} darf nicht negativ sein",
    en: "normal: p2 (standard deviation) {value} must not be negative",
  },
  "engine.betaShape": {
    de: "beta: {parameter} ({symbol}) {value} muss größer als 0 sein",
    en: "beta: {parameter} ({symbol}) {value} must be greater than 0",
  },
  "engine.spread": {
    de: "{argument:argument}: Für die Streuung sind mindestens zwei Werte nötig, vorhanden {n:plural:ist # Wert|sind # Werte}",
    en: "{argument:argument}: needs at least two values to estimate the spread, has {n:count}",
  },
  "engine.meanTooLarge": {
    de: "{argument:argument}: Die Werte sind zu groß, um Mittelwert und Varianz zu berechnen",
    en: "{argument:argument}: the values are too large to compute a mean and variance",
  },
  "engine.standardErrorTooLarge": {
    de: "{arguments:argument}: Die Werte sind zu groß, um einen Standardfehler zu berechnen",
    en: "{arguments:argument}: the values are too large to compute a standard error",
  },
  "engine.noSpread": {
    de: "{arguments:argument}: Innerhalb jeder Gruppe sind alle Werte gleich; es gibt keine Streuung, an der sich die Differenz messen ließe",
    en: "{arguments:argument}: all values within each group are equal, so there is no spread to judge the difference against",
  },
  "engine.differenceTooLarge": {
    de: "{arguments:argument}: Die Werte sind zu groß, um die Differenz und ihr Intervall zu berechnen",
    en: "{arguments:argument}: the values are too large to compute the difference and its interval",
  },
  "engine.notADateText": {
    de: "{argument:argument}: „{text}“ ist kein Datum; bitte ein Excel-Datum oder einen Text wie 2022-07-01 angeben",
    en: "{argument:argument}: '{text}' is not a date; give an Excel date or text such as 2022-07-01",
  },
  "engine.notAnExcelDate": {
    de: "{argument:argument}: {value} ist kein Excel-Datum (1 = 01.01.1900 … {last} = 31.12.9999)",
    en: "{argument:argument}: {value} is not an Excel date (1 = 1900-01-01 … {last} = 9999-12-31)",
  },
  "engine.beforeMinimumWage": {
    de: "{argument:argument}: {date:date} liegt vor dem 01.01.2015, dem Beginn des gesetzlichen Mindestlohns",
    en: "{argument:argument}: {date:date} is before 2015-01-01, when the German statutory minimum wage began",
  },
  "engine.beforeMinimumWageYear": {
    de: "{argument:argument}: {date:date} liegt vor dem 01.01.2015, dem Beginn des gesetzlichen Mindestlohns; für das Jahr {year} ein Datum wie DATUM({year};1;1) angeben",
    en: "{argument:argument}: {date:date} is before 2015-01-01, when the German statutory minimum wage began; for the year {year} give a date such as DATE({year},1,1)",
  },
  "engine.notAYear": {
    de: "{argument:argument}: {value} ist keine Jahreszahl (eine ganze Zahl wie 2025)",
    en: "{argument:argument}: {value} is not a year (a whole number such as 2025)",
  },
  "engine.yearBeforeMinimumWage": {
    de: "{argument:argument}: {year} liegt vor 2015, dem Beginn des gesetzlichen Mindestlohns",
    en: "{argument:argument}: {year} is before 2015, when the German statutory minimum wage began",
  },
  "engine.notADateSerial": {
    de: "{position} enthält {value}, erwartet ein Datum (eine Excel-Datumszahl von 0 bis {last})",
    en: "{position} is {value}, expected a date (an Excel date serial from 0 to {last})",
  },
  "engine.endBeforeStart": {
    de: "{position} ({end:date}) liegt vor dem Beginn ({start:date})",
    en: "{position} ({end:date}) is before the start ({start:date})",
  },
  "engine.entryBeforeStart": {
    de: "{position} ({entry:date}) liegt vor dem Beginn ({start:date})",
    en: "{position} ({entry:date}) is before the start ({start:date})",
  },
  "engine.entryAfterEnd": {
    de: "{position} ({entry:date}) liegt nach dem Ende der Beobachtung ({end:date})",
    en: "{position} ({entry:date}) is after the end of follow-up ({end:date})",
  },
  "engine.months": {
    de: "{argument:argument}: {value} muss eine Zahl von Monaten von 0 bis {maximum} (100 Jahre) sein",
    en: "{argument:argument}: {value} must be a number of months from 0 to {maximum} (100 years)",
  },
  "engine.timeAtHome": {
    de: "Zeit zu Hause: {value} ist keine Zahl von Monaten von mindestens 0",
    en: "time at home: {value} is not a number of months of at least 0",
  },
  "engine.separation": {
    de: "{model}: {what}; {column} sagt ihn vermutlich (fast) vollständig voraus (Separation), daher hat das Modell keine endliche Schätzung. Diese Spalte weglassen oder ihre Werte zusammenfassen",
    en: "{model}: {what}; {column} probably predicts it (almost) perfectly (separation), so the model has no finite estimate. Leave that column out or group its values",
  },
  "engine.separation.unbounded": { de: "Die Schätzwerte wachsen ohne Grenze", en: "the estimates grow without bound" },
  "engine.separation.certain": { de: "Eine geschätzte Wahrscheinlichkeit ist 0 oder 1", en: "a fitted probability is 0 or 1" },
  "engine.separation.noConvergence": {
    de: "Keine Konvergenz nach {iterations:count} Iterationen",
    en: "no convergence in {iterations:count} iterations",
  },
  "engine.datePosition": { de: "{argument:argument}: {where}", en: "{argument:argument}: {where}" },
  "engine.separation.singular": { de: "Die Informationsmatrix ist singulär", en: "the information matrix is singular" },
  "engine.separation.intercept": { de: "der Achsenabschnitt", en: "the intercept" },
  "engine.separation.groupColumn": { de: "die Gruppe", en: "the group" },
  "engine.model.outcome": { de: "Modell des Ergebnisses", en: "model of the outcome" },
  "engine.model.served": { de: "Modell der Förderung", en: "model of being served" },
  "engine.linearlyDependent": {
    de: "{model}: Die Spalten sind linear abhängig (eine ergibt sich aus anderen); bitte eine weglassen",
    en: "{model}: the columns are linearly dependent (one is a combination of others); leave one out",
  },
  "engine.noServed": {
    de: "group: In den vollständigen Zeilen ist niemand in der geförderten Gruppe (1)",
    en: "group: nobody in the served group (1) among the complete rows",
  },
  "engine.noComparison": {
    de: "group: In den vollständigen Zeilen ist niemand in der Vergleichsgruppe (0)",
    en: "group: nobody in the comparison group (0) among the complete rows",
  },
  "engine.tooFewRows": {
    de: "{model}: {rows:plural:# vollständige Zeile|# vollständige Zeilen} für {parameters:plural:# Parameter|# Parameter}; nötig sind mindestens {needed:count}",
    en: "{model}: {rows:plural:# complete row|# complete rows} for {parameters:plural:# parameter|# parameters}; at least {needed:count} are needed",
  },
  "engine.constantCovariate": {
    de: "{name} hat in jeder vollständigen Zeile denselben Wert und kann daher nicht berücksichtigt werden; bitte weglassen",
    en: "{name} has the same value in every complete row, so it cannot be adjusted for; leave it out",
  },
  "engine.repeatedCovariate": {
    de: "{name} wiederholt {other}; bitte jede Kovariate nur einmal angeben",
    en: "{name} repeats {other}; give each covariate once",
  },
  "engine.covariateTooLarge": {
    de: "{name}: Die Werte sind zu groß zum Rechnen; bitte in einer kleineren Einheit angeben",
    en: "{name}: the values are too large to compute with; give them in a smaller unit",
  },
  "engine.weightsZero.served": {
    de: "weights: Die Gewichte der geförderten Gruppe (1) ergeben zusammen 0; mindestens eines muss positiv sein",
    en: "weights: the weights of the served group (1) add up to 0; at least one must be positive",
  },
  "engine.weightsZero.comparison": {
    de: "weights: Die Gewichte der Vergleichsgruppe (0) ergeben zusammen 0; mindestens eines muss positiv sein",
    en: "weights: the weights of the comparison group (0) add up to 0; at least one must be positive",
  },
  "engine.outcomeNoEvent": {
    de: "outcome: In den vollständigen Zeilen hatte niemand das Ereignis; es gibt nichts zu vergleichen",
    en: "outcome: no one had the event among the complete rows, so there is nothing to compare",
  },
  "engine.outcomeAllEvent": {
    de: "outcome: In den vollständigen Zeilen hatten alle das Ereignis; es gibt nichts zu vergleichen",
    en: "outcome: everyone had the event among the complete rows, so there is nothing to compare",
  },
  "engine.noComparisonAfterWeighting": {
    de: "weighting: Nach der Gewichtung bleibt keine Vergleichsgruppe",
    en: "weighting: the weights leave no comparison group",
  },
  "engine.noFiniteEstimate": {
    de: "{method}: Für diese Daten gibt es keine endliche Schätzung; bitte die Kovariaten auf extreme Werte prüfen",
    en: "{method}: no finite estimate for these data; check the covariates for extreme values",
  },
  "engine.noPeople": {
    de: "Keine Personen mit Daten: Der Anteil zu Hause braucht mindestens eine Person",
    en: "no people with dates: the share at home needs at least one person",
  },
  "engine.groupTooLarge": {
    de: "{argument:argument}: {value} Personen sind mehr, als diese Funktion verarbeitet (höchstens 1.000.000.000)",
    en: "{argument:argument}: {value} is more people than this function handles (at most 1,000,000,000)",
  },
  "engine.eventsAboveN": {
    de: "{argument:argument}: {events:count} ist mehr als {nArgument:argument} ({n:count})",
    en: "{argument:argument}: {events:count} is more than {nArgument:argument} ({n:count})",
  },
  "engine.emptyGroup": {
    de: "{argument:argument}: Die Gruppe ist leer; es gibt keine Quote zum Vergleichen",
    en: "{argument:argument}: the group is empty, there is no rate to compare",
  },
  "engine.tooManyYears": {
    de: "{argument:argument}: {value} ist mehr als {maximum:count}",
    en: "{argument:argument}: {value} is more than {maximum:count}",
  },
  "engine.noAmounts": {
    de: "costs und benefits: Es sind keine Jahresbeträge angegeben",
    en: "costs and benefits: no annual amounts given",
  },
  "engine.hoursPerWeek": {
    de: "{argument:argument}: {value} ist mehr als die {maximum:count} Stunden einer Woche",
    en: "{argument:argument}: {value} is more than the {maximum:count} hours of a week",
  },
  "engine.weeksPerYear": {
    de: "{argument:argument}: {value} ist mehr als die {maximum:count} Wochen eines Jahres",
    en: "{argument:argument}: {value} is more than the {maximum:count} weeks of a year",
  },
  "engine.noTreated": { de: "groups: Niemand ist in der geförderten Gruppe", en: "groups: nobody in the treated group" },
  "engine.noControl": { de: "groups: Niemand ist in der Vergleichsgruppe", en: "groups: nobody in the control group" },
  "engine.populationYears": {
    de: "population: {young:plural:# Jahr|# Jahre} für 65- bis 79-Jährige, aber {old:plural:# Jahr|# Jahre} für Menschen ab 80",
    en: "population: {young:plural:# year|# years} aged 65–79 but {old:count} aged 80+",
  },
  "engine.populationYoung": { de: "Bevölkerung 65 bis 79 Jahre, Jahr {year}", en: "population aged 65–79, year {year}" },
  "engine.populationOld": { de: "Bevölkerung ab 80 Jahre, Jahr {year}", en: "population aged 80+, year {year}" },
  "engine.prevalenceYoung": { de: "Pflegequote 65 bis 79 Jahre", en: "prevalence aged 65–79" },
  "engine.prevalenceOld": { de: "Pflegequote ab 80 Jahre", en: "prevalence aged 80+" },
} as const;
