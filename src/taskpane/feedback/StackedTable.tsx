import type { ExplainedTerm } from "../../shared/catalogue/terms";
import { usePane } from "../services";
import { TermInfo } from "../TermInfo";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** One row of a table: its label (the first column) and its other cells, as many as the headers. */
export interface StackedRow {
  key: string;
  label: string;
  cells: string[];
}

const cell = { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0` };

const useStyles = makeStyles({
  // Which form is shown depends on the pane's width; the other is display: none, so neither
  // screen readers nor the layout see it.
  tableFromBalance: { display: "none", "@media (min-width: 520px)": { display: "table" } },
  listFromBalance: { "@media (min-width: 520px)": { display: "none" } },
  tableFromSensitivity: { display: "none", "@media (min-width: 900px)": { display: "table" } },
  listFromSensitivity: { "@media (min-width: 900px)": { display: "none" } },
  table: { borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  rowHeader: { ...cell, textAlign: "start", fontWeight: tokens.fontWeightRegular },
  header: { ...cell, textAlign: "end", color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  number: { ...cell, textAlign: "end", whiteSpace: "nowrap" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  listCaption: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  item: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  itemLabel: { margin: `0 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  pairs: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
});

/**
 * A table that a narrow pane shows as a stacked label–value list instead, one block per row:
 * at Excel's narrowest pane (320 px) no table of more than three columns fits without
 * scrolling sideways. `from` names the width from which the table form fits.
 */
export function StackedTable({
  caption,
  labelHeader,
  headers,
  rows,
  from,
  testId,
  captionTerm,
}: {
  caption: string;
  /** A statistical term the caption shows, explained by an info button beside it. */
  captionTerm?: ExplainedTerm;
  labelHeader: string;
  headers: string[];
  rows: StackedRow[];
  from: "balance" | "sensitivity";
  testId?: string;
}) {
  const styles = useStyles();
  const { language } = usePane();
  const shownCaption = captionTerm ? (
    <TermInfo term={captionTerm} language={language}>
      {caption}
    </TermInfo>
  ) : (
    caption
  );
  const tableShown = from === "balance" ? styles.tableFromBalance : styles.tableFromSensitivity;
  const listShown = from === "balance" ? styles.listFromBalance : styles.listFromSensitivity;
  return (
    <div data-testid={testId}>
      <table className={mergeClasses(styles.table, tableShown)} aria-label={caption}>
        <caption className={styles.caption}>{shownCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.rowHeader}>
              {labelHeader}
            </th>
            {headers.map((header) => (
              <th scope="col" className={styles.header} key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className={styles.rowHeader}>{row.label}</td>
              {row.cells.map((value, i) => (
                <td className={styles.number} key={i}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className={mergeClasses(styles.list, listShown)} role="group" aria-label={caption}>
        <p className={styles.listCaption}>{shownCaption}</p>
        {rows.map((row) => (
          <section className={styles.item} key={row.key} aria-label={row.label}>
            <h4 className={styles.itemLabel}>{row.label}</h4>
            <dl className={styles.pairs}>
              {headers.map((header, i) => (
                <div className={styles.pair} key={header}>
                  <dt className={styles.term}>{header}</dt>
                  <dd className={styles.value}>{row.cells[i]}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
