/**
 * No user-facing text outside the catalogue: read from the source's syntax tree,
 * - engine errors are raised with a catalogue code (invalidValue/notEnoughData("engine.…", …)),
 * - thrown or constructed errors carry no finished sentence, except invariants of the code itself
 *   (a template definition that cannot be laid out, never shown to a user),
 * - the engine, the function adapters and the shared layer hold no prose outside `{ de, en }`,
 * - the pane's components show no text of their own (JSX text), only what strings.ts gives them.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { catalogue } from "../../src/shared/catalogue";

const source = path.resolve(__dirname, "../../src");

/** Errors that report a mistake in the add-in's own definitions, not in the user's data. */
const codeInvariants = [
  "taskpane/index.tsx",
  "taskpane/services.ts",
  "templates/chartLayout.ts",
  "templates/formulaPlaceholders.ts",
  "templates/layout.ts",
  "templates/numberFormats.ts",
  "templates/publishedNames.ts",
  "templates/scenarioLayout.ts",
  "templates/tableLayout.ts",
  "templates/xlsxCharts.ts",
  "templates/xlsxTableBodies.ts",
  "templates/definitions/counsellingScenario.ts",
  "templates/definitions/monteCarloRows.ts",
  "templates/definitions/sensitivityRows.ts",
  "office/requestBudget.ts",
  "templates/organisationDefaults.ts",
];

/** Proper names that are the same in every language (German legal titles of the minimum wage). */
const properNames = ["engine/minimumWage.ts"];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

const files = sourceFiles(source)
  .map((file) => ({ file, relative: path.relative(source, file).split(path.sep).join("/") }))
  .filter(({ relative }) => !relative.startsWith("shared/catalogue/"));

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, kind);
}

function isText(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

function walk(visit: (node: ts.Node, sourceFile: ts.SourceFile, relative: string) => Finding | null, skip: string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const { file, relative } of files) {
    if (skip.includes(relative)) continue;
    const sourceFile = parse(file);
    const step = (node: ts.Node) => {
      const found = visit(node, sourceFile, relative);
      if (found) findings.push(found);
      ts.forEachChild(node, step);
    };
    step(sourceFile);
  }
  return findings;
}

function finding(node: ts.Node, sourceFile: ts.SourceFile, relative: string): Finding {
  return { file: relative, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText().slice(0, 80) };
}

const shown = (findings: Finding[]) => findings.map(({ file, line, text }) => `${file}:${line} ${text}`);

describe("texts a user can see come from the catalogue", () => {
  test("engine errors are raised with a catalogue code", () => {
    const found = walk((node, sourceFile, relative) => {
      if (!ts.isCallExpression(node) || !["invalidValue", "notEnoughData"].includes(node.expression.getText())) return null;
      const [first] = node.arguments;
      if (!first) return null;
      const isKey = (node: ts.Expression): boolean =>
        (ts.isStringLiteral(node) && node.text in catalogue) ||
        (ts.isConditionalExpression(node) && isKey(node.whenTrue) && isKey(node.whenFalse));
      const coded = isKey(first);
      return coded ? null : finding(node, sourceFile, relative);
    });
    expect(shown(found)).toEqual([]);
  });

  test("no error is thrown or built with a finished sentence", () => {
    const found = walk((node, sourceFile, relative) => {
      if (!ts.isNewExpression(node) || !/Error$/.test(node.expression.getText())) return null;
      const [first] = node.arguments ?? [];
      // Coded errors may take a kind before their code (InputError's problem); any catalogue code among the arguments counts.
      const coded = (node.arguments ?? []).some((argument) => ts.isStringLiteral(argument) && argument.text in catalogue);
      return first && isText(first) && !coded ? finding(node, sourceFile, relative) : null;
    }, codeInvariants);
    expect(shown(found)).toEqual([]);
  });

  test("the engine, the function adapters and the shared layer hold no prose outside a { de, en } text", () => {
    const found = walk((node, sourceFile, relative) => {
      if (!/^(engine|functions|shared)\//.test(relative) || !isText(node)) return null;
      const parent = node.parent;
      if (ts.isPropertyAssignment(parent) && ["de", "en"].includes(parent.name.getText())) return null;
      if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return null;
      const words = node.getText().replace(/\$\{[^}]*\}/g, " ");
      return /\p{L}{2,} \p{L}{2,}/u.test(words) ? finding(node, sourceFile, relative) : null;
    }, properNames);
    expect(shown(found)).toEqual([]);
  });

  test("the pane's components show no text of their own", () => {
    const found = walk((node, sourceFile, relative) =>
      ts.isJsxText(node) && /\p{L}{2}/u.test(node.getText()) ? finding(node, sourceFile, relative) : null,
    );
    expect(shown(found)).toEqual([]);
  });

  test("the lists of exceptions name files that exist", () => {
    const existing = new Set(files.map(({ relative }) => relative));
    expect([...codeInvariants, ...properNames].filter((file) => !existing.has(file))).toEqual([]);
  });
});
