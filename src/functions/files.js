/* The source files that hold custom functions: every .ts file in src/functions with an
   @customfunction tag. custom-functions-metadata reads exactly these to write functions.json,
   and they are the entry of the functions bundle. */
const fs = require("fs");
const path = require("path");

const folder = path.join(__dirname);
const functionFiles = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .filter((file) => fs.readFileSync(path.join(folder, file), "utf8").includes("@customfunction"))
  .sort()
  .map((file) => path.join("src", "functions", file));

module.exports = { functionFiles };
