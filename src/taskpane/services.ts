import { createContext, useContext } from "react";
import type { FileDelivery } from "../office/fileDelivery";
import type { WorkbookPort } from "../office/workbookPort";
import type { TemplateDefinition } from "../templates/model";
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
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices & { text: Strings } {
  const services = useContext(PaneContext);
  if (!services) throw new Error("usePane outside a PaneContext provider");
  return { ...services, text: strings[services.language] };
}

/** A message for the user from anything thrown. */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
