/**
 * Command line: `template <id> --lang de|en --out FILE [--data CSV]` writes one template;
 * `all --out DIR` writes every template in German and English.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { DataFileError, readTemplateData } from "./data";
import { layoutTemplate } from "./layout";
import type { Language, TemplateData } from "./model";
import { templateById, templates } from "./registry";
import { renderXlsx } from "./xlsxRenderer";

const usage = `usage:
  prevention-dividend template <id> --lang de|en --out FILE [--data CSV]
  prevention-dividend all --out DIR
templates: ${templates.map((template) => template.id).join(", ")}`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function language(value: string | undefined): Language {
  if (value === undefined) return "en";
  if (value !== "de" && value !== "en") throw new Error(`--lang: '${value}' is not de or en`);
  return value;
}

export async function run(args: string[]): Promise<number> {
  const [command, id] = args;
  if (command === "all") {
    const out = option(args, "--out") ?? "dist/templates";
    mkdirSync(out, { recursive: true });
    for (const template of templates) {
      for (const lang of ["de", "en"] as const) {
        const file = join(out, `${template.id}-${lang}.xlsx`);
        writeFileSync(file, await renderXlsx(layoutTemplate(template, lang)));
        console.log(file);
      }
    }
    return 0;
  }
  if (command === "template" && id) {
    const out = option(args, "--out");
    if (!out) throw new Error("--out FILE is required");
    const template = templateById(id);
    const dataFile = option(args, "--data");
    let data: TemplateData | undefined;
    if (dataFile) data = readTemplateData(template, readFileSync(dataFile, "utf8"), dataFile);
    const bytes = await renderXlsx(layoutTemplate(template, language(option(args, "--lang")), data));
    writeFileSync(out, bytes);
    console.log(out);
    return 0;
  }
  console.error(usage);
  return 2;
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof DataFileError || error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
