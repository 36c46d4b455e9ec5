/**
 * Charts for .xlsx files. exceljs writes no charts, so the planned charts (the same PlannedChart
 * the Office.js renderer inserts) are added to its output afterwards: one DrawingML chart part
 * per chart (xl/charts/chartN.xml), one drawing part per sheet holding a two-cell anchor for
 * each chart (xl/drawings/drawingN.xml), the relationships between them, the sheet's <drawing>
 * element and the content types.
 */
import JSZip from "jszip";
import { parseRange, quotedSheet, rangeAddress } from "../shared/addresses";
import type { PlannedChart, PlannedSheet, WorkbookPlan } from "./plan";

const namespaces = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const relationshipTypes = {
  drawing: `${namespaces.relationships}/drawing`,
  chart: `${namespaces.relationships}/chart`,
};
const contentTypes = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/** Line colours of the series, in order (Office theme accents 1, 2, 6, 4). */
const seriesColours = ["4472C4", "ED7D31", "70AD47", "FFC000"];

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A range of the chart's sheet as a chart formula: 'Flows'!$B$2:$K$2. */
export function chartReference(sheet: string, range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  return `${quotedSheet(sheet)}!${rangeAddress(top, left, bottom, right, true)}`;
}

const numberReference = (formula: string) => `<c:numRef><c:f>${escapeXml(formula)}</c:f></c:numRef>`;
const textReference = (formula: string) => `<c:strRef><c:f>${escapeXml(formula)}</c:f></c:strRef>`;

/** Markers without a line, for a forest plot: a diamond for the first series, squares for the others. */
function markerLook(index: number): string {
  const colour = seriesColours[index % seriesColours.length];
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="${index === 0 ? "diamond" : "square"}"/><c:size val="${index === 0 ? 7 : 9}"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
}

const hiddenLook = `<c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;

/** Legend entries of hidden series are deleted. */
function legendXml(chart: PlannedChart): string {
  const deleted = chart.series.flatMap((series, i) =>
    series.hidden ? [`<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`] : [],
  );
  return `<c:legend><c:legendPos val="b"/>${deleted.join("")}<c:overlay val="0"/></c:legend>`;
}

/** Horizontal whiskers of lengths from cells below (minus) and above (plus) each point. */
function errorBarsXml(index: number, sheet: string, bars: { minus: string; plus: string }): string {
  const colour = seriesColours[index % seriesColours.length];
  return (
    `<c:errBars><c:errDir val="x"/><c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>` +
    `<c:plus>${numberReference(chartReference(sheet, bars.plus))}</c:plus><c:minus>${numberReference(chartReference(sheet, bars.minus))}</c:minus>` +
    `<c:spPr><a:ln w="${index === 0 ? 19050 : 28575}"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:errBars>`
  );
}

function seriesLook(index: number, kind: PlannedChart["kind"]): string {
  const colour = seriesColours[index % seriesColours.length];
  if (kind === "column" || kind === "bar") return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
  return `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`;
}

function seriesXml(chart: PlannedChart, chartSheet: string): string {
  return chart.series
    .map((series, i) => {
      const sheet = series.sheet ?? chartSheet;
      const look = series.hidden ? hiddenLook : chart.markersOnly ? markerLook(i) : seriesLook(i, chart.kind);
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${look}`;
      const values = numberReference(chartReference(sheet, series.values));
      const categoryRange = chartReference(sheet, series.categories ?? chart.categories);
      const categories = chart.textCategories ? textReference(categoryRange) : numberReference(categoryRange);
      const errorBars = series.errorBars ? errorBarsXml(i, sheet, series.errorBars) : "";
      if (chart.kind === "scatter")
        return `<c:ser>${head}${errorBars}<c:xVal>${categories}</c:xVal><c:yVal>${values}</c:yVal><c:smooth val="0"/></c:ser>`;
      if (chart.kind === "column" || chart.kind === "bar")
        return `<c:ser>${head}<c:invertIfNegative val="0"/><c:cat>${categories}</c:cat><c:val>${values}</c:val></c:ser>`;
      return `<c:ser>${head}<c:cat>${categories}</c:cat><c:val>${values}</c:val><c:smooth val="0"/></c:ser>`;
    })
    .join("");
}

