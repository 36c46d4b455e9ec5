import { consolidation } from "./definitions/consolidation";
import { counsellingCase } from "./definitions/counsellingCase";
import { groupComparison } from "./definitions/groupComparison";
import { inactionProjection } from "./definitions/inactionProjection";
import { placementCohort } from "./definitions/placementCohort";
import { volunteerHoursTemplate } from "./definitions/volunteerHours";
import { CodedError } from "../shared/codedError";
import type { TemplateDefinition } from "./model";

/** Every template the add-in offers, in gallery order. */
export const templates: TemplateDefinition[] = [
  counsellingCase,
  placementCohort,
  volunteerHoursTemplate,
  inactionProjection,
  groupComparison,
  consolidation,
];

export function templateById(id: string): TemplateDefinition {
  const found = templates.find((template) => template.id === id);
  if (!found) throw new CodedError("templates.unknown", { id, known: templates.map((template) => template.id) });
  return found;
}
