import { languageOf } from "../shared/language";
import { officeDisplayLanguage, officeHostReady } from "../office/officeHost";
import { browserFileDelivery, officeFileDelivery, type FileDelivery } from "../office/fileDelivery";
import type { WorkbookPort } from "../office/workbookPort";
import type { ExampleNames } from "./preview/exampleRanges";
import type { Language } from "./strings";

export interface Host {
  port: WorkbookPort;
  preview: boolean;
  language: Language;
  files: FileDelivery;
  /** The preview's example workbook's names, which the hints name. */
  examples?: ExampleNames;
}

/**
 * Decides where the pane runs. Inside Excel the port is the Office.js adapter and the language
 * is Office's display language; in a plain browser (Office.js reports no host) the pane runs in
 * preview mode on the in-memory example workbook, in the browser's language.
 */
export async function startHost(): Promise<Host> {
  const host = await officeHostReady();
  if (host === null) {
    const [{ previewWorkbook }, { exampleNames }] = await Promise.all([
      import(/* webpackChunkName: "pane-preview-workbook" */ "./preview/previewWorkbook"),
      import(/* webpackChunkName: "pane-preview-workbook" */ "./preview/exampleRanges"),
    ]);
    const language = languageOf(navigator.language);
    return { port: await previewWorkbook(language), preview: true, language, files: browserFileDelivery, examples: exampleNames(language) };
  }
  const { OfficeWorkbook } = await import(/* webpackChunkName: "pane-office-workbook" */ "../office/officeWorkbook");
  return { port: new OfficeWorkbook(), preview: false, language: languageOf(officeDisplayLanguage()), files: officeFileDelivery() };
}