const categoryAxisId = 500100;
const valueAxisId = 500200;

function axis(
  kind: "cat" | "val",
  id: number,
  crossing: number,
  position: "b" | "l",
  title: string | undefined,
  gridlines: boolean,
  format?: string,
  maximum?: number,
  reversed = false,
): string {
  const titleXml = title
    ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr sz="900" b="0"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    : "";
  const common =
    `<c:axId val="${id}"/><c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/>${maximum === undefined ? "" : `<c:max val="${maximum}"/>`}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>` +
    (gridlines ? "<c:majorGridlines/>" : "") +
    titleXml +
    (format ? `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${crossing}"/><c:crosses val="autoZero"/>`;
  if (kind === "cat")
    return `<c:catAx>${common}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  return `<c:valAx>${common}<c:crossBetween val="${position === "b" ? "midCat" : "between"}"/></c:valAx>`;
}

function plotXml(chart: PlannedChart, sheet: string): string {
  const axisIds = `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/>`;
  const series = seriesXml(chart, sheet);
  if (chart.kind === "bar") {
    // Horizontal bars: categories on the left, from the top down; values along the bottom.
    const categoryAxis = axis("cat", categoryAxisId, valueAxisId, "l", chart.xAxisTitle, false, undefined, undefined, true);
    const valueAxis = axis("val", valueAxisId, categoryAxisId, "b", chart.yAxisTitle, true, chart.valueFormat, chart.valueMaximum).replace(
      "midCat",
      "between",
    );
    const bars = `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axisIds}</c:barChart>`;
    return `${bars}${categoryAxis}${valueAxis}`;
  }
  const xAxis =
    chart.kind === "scatter"
      ? axis("val", categoryAxisId, valueAxisId, "b", chart.xAxisTitle, false, chart.categoryFormat)
      : axis("cat", categoryAxisId, valueAxisId, "b", chart.xAxisTitle, false, chart.categoryFormat);
  const yAxis = axis("val", valueAxisId, categoryAxisId, "l", chart.yAxisTitle, true, chart.valueFormat, chart.valueMaximum);
  switch (chart.kind) {
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>${xAxis}${yAxis}`;
    case "column":
      return `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>${xAxis}${yAxis}`;
    case "scatter":
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axisIds}</c:scatterChart>${xAxis}${yAxis}`;
  }
}

/** The DrawingML chart part of one planned chart on the named sheet. */
export function chartPartXml(chart: PlannedChart, sheet: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${namespaces.chart}" xmlns:a="${namespaces.drawingMain}" xmlns:r="${namespaces.relationships}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1400" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(chart, sheet)}</c:plotArea>` +
    `${legendXml(chart)}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: PlannedChart, index: number): string {
  const marker = (tag: string, at: { column: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(`Chart ${index + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${namespaces.chart}"><c:chart xmlns:c="${namespaces.chart}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part of a sheet: one anchored frame per chart, the k-th pointing at rId{k+1}. */
export function drawingPartXml(charts: PlannedChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${namespaces.spreadsheetDrawing}" xmlns:a="${namespaces.drawingMain}" xmlns:r="${namespaces.relationships}">` +
    charts.map(anchorXml).join("") +
    `</xdr:wsDr>`
  );
}

function relationshipsXml(relationships: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${namespaces.packageRelationships}">` +
    relationships.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

export async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`xlsx: part ${path} is missing`);
  return file.async("string");
}

