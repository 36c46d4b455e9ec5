/**
 * The consolidation's sentence in plain words, built by native formulas from the pooled rows:
 * "Über 6 Städte: −9,8 Prozentpunkte (95-%-KI −15,1 bis −4,5); die Wirkung unterscheidet sich
 * zwischen den Städten (I² = 57 %); für eine weitere Stadt ist ein Wert zwischen −23,7 und +2,7
 * Punkten zu erwarten."
 * What it says about the differences between the cities follows I² (Higgins et al. 2003: about
 * 25 % low, 50 % moderate, 75 % high) and Cochran's Q: with few cities the test often misses real
 * differences, so a notable I² whose Q is not significant at 10 % is reported as an open question.
 */
import { quotedText } from "../../shared/formulaText";
import type { Language, SentenceRow, Text } from "../model";
import { spelled } from "../sentenceNumbers";
import { pooledName } from "./pooledRows";

const n = (part: string) => `{${pooledName(part)}}`;

/** Points with a sign either way, as the sentence compares them with zero: "−9,8", "+2,7". */
function points(part: string, language: Language): string {
  return `IF(ROUND(100*${n(part)}*10,0)>0,"+","")&${spelled(`100*${n(part)}`, 1, language)}`;
}

const words: Record<Language, Record<string, string>> = {
  de: {
    tooFew: "Für eine Zusammenfassung über die Städte braucht es mindestens zwei Städte mit ihren Zahlen.",
    over: "Über ",
    cities: " Städte: ",
    pointsUnit: " Prozentpunkte (",
    interval: "-%-KI ",
    to: " bis ",
    close: "); ",
    little: "die Ergebnisse der Städte unterscheiden sich kaum (I² = ",
    open: "ob sich die Wirkung zwischen den Städten unterscheidet, bleibt bei so wenigen Städten offen (I² = ",
    differs: "die Wirkung unterscheidet sich zwischen den Städten (I² = ",
    strongly: "die Wirkung unterscheidet sich stark zwischen den Städten (I² = ",
    percent: " %",
    qp: "; p = ",
    further: "); für eine weitere Stadt ist ein Wert zwischen ",
    and: " und ",
    end: " Punkten zu erwarten.",
  },
  en: {
    tooFew: "Pooling across the cities needs at least two cities with their figures.",
    over: "Across ",
    cities: " cities: ",
    pointsUnit: " percentage points (",
    interval: "% CI ",
    to: " to ",
    close: "); ",
    little: "the cities' results hardly differ (I² = ",
    open: "whether the effect differs between the cities remains open with so few cities (I² = ",
    differs: "the effect differs between the cities (I² = ",
    strongly: "the effect differs strongly between the cities (I² = ",
    percent: "%",
    qp: "; p = ",
    further: "); for a further city, a value between ",
    and: " and ",
    end: " points is to be expected.",
  },
};

function sentenceFormula(language: Language): string {
  const w = (key: string) => quotedText(words[language][key]);
  const i2 = `${spelled(`100*${n("i2")}`, 0, language)}&${w("percent")}`;
  const qp = `${w("qp")}&${spelled(n("q_p_value"), 2, language)}`;
  // Compared as shown (whole percent), so that "I² = 25 %" never reads "hardly differ".
  const shownI2 = `ROUND(100*${n("i2")},0)`;
  const heterogeneity =
    `IF(${shownI2}<25,${w("little")}&${i2},` +
    `IF(${n("q_p_value")}>=0.1,${w("open")}&${i2}&${qp},` +
    `IF(${shownI2}<75,${w("differs")}&${i2},${w("strongly")}&${i2})))`;
  const level = spelled(`100*{confidence}`, 0, language);
  const pooled = [
    w("over"),
    n("k"),
    w("cities"),
    points("estimate", language),
    w("pointsUnit"),
    level,
    w("interval"),
    points("lower", language),
    w("to"),
    points("upper", language),
    w("close"),
    heterogeneity,
    w("further"),
    points("pi_lower", language),
    w("and"),
    points("pi_upper", language),
    w("end"),
  ].join("&");
  return `=IF(${n("k")}<2,${w("tooFew")},${pooled})`;
}

/** The sentence across the summary page, merged over `span` columns. */
export function consolidationSentence(span: number): SentenceRow {
  const formula: Text = { de: sentenceFormula("de"), en: sentenceFormula("en") };
  return { kind: "sentence", name: "consolidation_sentence", formula, style: "headline", span, lines: 4 };
}
