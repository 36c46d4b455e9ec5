/**
 * Settings chosen when a template is made (model.ts `TemplateSetting`): checked, then the
 * definition built again for them. The command line and the task pane use the same check.
 */
import { formatPlain } from "../shared/formatting";
import type { Language, SettingValues, TemplateDefinition, TemplateSetting } from "./model";

export class TemplateSettingError extends Error {}

/** A number as the user's language writes it ("10.000", "10,000"); NaN and infinities as they are. */
const shownNumber = (value: number, language: Language) => (Number.isFinite(value) ? formatPlain(value, language) : String(value));

function rangeProblem(setting: TemplateSetting, shown: string, language: Language): string {
  const [from, to] = [shownNumber(setting.minimum, language), shownNumber(setting.maximum, language)];
  return language === "de"
    ? `${setting.label.de}: eine ganze Zahl von ${from} bis ${to}, nicht ${shown}.`
    : `${setting.label.en}: a whole number from ${from} to ${to}, not ${shown}.`;
}

/** Why `value` cannot be used for `setting`, in the user's language; null when it can. */
export function settingProblem(setting: TemplateSetting, value: number, language: Language): string | null {
  if (Number.isInteger(value) && value >= setting.minimum && value <= setting.maximum) return null;
  return rangeProblem(setting, shownNumber(value, language), language);
}

/** Digits, optionally grouped by thousands with a point, comma, space or apostrophe ("10.000", "10,000"). */
const wholeNumber = /^\d{1,3}(?:([.,\u00a0\u202f '’])\d{3})?(?:\1\d{3})*$|^\d+$/;

/** A setting as typed by the user: its value, or why it cannot be used. */
export function readSetting(setting: TemplateSetting, typed: string, language: Language): { value: number } | { problem: string } {
  const trimmed = typed.trim();
  if (!wholeNumber.test(trimmed)) return { problem: rangeProblem(setting, language === "de" ? `„${trimmed}“` : `'${trimmed}'`, language) };
  const value = Number(trimmed.replace(/\D/g, ""));
  const problem = settingProblem(setting, value, language);
  return problem ? { problem } : { value };
}

/** The values a template is made with when nothing is chosen. */
export function defaultSettings(template: TemplateDefinition): SettingValues {
  return Object.fromEntries((template.settings?.choices ?? []).map((setting) => [setting.key, setting.defaultValue]));
}

/**
 * `template` built for `chosen` (settings not named keep their default). Throws
 * TemplateSettingError naming the setting for an unknown key or a value out of its range.
 */
export function withSettings(template: TemplateDefinition, chosen: SettingValues, language: Language = "en"): TemplateDefinition {
  const choices = template.settings?.choices ?? [];
  for (const [key, value] of Object.entries(chosen)) {
    const setting = choices.find((candidate) => candidate.key === key);
    if (!setting) {
      const known = choices.map((candidate) => candidate.key).join(", ");
      throw new TemplateSettingError(`template ${template.id} has no setting '${key}'${known ? ` (it has: ${known})` : " (it has none)"}`);
    }
    const problem = settingProblem(setting, value, language);
    if (problem) throw new TemplateSettingError(problem);
  }
  if (!template.settings || Object.keys(chosen).length === 0) return template;
  const values = { ...defaultSettings(template), ...chosen };
  const same = choices.every((setting) => template.settings!.values[setting.key] === values[setting.key]);
  return same ? template : template.settings.build(values);
}
