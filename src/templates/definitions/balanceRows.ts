/**
 * A balance block in native formulas (DESIGN §3.6): for each covariate column of a data table, the
 * mean in the served and in the comparison group, the standardised mean difference with the pooled
 * sample standard deviation √((s²_served + s²_comparison)/2), and a flag where |SMD| > 0.1. Each
 * covariate counts the rows where it is filled in. With the add-in, PREVENT.BALANCE computes the
 * same over the rows complete in every covariate, and PREVENT.ADJUSTED the adjusted difference.
 */
import type { RowDefinition, Text } from "../model";
import { smdThreshold } from "../../engine/balanceThreshold";
import { numberText } from "../../functions/outputs";
import { heading, paragraph, t } from "./rows";

/** The threshold as the texts write it: "0,1", "0.1". */
const threshold = { de: numberText(smdThreshold, "de"), en: numberText(smdThreshold, "en") };

export interface BalanceCovariate {
  /** Workbook name of the table column, e.g. "cohort_age". */
  column: string;
  /** Short key for the result names: balance_<key>_treated etc. */
  key: string;
  label: Text;
}

export interface BalanceGroups {
  /** Workbook name of the group column. */
  column: string;
  /** The group column's code (dataCodes.ts) for the served and for the comparison group. */
  treated: string;
  control: string;
  words: { treated: Text; control: Text };
}

function rowsOf(groups: BalanceGroups, member: string, column: string): string {
  return `({${groups.column}}={${member}:code})*ISNUMBER({${column}})`;
}

function sampleVariance(groups: BalanceGroups, member: string, column: string, mean: string): string {
  const rows = rowsOf(groups, member, column);
  return `SUMPRODUCT(${rows}*({${column}}-${mean})^2)/(SUMPRODUCT(${rows})-1)`;
}

function covariateRow(groups: BalanceGroups, covariate: BalanceCovariate): RowDefinition {
  const name = (part: string) => `balance_${covariate.key}_${part}`;
  const mean = (member: string) => `=IFERROR(AVERAGEIFS({${covariate.column}},{${groups.column}},{${member}:code}),"")`;
  const spread = `SQRT((${sampleVariance(groups, groups.treated, covariate.column, `{${name("treated")}}`)}+${sampleVariance(groups, groups.control, covariate.column, `{${name("control")}}`)})/2)`;
  const flag = (words: string) => `=IF(ISNUMBER({${name("smd")}}),IF(ABS({${name("smd")}})>${smdThreshold},"${words}",""),"")`;
  return {
    kind: "resultGrid",
    label: covariate.label,
    formulas: [
      mean(groups.treated),
      mean(groups.control),
      `=IFERROR(({${name("treated")}}-{${name("control")}})/${spread},"")`,
      t(flag("unterschiedlich"), flag("differs")),
    ],
    names: [name("treated"), name("control"), name("smd"), name("flag")],
    format: "decimal",
  };
}

export function balanceRows(groups: BalanceGroups, covariates: BalanceCovariate[]): RowDefinition[] {
  return [
    heading("Vergleichbarkeit der Gruppen", "Were the groups comparable?"),
    paragraph(
      `Mittelwerte der Merkmale je Gruppe und standardisierte Mittelwertdifferenz (SMD = Differenz der Mittelwerte ÷ √((s²₁ + s²₂)/2)); „unterschiedlich“ bei |SMD| > ${threshold.de}. Gezählt werden je Merkmal die Zeilen, in denen es ausgefüllt ist. Unterscheiden sich die Gruppen, ist die einfache Differenz oben verzerrt: Für ein Ja/Nein-Ergebnis je Person schätzt PREVENT.ADJUSTED (mit dem Add-in) die um diese Merkmale bereinigte Differenz; nicht erfasste Unterschiede bleiben auch dann.`,
      `Means of the covariates in each group and the standardised mean difference (SMD = difference of the means ÷ √((s²₁ + s²₂)/2)); "differs" where |SMD| > ${threshold.en}. Each covariate counts the rows where it is filled in. Where the groups differ, the plain difference above is biased: for a yes/no outcome per person, PREVENT.ADJUSTED (with the add-in) estimates the difference adjusted for these covariates; differences nobody measured remain even then.`,
    ),
    {
      kind: "header",
      cells: [
        t("Merkmal", "Covariate"),
        groups.words.treated,
        groups.words.control,
        t("SMD", "SMD"),
        t(`|SMD| > ${threshold.de}`, `|SMD| > ${threshold.en}`),
      ],
    },
    ...covariates.map((covariate) => covariateRow(groups, covariate)),
  ];
}
