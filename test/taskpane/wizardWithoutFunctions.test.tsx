/** @jest-environment jsdom */
import "./jsdomShims";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { previewWorkbook } from "../../src/taskpane/preview/previewWorkbook";
import { tinyTemplate } from "../support/tinyTemplate";

describe("the wizard where the add-in's functions cannot run", () => {
  it("writes native formulas for the example cohort and says why", async () => {
    const workbook = await previewWorkbook();
    workbook.addinFunctions = false;
    render(
      <App
        services={{
          port: workbook,
          preview: true,
          templates: { definitions: async () => [tinyTemplate], xlsxFile: async () => new Blob([]) },
        }}
        initialLanguage="en"
      />,
    );
    fireEvent.click(await screen.findByRole("tab", { name: "Compare groups" }));
    fireEvent.change(await screen.findByRole("textbox", { name: /^Treated group/ }), { target: { value: "Cohort!G2:G241" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Comparison group/ }), { target: { value: "Cohort!G242:G471" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Write the results at/ }), { target: { value: "Cohort!J2" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write comparison" })));
    expect(
      await screen.findByText(/^Comparison written to Cohort!J2:K16\. The add-in's functions are not available in this Excel/),
    ).toBeTruthy();
    const block = await workbook.readRange("Cohort!J2:K16");
    expect(block.formulas.flat().some((cell) => String(cell).includes("PREVENT."))).toBe(false);
    // Row 5 of the block: the treated group's rate, as a native formula over the same cells.
    expect(String(block.formulas[4][1])).toMatch(/^=LET\(e1,SUMPRODUCT\(IFERROR\(--Cohort!\$G\$2:\$G\$241,0\)\),/);
  });
});
