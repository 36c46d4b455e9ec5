/**
 * The official manifest validator calls an online service, so the structure that matters for
 * loading the add-in is checked here offline.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";

const root = path.resolve(__dirname, "..", "..");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: () => false });
const manifest = parser.parse(manifestText).OfficeApp;

/** Every element (depth first) with its attributes, for searching by attribute. */
function elements(node: unknown, name = "", found: { name: string; node: Record<string, unknown> }[] = []) {
  if (Array.isArray(node)) node.forEach((child) => elements(child, name, found));
  else if (node && typeof node === "object") {
    found.push({ name, node: node as Record<string, unknown> });
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("@")) elements(child, key, found);
  }
  return found;
}

const all = elements(manifest);
const resources = manifest.VersionOverrides.Resources;
type Resource = Record<string, string>;
const asList = (value: Resource | Resource[]): Resource[] => (Array.isArray(value) ? value : [value]);
const resourceIds = new Map<string, string>();
for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  const entries = Object.values(resources[group] as Record<string, Resource | Resource[]>).flatMap(asList);
  for (const entry of entries) resourceIds.set(entry["@id"], entry["@DefaultValue"]);
}

describe("manifest.xml", () => {
  test("is a task pane add-in for workbooks that reads and writes the document", () => {
    expect(manifest["@type"]).toBe("TaskPaneApp");
    expect(manifest.Hosts.Host["@Name"]).toBe("Workbook");
    expect(manifest.Permissions).toBe("ReadWriteDocument");
    expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test("asks for the shared runtime 1.1 and runs the pane and functions in one long-lived page", () => {
    expect(manifest.Requirements.Sets.Set).toMatchObject({ "@Name": "SharedRuntime", "@MinVersion": "1.1" });
    const host = manifest.VersionOverrides.Hosts.Host;
    expect(host.Runtimes.Runtime).toMatchObject({ "@resid": "Taskpane.Url", "@lifetime": "long" });
    const functions = host.AllFormFactors.ExtensionPoint;
    expect(functions["@type"]).toBe("CustomFunctions");
    expect(functions.Page.SourceLocation["@resid"]).toBe("Taskpane.Url");
    expect(resourceIds.get(functions.Script.SourceLocation["@resid"])).toBe("https://localhost:3000/functions.js");
    expect(resourceIds.get(functions.Metadata.SourceLocation["@resid"])).toBe("https://localhost:3000/functions.json");
    expect(resourceIds.get(functions.Namespace["@resid"])).toBe("PREVENT");
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe("Taskpane.Url");
  });

  test("puts a button on the Home tab that opens the task pane", () => {
    const tab = manifest.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab["@id"]).toBe("TabHome");
    const button = tab.Group.Control;
    expect(button["@type"]).toBe("Button");
    expect(button.Action["@type"]).toBe("ShowTaskpane");
    expect(resourceIds.get(button.Action.SourceLocation["@resid"])).toBe("https://localhost:3000/taskpane.html");
  });

  test("every resource id that is referenced exists, and every defined id is used", () => {
    const referenced = new Set(all.map(({ node }) => node["@resid"]).filter((id): id is string => typeof id === "string"));
    for (const id of referenced) expect(resourceIds.has(id) ? id : `missing ${id}`).toBe(id);
    for (const id of resourceIds.keys()) expect(referenced.has(id) ? id : `unused ${id}`).toBe(id);
  });

  test("every URL is on https://localhost:3000 and every icon file exists in assets/", () => {
    const urls = [...manifestText.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
    for (const url of urls.filter((candidate) => candidate.includes("/assets/"))) {
      const file = path.join(root, "assets", path.basename(new URL(url).pathname));
      expect(fs.existsSync(file) ? file : `missing ${file}`).toBe(file);
    }
  });

  test("office-addin-manifest info reads it offline", () => {
    const cli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");
    const output = execFileSync(process.execPath, [cli, "info", path.join(root, "manifest.xml")], { encoding: "utf8" });
    expect(output).toContain("Name: Prevention Dividend");
    expect(output).toContain("Permissions: ReadWriteDocument");
  });
});
