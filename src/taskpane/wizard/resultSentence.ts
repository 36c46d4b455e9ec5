import { formatNumber, formatPercent } from "../numbers";
import type { Language } from "../strings";
import type { AdjustedFigures, ChangeFigures, ComparisonFigures, Interval, MeanFigures, Wording } from "./figures";
import { evalueSentence, robustnessSentence } from "./robustnessSentence";

export type { Wording } from "./figures";

interface RatePhrases {
  /** "… moved into a care home 16.3 percentage points less often than the comparison group" */
  difference(points: string, direction: "less" | "more"): string;
  same: string;
  /** "about 6 households had to be counselled to prevent one move" */
  perPrevented(people: string): string;
  perAdditional(people: string): string;
}

const ratePhrases: Record<Language, Record<Wording, RatePhrases>> = {
  en: {
    careHome: {
      difference: (points, direction) =>
        `Counselled households moved into a care home ${points} percentage points ${direction} often than the comparison group`,
      same: "Counselled households moved into a care home as often as the comparison group",
      perPrevented: (people) => `about ${people} households had to be counselled to prevent one move`,
      perAdditional: (people) => `about ${people} households were counselled for each additional move`,
    },
    generic: {
      difference: (points, direction) =>
        `The treated group had the event ${points} percentage points ${direction} often than the comparison group`,
      same: "The treated group had the event as often as the comparison group",
      perPrevented: (people) => `about ${people} people had to be treated to prevent one event`,
      perAdditional: (people) => `about ${people} people were treated for each additional event`,
    },
  },
  de: {
    careHome: {
      difference: (points, direction) =>
        `Beratene Haushalte zogen ${points} Prozentpunkte ${direction === "less" ? "seltener" : "häufiger"} in ein Pflegeheim als die Vergleichsgruppe`,
      same: "Beratene Haushalte zogen ebenso oft in ein Pflegeheim wie die Vergleichsgruppe",
      perPrevented: (people) => `etwa ${people} Haushalte mussten beraten werden, um einen Umzug zu verhindern`,
      perAdditional: (people) => `auf etwa ${people} beratene Haushalte kam ein zusätzlicher Umzug`,
    },
    generic: {
      difference: (points, direction) =>
        `In der geförderten Gruppe trat das Ereignis ${points} Prozentpunkte ${direction === "less" ? "seltener" : "häufiger"} ein als in der Vergleichsgruppe`,
      same: "In der geförderten Gruppe trat das Ereignis ebenso oft ein wie in der Vergleichsgruppe",
      perPrevented: (people) => `etwa ${people} Personen mussten gefördert werden, um ein Ereignis zu verhindern`,
      perAdditional: (people) => `auf etwa ${people} geförderte Personen kam ein zusätzliches Ereignis`,
    },
  },
};

const intervalWords: Record<Language, { ci: string; to: string; points: string; includesZero: string }> = {
  en: {
    ci: "CI",
    to: "to",
    points: "percentage points",
    includesZero: "The interval includes no difference at all, so chance alone could explain the result.",
  },
  de: {
    ci: "KI",
    to: "bis",
    points: "Prozentpunkte",
    includesZero: "Das Intervall schließt auch „kein Unterschied“ ein; der Zufall allein könnte das Ergebnis erklären.",
  },
};

/** "95 % CI 8.3 to 23.9 percentage points": the interval of the difference in the direction the sentence states it. */
function intervalText(figures: Interval, scale: number, decimals: number, unit: string, language: Language): string {
  const words = intervalWords[language];
  const flip = figures.difference < 0 ? -1 : 1;
  const bounds = [figures.lower * flip * scale, figures.upper * flip * scale].sort((a, b) => a - b);
  const range = `${formatNumber(bounds[0], decimals, language)} ${words.to} ${formatNumber(bounds[1], decimals, language)}`;
  return `${formatPercent(figures.confidence, language)} ${words.ci} ${range}${unit ? " " + unit : ""}`;
}

function includesZero(figures: Interval): boolean {
  return figures.lower <= 0 && figures.upper >= 0;
}

function withZeroNote(sentence: string, figures: Interval, language: Language): string {
  return includesZero(figures) ? `${sentence} ${intervalWords[language].includesZero}` : sentence;
}

