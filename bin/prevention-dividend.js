#!/usr/bin/env node
// Runs the TypeScript command line (src/templates/cli.ts) through tsx.
require("tsx/cjs");
const { run } = require("../src/templates/cli.ts");

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error && error.message ? error.message : String(error));
    process.exit(4);
  },
);
