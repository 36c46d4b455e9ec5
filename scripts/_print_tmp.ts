import { writeFileSync } from "fs";
import { execFileSync } from "child_process";
import { counsellingCase } from "../src/templates/definitions/counsellingCase";
import { layoutTemplate } from "../src/templates/layout";
import { renderXlsx } from "../src/templates/xlsxRenderer";
import { convertToPdf } from "../test/templates/libreoffice";
(async () => {
  const language = (process.argv[2] ?? "de") as "de" | "en";
  const orientation = (process.argv[3] ?? "portrait") as "portrait" | "landscape";
  const plan = layoutTemplate(counsellingCase, language);
  for (const s of plan.sheets) if (s.print && ["Evidenz", "Sensitivität", "Prüfung", "Evidence", "Sensitivity", "Review"].includes(s.name)) Object.assign(s.print, { fitToHeight: 1, orientation });
  const file = `/tmp/ev/fit-${language}.xlsx`;
  writeFileSync(file, await renderXlsx(plan));
  const [pdf] = convertToPdf([file], "/tmp/ev");
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const h = html.split("<page").slice(1).map((page) => { const m = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/.exec(page)!; return Number(m[2]) - Number(m[1]); });
  const full = Math.max(...h);
  console.log(h.length, h.map((x) => (x / full).toFixed(2)).join(" "));
})();
