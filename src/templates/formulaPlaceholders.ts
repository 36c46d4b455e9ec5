/** Placeholders in the formulas of a definition (see model.ts) and how they become A1 references and names. */
import { cellAddress, rangeAddress } from "../shared/addresses";
import { quotedText } from "../shared/formulaText";
import { codeText } from "../shared/dataCodes";
import type { Formula, Language } from "./model";
import type { Naming } from "./plan";

/** What a placeholder is resolved against: the naming in force, the language and the rows of the sheet. */
export interface Resolver {
  naming: Naming;
  language: Language;
  rowOf: Map<string, number>;
  yearColumns: number;
  /** Columns of the sheet's scenario rows by input name or output key (see ScenarioModel). */
  columnOf?: Map<string, number>;
  /** The sheet-qualified cell of an input's low or high value (`{name:low}`). */
  boundOf?(name: string, bound: "low" | "high"): string;
  /** The sheet-qualified cell holding the value the template gave an input (`{name:template}`, on the hidden marker sheet). */
  templateValueOf?(name: string): string;
  /** The sheet cell of the rows' first row and column, for rows laid out as a block away from A1; A1 unless told. */
  origin?: { top: number; left: number };
}

export const placeholder = /\{(@?)([A-Za-z_][A-Za-z0-9_]*)(?::([a-z0-9_]+))?\}/g;

/** Resolves placeholders of a formula written in the definition (see model.ts). */
export function resolveFormula(written: Formula, resolver: Resolver, column: number, year: number): string {
  const formula = typeof written === "string" ? written : written[resolver.language];
  return formula.replace(placeholder, (_match, at: string, key: string, modifier: string | undefined) => {
    if (!at) {
      if (key === "year") return String(year);
      if (modifier === "code") return quotedText(codeText(key, resolver.language));
      if (modifier === "low" || modifier === "high") {
        if (!resolver.boundOf) throw new Error(`formula ${formula}: no input bounds known here`);
        return resolver.boundOf(key, modifier);
      }
      if (modifier === "template") {
        if (!resolver.templateValueOf) throw new Error(`formula ${formula}: no template values known here`);
        return resolver.templateValueOf(key);
      }
      if (modifier) throw new Error(`formula ${formula}: unknown modifier '${modifier}' of a name`);
      return resolver.naming.name(key);
    }
    const rowOfKey = resolver.rowOf.get(key);
    if (rowOfKey === undefined) throw new Error(`formula ${formula}: no row '${key}' on this sheet`);
    const { top, left } = resolver.origin ?? { top: 1, left: 1 };
    const row = rowOfKey + top - 1;
    const address = (c: number, absolute?: boolean) => cellAddress(row, c + left - 1, absolute);
    if (modifier === "previous") return address(column - 1);
    if (modifier === "years") return rangeAddress(row, 1 + left, row, resolver.yearColumns + left);
    if (modifier === "first") return address(2, true);
    const fixedColumn = modifier && /^col(\d+)$/.exec(modifier);
    if (fixedColumn) return address(Number(fixedColumn[1]), true);
    const scenarioColumn = modifier && resolver.columnOf?.get(modifier);
    if (scenarioColumn) return address(scenarioColumn);
    if (modifier) throw new Error(`formula ${formula}: unknown modifier '${modifier}'`);
    return address(column);
  });
}
