/* The German functions metadata (functions-de.json) that Excel loads in German, as Microsoft's
   "Localize custom functions" describes: the generated functions.json with each function's and
   parameter's description taken from de.json. Ids, names, parameters and options stay those of the
   generated file, so both files always describe the same functions. */
const german = require("./de.json");

function localizedMetadata(metadata, translations = german) {
  const missing = [];
  const functions = metadata.functions.map((entry) => {
    const texts = translations[entry.id];
    if (!texts) {
      missing.push(entry.id);
      return entry;
    }
    const parameters = entry.parameters.map((parameter) => {
      const description = texts.parameters && texts.parameters[parameter.name];
      if (description === undefined) missing.push(`${entry.id}(${parameter.name})`);
      return description === undefined ? parameter : { ...parameter, description };
    });
    const result = texts.result && entry.result ? { ...entry.result, description: texts.result } : entry.result;
    return { ...entry, description: texts.description, parameters, result };
  });
  return { metadata: { ...metadata, functions }, missing };
}

/* Emits functions-de.json next to the functions.json that custom-functions-metadata-plugin writes. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      const { Compilation, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return;
        const { metadata, missing } = localizedMetadata(JSON.parse(english.source.source().toString()));
        if (missing.length > 0) compilation.warnings.push(new Error(`functions-de.json: no German text for ${missing.join(", ")}`));
        compilation.emitAsset("functions-de.json", new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

module.exports = { localizedMetadata, LocalizedMetadataPlugin };
