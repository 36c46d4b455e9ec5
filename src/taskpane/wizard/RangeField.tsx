import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { TableColumn } from "../../office/workbookPort";
import { usePane } from "../services";
import { TableColumnPicker } from "./TableColumnPicker";

const useStyles = makeStyles({
  rangeGroup: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  // The button goes under its field: beside it, at 320 px, the field would shrink to a few characters.
  rangeRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  rangeInput: { alignSelf: "stretch", minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  selectionButton: { maxWidth: "100%" },
});

export interface RangeFieldProps {
  label: string;
  hint?: string;
  value: string;
  error?: string;
  tableColumns: TableColumn[];
  onChange(value: string): void;
  /** Fill the field from the selection in the workbook. */
  onUseSelection(): void;
  onLookForTables(): void;
}

/** A range field of the wizard: typed, taken from the selection, or picked from the table columns. */
export function RangeField({ label, hint, value, error, tableColumns, onChange, onUseSelection, onLookForTables }: RangeFieldProps) {
  const styles = useStyles();
  const { text } = usePane();
  return (
    <div className={styles.rangeGroup}>
      <div className={styles.rangeRow}>
        <Field className={styles.rangeInput} label={label} hint={hint} validationMessage={error}>
          <Input className={styles.input} value={value} onChange={(_, data) => onChange(data.value)} spellCheck={false} />
        </Field>
        <Button className={styles.selectionButton} aria-label={text.useSelectionFor(label)} onClick={onUseSelection}>
          {text.useSelection}
        </Button>
      </div>
      <TableColumnPicker field={label} value={value} columns={tableColumns} onPick={onChange} onOpen={onLookForTables} />
    </div>
  );
}
