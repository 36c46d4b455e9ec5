import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateDefinition } from "../../templates/model";
import type { FileColumn } from "../../templates/sampleCsv";
import { usePane } from "../services";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  name: { fontWeight: tokens.fontWeightSemibold },
});

/** A data card's list of the columns a CSV file needs, and its sample file. */
export function DataColumns({
  definition,
  columns,
  disabled,
  onSample,
}: {
  definition: TemplateDefinition;
  columns: FileColumn[];
  disabled: boolean;
  onSample(): void;
}) {
  const styles = useStyles();
  const { text, language } = usePane();
  const describe = (column: FileColumn) => {
    const kind = text.dataColumnKind[column.kind];
    const what = column.values ? `${kind} ${column.values.join(", ")}` : kind;
    const extra = column.optional ? text.dataColumnsOptional : column.mayBeBlank ? text.dataColumnsBlank : null;
    return extra ? `${what}; ${extra}` : what;
  };
  return (
    <div className={styles.box}>
      <p className={styles.heading} id={`columns-${definition.id}`}>
        {text.dataColumnsHeading}
      </p>
      <ul className={styles.list} aria-labelledby={`columns-${definition.id}`}>
        {columns.map((column) => (
          <li key={column.name}>
            <span className={styles.name}>{column.name}</span>: {describe(column)}
          </li>
        ))}
      </ul>
      <p className={styles.note}>{text.dataColumnsNames}</p>
      <div>
        <Button size="small" disabled={disabled} aria-label={text.sampleCsvFor(definition.title[language])} onClick={onSample}>
          {text.sampleCsv}
        </Button>
      </div>
    </div>
  );
}
