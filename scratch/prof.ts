import { readFileSync, readdirSync } from "fs";
import JSZip from "jszip";
import { readWorkbookFile } from "../src/templates/xlsxReading";
import { counsellingCase } from "../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../src/templates/layout";
import { withSettings } from "../src/templates/settings";
import { renderXlsx } from "../src/templates/xlsxRenderer";
import { writeFileSync, existsSync } from "fs";
(async () => {
  const p = "/tmp/rtest/big.xlsx";
  if (!existsSync(p)) writeFileSync(p, await renderXlsx(layoutTemplate(withSettings(counsellingCase, { iterations: 10000 }), "de")));
  const bytes = new Uint8Array(readFileSync(p));
  let t = Date.now();
  const zip = await JSZip.loadAsync(bytes);
  console.log("load", Date.now() - t);
  for (const name of Object.keys(zip.files).filter(n => n.includes("worksheets/sheet"))) {
    t = Date.now(); const s = await zip.file(name)!.async("string"); console.log(name, s.length, Date.now() - t);
  }
  t = Date.now();
  const f = await readWorkbookFile(bytes); console.log("readWorkbookFile", Date.now() - t);
  for (const s of f.sheets) { t = Date.now(); const c = await f.cells(s.name); console.log(s.name, c.size, Date.now() - t); }
})();
