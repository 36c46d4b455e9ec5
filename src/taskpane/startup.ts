import type { WorkbookPort } from "../office/workbookPort";
import type { Language } from "./strings";

export interface Host {
  port: WorkbookPort;
  preview: boolean;
  language: Language;
}

function languageOf(tag: string | undefined | null): Language {
  return typeof tag === "string" && tag.toLowerCase().startsWith("de") ? "de" : "en";
}

/** Office.onReady, or null when Office.js is missing (the page opened from disk or without the CDN). */
async function officeHost(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Office.onReady();
  return info.host ?? null;
}

/**
 * Decides where the pane runs. Inside Excel the port is the Office.js adapter and the language
 * is Office's display language; in a plain browser (Office.js reports no host) the pane runs in
 * preview mode on the in-memory example workbook, in the browser's language.
 */
export async function startHost(): Promise<Host> {
  const host = await officeHost();
  if (host === null) {
    const { previewWorkbook } = await import(/* webpackChunkName: "pane-preview-workbook" */ "./preview/previewWorkbook");
    return { port: await previewWorkbook(), preview: true, language: languageOf(navigator.language) };
  }
  const { OfficeWorkbook } = await import(/* webpackChunkName: "pane-office-workbook" */ "../office/officeWorkbook");
  return { port: new OfficeWorkbook(), preview: false, language: languageOf(Office.context.displayLanguage) };
}
