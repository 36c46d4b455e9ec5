/*
 * The native formulas the wizard writes without the add-in, calculated by LibreOffice and held
 * against the engine (which other tests hold against published values). LibreOffice 7.4 has no
 * LET, so each formula is first written out without it: every name replaced by its definition.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { compareRates } from "../../src/engine/proportions";
import { nativeRateFormula } from "../../src/taskpane/wizard/nativeForms";
import { recalculate } from "../templates/libreoffice";

/** The arguments of the outermost call, split at its own commas. */
function topLevelArguments(formula: string): string[] {
  const inner = formula.slice(formula.indexOf("(") + 1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "(") depth++;
    else if (inner[i] === ")") depth--;
    else if (inner[i] === "," && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

/** =LET(a, x, b, y, result) as one formula without LET. Names are lower-case, Excel's functions and ranges upper-case. */
function withoutLet(formula: string): string {
  const parts = topLevelArguments(formula);
  const definitions = new Map<string, string>();
  const substitute = (expression: string) =>
    [...definitions].reduce(
      (text, [name, value]) => text.replace(new RegExp(`(?<![A-Za-z0-9_.$])${name}(?![A-Za-z0-9_(])`, "g"), `(${value})`),
      expression,
    );
  for (let i = 0; i + 1 < parts.length; i += 2) definitions.set(parts[i], substitute(parts[i + 1]));
  return substitute(parts[parts.length - 1]).replace(/NORM\.S\.(INV|DIST)\(/g, "_xlfn.NORM.S.$1(");
}

describe("the native rate formulas, calculated by LibreOffice", () => {
  it("agree with the engine: 12 of 40 treated against 25 of 50 in the comparison group, 90 % confidence", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    // Treated in A1:A40 (12 ones, one of them TRUE, and a blank skipped), control in B1:B50 (25 ones).
    for (let i = 0; i < 41; i++) sheet.getCell(i + 1, 1).value = i === 40 ? null : i === 0 ? true : i < 12 ? 1 : 0;
    for (let i = 0; i < 50; i++) sheet.getCell(i + 1, 2).value = i < 25 ? 1 : 0;
    sheet.getCell("E4").value = 0.9;
    const keys = ["rate_treated", "rate_control", "difference", "lower", "upper", "p_value"];
    keys.forEach((key, i) => {
      sheet.getCell(i + 1, 6).value = {
        formula: withoutLet(nativeRateFormula("Data!$A$1:$A$41", "Data!$B$1:$B$50", "$E$4", key)!.slice(1)),
      } as ExcelJS.CellFormulaValue;
    });
    const file = join(mkdtempSync(join(tmpdir(), "pd-native-")), "native.xlsx");
    await workbook.xlsx.writeFile(file);
    const rows = recalculate([file]).get(file)!.get("Data")!;
    const calculated = keys.map((_, i) => Number(rows[i][5]));
    const engine = compareRates({ events: 12, n: 40 }, { events: 25, n: 50 }, 0.9);
    const expected = [engine.rateTreated, engine.rateControl, engine.difference, engine.lower, engine.upper, engine.pValue];
    // The rates and their difference are known exactly: 0.3, 0.5, −0.2.
    expect(calculated.slice(0, 3)).toEqual([0.3, 0.5, -0.2]);
    calculated.forEach((value, i) => expect([keys[i], value]).toEqual([keys[i], expect.closeTo(expected[i], 12)]));
  }, 120_000);
});
