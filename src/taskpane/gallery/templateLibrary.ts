import type { TemplateLibrary } from "../services";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The templates' definitions and the .xlsx renderer, each loaded with import() when first
 * needed: exceljs alone is larger than the whole first chunk of the pane.
 */
export const templateLibrary: TemplateLibrary = {
  async definitions() {
    const { templates } = await import("../../templates/registry");
    return templates;
  },
  async xlsxFile(definition, language) {
    const [{ templateInsertion }, { unchangedNaming }, { renderXlsx }] = await Promise.all([
      import("../../templates/layout"),
      import("../../templates/naming"),
      import("../../templates/xlsxRenderer"),
    ]);
    const bytes = await renderXlsx(templateInsertion(definition, language).plan(unchangedNaming));
    return new Blob([new Uint8Array(bytes)], { type: xlsxType });
  },
};
