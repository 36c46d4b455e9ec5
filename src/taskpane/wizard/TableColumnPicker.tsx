import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import { parseStructuredReference, sameColumn, structuredReference } from "../../shared/structuredReference";
import type { TableColumn } from "../../office/workbookPort";
import { formatNumber } from "../numbers";
import { usePane } from "../services";

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
  // Read by screen readers, not shown: the visible label is the same for every range field.
  unseen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export interface TableColumnPickerProps {
  /** The range field this picker fills, e.g. "Treated group". */
  field: string;
  /** What the range field holds now; the picker shows the table column it names, if any. */
  value: string;
  columns: TableColumn[];
  /** Called with the structured reference of the chosen column, e.g. "Counselled[Moved within 24 months]". */
  onPick(reference: string): void;
  /** The list is about to open: a chance to look for tables added since. */
  onOpen(): void;
}

/** "or pick a table column" under a range field: every column of every Excel table, with its row count. */
export function TableColumnPicker({ field, value, columns, onPick, onOpen }: TableColumnPickerProps) {
  const styles = useStyles();
  const { text, language } = usePane();
  const typed = parseStructuredReference(value);
  const chosen = typed ? columns.find((column) => sameColumn(column, typed)) : undefined;
  const optionText = (column: TableColumn) =>
    text.tableColumnOption(structuredReference(column.table, column.column), formatNumber(column.rows, 0, language), column.rows);

  return (
    <Field
      label={{
        children: (
          <>
            {text.pickTableColumn}
            <span className={styles.unseen}> {text.pickTableColumnFor(field)}</span>
          </>
        ),
      }}
    >
      <Dropdown
        className={styles.dropdown}
        placeholder={columns.length > 0 ? undefined : text.noTables}
        value={chosen ? optionText(chosen) : ""}
        selectedOptions={chosen ? [structuredReference(chosen.table, chosen.column)] : []}
        onOpenChange={(_, data) => {
          if (data.open) onOpen();
        }}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onPick(data.optionValue);
        }}
      >
        {columns.length === 0 ? (
          <Option value="" disabled>
            {text.noTables}
          </Option>
        ) : (
          columns.map((column) => {
            const reference = structuredReference(column.table, column.column);
            return (
              <Option key={reference} value={reference} text={optionText(column)}>
                {optionText(column)}
              </Option>
            );
          })
        )}
      </Dropdown>
    </Field>
  );
}
