/* npm start: builds the add-in, serves it over HTTPS on https://localhost:3000 and, where Excel
   desktop exists (Windows, macOS), sideloads it. Elsewhere it prints how to sideload into Excel
   on the web. It never fails for lack of Excel. */
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

/* The manifest names https://localhost:3000. PREVENT_PORT serves elsewhere (the end-to-end test
   uses it when 3000 is taken); Excel then needs a manifest that names that port. */
const port = Number(process.env.PREVENT_PORT || 3000);
const host = "127.0.0.1";
const root = path.resolve(__dirname, "..");

/** Trusted development certificates where office-addin-dev-certs can install its CA; otherwise a self-signed one. */
async function httpsOptions() {
  if (process.env.PREVENT_SELF_SIGNED === "1") return null;
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`Could not install trusted development certificates (${error.message}).`);
    console.warn(`Serving with a self-signed certificate: open https://localhost:${port}/taskpane.html once and accept it.`);
    return null;
  }
}

function printWebSideloading() {
  console.log(`
Excel desktop is not available on ${os.platform()}. To use the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web).
  2. Home > Add-ins > More Settings > Upload My Add-in.
  3. Choose ${path.join(root, "manifest.xml")} and upload it.
  4. The Prevention Dividend button appears on the Home tab; type =PREVENT. in a cell for the functions.
The browser must trust https://localhost:${port} (open it once and accept the certificate if needed).`);
}

/* office-addin-dev-settings is pinned in package.json (an optional dependency: npm ci leaves it
   out where its keytar cannot be installed): the start runs the copy npm ci installed from the
   lock file and downloads nothing. */
const devSettingsCli = path.join(root, "node_modules", "office-addin-dev-settings", "cli.js");

function sideloadIntoDesktop() {
  if (!fs.existsSync(devSettingsCli)) {
    console.warn(`office-addin-dev-settings is not installed (${devSettingsCli}); run npm ci, or load manifest.xml by hand.`);
    printWebSideloading();
    return;
  }
  console.log("Sideloading into Excel desktop ...");
  const child = spawn(process.execPath, [devSettingsCli, "sideload", path.join(root, "manifest.xml"), "desktop"], { stdio: "inherit" });
  child.on("exit", (code) => {
    if (code !== 0) {
      console.warn("Sideloading did not succeed; load manifest.xml by hand (see README, 'Sideloading').");
      printWebSideloading();
    }
  });
}

/** Stops with a plain message when another program already listens on the port. */
function requireFreePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error.code !== "EADDRINUSE") return reject(error);
      reject(
        new Error(
          `Port ${port} on ${host} is in use by another program. Stop it, or serve elsewhere with PREVENT_PORT=<port> npm start (Excel then needs a manifest that names that port).`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(resolve));
  });
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PREVENT_PORT must be a port number, not '${process.env.PREVENT_PORT}'.`);
  await requireFreePort();
  const certificates = await httpsOptions();
  const config = { ...makeConfig({}, { mode: "development" }), stats: "errors-warnings" };
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      host,
      server: certificates ? { type: "https", options: certificates } : { type: "https" },
    },
    webpack(config),
  );
  await server.start();
  console.log(`
Prevention Dividend is served at https://localhost:${port}/taskpane.html
  Task pane in preview mode (plain browser, in-memory workbook): https://localhost:${port}/taskpane.html
  Custom functions metadata: https://localhost:${port}/functions.json
Stop with Ctrl+C.`);
  if (os.platform() === "win32" || os.platform() === "darwin") sideloadIntoDesktop();
  else printWebSideloading();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
