/** A text as a formula's text literal, e.g. `"warn"`: quotes doubled. */
export function quotedText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
