/**
 * A fingerprint of a template's layout: SHA-256 of its plans in German and English (every cell,
 * format, name, table, validation, chart and protection), as the template is made when nothing is
 * chosen. Any change of layout changes it, and then the template needs a new version number.
 */
import { createHash } from "crypto";
import { layoutTemplate } from "../../src/templates/layout";
import type { TemplateDefinition } from "../../src/templates/model";

export function layoutFingerprint(template: TemplateDefinition): string {
  const hash = createHash("sha256");
  for (const language of ["de", "en"] as const) hash.update(JSON.stringify(layoutTemplate(template, language)));
  return hash.digest("hex").slice(0, 32);
}
