/**
 * The versions of each template the add-in knows, with the names each version published and a
 * fingerprint of its layout (publishedVersions.json). A layout change needs a new version number;
 * a published name is never removed or given another meaning without a new major version.
 */
import record from "./publishedVersions.json";

export interface VersionRecord {
  version: string;
  /** A hash of the layout (test/support/layoutFingerprint.ts). */
  fingerprint: string;
  /** Each workbook name with what it means (publishedNames.ts `nameRecord`). */
  names: Record<string, string>;
  /** Each data table's columns: key → English header ("= " before a computed column). */
  tables: Record<string, Record<string, string>>;
}

const versions = record as Record<string, Record<string, Omit<VersionRecord, "version">>>;

/** "1.10.0" after "1.9.2": negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** A version as a marker records it: digits and points only. */
export function isVersionText(version: string): boolean {
  return /^\d{1,4}(\.\d{1,4}){0,3}$/.test(version);
}

/** The recorded versions of a template, oldest first. */
export function knownVersions(templateId: string): VersionRecord[] {
  return Object.entries(versions[templateId] ?? {})
    .map(([version, entry]) => ({ version, ...entry }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The template ids the record holds. */
export function recordedTemplates(): string[] {
  return Object.keys(versions);
}
