/* Builds two entries that share nothing: the custom functions and the task pane. Both are
   loaded by one page (taskpane.html), the shared runtime named in manifest.xml. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionFiles } = require("./src/functions/files.js");
const { LocalizedMetadataPlugin } = require("./src/functions/metadata/localizedMetadata.js");

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    // Never an eval-based devtool: the page's Content-Security-Policy (no 'unsafe-eval') would block
    // every module, in development exactly as in production.
    devtool: "source-map",
    entry: {
      functions: ["./src/office/functionsRuntime.ts", ...functionFiles.map((file) => "./" + file.split(path.sep).join("/"))],
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      // --env outputPath=… lets the browser tests build elsewhere than the dist/ a developer serves.
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: { keep: /^templates\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      alias: { "@stdlib/assert-has-generator-support$": path.resolve(__dirname, "build/generatorSupport.js") },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.csv$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { officeJs: officeJsCdn },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // Not bundled: it must parse in engines the bundles do not (src/taskpane/support.js).
          { from: "src/taskpane/support.js", to: "support.js" },
          // The neutral defaults file (no inputs: the built-in values), which an administrator replaces.
          { from: "deploy/organisation-defaults.json", to: "organisation-defaults.json" },
          // Local copy for the preview mode and the browser tests, which run without internet.
          { from: "node_modules/@microsoft/office-js/dist/office.js", to: "office-js/office.js" },
          { from: "node_modules/@microsoft/office-js/dist/o15apptofilemappingtable.js", to: "office-js/o15apptofilemappingtable.js" },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      // Loopback only: the add-in is served to this machine's Excel, not to the network.
      host: "127.0.0.1",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      hot: false,
      liveReload: false,
      client: false,
      ...(env.devServer || {}),
    },
  };
};
