/**
 * No internal name on a visible cell: every generated .xlsx, in German and English, is read back
 * from its XML (cell texts, cached results of formulas such as the Review sheet's links, and notes)
 * on every sheet the user sees, and no snake_case identifier (posts_fte, county_cost_share) may
 * appear. Workbook names keep their identifiers; they are not cell texts.
 */
import JSZip from "jszip";
import { layoutTemplate } from "../../src/templates/layout";
import { templates } from "../../src/templates/registry";
import { renderXlsx } from "../../src/templates/xlsxRenderer";

const snakeCase = /(?<![\p{L}\d_.#!$])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\d_(])/gu;

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const textOf = (xml: string) => unescape([...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join(""));

interface VisibleText {
  sheet: string;
  where: string;
  text: string;
}

async function visibleTexts(file: Buffer | Uint8Array | ArrayBuffer): Promise<VisibleText[]> {
  const zip = await JSZip.loadAsync(file);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const relations = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const shared = [...((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    textOf(m[1]),
  );
  const texts: VisibleText[] = [];
  for (const sheet of workbook.matchAll(/<sheet ([^>]*)\/>/g)) {
    const attributes = sheet[1];
    if (/state="(hidden|veryHidden)"/.test(attributes)) continue;
    const name = unescape(/name="([^"]*)"/.exec(attributes)![1]);
    const id = /r:id="([^"]*)"/.exec(attributes)![1];
    const target =
      new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(relations)?.[1] ??
      new RegExp(`Target="([^"]*)"[^>]*Id="${id}"`).exec(relations)![1];
    const part = `xl/${target.replace(/^\/?xl\//, "")}`;
    const xml = await zip.file(part)!.async("string");
    for (const cell of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /\bt="([^"]+)"/.exec(cell[2])?.[1];
      const inner = cell[3] ?? "";
      let text: string | null = null;
      if (type === "s") text = shared[Number(/<v>(\d+)<\/v>/.exec(inner)?.[1])] ?? null;
      else if (type === "inlineStr") text = textOf(inner);
      else if (type === "str") text = unescape(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? "");
      if (text) texts.push({ sheet: name, where: cell[1], text });
      // A formula's own texts show too (a link's words, an IF's answers); "#…" is a link's target.
      const formula = /<f[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      for (const literal of unescape(formula ?? "").matchAll(/"((?:[^"]|"")*)"/g)) {
        if (!literal[1].startsWith("#")) texts.push({ sheet: name, where: `${cell[1]} (formula)`, text: literal[1] });
      }
    }
    const sheetRelations = await zip.file(part.replace(/worksheets\/(sheet\d+\.xml)$/, "worksheets/_rels/$1.rels"))?.async("string");
    const comments = sheetRelations && /Target="([^"]*comments[^"]*)"/.exec(sheetRelations)?.[1];
    if (comments) {
      const commentsXml = await zip.file(`xl/${comments.replace(/^(\.\.\/|\/xl\/)/, "")}`)?.async("string");
      for (const comment of (commentsXml ?? "").matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)) {
        texts.push({ sheet: name, where: `note ${comment[1]}`, text: textOf(comment[2]) });
      }
    }
  }
  return texts;
}

describe.each(templates.map((template) => [template.id, template] as const))("%s", (_id, template) => {
  test.each(["de", "en"] as const)("shows no internal name in %s", async (language) => {
    const texts = await visibleTexts(await renderXlsx(layoutTemplate(template, language)));
    expect(texts.length).toBeGreaterThan(20);
    const found = texts.flatMap(({ sheet, where, text }) =>
      [...text.matchAll(snakeCase)].map((m) => `${sheet}!${where}: ${m[0]} in "${text.slice(0, 60)}"`),
    );
    expect(found).toEqual([]);
  });
});
