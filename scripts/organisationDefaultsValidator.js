/**
 * Writes src/templates/organisationDefaultsValidator.js: the schema of organisation defaults
 * compiled by ajv into plain code once, so that the task pane checks a file without compiling
 * code at run time (its Content-Security-Policy allows no eval). Run after changing the schema:
 *   node scripts/organisationDefaultsValidator.js
 * A test fails while the written file differs from what this script writes.
 */
const { writeFileSync } = require("fs");
const { join } = require("path");
const Ajv = require("ajv");
const standaloneCode = require("ajv/dist/standalone").default;

function validatorSource() {
  const schema = require("../src/templates/organisationDefaults.schema.json");
  const ajv = new Ajv({ code: { source: true, esm: false, lines: true }, allErrors: false, strict: true });
  const header =
    "// Written by scripts/organisationDefaultsValidator.js from organisationDefaults.schema.json; do not edit.\n/* eslint-disable */\n";
  return header + standaloneCode(ajv, ajv.compile(schema));
}

module.exports = { validatorSource };

if (require.main === module) {
  const target = join(__dirname, "..", "src", "templates", "organisationDefaultsValidator.js");
  writeFileSync(target, validatorSource());
  console.log(target);
}
