import { CodedError } from "./codedError";

/** A1 addresses: column letters, cell and range references, quoted sheet names. */

export function columnLetters(column: number): string {
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

export function cellAddress(row: number, column: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column)}${dollar}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number, absolute = false): string {
  const first = cellAddress(top, left, absolute);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right, absolute)}`;
}

/** Sheet name as it must appear in a reference: quoted when it holds anything but letters, digits, _. */
export function quotedSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export interface ParsedRange {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "Sheet!B2:C5", "'My sheet'!$B$2" or "B2". */
export function parseRange(address: string): ParsedRange {
  const match = /^(?:(?:'((?:[^']|'')+)'|([^!']+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) throw new CodedError("position.notA1", { address });
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
  const top = Number(match[4]);
  const left = columnNumber(match[3]);
  const bottom = match[6] ? Number(match[6]) : top;
  const right = match[5] ? columnNumber(match[5]) : left;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