/** A difference of rates with its interval and the people served per prevented event, crude or adjusted. */
type RateReading = Interval & { numberNeededToTreat: number | null };

function rateSentence(figures: RateReading, language: Language, wording: Wording): string {
  const phrases = ratePhrases[language][wording];
  if (figures.difference === 0 || figures.numberNeededToTreat === null) {
    return `${phrases.same} (${intervalText(figures, 100, 1, intervalWords[language].points, language)}).`;
  }
  const points = formatNumber(Math.abs(figures.difference) * 100, 1, language);
  const direction = figures.difference < 0 ? "less" : "more";
  const people = formatNumber(Math.abs(figures.numberNeededToTreat), 0, language);
  const perEvent = figures.difference < 0 ? phrases.perPrevented(people) : phrases.perAdditional(people);
  const sentence = `${phrases.difference(points, direction)} (${intervalText(figures, 100, 1, intervalWords[language].points, language)}); ${perEvent}.`;
  return withZeroNote(sentence, figures, language);
}

/** Two significant decimals for small numbers, fewer for large ones. */
function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  return 2;
}

function meanSentence(figures: MeanFigures, language: Language): string {
  const decimals = decimalsFor(figures.difference);
  const amount = formatNumber(Math.abs(figures.difference), decimals, language);
  const interval = intervalText(figures, 1, decimals, "", language);
  const treated = formatNumber(figures.meanTreated, decimals, language);
  const control = formatNumber(figures.meanControl, decimals, language);
  const sentence =
    language === "de"
      ? `Der Mittelwert der geförderten Gruppe lag um ${amount} ${figures.difference < 0 ? "niedriger" : "höher"} als der der Vergleichsgruppe (${treated} gegenüber ${control}; ${interval}).`
      : `The treated group's mean was ${amount} ${figures.difference < 0 ? "lower" : "higher"} than the comparison group's (${treated} against ${control}; ${interval}).`;
  return withZeroNote(sentence, figures, language);
}

function changeSentence(figures: ChangeFigures, language: Language): string {
  const decimals = decimalsFor(figures.difference);
  const amount = formatNumber(Math.abs(figures.difference), decimals, language);
  const interval = intervalText(figures, 1, decimals, "", language);
  const sentence =
    language === "de"
      ? `Von vorher bis nachher veränderte sich der Mittelwert der geförderten Gruppe um ${amount} ${figures.difference < 0 ? "weniger" : "mehr"} als der der Vergleichsgruppe (${interval}).`
      : `From before to after, the treated group's mean changed by ${amount} ${figures.difference < 0 ? "less" : "more"} than the comparison group's (${interval}).`;
  return withZeroNote(sentence, figures, language);
}

function withRobustness(reading: string, robustness: string): string {
  return robustness ? `${reading} ${robustness}` : reading;
}

/** One sentence (two when the interval includes zero) reading a comparison for a planner. */
export function resultSentence(figures: ComparisonFigures, language: Language, wording: Wording = "careHome"): string {
  switch (figures.kind) {
    case "binary":
      return withRobustness(rateSentence(figures, language, wording), robustnessSentence(figures.robustness, language, wording));
    case "number":
      return meanSentence(figures, language);
    case "beforeAfter":
      return changeSentence(figures, language);
  }
}

/** "age, care grade and living alone" */
function namesText(names: string[], language: Language): string {
  const and = language === "de" ? "und" : "and";
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

/** "Adjusted for age and living alone: counselled households moved …": the adjusted effect read like the crude one. */
export function adjustedSentence(figures: AdjustedFigures, language: Language, wording: Wording = "careHome"): string {
  const { effect } = figures;
  const reading = rateSentence({ ...effect, confidence: figures.confidence }, language, wording);
  const names = namesText(figures.covariates, language);
  const e = figures.evalues;
  const robustness = e && e.evalueLimit > 1 ? evalueSentence(e.evalue, e.evalueLimit, language, wording) : "";
  if (language === "de") return withRobustness(`Bereinigt um ${names}: ${reading}`, robustness);
  return withRobustness(`Adjusted for ${names}: ${reading.charAt(0).toLowerCase()}${reading.slice(1)}`, robustness);
}
