import type { TemplateLibrary } from "../services";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The .xlsx renderer hands Node Buffers between exceljs and JSZip. A browser has no Buffer, so the
 * pane lends it the implementation exceljs itself bundles for browsers, before the renderer (and
 * with it JSZip, which checks for Buffer when it loads) is imported.
 */
async function provideBuffer(): Promise<void> {
  const global = globalThis as { Buffer?: unknown };
  if (typeof global.Buffer !== "undefined") return;
  const { Buffer } = await import(/* webpackChunkName: "pane-xlsx-renderer" */ "buffer");
  global.Buffer = Buffer;
}

/**
 * The templates' definitions and the .xlsx renderer, each loaded with import() when first
 * needed: exceljs alone is larger than the whole first chunk of the pane.
 */
export const templateLibrary: TemplateLibrary = {
  async definitions() {
    const { templates } = await import(/* webpackChunkName: "pane-template-definitions" */ "../../templates/registry");
    return templates;
  },
  async xlsxFile(definition, language) {
    await provideBuffer();
    const [{ templateInsertion }, { unchangedNaming }, { renderXlsx }] = await Promise.all([
      import(/* webpackChunkName: "pane-template-layout" */ "../../templates/layout"),
      import(/* webpackChunkName: "pane-template-layout" */ "../../templates/naming"),
      import(/* webpackChunkName: "pane-xlsx-renderer" */ "../../templates/xlsxRenderer"),
    ]);
    const bytes = await renderXlsx(templateInsertion(definition, language).plan(unchangedNaming));
    return new Blob([new Uint8Array(bytes)], { type: xlsxType });
  },
};
