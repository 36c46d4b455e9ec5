/**
 * @jest-environment node
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const source = readFileSync(join(__dirname, "../../src/taskpane/support.js"), "utf8");

/** The page's body as taskpane.html has it, with the script run after a change to the window. */
function pane(change: (window: Record<string, unknown>) => void = () => undefined): string {
  const dom = new JSDOM('<!doctype html><html><body><div id="root">Loading …</div></body></html>', { runScripts: "outside-only" });
  change(dom.window as unknown as Record<string, unknown>);
  dom.window.eval(source);
  return dom.window.document.getElementById("root")!.textContent!;
}

describe("the webview check before the bundles", () => {
  it("parses as ECMAScript 5, so that the oldest webviews run it", () => {
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
    // The bundles' own syntax does not: a class with a static block.
    expect(() => parse("class A { static { } }", { ecmaVersion: 5 })).toThrow();
  });

  it("leaves the pane alone where the engine has what the bundles need", () => {
    expect(pane((window) => (window.structuredClone = () => undefined))).toBe("Loading …");
  });

  it("says in German and English that the webview is too old where lookbehind is missing", () => {
    const text = pane((window) => {
      window.structuredClone = () => undefined;
      const Native = window.RegExp as RegExpConstructor;
      // An engine before lookbehind: the pattern "(?<=a)b" is a syntax error there.
      window.RegExp = function (pattern: string) {
        if (pattern.includes("(?<")) throw new SyntaxError("Invalid group");
        return new Native(pattern);
      };
    });
    expect(text).toMatch(/^Dieses Excel kann das Add-in nicht anzeigen/);
    expect(text).toMatch(/This Excel cannot show the add-in: its web view is too old/);
  });

  it("says so too where structuredClone is missing (engines before class static blocks)", () => {
    expect(pane((window) => delete window.structuredClone)).toMatch(/This Excel cannot show the add-in/);
  });
});
