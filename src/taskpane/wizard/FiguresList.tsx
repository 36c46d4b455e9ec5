import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber, formatPercent } from "../numbers";
import { usePane } from "../services";
import type { Language } from "../strings";
import type { ComparisonFigures } from "./figures";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  group: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

const names: Record<Language, Record<string, string>> = {
  en: {
    rateTreated: "Rate, treated group",
    rateControl: "Rate, comparison group",
    meanTreated: "Mean, treated group",
    meanControl: "Mean, comparison group",
    difference: "Difference",
    interval: "Interval",
    perEvent: "People served per prevented event",
    points: "percentage points",
    of: "of",
  },
  de: {
    rateTreated: "Quote, geförderte Gruppe",
    rateControl: "Quote, Vergleichsgruppe",
    meanTreated: "Mittelwert, geförderte Gruppe",
    meanControl: "Mittelwert, Vergleichsgruppe",
    difference: "Differenz",
    interval: "Intervall",
    perEvent: "Geförderte je verhindertem Ereignis",
    points: "Prozentpunkte",
    of: "von",
  },
};

/** The figures behind the sentence, with one more decimal than the sentence gives. */
export function FiguresList({ figures }: { figures: ComparisonFigures }) {
  const styles = useStyles();
  const { language } = usePane();
  const words = names[language];
  const number = (value: number, decimals: number) => formatNumber(value, decimals, language);
  const rows: [string, string][] = [];
  if (figures.kind === "binary") {
    const share = (rate: number) => `${number(rate * 100, 2)}\u00a0%`;
    rows.push([words.rateTreated, `${share(figures.rateTreated)} ${words.of} ${number(figures.nTreated, 0)}`]);
    rows.push([words.rateControl, `${share(figures.rateControl)} ${words.of} ${number(figures.nControl, 0)}`]);
    rows.push([words.difference, `${number(figures.difference * 100, 2)} ${words.points}`]);
    rows.push([
      `${words.interval} (${formatPercent(figures.confidence, language)})`,
      `${number(figures.lower * 100, 2)} … ${number(figures.upper * 100, 2)} ${words.points}`,
    ]);
    if (figures.numberNeededToTreat !== null) rows.push([words.perEvent, number(figures.numberNeededToTreat, 1)]);
  } else {
    if (figures.kind === "number") {
      rows.push([words.meanTreated, `${number(figures.meanTreated, 2)} (n = ${figures.nTreated})`]);
      rows.push([words.meanControl, `${number(figures.meanControl, 2)} (n = ${figures.nControl})`]);
    }
    rows.push([words.difference, number(figures.difference, 2)]);
    rows.push([
      `${words.interval} (${formatPercent(figures.confidence, language)})`,
      `${number(figures.lower, 2)} … ${number(figures.upper, 2)}`,
    ]);
  }
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.group}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
