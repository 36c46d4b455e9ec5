/**
 * The wizard's reading of the two questions after a comparison of rates (DESIGN §3.8): how strong
 * an unmeasured factor would have to be to explain the difference (E-values), and, when the
 * interval reaches "no difference", which reduction the comparison could have detected.
 * The numbers come from the engine (computeFigures); this module only words them.
 */
import { formatNumber, formatPercent } from "../numbers";
import type { Language } from "../strings";
import type { Robustness, Wording } from "./figures";

const association: Record<Language, Record<Wording, string>> = {
  de: { careHome: "mit der Beratung als auch mit dem Heimeinzug", generic: "mit der Förderung als auch mit dem Ereignis" },
  en: { careHome: "with both counselling and the move into a care home", generic: "with both the treatment and the event" },
};

const people: Record<Language, Record<Wording, string>> = {
  de: { careHome: "Haushalten", generic: "Personen" },
  en: { careHome: "households", generic: "people" },
};

/** "An unmeasured factor would have to be associated about 4.3-fold …; 1.6-fold to let the interval reach zero." */
export function evalueSentence(evalue: number, evalueLimit: number, language: Language, wording: Wording): string {
  const [point, limit] = [evalue, evalueLimit].map((value) => formatNumber(value, 1, language));
  if (language === "de") {
    return `Ein nicht gemessener Einfluss müsste sowohl ${association.de[wording]} etwa ${point}-fach zusammenhängen, um den Unterschied ganz zu erklären; um das Intervall die Null erreichen zu lassen, ${limit}-fach.`;
  }
  return `An unmeasured factor would have to be associated about ${point}-fold ${association.en[wording]} to explain the difference away; ${limit}-fold to let the interval reach zero.`;
}

/** "With 120 and 115 households this comparison would only have detected a fall of 14 percentage points with 80 % power: …" */
export function detectableSentence(robustness: Robustness, language: Language, wording: Wording): string {
  const [treated, control] = [robustness.nTreated, robustness.nControl].map((n) => formatNumber(n, 0, language));
  const power = formatPercent(robustness.power, language);
  const who = people[language][wording];
  const points = robustness.detectable === null ? null : formatNumber(-100 * robustness.detectable, 0, language);
  if (language === "de") {
    const fall = points === null ? "selbst einen Rückgang auf null nicht" : `erst einen Rückgang um ${points} Prozentpunkte`;
    return `Mit ${treated} und ${control} ${who} hätte dieser Vergleich ${fall} mit ${power} Sicherheit erkannt: kein Beleg gegen eine Wirkung.`;
  }
  const fall = points === null ? "not have detected even a fall to zero" : `only have detected a fall of ${points} percentage points`;
  return `With ${treated} and ${control} ${who} this comparison would ${fall} with ${power} power: no evidence against an effect.`;
}

/** The E-values when the risk ratio's interval excludes 1, otherwise what the comparison could have detected; "" without figures. */
export function robustnessSentence(robustness: Robustness | null | undefined, language: Language, wording: Wording): string {
  if (!robustness) return "";
  if (robustness.evalueLimit > 1) return evalueSentence(robustness.evalue, robustness.evalueLimit, language, wording);
  return detectableSentence(robustness, language, wording);
}
