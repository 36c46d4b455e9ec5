import { languageOf } from "../shared/language";
import { officeDisplayLanguage, officeHostReady } from "../office/officeHost";
import { browserFileDelivery, officeFileDelivery, type FileDelivery } from "../office/fileDelivery";
import type { WorkbookPort } from "../office/workbookPort";
import type { Language } from "./strings";

export interface Host {
  port: WorkbookPort;
  preview: boolean;
  language: Language;
  files: FileDelivery;
}

/**
 * Decides where the pane runs. Inside Excel the port is the Office.js adapter and the language
 * is Office's display language; in a plain browser (Office.js reports no host) the pane runs in
 * preview mode on the in-memory example workbook, in the browser's language.
 */
export async function startHost(): Promise<Host> {
  const host = await officeHostReady();
  if (host === null) {
    const { previewWorkbook } = await import(/* webpackChunkName: "pane-preview-workbook" */ "./preview/previewWorkbook");
    return { port: await previewWorkbook(), preview: true, language: languageOf(navigator.language), files: browserFileDelivery };
  }
  const { OfficeWorkbook } = await import(/* webpackChunkName: "pane-office-workbook" */ "../office/officeWorkbook");
  return { port: new OfficeWorkbook(), preview: false, language: languageOf(officeDisplayLanguage()), files: officeFileDelivery() };
}
