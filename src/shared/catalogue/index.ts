/**
 * The one message catalogue: every text a user sees, in German and English, by key. Sections
 * live in their own files so that each part's words stay together; keys start with the section.
 * src/shared/message.ts says how placeholders are written and filled.
 */
import { committee } from "./committee";
import { common } from "./common";
import { county } from "./county";
import { consolidation } from "./consolidation";
import { engine } from "./engine";
import { functions } from "./functions";
import { guards } from "./guards";
import { pane } from "./pane";
import { pooling } from "./pooling";
import { review } from "./review";
import { terms } from "./terms";
import { cli } from "./cli";
import { dataFiles } from "./dataFiles";
import { templates } from "./templates";
import { office } from "./office";
import { organisation } from "./organisation";

export const catalogue = {
  ...common,
  ...engine,
  ...functions,
  ...guards,
  ...pane,
  ...terms,
  ...review,
  ...committee,
  ...pooling,
  ...cli,
  ...dataFiles,
  ...templates,
  ...office,
  ...organisation,
  ...county,
  ...consolidation,
} as const;

/** The sections one by one, so that a test can see that no key is given twice. */
export const catalogueSections = {
  common,
  engine,
  functions,
  guards,
  pane,
  terms,
  review,
  committee,
  pooling,
  cli,
  dataFiles,
  templates,
  office,
  organisation,
  county,
  consolidation,
} as const;
