/**
 * The catalogue of outputs (src/functions/outputs.ts) is the one list of each statistics
 * function's keys: the README and the functions' own documentation (which becomes Excel's
 * tooltip through functions.json) must name the same keys in the same order.
 */
import * as fs from "fs";
import * as path from "path";
import { outputCatalogues, outputKeys, type OutputCatalogue } from "../../src/functions/outputs";

const root = path.resolve(__dirname, "../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const functionSources = fs
  .readdirSync(path.join(root, "src/functions"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => fs.readFileSync(path.join(root, "src/functions", file), "utf8"))
  .join("\n");

/** The README's signature of the function, e.g. "PREVENT.WEIGHTS(group, covariates)". */
function readmeSignature(catalogue: OutputCatalogue): string {
  const start = readme.indexOf(`${catalogue.functionName}(`);
  expect(start).toBeGreaterThanOrEqual(0);
  return readme.slice(start, readme.indexOf(")", start) + 1);
}

/** Whether the function takes an `output` argument (its README signature ends in "[output]"). */
function takesOutput(catalogue: OutputCatalogue): boolean {
  return /\[output\]\)$/.test(readmeSignature(catalogue));
}

/** The backticked keys after "Keys:" in the README paragraph or table row that introduces the function. */
function readmeKeys(catalogue: OutputCatalogue): string[] {
  const start = readme.indexOf(`${catalogue.functionName}(`);
  expect(start).toBeGreaterThanOrEqual(0);
  const tail = readme.slice(readme.indexOf("Keys:", start));
  // The list ends at the first full stop, semicolon or table cell border after a key.
  const list = tail.slice(0, tail.search(/`\s*[.;|]/) + 1);
  return [...list.matchAll(/`([a-z_0-9]+)`/g)].map((match) => match[1]);
}

/** The keys listed in the JSDoc `@param [output]` of the function with this Excel id. */
function documentedKeys(catalogue: OutputCatalogue): string[] {
  const id = catalogue.functionName.replace(/^PREVENT\./, "");
  const block = new RegExp(`@customfunction ${id.replace(".", "\\.")}\\n[\\s\\S]*?@param \\[output\\] ([^\\n]*)`).exec(functionSources);
  expect(block).not.toBeNull();
  return [...block![1].matchAll(/\b([a-z][a-z0-9]*(?:_[a-z0-9]+)*)\b/g)]
    .map((match) => match[1])
    .filter((word) => outputKeys(catalogue).includes(word) || word.includes("_"));
}

describe.each(outputCatalogues.map((catalogue) => [catalogue.functionName, catalogue] as const))("%s", (_name, catalogue) => {
  it("has distinct keys, each with two labels and a number format", () => {
    const keys = outputKeys(catalogue);
    expect(new Set(keys).size).toBe(keys.length);
    for (const output of catalogue.outputs) expect(output.numberFormat).toMatch(/\S/);
  });

  it("is listed with the same keys in the README", () => {
    if (takesOutput(catalogue)) expect(readmeKeys(catalogue)).toEqual(outputKeys(catalogue));
    else {
      // Without an output argument the function returns one thing, and its README row lists no keys.
      expect(outputKeys(catalogue)).toHaveLength(1);
      const start = readme.indexOf(`${catalogue.functionName}(`);
      expect(readme.slice(start, readme.indexOf("\n", start))).not.toMatch(/Keys:/);
    }
  });

  it("is documented with the same keys in the function's output parameter, or has none where the README shows none", () => {
    if (takesOutput(catalogue)) expect(documentedKeys(catalogue)).toEqual(outputKeys(catalogue));
    else {
      const id = catalogue.functionName.replace(/^PREVENT\./, "");
      const block = new RegExp(`@customfunction ${id.replace(".", "\\.")}\\n[\\s\\S]*?\\*/`).exec(functionSources);
      expect(block).not.toBeNull();
      expect(block![0]).not.toMatch(/@param \[output\]/);
    }
  });
});
