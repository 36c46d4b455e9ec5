import type { Naming, TemplateInsertion } from "./plan";

const sheetNameLimit = 31;

function sheetWithSuffix(base: string, suffix: number): string {
  if (suffix === 1) return base;
  const tail = ` (${suffix})`;
  return base.slice(0, sheetNameLimit - tail.length) + tail;
}

function nameWithSuffix(base: string, suffix: number): string {
  return suffix === 1 ? base : `${base}_${suffix}`;
}

/**
 * Chooses one suffix for the whole template so that none of its sheets or names collides with
 * what the workbook already holds (Excel compares both without regard to case): "Flows",
 * "Flows (2)", …; "discount_rate", "discount_rate_2", …
 */
export function chooseNaming(
  insertion: Pick<TemplateInsertion, "sheetNames" | "definedNames">,
  existingSheets: string[],
  existingNames: string[],
): Naming & { suffix: number } {
  const sheets = new Set(existingSheets.map((sheet) => sheet.toLowerCase()));
  const names = new Set(existingNames.map((name) => name.toLowerCase()));
  let suffix = 1;
  const collides = (candidate: number) =>
    insertion.sheetNames.some((sheet) => sheets.has(sheetWithSuffix(sheet, candidate).toLowerCase())) ||
    insertion.definedNames.some((name) => names.has(nameWithSuffix(name, candidate).toLowerCase()));
  while (collides(suffix)) suffix += 1;
  return {
    suffix,
    sheet: (base) => sheetWithSuffix(base, suffix),
    name: (base) => nameWithSuffix(base, suffix),
  };
}

export const unchangedNaming: Naming = { sheet: (base) => base, name: (base) => base };

/** The naming of a template inserted with `suffix` (as chooseNaming chose it), to find its sheets and names again. */
export function suffixNaming(suffix: number): Naming {
  return { sheet: (base) => sheetWithSuffix(base, suffix), name: (base) => nameWithSuffix(base, suffix) };
}
