import { OfficeWorkbook } from "../../src/office/officeWorkbook";
import { WorkbookBusyError } from "../../src/office/workbookActions";
import { TemplateInsertionError, type InsertionFailure } from "../../src/office/workbookPort";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { templateInsertion } from "../../src/templates/layout";
import { strings } from "../../src/taskpane/strings";
import { FakeExcel } from "../support/fakeExcel";

async function failure(insertion: Promise<unknown>): Promise<TemplateInsertionError> {
  const error = await insertion.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(TemplateInsertionError);
  return error as TemplateInsertionError;
}

/** What the pane shows for a failure, in both languages. */
function shown(title: { de: string; en: string }, failed: InsertionFailure | undefined) {
  expect(failed).toBeDefined();
  return { en: strings.en.insertionFailed(title.en, failed!), de: strings.de.insertionFailed(title.de, failed!) };
}

describe("a failed insertion's clean-up removes only what it made", () => {
  it("keeps the user's sheet 'Volunteering' made while the sheets were being added, and says it was left", async () => {
    const fake = new FakeExcel(["Data"]);
    // Between reading the names (sync 1) and adding the sheets (sync 2), the user makes "Volunteering".
    fake.meanwhile = (sync) => {
      if (sync === 2) fake.addSheetByHand("Volunteering").formulas.set("1,1", "my hours");
    };
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(volunteerHoursTemplate, "en")));
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Volunteering"]);
    expect(fake.sheet("Volunteering")!.formulas.get("1,1")).toBe("my hours");
    expect(error.failure).toMatchObject({ sheets: [], names: [], unverifiedSheets: ["Volunteering"], unverifiedNames: [] });
    const message = shown(volunteerHoursTemplate.title, error.failure);
    expect(message.en).toBe(
      "Volunteer-hour value could not be inserted (ItemAlreadyExists: Volunteering). Everything else it had added was removed. " +
        "Left as they are, since they could not be confirmed as the template's (they may be yours, made meanwhile): sheet Volunteering. Check them.",
    );
    expect(message.de).toContain("Alles andere, was bereits eingefügt war, wurde wieder entfernt.");
    expect(message.de).toContain("Blatt Volunteering. Bitte prüfen Sie sie.");
    expect(message.de).not.toMatch(/nichts wurde verändert/i);
  });

  it("removes its own sheets added before the user's one in the same batch, found by its tag", async () => {
    const fake = new FakeExcel(["Data"]);
    // "Review" is the eighth sheet of the counselling case: the seven before it are added, then the batch stops.
    fake.meanwhile = (sync) => {
      if (sync === 2) fake.addSheetByHand("Review").formulas.set("3,2", "my review");
    };
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en")));
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Review"]);
    expect(fake.sheet("Review")!.formulas.get("3,2")).toBe("my review");
    expect(error.failure).toMatchObject({ sheets: [], unverifiedSheets: ["Review"] });
  });

  it("keeps the user's name 'discount_rate' made before the names were added, and names it in the message", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.meanwhile = (sync) => {
      if (sync === 3) fake.names.set("discount_rate", "=Data!$B$2");
    };
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en")));
    expect([...fake.names.entries()]).toEqual([["discount_rate", "=Data!$B$2"]]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data"]);
    expect(error.failure).toMatchObject({ sheets: [], names: [], unverifiedSheets: [], unverifiedNames: ["discount_rate"] });
    const message = shown(counsellingCase.title, error.failure);
    expect(message.en).toMatch(/Everything else it had added was removed\. Left as they are.*: name discount_rate\. Check them\.$/);
    expect(message.de).toMatch(/wurde wieder entfernt\. Unverändert belassen.*: Name discount_rate\. Bitte prüfen Sie sie\.$/);
  });

  it("reports a sheet it added whose tag did not arrive (the batch stopped between the two) instead of deleting it unseen", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 2;
    // Add "Summary", tag it, add "Assumptions": then the batch fails.
    fake.applyBeforeFailure = 3;
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en")));
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data", "Committee"]);
    expect(error.failure).toMatchObject({ sheets: [], unverifiedSheets: ["Committee"] });
    expect(error.message).toMatch(/could not be confirmed as the template's.*sheet Committee/);
  });

  it("clears its tag from A1 of a sheet whose plan leaves A1 empty", async () => {
    const fake = new FakeExcel(["Data"]);
    const report = await new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en"));
    for (const sheet of report.sheets)
      expect(String(fake.sheet(sheet)!.formulas.get("1,1") ?? "")).not.toMatch(/PreventionDividend insertion/);
  });
});

