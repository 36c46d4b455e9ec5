import { Caption1 } from "@fluentui/react-components";
import { usePane } from "../services";
import type { DefaultsState } from "./organisationDefaultsSource";

/** On a template card: which values it will be made with (the organisation's defaults or the built-in ones). */
export function DefaultsNote({ state, templateId }: { state: DefaultsState | null; templateId: string }) {
  const { text, language } = usePane();
  if (state === null) return null;
  if (state.kind === "none") return <Caption1>{text.defaultsNone}</Caption1>;
  if (state.kind === "refused") return <Caption1>{text.defaultsRefused(state.reason[language])}</Caption1>;
  const { inputs, locked } = state.count(templateId);
  const organisation = state.defaults.organisation;
  return (
    <Caption1>
      {inputs > 0 ? text.defaultsUsed(organisation, state.date(language), inputs, locked) : text.defaultsNotForTemplate(organisation)}
    </Caption1>
  );
}
