/**
 * Bytes of a data file to text, as German Excel writes them: "CSV UTF-8" (with a BOM), "CSV
 * (Trennzeichen-getrennt)" (Windows-1252) and "Unicode-Text" (UTF-16LE with a BOM, tabs). What
 * cannot be read with certainty is refused with a message in both languages: a workbook handed
 * over as CSV, UTF-16 without a byte-order mark, a file that mixes UTF-8 with another encoding.
 */
import type { Bilingual } from "../shared/bilingual";

export type Encoding = "UTF-8" | "Windows-1252" | "UTF-16LE" | "UTF-16BE";

/** A file that cannot be decoded with certainty; `text` says why in both languages. */
export class UndecodableFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = "UndecodableFileError";
  }
}

/** Bytes 0x80–0x9F of Windows-1252 (undefined in it: 0x81, 0x8D, 0x8F, 0x90, 0x9D, kept as the same code point). */
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** Windows-1252 by table: some runtimes decode that label as Latin-1 and lose €, „ and “. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte),
    );
    parts.push(chunk.join(""));
  }
  return parts.join("");
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** ZIP (.xlsx, .ods) and OLE2 (.xls) files start with these bytes. */
const workbookSignatures = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

/**
 * Where UTF-8 fails: the first line (1-based) holding a byte sequence that is not UTF-8, and the
 * first line holding a UTF-8 character beyond ASCII; null for either when there is none.
 */
function utf8Lines(bytes: Uint8Array, from: number): { firstInvalid: number | null; firstMultibyte: number | null } {
  let line = 1;
  let firstInvalid: number | null = null;
  let firstMultibyte: number | null = null;
  let i = from;
  while (i < bytes.length && (firstInvalid === null || firstMultibyte === null)) {
    const byte = bytes[i];
    if (byte < 0x80) {
      if (byte === 0x0a) line++;
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) valid = (bytes[i + k] & 0xc0) === 0x80;
    if (valid && length === 3) {
      // No overlong forms and no surrogates.
      valid = !(byte === 0xe0 && bytes[i + 1] < 0xa0) && !(byte === 0xed && bytes[i + 1] >= 0xa0);
    }
    if (valid && length === 4) valid = !(byte === 0xf0 && bytes[i + 1] < 0x90) && !(byte === 0xf4 && bytes[i + 1] >= 0x90);
    if (valid) {
      firstMultibyte ??= line;
      i += length;
    } else {
      firstInvalid ??= line;
      i++;
    }
  }
  return { firstInvalid, firstMultibyte };
}

/**
 * UTF-16 without a byte-order mark: in text of Latin letters every other byte is zero. Looks at
 * the first 4 KB; a text file in UTF-8 or Windows-1252 has no zero bytes at all.
 */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "UTF-16LE";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "UTF-16BE";
  return null;
}

/** Code units to a string, in chunks (a spread of millions of arguments overflows the stack). */
function fromCodeUnits(units: Uint16Array | number[]): string {
  const parts: string[] = [];
  for (let start = 0; start < units.length; start += 8192) parts.push(String.fromCharCode(...units.slice(start, start + 8192)));
  return parts.join("");
}

function decodeUtf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE"): string {
  const units = new Uint16Array((bytes.length - 2) >> 1);
  const [low, high] = encoding === "UTF-16LE" ? [0, 1] : [1, 0];
  for (let i = 0; i < units.length; i++) units[i] = bytes[2 + 2 * i + low] | (bytes[2 + 2 * i + high] << 8);
  return fromCodeUnits(units);
}

/**
 * Bytes already checked to be UTF-8 (utf8Lines) to text. By hand rather than with TextDecoder,
 * which not every runtime the reader runs in has.
 */
