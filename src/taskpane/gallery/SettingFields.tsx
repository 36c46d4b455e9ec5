import { Field, Input } from "@fluentui/react-components";
import { termLabel } from "../TermInfo";
import type { TemplateDefinition } from "../../templates/model";
import { usePane } from "../services";

/** What the user typed into a template's setting fields, by setting key. */
export type TypedSettings = Readonly<Record<string, string>>;

/** One field per setting of a template (e.g. the Monte Carlo iterations), checked when Insert or Download is pressed. */
export function SettingFields({
  definition,
  typed,
  problems,
  disabled,
  onChange,
}: {
  definition: TemplateDefinition;
  typed: TypedSettings;
  problems: Readonly<Record<string, string>>;
  disabled: boolean;
  onChange: (key: string, value: string) => void;
}) {
  const { language, text } = usePane();
  return (
    <>
      {(definition.settings?.choices ?? []).map((setting) => (
        <Field
          key={setting.key}
          label={termLabel(setting.label[language], "term.percentiles", language)}
          hint={text.settingHint(setting.minimum, setting.maximum, setting.defaultValue)}
          validationMessage={problems[setting.key]}
          validationState={problems[setting.key] ? "error" : "none"}
        >
          <Input
            inputMode="numeric"
            value={typed[setting.key] ?? String(definition.settings!.values[setting.key])}
            disabled={disabled}
            onChange={(_, data) => onChange(setting.key, data.value)}
          />
        </Field>
      ))}
    </>
  );
}
