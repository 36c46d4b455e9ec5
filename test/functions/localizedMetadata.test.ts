/**
 * The German functions metadata (functions-de.json, loaded by German Excel through the manifest's
 * override): the same ids, names, parameters and options as the generated functions.json, with
 * every description in German.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

// CommonJS, like files.js: webpack.config.js reads the same module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionFiles } = require("../../src/functions/files.js") as { functionFiles: string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizedMetadata } = require("../../src/functions/metadata/localizedMetadata.js") as {
  localizedMetadata: (metadata: { functions: IFunction[] }) => { metadata: { functions: IFunction[] }; missing: string[] };
};

const repositoryRoot = path.join(__dirname, "..", "..");
const germanTexts = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "src/functions/metadata/de.json"), "utf8")) as Record<
  string,
  { description: string; parameters: Record<string, string> }
>;

describe("functions-de.json", () => {
  let english: IFunction[] = [];
  let german: IFunction[] = [];
  let missing: string[] = [];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(functionFiles.map((file) => path.join(repositoryRoot, file)));
    english = (JSON.parse(generated.metadataJson) as { functions: IFunction[] }).functions;
    const localized = localizedMetadata({ functions: english });
    german = localized.metadata.functions;
    missing = localized.missing;
  });

  test("has a German text for every function and parameter", () => {
    expect(missing).toEqual([]);
  });

  test("de.json names only functions and parameters that exist", () => {
    const known = new Map(english.map((entry) => [entry.id, new Set(entry.parameters.map((parameter) => parameter.name))]));
    const unknown = Object.entries(germanTexts).flatMap(([id, texts]) =>
      known.has(id)
        ? Object.keys(texts.parameters)
            .filter((name) => !known.get(id)!.has(name))
            .map((name) => `${id}(${name})`)
        : [id],
    );
    expect(unknown).toEqual([]);
  });

  test("has the same ids, names, parameters and options as functions.json", () => {
    const shape = (entries: IFunction[]) =>
      entries.map((entry) => ({
        id: entry.id,
        name: entry.name,
        options: entry.options,
        result: entry.result?.dimensionality,
        parameters: entry.parameters.map((parameter) => [parameter.name, parameter.type, parameter.dimensionality, parameter.optional]),
      }));
    expect(shape(german)).toEqual(shape(english));
  });

  test("every description differs from the English one", () => {
    const same = german.flatMap((entry, i) => {
      const original = english[i];
      const texts = [[entry.id, entry.description, original.description]];
      entry.parameters.forEach((parameter, j) =>
        texts.push([`${entry.id}(${parameter.name})`, parameter.description, original.parameters[j].description]),
      );
      return texts.filter(([, de, en]) => de === en).map(([where]) => where);
    });
    expect(same).toEqual([]);
  });
});