function decodeCheckedUtf8(bytes: Uint8Array, from: number): string {
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = from; i < bytes.length;) {
    const byte = bytes[i];
    let point: number;
    if (byte < 0x80) {
      point = byte;
      i += 1;
    } else if (byte < 0xe0) {
      point = ((byte & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (byte < 0xf0) {
      point = ((byte & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      point = ((byte & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      i += 4;
    }
    if (point > 0xffff) {
      point -= 0x10000;
      units.push(0xd800 + (point >> 10), 0xdc00 + (point & 0x3ff));
    } else units.push(point);
    if (units.length >= 8192) parts.push(fromCodeUnits(units.splice(0)));
  }
  parts.push(fromCodeUnits(units));
  return parts.join("");
}

/**
 * The text of a data file and the encoding it was read in (a BOM is dropped): UTF-16 by its BOM,
 * UTF-8 when the bytes are UTF-8 throughout, Windows-1252 (Excel's "CSV" on German Windows) when
 * no line is UTF-8 beyond ASCII. `file` names the file in messages.
 */
export function decodeDataFile(bytes: Uint8Array, file: string): { text: string; encoding: Encoding } {
  if (workbookSignatures.some((signature) => startsWith(bytes, signature)))
    throw new UndecodableFileError({
      de: `${file}: Dies ist eine Arbeitsmappe, keine CSV-Datei. Öffnen Sie sie in Excel und speichern Sie sie als CSV („CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“).`,
      en: `${file}: this is a workbook, not a CSV file: open it in Excel and save it as CSV ("CSV UTF-8" or "CSV (Comma delimited)").`,
    });
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeUtf16(bytes, "UTF-16LE"), encoding: "UTF-16LE" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeUtf16(bytes, "UTF-16BE"), encoding: "UTF-16BE" };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const utf16 = bom ? null : utf16WithoutBom(bytes);
  if (utf16)
    throw new UndecodableFileError({
      de: `${file}: Die Datei ist als Unicode-Text (${utf16}) ohne Byte-Reihenfolge-Markierung gespeichert, daher ist ihre Kodierung nicht sicher zu erkennen. Speichern Sie sie in Excel als „CSV UTF-8“ oder als „Unicode-Text“.`,
      en: `${file}: the file is Unicode text (${utf16}) without a byte-order mark, so its encoding cannot be told for certain. Save it in Excel as "CSV UTF-8" or as "Unicode Text".`,
    });
  const { firstInvalid, firstMultibyte } = utf8Lines(bytes, bom ? 3 : 0);
  if (firstInvalid === null) return { text: decodeCheckedUtf8(bytes, bom ? 3 : 0), encoding: "UTF-8" };
  if (bom || firstMultibyte !== null) {
    const utf8 = bom ? { de: "sie beginnt mit der Markierung für UTF-8", en: "it starts with the UTF-8 byte-order mark" } : null;
    const seen = utf8 ?? { de: `Zeile ${firstMultibyte} ist UTF-8`, en: `line ${firstMultibyte} is UTF-8` };
    throw new UndecodableFileError({
      de: `${file}, Zeile ${firstInvalid}: Die Datei mischt zwei Kodierungen: ${seen.de}, Zeile ${firstInvalid} nicht (vermutlich Windows-1252). Sie wird nicht gelesen, damit kein Text verfälscht wird. Speichern Sie die Datei in einer Kodierung, z. B. in Excel als „CSV UTF-8“.`,
      en: `${file}, line ${firstInvalid}: the file mixes two encodings: ${seen.en}, line ${firstInvalid} is not (perhaps Windows-1252). It is not read, so that no text is garbled. Save the file in one encoding, e.g. in Excel as "CSV UTF-8".`,
    });
  }
  return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
}

/** Characters a header can hold without showing them, with the name a message gives them. */
const invisibles: Record<string, { de: string; en: string }> = {
  "\u200b": { de: "Leerzeichen ohne Breite", en: "zero-width space" },
  "\u200c": { de: "Bindungsverhinderer ohne Breite", en: "zero-width non-joiner" },
  "\u200d": { de: "Verbinder ohne Breite", en: "zero-width joiner" },
  "\u2060": { de: "Wortverbinder", en: "word joiner" },
  "\ufeff": { de: "Byte-Reihenfolge-Markierung", en: "byte-order mark" },
  "\u00a0": { de: "geschütztes Leerzeichen", en: "non-breaking space" },
  "\u202f": { de: "schmales geschütztes Leerzeichen", en: "narrow non-breaking space" },
  "\u00ad": { de: "weiches Trennzeichen", en: "soft hyphen" },
};

/** A header as read, forgiving what nobody typed on purpose: zero-width characters and BOMs go, non-breaking spaces become spaces. */
export function forgivingHeader(field: string): string {
  return field
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\u202f]/g, " ")
    .trim();
}

/** A text for a message with its invisible characters named, e.g. "id⟨zero-width space⟩". */
export function showInvisible(text: string, language: "de" | "en"): string {
  return [...text].map((character) => (invisibles[character] ? `⟨${invisibles[character][language]}⟩` : character)).join("");
}
