/**
 * The errors engine and office code raise: a catalogue code and its values, no finished sentence.
 * The edges (custom-function adapters, the pane, the command line) turn them into the user's
 * language with `errorText`. `message` holds the English text for logs and for tests.
 */
import type { Language } from "./language";
import { message as messageOf, render, type Message, type MessageKey, type RenderOptions, type ValuesArgument } from "./message";

export class CodedError<K extends MessageKey = MessageKey> extends Error {
  readonly code: K;
  readonly values: Message<K>["values"];

  constructor(code: K, ...values: ValuesArgument<K>) {
    const entry = messageOf(code, ...values);
    super(render(entry, "en"));
    this.name = "CodedError";
    this.code = code;
    this.values = entry.values;
  }

  /** The error as a catalogue message, e.g. to nest it in another message. */
  get entry(): Message<K> {
    return { code: this.code, values: this.values };
  }

  text(language: Language, options: RenderOptions = {}): string {
    return render(this.entry, language, options);
  }
}

/** A message's code and values as CodedError's constructor takes them, for errors built from a message made beforehand. */
export function codeAndValues(entry: Message): [MessageKey, ...ValuesArgument<MessageKey>] {
  return [entry.code, entry.values] as unknown as [MessageKey, ...ValuesArgument<MessageKey>];
}

export function isCodedError(error: unknown): error is CodedError {
  return error instanceof CodedError;
}

/**
 * Any thrown value as text in the language: a coded error from the catalogue, anything else (a
 * failure of the host or a library) as the catalogue's "could not complete" with its own words.
 */
export function errorText(error: unknown, language: Language, options: RenderOptions = {}): string {
  if (isCodedError(error)) return error.text(language, options);
  const detail = error instanceof Error ? error.message : String(error);
  return render(messageOf("error.unexpected", { detail }), language, options);
}
