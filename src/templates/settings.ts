/**
 * Settings chosen when a template is made (model.ts `TemplateSetting`): checked, then the
 * definition built again for them. The command line and the task pane use the same check.
 */
import { formatPlain } from "../shared/formatting";
import { CodedError } from "../shared/codedError";
import { message, render, type Message, type MessageKey, type MessageValue, type ValuesArgument } from "../shared/message";
import type { Language, SettingValues, TemplateDefinition, TemplateSetting } from "./model";

export class TemplateSettingError<K extends MessageKey = MessageKey> extends CodedError<K> {
  constructor(code: K, ...values: ValuesArgument<K>) {
    super(code, ...values);
    this.name = "TemplateSettingError";
  }
}

/** A number as the user's language writes it ("10.000", "10,000"); NaN and infinities as they are. */
const shownNumber = (value: number, language: Language) => (Number.isFinite(value) ? formatPlain(value, language) : String(value));

/** A number in both languages' writing. */
const shownInBoth = (value: number) => ({ de: shownNumber(value, "de"), en: shownNumber(value, "en") });

function rangeMessage(setting: TemplateSetting, shown: MessageValue): Message<"templates.settingRange"> {
  return message("templates.settingRange", {
    setting: setting.label,
    from: shownInBoth(setting.minimum),
    to: shownInBoth(setting.maximum),
    shown,
  });
}

function rangeProblem(setting: TemplateSetting, shown: MessageValue, language: Language): string {
  return render(rangeMessage(setting, shown), language);
}

/** Why `value` cannot be used for `setting`, in the user's language; null when it can. */
export function settingProblem(setting: TemplateSetting, value: number, language: Language): string | null {
  if (Number.isInteger(value) && value >= setting.minimum && value <= setting.maximum) return null;
  return rangeProblem(setting, shownInBoth(value), language);
}

/** Digits, optionally grouped by thousands with a point, comma, space or apostrophe ("10.000", "10,000"). */
const wholeNumber = /^\d{1,3}(?:([.,\u00a0\u202f '’])\d{3})?(?:\1\d{3})*$|^\d+$/;

/** A setting as typed by the user: its value, or why it cannot be used. */
export function readSetting(setting: TemplateSetting, typed: string, language: Language): { value: number } | { problem: string } {
  const trimmed = typed.trim();
  if (!wholeNumber.test(trimmed)) return { problem: rangeProblem(setting, message("value.quoted", { text: trimmed }), language) };
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
      throw known
        ? new TemplateSettingError("templates.settingUnknown", { template: template.id, key, known })
        : new TemplateSettingError("templates.settingNone", { template: template.id, key });
    }
    if (settingProblem(setting, value, language)) {
      const entry = rangeMessage(setting, shownInBoth(value));
      throw new TemplateSettingError(entry.code, entry.values);
    }
  }
  if (!template.settings || Object.keys(chosen).length === 0) return template;
  const values = { ...defaultSettings(template), ...chosen };
  const same = choices.every((setting) => template.settings!.values[setting.key] === values[setting.key]);
  return same ? template : template.settings.build(values);
}
