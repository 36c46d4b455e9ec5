/**
 * The names each template publishes and the fingerprint of its layout, held to the record of its
 * versions (src/templates/publishedVersions.json): a name that disappears or changes meaning
 * fails here unless the major version changes, and a layout that changes without a new version
 * number fails here.
 */
import { nameRecord, publishedNamesOf } from "../../src/templates/publishedNames";
import { templates } from "../../src/templates/registry";
import { compareVersions, knownVersions, recordedTemplates } from "../../src/templates/versions";
import { layoutFingerprint } from "../support/layoutFingerprint";

const major = (version: string) => version.split(".")[0];

describe("published names and versions", () => {
  it("records every template and nothing else", () => {
    expect(recordedTemplates().sort()).toEqual(templates.map((template) => template.id).sort());
  });

  it.each(templates.map((template) => [template.id, template] as const))(
    "%s: the current version is the newest recorded",
    (id, template) => {
      const versions = knownVersions(id);
      expect(versions[versions.length - 1].version).toBe(template.version);
    },
  );

  it.each(templates.map((template) => [template.id, template] as const))(
    "%s: the layout is the one recorded for its version (change the version number when it changes)",
    (id, template) => {
      const recorded = knownVersions(id).find((entry) => entry.version === template.version)!;
      expect(layoutFingerprint(template)).toBe(recorded.fingerprint);
    },
  );

  it.each(templates.map((template) => [template.id, template] as const))(
    "%s: the names are the ones recorded for its version",
    (id, template) => {
      const recorded = knownVersions(id).find((entry) => entry.version === template.version)!;
      const current = nameRecord(publishedNamesOf(template));
      expect(current.names).toEqual(recorded.names);
      expect(current.tables).toEqual(recorded.tables);
    },
  );

  it.each(templates.map((template) => [template.id] as const))(
    "%s: every name of an earlier version of the same major version is still published with its meaning",
    (id) => {
      const versions = knownVersions(id);
      for (let i = 1; i < versions.length; i++) {
        const [before, after] = [versions[i - 1], versions[i]];
        expect(compareVersions(before.version, after.version)).toBeLessThan(0);
        expect(before.fingerprint).not.toBe(after.fingerprint);
        if (major(before.version) !== major(after.version)) continue;
        for (const [name, meaning] of Object.entries(before.names)) expect([name, after.names[name]]).toEqual([name, meaning]);
        for (const [table, columns] of Object.entries(before.tables)) {
          for (const [key, header] of Object.entries(columns))
            expect([table, key, after.tables[table]?.[key]]).toEqual([table, key, header]);
        }
      }
    },
  );

  it("every input, key result and data table is a workbook name", () => {
    for (const template of templates) {
      for (const sheet of template.sheets) {
        for (const row of sheet.rows ?? []) {
          if ((row.kind === "result" || row.kind === "engineResult") && row.keyResult)
            expect([template.id, row.label.en, row.name]).toEqual([template.id, row.label.en, expect.any(String)]);
          if (row.kind === "resultGrid" && row.keyResult)
            expect([template.id, row.label.en, row.formulas.every((_, i) => Boolean(row.names?.[i]))]).toEqual([
              template.id,
              row.label.en,
              true,
            ]);
        }
        if (sheet.table) expect(sheet.table.name).toMatch(/^[a-z][a-z_0-9]*$/);
      }
    }
  });

  it("compares versions by their numbers, not as text", () => {
    expect(compareVersions("1.10.0", "1.9.2")).toBeGreaterThan(0);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("0.9.0", "1.0.0")).toBeLessThan(0);
  });
});
