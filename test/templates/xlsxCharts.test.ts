/**
 * The chart parts added to the .xlsx files: well-formed XML, linked to each other and to the
 * sheet, and plotting the ranges the definition names.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { counsellingCase } from "../../src/templates/definitions/counsellingCase";
import { groupComparison } from "../../src/templates/definitions/groupComparison";
import { placementCohort } from "../../src/templates/definitions/placementCohort";
import { layoutTemplate } from "../../src/templates/layout";
import type { Language } from "../../src/templates/model";
import type { WorkbookPlan } from "../../src/templates/plan";
import { renderXlsx } from "../../src/templates/xlsxRenderer";

async function partsOf(plan: WorkbookPlan): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await renderXlsx(plan));
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files)) if (!zip.files[path].dir) parts.set(path, await zip.files[path].async("string"));
  return parts;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["c:ser", "Relationship", "Override", "xdr:twoCellAnchor", "sheet"].includes(name),
});

function wellFormed(parts: Map<string, string>, pattern: RegExp): void {
  const checked = [...parts].filter(([path]) => pattern.test(path));
  expect(checked.length).toBeGreaterThan(0);
  for (const [path, xml] of checked) expect([path, XMLValidator.validate(xml)]).toEqual([path, true]);
}

/** Relationship targets of a rels part by id. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const list = parser.parse(xml).Relationships.Relationship as { Id: string; Type: string; Target: string }[];
  return new Map(list.map((r) => [r.Id, { type: r.Type.split("/").pop()!, target: r.Target }]));
}

describe.each<[Language, string]>([
  ["en", "Flows"],
  ["de", "'Zahlungsströme'"],
])("the cumulative net benefit chart of counselling-case (%s)", (language, sheetReference) => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await partsOf(layoutTemplate(counsellingCase, language));
  });

  it("writes well-formed chart, drawing, relationship, sheet and content-type parts", () => {
    wellFormed(
      parts,
      /^xl\/(charts\/chart\d+|drawings\/drawing\d+)\.xml$|\.rels$|^\[Content_Types\]\.xml$|^xl\/worksheets\/sheet\d+\.xml$/,
    );
  });

  it("links the Flows sheet (the fifth) to a drawing whose frame holds the chart, declared in the content types", () => {
    // Sheet order: Summary, Committee, Assumptions, Evidence, Flows, … → Flows is sheet5.xml.
    const sheet = parts.get("xl/worksheets/sheet5.xml")!;
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    // <drawing> must come after pageSetup and before any legacyDrawing/tableParts (ECMA-376 order).
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    expect(relationships(parts.get("xl/worksheets/_rels/sheet5.xml.rels")!).get(drawingId!)).toEqual({
      type: "drawing",
      target: "../drawings/drawing1.xml",
    });
    const drawing = parser.parse(parts.get("xl/drawings/drawing1.xml")!)["xdr:wsDr"];
    const anchor = drawing["xdr:twoCellAnchor"][0];
    // The definition anchors the chart two rows below the 20 rows of flows: row 22 (0-based 21), columns A to I.
    expect(anchor["xdr:from"]).toMatchObject({ "xdr:col": 0, "xdr:row": 21 });
    expect(anchor["xdr:to"]).toMatchObject({ "xdr:col": 8, "xdr:row": 39 });
    const chartId = anchor["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["r:id"];
    expect(relationships(parts.get("xl/drawings/_rels/drawing1.xml.rels")!).get(chartId)).toEqual({
      type: "chart",
      target: "../charts/chart1.xml",
    });
    const overrides = parser.parse(parts.get("[Content_Types].xml")!).Types.Override as { PartName: string; ContentType: string }[];
    expect(overrides).toEqual(
      expect.arrayContaining([
        { PartName: "/xl/charts/chart1.xml", ContentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" },
        { PartName: "/xl/drawings/drawing1.xml", ContentType: "application/vnd.openxmlformats-officedocument.drawing+xml" },
      ]),
    );
  });

  it("plots both cumulative rows against the year header", () => {
    const chart = parser.parse(parts.get("xl/charts/chart1.xml")!)["c:chartSpace"]["c:chart"];
    const series = chart["c:plotArea"]["c:lineChart"]["c:ser"] as Record<string, any>[];
    // Flows rows, counted in the definition: 1 title, 2 year header, 3–17 the yearly flows,
    // 18 cumulative net county, 19 cumulative net all public payers; years 1–10 in B…K.
    expect(series.map((s) => s["c:cat"]["c:numRef"]["c:f"])).toEqual([`${sheetReference}!$B$2:$K$2`, `${sheetReference}!$B$2:$K$2`]);
    expect(series.map((s) => s["c:val"]["c:numRef"]["c:f"])).toEqual([`${sheetReference}!$B$18:$K$18`, `${sheetReference}!$B$19:$K$19`]);
    expect(series.map((s) => s["c:tx"]["c:v"])).toEqual(
      language === "en"
        ? ["Cumulative net: county", "Cumulative net: all public payers"]
        : ["Kumuliert netto: Kreis", "Kumuliert netto: alle öffentlichen Träger"],
    );
  });
});

describe("charts next to what exceljs already wrote", () => {
  it("puts a chart on a sheet with notes without reusing a relationship id, and <drawing> before <legacyDrawing>", async () => {
    const plan = layoutTemplate(counsellingCase, "en");
    const flows = plan.sheets.find((sheet) => sheet.name === "Flows")!;
    // The Assumptions sheet (third) carries notes: exceljs gave it comments and a VML drawing.
    plan.sheets[2].charts = flows.charts.map((chart) => ({ ...chart, from: { column: 8, row: 2 }, to: { column: 14, row: 20 } }));
    const parts = await partsOf(plan);
    wellFormed(parts, /^xl\/worksheets\/(sheet\d+\.xml|_rels\/.*\.rels)$|^xl\/drawings\/.*\.xml(\.rels)?$/);
    const rels = relationships(parts.get("xl/worksheets/_rels/sheet3.xml.rels")!);
    const types = [...rels.values()].map((r) => r.type).sort();
    expect(types).toEqual(["comments", "drawing", "vmlDrawing"]);
    expect(rels.size).toBe(3);
    const sheet = parts.get("xl/worksheets/sheet3.xml")!;
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<legacyDrawing "));
    // A chart plots ranges of its own sheet: the Assumptions chart comes first, the Flows chart second.
    expect(parts.get("xl/charts/chart1.xml")).toContain("<c:f>Assumptions!$B$18:$K$18</c:f>");
    expect(parts.get("xl/charts/chart2.xml")).toContain("<c:f>Flows!$B$18:$K$18</c:f>");
  });

  it("adds nothing to a template without charts", async () => {
    const parts = await partsOf(layoutTemplate(groupComparison, "en"));
    expect([...parts.keys()].filter((path) => /charts\/|drawings\/drawing\d/.test(path))).toEqual([]);
  });
});

describe("the Kaplan–Meier step chart of placement-cohort", () => {
  it("plots months against the share at home for both groups from the curve table, axis topped at 100 %", async () => {
    const parts = await partsOf(layoutTemplate(placementCohort, "en"));
    wellFormed(parts, /^xl\/(charts|drawings)\/.*\.xml$/);
    const chart = parser.parse(parts.get("xl/charts/chart1.xml")!)["c:chartSpace"]["c:chart"];
    const scatter = chart["c:plotArea"]["c:scatterChart"];
    const series = scatter["c:ser"] as Record<string, any>[];
    // KM curve table: A–C days, months, share of the counselled, D–F of the comparison group;
    // 6 example people → 1 + 2 × 6 = 13 points in rows 2–14.
    expect(series.map((s) => [s["c:tx"]["c:v"], s["c:xVal"]["c:numRef"]["c:f"], s["c:yVal"]["c:numRef"]["c:f"]])).toEqual([
      ["Counselled", "'KM curve'!$B$2:$B$14", "'KM curve'!$C$2:$C$14"],
      ["Comparison group", "'KM curve'!$E$2:$E$14", "'KM curve'!$F$2:$F$14"],
    ]);
    const valueAxis = (chart["c:plotArea"]["c:valAx"] as Record<string, any>[]).find((axis) => axis["c:axPos"].val === "l")!;
    expect(valueAxis["c:scaling"]["c:max"].val).toBe("1");
  });
});
