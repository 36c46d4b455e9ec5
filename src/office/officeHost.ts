/**
 * What Office.js says about where the add-in runs. In a plain browser Office.js is missing or
 * reports no host; then both answers are null and the callers fall back (preview mode, English).
 */

/** The Office host once Office.js is ready ("Excel"), or null outside an Office host. */
export async function officeHostReady(): Promise<string | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Office.onReady();
  return info.host ? String(info.host) : null;
}

/** Office's display language tag (e.g. "de-DE"), or null where Office.js does not say. */
export function officeDisplayLanguage(): string | null {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" ? language : null;
  } catch {
    return null;
  }
}