describe("a failure says exactly one true thing", () => {
  it("reports a failure at the first sync like any other: the host's reason, nothing changed, in both languages", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 1;
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(volunteerHoursTemplate, "de")));
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data"]);
    const message = shown(volunteerHoursTemplate.title, error.failure);
    expect(message.en).toBe(
      "Volunteer-hour value could not be inserted (GeneralException at sync 1). Nothing was changed in the workbook.",
    );
    expect(message.de).toBe(
      `${volunteerHoursTemplate.title.de} konnte nicht eingefügt werden (GeneralException at sync 1). In der Arbeitsmappe wurde nichts verändert.`,
    );
  });

  it("says what is left and where, and not that nothing changed, when removing fails", async () => {
    const fake = new FakeExcel(["Data"]);
    fake.failAtSync = 3;
    fake.applyBeforeFailure = 100000;
    fake.failingSyncs.set(5, 0);
    const error = await failure(new OfficeWorkbook(fake.host()).insertTemplate(templateInsertion(counsellingCase, "en")));
    const left = fake.sheets.map((sheet) => sheet.name).filter((name) => name !== "Data");
    // The business case's eight sheets and the marker.
    expect(left).toHaveLength(9);
    const message = shown(counsellingCase.title, error.failure);
    expect(message.en).toMatch(/could not be removed and are still in the workbook: sheet Summary, sheet Committee/);
    expect(message.de).toMatch(/ließ sich nicht entfernen und ist noch in der Arbeitsmappe: Blatt Summary, Blatt Committee/);
    for (const text of [message.en, message.de, error.message]) expect(text).not.toMatch(/nothing was changed|nichts wurde verändert/i);
  });

  it("the pane's prefix for other failures does not claim that nothing changed", () => {
    expect(strings.en.insertFailed("Tiny", "Excel is busy.")).toBe("Tiny could not be inserted. Excel is busy.");
    expect(strings.de.insertFailed("Klein", "Excel ist beschäftigt.")).toBe("Klein konnte nicht eingefügt werden. Excel ist beschäftigt.");
  });
});

describe("one insertion at a time per workbook", () => {
  it("refuses a second insertion while the first runs; the first one's sheets stay", async () => {
    const fake = new FakeExcel(["Data"]);
    const workbook = new OfficeWorkbook(fake.host());
    const first = workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    const second = workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    await expect(second).rejects.toBeInstanceOf(WorkbookBusyError);
    const report = await first;
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Data", ...report.sheets]);
    expect(fake.sheet("Method and sources")).toBeDefined();
    expect(fake.sheet("PreventionDividend")).toBeDefined();
    const busy = (await second.catch((error: WorkbookBusyError) => error)) as WorkbookBusyError;
    expect(busy.message).toBe(
      "The insertion of a template is still running in this workbook. Wait until it has finished, then try again; nothing was started.",
    );
    expect(strings.de.workbookBusy(busy.running)).toBe(
      "In dieser Arbeitsmappe läuft noch das Einfügen einer Vorlage. Bitte warten Sie, bis der Vorgang abgeschlossen ist, und versuchen Sie es dann erneut; es wurde nichts begonnen.",
    );
    // Once it has finished, the next one runs (with the suffix).
    const again = await workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    expect(again.suffix).toBe(2);
  });

  it("refuses a freeze, a trial run and a wizard write while an insertion runs, and touches nothing", async () => {
    const fake = new FakeExcel(["Data"]);
    const workbook = new OfficeWorkbook(fake.host());
    const insertion = workbook.insertTemplate(templateInsertion(volunteerHoursTemplate, "en"));
    await expect(workbook.freezeSheets({ sheets: ["Data"], madeAt: "2026-12-03", texts: strings.en.frozenCopyTexts })).rejects.toThrow(
      WorkbookBusyError,
    );
    await expect(workbook.withTrialInputs(["valuation_year"], [], async () => 1)).rejects.toThrow(WorkbookBusyError);
    await expect(workbook.writeBlock("Data!A1", [["mine"]])).rejects.toThrow(WorkbookBusyError);
    await insertion;
    expect(fake.sheet("Data")!.formulas.size).toBe(0);
    expect(strings.en.workbookBusy("freeze")).toMatch(/^Freezing for sharing is still running/);
  });
});
