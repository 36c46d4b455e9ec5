/**
 * The layer rule of the source tree, read from its import statements. From the bottom up:
 * shared words → engine → functions → templates → office → task pane. A module may import its own
 * layer and the layers below it, never one above, and no chain of imports may lead back to where
 * it started. The engine and the shared words stay free of Office.js, the DOM and React.
 */
import * as fs from "fs";
import * as path from "path";

const source = path.resolve(__dirname, "../../src");
const layers = ["shared", "engine", "functions", "templates", "office", "taskpane"] as const;
type Layer = (typeof layers)[number];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every module named in an import or export … from, or in a dynamic import(). */
function importedSpecifiers(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|(?:^|\n)\s*import\s+"([^"]+)"|import\(\s*(?:\/\*[^*]*\*\/\s*)?"([^"]+)"\s*\)/g;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? match[3]);
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.js`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (!found) throw new Error(`${path.relative(source, from)} imports ${specifier}, which does not exist`);
  return found;
}

function layerOf(file: string): Layer | null {
  const top = path.relative(source, file).split(path.sep)[0];
  return (layers as readonly string[]).includes(top) ? (top as Layer) : null;
}

const files = sourceFiles(source);
const graph = new Map(files.map((file) => [file, importedSpecifiers(file)]));

describe("layers of src/", () => {
  it("puts every source file in a known layer", () => {
    expect(files.filter((file) => layerOf(file) === null).map((file) => path.relative(source, file))).toEqual([]);
  });

  it("imports only from the same layer or a lower one", () => {
    const upward: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        const target = resolveModule(file, specifier);
        if (!target || !target.startsWith(source)) continue;
        const from = layers.indexOf(layerOf(file)!);
        const to = layers.indexOf(layerOf(target)!);
        if (to > from) upward.push(`${path.relative(source, file)} → ${path.relative(source, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no circle of imports", () => {
    const circles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const trail: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        circles.push([...trail.slice(trail.indexOf(file)), file].map((entry) => path.relative(source, entry)).join(" → "));
        return;
      }
      state.set(file, "visiting");
      trail.push(file);
      for (const specifier of graph.get(file) ?? []) {
        const target = resolveModule(file, specifier);
        if (target && graph.has(target)) visit(target);
      }
      trail.pop();
      state.set(file, "done");
    };
    files.forEach(visit);
    expect(circles).toEqual([]);
  });

  it("keeps the engine and the shared words free of Office.js, the DOM and React", () => {
    const hostWords = /\b(Office|Excel|CustomFunctions|document|window|navigator)\.|from "react|from "@fluentui/;
    const offending = files
      .filter((file) => layerOf(file) === "engine" || layerOf(file) === "shared")
      .filter((file) => hostWords.test(fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "")))
      .map((file) => path.relative(source, file));
    expect(offending).toEqual([]);
  });
});
