/**
 * Records the current version of templates in src/templates/publishedVersions.json: its layout
 * fingerprint and the names it publishes. Run after changing a template's layout and raising its
 * version number:  npx tsx scripts/record-template-version.ts counselling-case [more ids]
 * Without ids it records every template whose current version is not yet recorded.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { nameRecord, publishedNamesOf } from "../src/templates/publishedNames";
import { templates } from "../src/templates/registry";
import { layoutFingerprint } from "../test/support/layoutFingerprint";

const file = join(__dirname, "..", "src", "templates", "publishedVersions.json");
const record = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
const asked = process.argv.slice(2);
const chosen =
  asked.length > 0
    ? templates.filter((template) => asked.includes(template.id))
    : templates.filter((template) => !record[template.id]?.[template.version]);
for (const id of asked) if (!templates.some((template) => template.id === id)) throw new Error(`unknown template ${id}`);
for (const template of chosen) {
  const versions = (record[template.id] ??= {});
  versions[template.version] = { fingerprint: layoutFingerprint(template), ...nameRecord(publishedNamesOf(template)) };
  console.log(`${template.id} ${template.version} recorded`);
}
writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
