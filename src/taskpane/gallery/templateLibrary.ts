import type { TemplateLibrary } from "../services";
import { organisationDefaults } from "./organisationDefaultsSource";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    const [{ templateInsertion }, { unchangedNaming }, { renderXlsx }] = await Promise.all([
      import(/* webpackChunkName: "pane-template-layout" */ "../../templates/layout"),
      import(/* webpackChunkName: "pane-template-layout" */ "../../templates/naming"),
      import(/* webpackChunkName: "pane-xlsx-renderer" */ "../../templates/xlsxRenderer"),
    ]);
    const bytes = await renderXlsx(templateInsertion(definition, language).plan(unchangedNaming));
    return new Blob([bytes], { type: xlsxType });
  },
  organisationDefaults,
};
