import { createContext, useContext } from "react";
import type { FileDelivery } from "../office/fileDelivery";
import type { WorkbookPort } from "../office/workbookPort";
import type { TemplateDefinition } from "../templates/model";
import { errorText, isCodedError } from "../shared/codedError";
import { exampleNames, type ExampleNames } from "./preview/exampleRanges";
import type { DefaultsState } from "./gallery/organisationDefaultsSource";
import { strings, type Language, type Strings } from "./strings";

/** The templates the gallery offers and the .xlsx files it downloads; loaded lazily (exceljs is large). */
export interface TemplateLibrary {
  definitions(): Promise<TemplateDefinition[]>;
  /** The template as an .xlsx file in the given language. */
  xlsxFile(definition: TemplateDefinition, language: Language): Promise<Blob>;
  /** The organisation's defaults next to the hosted add-in (organisationDefaultsSource.ts); none when not given. */
  organisationDefaults?(): Promise<DefaultsState>;
}

/** What every part of the pane needs: the workbook behind the port, the templates, the language. */
export interface PaneServices {
  port: WorkbookPort;
  templates: TemplateLibrary;
  /** True in a plain browser: the port is the in-memory example workbook. */
  preview: boolean;
  language: Language;
  /** How a downloaded .xlsx reaches the user; a plain download link when not given. */
  files?: FileDelivery;
  /**
   * The names the wizard's hints give as examples: in the preview those of its example workbook
   * (in the language it was made in, whatever the pane's language is now); otherwise the names
   * of the pane's language.
   */
  examples?: ExampleNames;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices & { text: Strings; examples: ExampleNames } {
  const services = useContext(PaneContext);
  if (!services) throw new Error("usePane outside a PaneContext provider");
  shownLanguage = services.language;
  return { ...services, examples: services.examples ?? exampleNames(services.language), text: strings[services.language] };
}

/** The language the pane shows, for `reason`; set wherever the pane renders. */
let shownLanguage: Language = "en";

/** A message for the user from anything thrown: coded errors in the pane's language, others as they are. */
export function reason(error: unknown, language: Language = shownLanguage): string {
  if (isCodedError(error)) return errorText(error, language);
  return error instanceof Error ? error.message : String(error);
}
