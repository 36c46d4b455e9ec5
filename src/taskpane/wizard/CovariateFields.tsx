import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { TableColumn } from "../../office/workbookPort";
import { usePane } from "../services";
import type { CovariateInput, FieldErrors } from "./prepareComparison";
import { RangeField } from "./RangeField";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  covariate: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
  },
  removeRow: { display: "flex", justifyContent: "flex-end" },
});

export interface CovariateFieldsProps {
  covariates: CovariateInput[];
  fieldErrors: FieldErrors;
  tableColumns: TableColumn[];
  onAdd(): void;
  onRemove(index: number): void;
  onChange(index: number, field: keyof CovariateInput, value: string): void;
  onUseSelection(apply: (address: string) => void): void;
  onLookForTables(): void;
}

/** The yes/no comparison's optional covariates: a name and two ranges each (treated group, comparison group). */
export function CovariateFields({
  covariates,
  fieldErrors,
  tableColumns,
  onAdd,
  onRemove,
  onChange,
  onUseSelection,
  onLookForTables,
}: CovariateFieldsProps) {
  const styles = useStyles();
  const { text } = usePane();
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{text.covariatesHeading}</legend>
      <p className={styles.hint}>{text.covariatesHint}</p>
      {covariates.map((covariate, index) => {
        const title = text.covariateNumber(index + 1);
        const called = covariate.name.trim() || title;
        return (
          <fieldset className={styles.covariate} key={index}>
            <legend>{title}</legend>
            <Field
              label={`${title}, ${text.covariateName}`}
              hint={text.covariateNameHint}
              validationMessage={fieldErrors[`covariate${index}name`]}
            >
              <Input value={covariate.name} onChange={(_, data) => onChange(index, "name", data.value)} />
            </Field>
            {(["treated", "control"] as const).map((group) => (
              <RangeField
                key={group}
                label={text.covariateIn(called, group)}
                value={covariate[group]}
                error={fieldErrors[`covariate${index}${group}`]}
                tableColumns={tableColumns}
                onChange={(value) => onChange(index, group, value)}
                onUseSelection={() => onUseSelection((address) => onChange(index, group, address))}
                onLookForTables={onLookForTables}
              />
            ))}
            <div className={styles.removeRow}>
              <Button size="small" onClick={() => onRemove(index)}>
                {text.removeCovariate(called)}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button onClick={onAdd}>{text.addCovariate}</Button>
      </div>
    </fieldset>
  );
}
