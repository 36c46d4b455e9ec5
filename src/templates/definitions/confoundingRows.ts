/**
 * Two questions after a comparison of rates, in native formulas (DESIGN §3.8): could an unmeasured
 * factor explain the difference (risk ratio, log interval, E-values), and, when the interval
 * reaches "no difference", which reduction the comparison could have detected at all (Newton's
 * method in a fixed number of rows). Expects the names events_treated, n_treated,
 * events_control, n_control, rate_control and z_value of rateComparisonRows.
 */
import { quotedText } from "../../shared/formulaText";
import type { Formula, ResultGridRow, RowDefinition, Text } from "../model";
import { counselledWords, type GroupWords } from "./comparisonRows";
import { between, blank, heading, input, paragraph, result, shareUnit, t } from "./rows";

/** Newton steps from a treated rate of 0; the margin is convex in the rate, so they rise to the root and 12 reach it to the last digits. */
export const newtonSteps = 12;

/** How the sentence names the service and the outcome. */
export interface ConfoundingWords {
  /** "mit der Beratung als auch mit dem Heimeinzug" / "with both counselling and the move into a care home" */
  association: Text;
  /** "Haushalten" / "households" */
  people: Text;
  groups: GroupWords;
}

export const counsellingConfoundingWords: ConfoundingWords = {
  association: t("mit der Beratung als auch mit dem Heimeinzug", "with both counselling and the move into a care home"),
  people: t("Haushalten", "households"),
  groups: counselledWords,
};

const ratioGuard = "OR({events_treated}=0,{events_control}=0)";

/** The E-value of a ratio written as a cell reference or name. */
function evalueOf(ratio: string): string {
  return `IF(${ratio}>=1,${ratio}+SQRT(${ratio}*(${ratio}-1)),1/${ratio}+SQRT(1/${ratio}*(1/${ratio}-1)))`;
}

// The margin of the test at treated rate x: Δ − z·(spread under no difference) − z_power·(spread), and its slope.
const pooled = (x: string) => `({rate_control}+{detect_weight}*(${x}-{rate_control}))`;
const nullSpread = (x: string) => `SQRT(${pooled(x)}*(1-${pooled(x)})*{detect_shares})`;
const spread = (x: string) => `SQRT(${x}*(1-${x})/{n_treated}+{rate_control}*(1-{rate_control})/{n_control})`;
const margin = (x: string) => `({rate_control}-${x}-{z_value}*${nullSpread(x)}-{detect_z_power}*${spread(x)})`;
const slope = (x: string) =>
  `(-1-{z_value}*{detect_shares}*{detect_weight}*(1-2*${pooled(x)})/(2*${nullSpread(x)})-{detect_z_power}*(1-2*${x})/(2*{n_treated}*${spread(x)}))`;
const newton = (x: string) => `${x}-${margin(x)}/${slope(x)}`;

function newtonRow(step: number, groups: GroupWords): ResultGridRow {
  const previous = step === 1 ? "0" : `{@detect_step_${step - 1}:col2}`;
  const formula =
    step === 1
      ? `=IF(OR({rate_control}<=0,{rate_control}>=1),"",IF(${margin("0")}<0,"",${newton("0")}))`
      : `=IF(${previous}="","",${newton(previous)})`;
  return {
    kind: "resultGrid",
    key: `detect_step_${step}`,
    label: t(`Newton-Schritt ${step}: Quote ${groups.treated.de}`, `Newton step ${step}: rate ${groups.treated.en}`),
    formulas: [formula],
    format: "decimalPrecise",
  };
}

const fixed = (name: string, decimals: number, scale = "") => `FIXED(${scale}{${name}},${decimals},TRUE)`;

/** The sentence: the E-values when the ratio's interval excludes 1, otherwise the detectable reduction. */
function confoundingSentence(words: ConfoundingWords): Formula {
  const piece = (language: "de" | "en", parts: string[]) => parts.join("&");
  const de = piece("de", [
    `IF({evalue}="",${quotedText("Das relative Risiko ist nicht bestimmt: In einer Gruppe trat kein Ereignis ein.")},`,
  ]);
  const en = piece("en", [`IF({evalue}="",${quotedText("The risk ratio is undefined: one group had no event.")},`]);
  const strongDe = [
    quotedText(`Ein nicht gemessener Einfluss müsste sowohl ${words.association.de} etwa `),
    fixed("evalue", 1),
    quotedText("-fach zusammenhängen, um den Unterschied ganz zu erklären; um das Intervall die Null erreichen zu lassen, "),
    fixed("evalue_limit", 1),
    quotedText("-fach."),
  ].join("&");
  const strongEn = [
    quotedText("An unmeasured factor would have to be associated about "),
    fixed("evalue", 1),
    quotedText(`-fold ${words.association.en} to explain the difference away; `),
    fixed("evalue_limit", 1),
    quotedText("-fold to let the interval reach zero."),
  ].join("&");
  const sizesDe = [
    quotedText("Mit "),
    fixed("n_treated", 0),
    quotedText(" und "),
    fixed("n_control", 0),
    quotedText(` ${words.people.de} hätte dieser Vergleich `),
  ];
  const sizesEn = [
    quotedText("With "),
    fixed("n_treated", 0),
    quotedText(" and "),
    fixed("n_control", 0),
    quotedText(` ${words.people.en} this comparison would `),
  ];
  const weakDe = [
    ...sizesDe,
    `IF({detect_difference}="",${quotedText("selbst einen Rückgang auf null nicht")},${quotedText("erst einen Rückgang um ")}&${fixed("detect_difference", 0, "-100*")}&${quotedText(" Prozentpunkte")})`,
    quotedText(" mit "),
    fixed("detect_power", 0, "100*"),
    quotedText(" % Sicherheit erkannt: kein Beleg gegen eine Wirkung."),
  ].join("&");
  const weakEn = [
    ...sizesEn,
    `IF({detect_difference}="",${quotedText("not have detected even a fall to zero")},${quotedText("only have detected a fall of ")}&${fixed("detect_difference", 0, "-100*")}&${quotedText(" percentage points")})`,
    quotedText(" with "),
    fixed("detect_power", 0, "100*"),
    quotedText("% power: no evidence against an effect."),
  ].join("&");
  return {
    de: `=${de}IF({evalue_limit}>1,${strongDe},${weakDe}))`,
    en: `=${en}IF({evalue_limit}>1,${strongEn},${weakEn}))`,
  };
}