/** The worksheet part of each sheet, in workbook order: "xl/worksheets/sheet1.xml", … */
export async function worksheetParts(zip: JSZip): Promise<string[]> {
  const workbook = await text(zip, "xl/workbook.xml");
  const relationships = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const match of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(match[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    const id = /\br:id="([^"]+)"/.exec(match[0])?.[1];
    const part = id && targets.get(id);
    if (!part) throw new Error(`xlsx: no worksheet part for ${match[0]}`);
    return part;
  });
}

/** Elements that follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const afterDrawing = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function withDrawingElement(worksheet: string, relationshipId: string): string {
  const element = `<drawing r:id="${relationshipId}"/>`;
  const positions = afterDrawing.map((name) => worksheet.search(new RegExp(`<${name}[\\s/>]`))).filter((position) => position >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : worksheet.lastIndexOf("</worksheet>");
  const withElement = worksheet.slice(0, at) + element + worksheet.slice(at);
  // The r: prefix must be declared on the worksheet element.
  return /<worksheet\b[^>]*\bxmlns:r=/.test(withElement)
    ? withElement
    : withElement.replace("<worksheet ", `<worksheet xmlns:r="${namespaces.relationships}" `);
}

function sheetRelationshipsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function withOverrides(types: string, overrides: { part: string; type: string }[]): string {
  const added = overrides.map((override) => `<Override PartName="/${override.part}" ContentType="${override.type}"/>`).join("");
  return types.replace("</Types>", `${added}</Types>`);
}

/** The bytes of a package, as an ArrayBuffer, so that they are typed as a plain (not shared) buffer, as Blob wants them. */
export async function zipBytes(zip: JSZip): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE" }));
}

/** Adds every planned chart to an opened package. */
export async function addChartParts(zip: JSZip, plan: WorkbookPlan): Promise<void> {
  if (plan.sheets.every((sheet) => sheet.charts.length === 0)) return;
  const parts = await worksheetParts(zip);
  const overrides: { part: string; type: string }[] = [];
  let drawingNumber = 0;
  let chartNumber = 0;
  const used = (path: string) => zip.file(path) !== null;
  for (const [i, sheet] of plan.sheets.entries()) {
    if (sheet.charts.length === 0) continue;
    do drawingNumber++;
    while (used(`xl/drawings/drawing${drawingNumber}.xml`));
    const drawingPart = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartTargets = chartParts(sheet, () => {
      do chartNumber++;
      while (used(`xl/charts/chart${chartNumber}.xml`));
      return chartNumber;
    });
    for (const { part, xml } of chartTargets) {
      zip.file(part, xml);
      overrides.push({ part, type: contentTypes.chart });
    }
    zip.file(drawingPart, drawingPartXml(sheet.charts));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`,
      relationshipsXml(
        chartTargets.map(({ part }, k) => ({
          id: `rId${k + 1}`,
          type: relationshipTypes.chart,
          target: `../charts/${part.split("/").pop()}`,
        })),
      ),
    );
    overrides.push({ part: drawingPart, type: contentTypes.drawing });

    const relationshipsPath = sheetRelationshipsPath(parts[i]);
    const existing = zip.file(relationshipsPath) ? await text(zip, relationshipsPath) : relationshipsXml([]);
    const taken = [...existing.matchAll(/\bId="rId(\d+)"/g)].map((match) => Number(match[1]));
    const relationshipId = `rId${Math.max(0, ...taken) + 1}`;
    const entry = `<Relationship Id="${relationshipId}" Type="${relationshipTypes.drawing}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
    zip.file(relationshipsPath, existing.replace("</Relationships>", `${entry}</Relationships>`));
    zip.file(parts[i], withDrawingElement(await text(zip, parts[i]), relationshipId));
  }
  zip.file("[Content_Types].xml", withOverrides(await text(zip, "[Content_Types].xml"), overrides));
}

function chartParts(sheet: PlannedSheet, nextNumber: () => number): { part: string; xml: string }[] {
  return sheet.charts.map((chart) => ({ part: `xl/charts/chart${nextNumber()}.xml`, xml: chartPartXml(chart, sheet.name) }));
}
