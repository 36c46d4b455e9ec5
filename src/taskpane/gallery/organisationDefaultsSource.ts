/**
 * The organisation's defaults as the pane finds them: `organisation-defaults.json` next to the
 * pane, from the add-in's own origin (the page's Content-Security-Policy, connect-src 'self',
 * allows no other). No file, or a file that sets no input (the neutral one the build ships,
 * deploy/organisation-defaults.json): the built-in values. A file that cannot be used is refused as a
 * whole and nothing is inserted or downloaded until it is mended.
 */
import type { Text } from "../../templates/model";
import type { OrganisationDefaults } from "../../templates/organisationDefaults";
import type { TemplateDefinition } from "../../templates/model";

export type DefaultsState =
  | { kind: "none" }
  | {
      kind: "loaded";
      defaults: OrganisationDefaults;
      apply(template: TemplateDefinition): TemplateDefinition;
      count(templateId: string): { inputs: number; locked: number };
      date(language: "de" | "en"): string;
    }
  | { kind: "refused"; reason: Text };

/** Fetches and checks the file; `get` is the page's fetch (a test gives its own). */
export async function organisationDefaultsFrom(get: (url: string) => Promise<Response>): Promise<DefaultsState> {
  const module = await import(/* webpackChunkName: "pane-template-definitions" */ "../../templates/organisationDefaults");
  const file = module.organisationDefaultsFile;
  let response: Response;
  try {
    response = await get(file);
  } catch {
    return { kind: "none" };
  }
  if (response.status === 404) return { kind: "none" };
  const refused = (error: unknown): DefaultsState =>
    error instanceof module.OrganisationDefaultsError
      ? { kind: "refused", reason: { de: error.text("de"), en: error.text("en") } }
      : { kind: "refused", reason: { de: `${file}: ${String(error)}`, en: `${file}: ${String(error)}` } };
  if (!response.ok) {
    return {
      kind: "refused",
      reason: { de: `${file}: Der Server antwortet mit ${response.status}.`, en: `${file}: the server answers ${response.status}.` },
    };
  }
  const length = Number(response.headers.get("content-length") ?? "0");
  try {
    if (length > module.largestDefaultsFile) return refused(module.readOrganisationDefaults(new Uint8Array(length), file));
    const defaults = module.readOrganisationDefaults(await response.text(), file);
    if (Object.values(defaults.inputs).every((inputs) => Object.keys(inputs).length === 0)) return { kind: "none" };
    return {
      kind: "loaded",
      defaults,
      apply: (template) => module.withOrganisationDefaults(template, defaults),
      count: (templateId) => module.defaultsCount(defaults, templateId),
      date: (language) => module.shownDate(defaults.validFrom, language),
    };
  } catch (error) {
    return refused(error);
  }
}

/** The file from the pane's own folder on its own origin. */
export const organisationDefaults = () =>
  organisationDefaultsFrom((url) => fetch(new URL(url, document.baseURI).href, { credentials: "same-origin", cache: "no-store" }));
