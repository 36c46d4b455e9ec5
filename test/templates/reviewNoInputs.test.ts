/**
 * No cell of a Review sheet is an input (issue #20, item 1): none has the input look (yellow),
 * every one is locked, none carries a data validation, and no workbook name on it is one the
 * Assumptions panel offers (the panel lists the definition's inputs only).
 */
import { layoutTemplate } from "../../src/templates/layout";
import { templates } from "../../src/templates/registry";
import { templateInputs } from "../../src/taskpane/assumptions/templateInputs";

const reviewed = templates.filter((template) => template.sheets.some((sheet) => sheet.key === "review"));

describe.each(reviewed.flatMap((template) => (["de", "en"] as const).map((language) => ({ template, language }))))(
  "$template.id ($language): the Review sheet",
  ({ template, language }) => {
    const plan = layoutTemplate(template, language);
    const review = plan.sheets[template.sheets.findIndex((sheet) => sheet.key === "review")];

    it("has no input cell: none yellow, every one locked, none validated", () => {
      expect(review.cells.length).toBeGreaterThan(20);
      expect(review.cells.filter((cell) => cell.style === "input" || !cell.locked)).toEqual([]);
      expect(review.validations).toEqual([]);
      expect(review.protect).toBe(true);
    });

    it("offers none of its names in the Assumptions panel", () => {
      const onReview = plan.names.filter(
        (name) => name.reference.startsWith(`'${review.name}'!`) || name.reference.startsWith(`${review.name}!`),
      );
      expect(onReview.length).toBeGreaterThan(0);
      const named = onReview.map((name) => ({ name: name.name, address: name.reference, value: 0 }));
      const offered = templateInputs(named, [template], new Set(onReview.map((name) => name.name.toLowerCase())));
      expect(offered).toEqual([]);
    });
  },
);

it("covers the templates with a Review sheet", () => {
  expect(reviewed.map((template) => template.id)).toEqual(expect.arrayContaining(["counselling-case", "volunteer-hours"]));
});
