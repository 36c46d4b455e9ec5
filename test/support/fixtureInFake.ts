/**
 * A workbook file opened in the recording fake of Excel: every sheet with its cells (formulas as
 * formulas), visibility and tables, and every workbook name, as Excel would hold them after
 * opening the file. Used to put the 1.0.0 fixtures into a "workbook" for upgrades in the pane.
 */
import { parseRange } from "../../src/shared/addresses";
import { readWorkbookFile } from "../../src/templates/xlsxReading";
import { FakeExcel } from "./fakeExcel";

export async function fakeFromFile(bytes: Uint8Array): Promise<FakeExcel> {
  const file = await readWorkbookFile(bytes);
  const fake = new FakeExcel([]);
  for (const sheet of file.sheets) {
    const target = fake.addSheetByHand(sheet.name);
    if (sheet.hidden) target.visibility = "Hidden";
    for (const [address, cell] of await file.cells(sheet.name)) {
      const { top, left } = parseRange(address);
      if (cell.formula !== undefined && cell.formula !== "") target.formulas.set(`${top},${left}`, `=${cell.formula}`);
      else if (cell.value !== "" && cell.value !== null) target.formulas.set(`${top},${left}`, cell.value);
    }
    target.tables.push(
      ...file.tables.filter((table) => table.sheet === sheet.name).map((table) => ({ name: table.name, range: table.range })),
    );
  }
  for (const [name, reference] of file.names) fake.names.set(name, `=${reference}`);
  return fake;
}
