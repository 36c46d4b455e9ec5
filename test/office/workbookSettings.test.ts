import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { FakeExcel } from "../support/fakeExcel";

describe("settings the add-in keeps in the workbook", () => {
  it("Office.js: Workbook.settings, one sync to read and one to write; null where none is kept", async () => {
    const fake = new FakeExcel();
    const workbook = new OfficeWorkbook(fake.host());
    expect(await workbook.readSetting("csvMapping:placement-cohort")).toBeNull();
    await workbook.writeSetting("csvMapping:placement-cohort", '{"columns":{"id":"Fallnummer"}}');
    expect(fake.settings.get("csvMapping:placement-cohort")).toBe('{"columns":{"id":"Fallnummer"}}');
    expect(await workbook.readSetting("csvMapping:placement-cohort")).toBe('{"columns":{"id":"Fallnummer"}}');
    expect(fake.syncs).toBe(3);
  });

  it("below ExcelApi 1.4 nothing is kept and nothing is sent to Excel", async () => {
    const fake = new FakeExcel();
    fake.apiMinorVersion = 3;
    const workbook = new OfficeWorkbook(fake.host());
    expect(workbook.keepsSettings()).toBe(false);
    await workbook.writeSetting("key", "value");
    expect(await workbook.readSetting("key")).toBeNull();
    expect(fake.syncs).toBe(0);
  });

  it("the preview's workbook keeps them in memory", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSetting("key", "value");
    expect(await workbook.readSetting("key")).toBe("value");
    expect(await workbook.readSetting("other")).toBeNull();
  });
});
