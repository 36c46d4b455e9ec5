/** @jest-environment jsdom */
/* The gallery's upgrade section: it finds a copy of an older version, offers "Auf Version X aktualisieren" and reports what it carried. */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/office/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { volunteerHoursTemplate } from "../../src/templates/definitions/volunteerHours";
import { templateInsertion } from "../../src/templates/layout";

describe("the upgrade section", () => {
  it("upgrades an older copy, keeps it, and reports what was carried", async () => {
    const workbook = new MemoryWorkbook();
    // A copy made by an earlier version: the same layout, its marker saying 1.0.0.
    await workbook.insertTemplate(templateInsertion({ ...volunteerHoursTemplate, version: "1.0.0" }, "de"));
    await workbook.setNamedInput("coordination_cost", 18000);
    const sheetsBefore = await workbook.sheetNames();
    render(
      <App
        services={{ port: workbook, preview: true, templates: { definitions: async () => [], xlsxFile: async () => new Blob([]) } }}
        initialLanguage="de"
      />,
    );
    const look = await screen.findByRole("button", { name: "Ältere Kopien suchen" }, { timeout: 20_000 });
    await act(async () => fireEvent.click(look));
    expect(await screen.findByText("volunteer-hours, Version 1.0.0:", undefined, { timeout: 20_000 })).toBeTruthy();
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: `Auf Version ${volunteerHoursTemplate.version} aktualisieren` })),
    );
    expect(
      await screen.findByText(/Die aktuelle Version wurde als .* eingefügt\. Die alten Blätter sind unverändert/, undefined, {
        timeout: 20_000,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        new RegExp(
          `volunteer-hours: von Version 1\\.0\\.0 auf ${volunteerHoursTemplate.version.replace(/\./g, "\\.")} aktualisiert\\.[\\s\\S]*coordination_cost = 18\\.000`,
        ),
      ),
    ).toBeTruthy();
    expect((await workbook.sheetNames()).slice(0, sheetsBefore.length)).toEqual(sheetsBefore);
    const carried = (await workbook.namedInputs()).find((input) => input.name === "coordination_cost_2");
    expect(carried?.value).toBe(18000);
  });
});