export function confoundingRows(words: ConfoundingWords = counsellingConfoundingWords): RowDefinition[] {
  const g = words.groups;
  const guarded = (formula: string) => `=IF(${ratioGuard},"",${formula})`;
  return [
    heading("Könnte ein nicht gemessener Einfluss den Unterschied erklären?", "Could an unmeasured factor explain the difference?"),
    paragraph(
      "E-Wert (VanderWeele und Ding 2017): so stark müsste ein nicht gemessener Einfluss mit beiden Seiten zusammenhängen (als relatives Risiko), um das Ergebnis ganz zu erklären. Er beweist nicht, dass es keinen solchen Einfluss gibt.",
      "E-value (VanderWeele and Ding 2017): how strongly an unmeasured factor would have to be associated with both sides (as a risk ratio) to explain the result away. It does not prove that no such factor exists.",
    ),
    result({
      name: "risk_ratio",
      label: t(`Relatives Risiko (${g.treated.de} ÷ ${g.control.de})`, `Risk ratio (${g.treated.en} ÷ ${g.control.en})`),
      formula: guarded("{rate_treated}/{rate_control}"),
      format: "decimalPrecise",
    }),
    result({
      name: "rr_log_se",
      label: t("Standardfehler des logarithmierten relativen Risikos", "Standard error of the log risk ratio"),
      formula: guarded("SQRT(1/{events_treated}-1/{n_treated}+1/{events_control}-1/{n_control})"),
      format: "decimalPrecise",
    }),
    result({
      name: "rr_lower",
      label: t("Relatives Risiko: untere Grenze", "Risk ratio: lower bound"),
      formula: guarded("EXP(LN({risk_ratio})-{z_value}*{rr_log_se})"),
      format: "decimalPrecise",
    }),
    result({
      name: "rr_upper",
      label: t("Relatives Risiko: obere Grenze", "Risk ratio: upper bound"),
      formula: guarded("EXP(LN({risk_ratio})+{z_value}*{rr_log_se})"),
      format: "decimalPrecise",
    }),
    result({
      name: "evalue",
      label: t("E-Wert des relativen Risikos", "E-value of the risk ratio"),
      formula: guarded(evalueOf("{risk_ratio}")),
      format: "decimal",
      keyResult: true,
    }),
    result({
      name: "evalue_limit",
      label: t("E-Wert der Intervallgrenze näher an 1", "E-value of the interval limit nearer 1"),
      formula: guarded(`IF(AND({rr_lower}<=1,{rr_upper}>=1),1,IF({risk_ratio}>1,${evalueOf("{rr_lower}")},${evalueOf("{rr_upper}")}))`),
      format: "decimal",
      explanation: t("1 = das Intervall enthält bereits 1", "1 = the interval already contains 1"),
      keyResult: true,
    }),
    blank,
    heading("Hätte der Vergleich eine Wirkung überhaupt finden können?", "Could the comparison have found an effect at all?"),
    input({
      name: "detect_power",
      label: t("Gewünschte Sicherheit (Teststärke)", "Power wanted"),
      value: 0.8,
      unit: shareUnit,
      grade: "A",
      source: t("Konvention (80 %)", "Convention (80%)"),
      format: "percent",
      validation: between(0.5, 0.99),
    }),
    result({
      name: "detect_z_power",
      label: t("z-Wert der Teststärke", "z for the power"),
      formula: "=NORM.S.INV({detect_power})",
      format: "decimalPrecise",
    }),
    result({
      name: "detect_weight",
      label: t(`Anteil der Gruppe „${g.treated.de}“ an allen Personen`, `Share of the group '${g.treated.en}' among all people`),
      formula: "={n_treated}/({n_treated}+{n_control})",
      format: "decimalPrecise",
    }),
    result({
      name: "detect_shares",
      label: t(`1/n ${g.treated.de} + 1/n ${g.control.de}`, `1/n ${g.treated.en} + 1/n ${g.control.en}`),
      formula: "=1/{n_treated}+1/{n_control}",
      format: "decimalPrecise",
    }),
    ...Array.from({ length: newtonSteps }, (_, i) => newtonRow(i + 1, words.groups)),
    result({
      name: "detect_difference",
      label: t(
        `Kleinster erkennbarer Rückgang (Differenz ${g.treated.de} − ${g.control.de})`,
        `Smallest detectable reduction (difference ${g.treated.en} − ${g.control.en})`,
      ),
      formula: `=IF({@detect_step_${newtonSteps}:col2}="","",{@detect_step_${newtonSteps}:col2}-{rate_control})`,
      format: "percentPrecise",
      explanation: t("leer: selbst ein Rückgang auf 0 würde nicht erkannt", "empty: not even a fall to 0 would be detected"),
      keyResult: true,
    }),
    { kind: "sentence", name: "confounding_sentence", style: "label", formula: confoundingSentence(words) },
  ];
}
