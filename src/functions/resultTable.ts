import { inputErrorOf, invalidValue, notEnoughData } from "../engine/errors";
import { optionalKey } from "./cells";
import { displayLanguage, type Language } from "../shared/language";
import type { Message } from "../shared/message";
import { outputLabel, type Label, type LabelContext, type OutputCatalogue } from "./outputs";

export type { Label };
export type Labels<Key extends string> = Record<Key, Label>;

/** One value of a statistics result. `value` null means "no value": an empty cell in the table. */
export interface ResultField<Key extends string> {
  key: Key;
  value: number | null;
  /** Why the value is missing; shown with #N/A when the value is asked for by its key. */
  whyMissing?: Message;
}

export type SpilledTable = (string | number)[][];

/**
 * The shape every statistics function returns: without `output`, a two-column table of labels
 * (in the Office display language) and values; with `output`, the single value of that key.
 */
export function statisticsResult<Key extends string>(
  fields: ResultField<Key>[],
  output: unknown,
  labels: Labels<Key>,
  language: Language = displayLanguage(),
): SpilledTable {
  const key = optionalKey(output, "output");
  if (key === null) {
    return fields.map((field) => [labels[field.key][language], field.value ?? ""]);
  }
  const field = fields.find((candidate) => candidate.key === key);
  if (!field) {
    throw invalidValue("functions.unknownOutput", { key, keys: fields.map((candidate) => candidate.key) });
  }
  if (field.value === null)
    throw field.whyMissing ? inputErrorOf("not-enough-data", field.whyMissing) : notEnoughData("functions.noValue", { key });
  return [[field.value]];
}

/**
 * The same from a function's catalogue of outputs (src/functions/outputs.ts): the values by key,
 * in the catalogue's order and with its labels. `whyMissing` says why a key may have no value.
 */
export function catalogueResult<Key extends string>(
  catalogue: OutputCatalogue<Key>,
  values: Record<Key, number | null>,
  output: unknown,
  context: Partial<LabelContext> = {},
  whyMissing: Partial<Record<Key, Message>> = {},
  language: Language = displayLanguage(),
): SpilledTable {
  const fields = catalogue.outputs.map((entry) => ({ key: entry.key, value: values[entry.key], whyMissing: whyMissing[entry.key] }));
  const labels = Object.fromEntries(
    catalogue.outputs.map((entry) => [entry.key, { en: outputLabel(entry, "en", context), de: outputLabel(entry, "de", context) }]),
  ) as Labels<Key>;
  return statisticsResult(fields, output, labels, language);
}
