/** Row heights for wrapped text, so that printed paragraphs are shown in full. */

/** Points per line of wrapped 11-point text. */
export const lineHeight = 15;

/**
 * Lines a text takes when wrapped at word boundaries in a column `width` characters wide. A
 * character of running text is taken as wide as the column's character unit, which holds for
 * LibreOffice's substitute font and leaves a little room in Excel's narrower Calibri.
 */
export function wrappedLines(content: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width || used === 0) used = needed;
    else {
      lines += 1 + Math.floor(Math.max(0, word.length - 1) / width);
      used = word.length % width || width;
    }
  }
  return lines;
}
