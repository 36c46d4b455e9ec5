/*
 * Organisation defaults: the example file is accepted and applied (values, ranges, grades, locks,
 * source cells naming the organisation and the date, the review rows), and every kind of bad file
 * is refused naming the file, the key and the reason, through the command line with nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRange } from "../../src/shared/addresses";
import { run } from "../../src/templates/cli";
import { layoutTemplate } from "../../src/templates/layout";
import {
  describeDefaults,
  OrganisationDefaultsError,
  readOrganisationDefaults,
  withOrganisationDefaults,
} from "../../src/templates/organisationDefaults";
import { templateById } from "../../src/templates/registry";
import { rangeValues, readWorkbookFile } from "../../src/templates/xlsxReading";

const example = join(__dirname, "..", "..", "examples", "organisation-defaults.json");
const exampleText = readFileSync(example, "utf8");

async function cli(...args: string[]) {
  const [out, err]: string[][] = [[], []];
  const log = jest.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void out.push(parts.join(" ")));
  const error = jest.spyOn(console, "error").mockImplementation((...parts: unknown[]) => void err.push(parts.join(" ")));
  try {
    return { code: await run(args), out: out.join("\n"), err: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

function refusal(text: string): OrganisationDefaultsError {
  try {
    readOrganisationDefaults(text, "vorgaben.json");
  } catch (error) {
    if (error instanceof OrganisationDefaultsError) return error;
    throw error;
  }
  throw new Error("accepted");
}

const withInput = (entry: unknown, template = "counselling-case", name = "hzp_monthly_cost") =>
  JSON.stringify({ organisation: "Kreis Beispiel", valid_from: "2027-01-01", inputs: { [template]: { [name]: entry } } });

describe("organisation defaults", () => {
  it("accepts the shape the issue names and the example file", () => {
    const issueShape = withInput({ value: 1850, low: 1500, high: 2200, source: "Haushaltsplan 2027", grade: "A", locked: true });
    expect(readOrganisationDefaults(issueShape, "a.json").inputs["counselling-case"].hzp_monthly_cost.value).toBe(1850);
    const defaults = readOrganisationDefaults(exampleText, "examples/organisation-defaults.json");
    expect(defaults.organisation).toBe("Kreis Beispiel");
    expect(describeDefaults(defaults, "de")[1]).toBe("counselling-case (Business Case Pflege- und Wohnberatung):");
    expect(describeDefaults(defaults, "de")[2]).toBe(
      "  hzp_monthly_cost = 1.850 [1.500 – 2.200] (statt 1.700; Güte A, gesperrt) – Vorgabe Kreis Beispiel, gültig ab 01.01.2027: Haushaltsplan 2027",
    );
  });

  it("puts the values, ranges, grades and the source text into the template, locks locked inputs and lists them on the review sheet", () => {
    const defaults = readOrganisationDefaults(exampleText, "x.json");
    const template = withOrganisationDefaults(templateById("counselling-case"), defaults);
    for (const language of ["de", "en"] as const) {
      const plan = layoutTemplate(template, language);
      const at = plan.nameAddresses.hzp_monthly_cost;
      const sheet = plan.sheets.find((candidate) => candidate.name === at.sheet)!;
      const row = parseRange(at.address).top;
      const cell = (column: number) => sheet.cells.find((candidate) => candidate.row === row && candidate.column === column)!;
      expect([2, 3, 4, 6].map((column) => cell(column).content)).toEqual([1850, 1500, 2200, "A"]);
      expect(cell(7).content).toBe(
        language === "de"
          ? "Vorgabe Kreis Beispiel, gültig ab 01.01.2027: Haushaltsplan 2027"
          : "Default of Kreis Beispiel, valid from 1 January 2027: Haushaltsplan 2027",
      );
      expect([cell(2).locked, cell(3).locked, cell(4).locked]).toEqual([true, true, true]);
      // Not locked: the share, which users may change.
      const share = plan.nameAddresses.hzp_share;
      expect(sheet.cells.find((candidate) => candidate.row === parseRange(share.address).top && candidate.column === 2)!.locked).toBe(
        false,
      );
      const review = plan.sheets.find((candidate) => candidate.name === (language === "de" ? "Prüfung" : "Review"))!;
      const formulas = review.cells.map((candidate) => String(candidate.content));
      const hzp = "hzp_monthly_cost";
      expect(formulas).toContain(
        language === "de" ? `=IF(${hzp}=1850,"ok","gesperrt – geändert")` : `=IF(${hzp}=1850,"pass","locked – changed")`,
      );
      const shareReference = "hzp_share";
      expect(formulas).toContain(
        language === "de" ? `=IF(${shareReference}=0.41,"ok","abweichend")` : `=IF(${shareReference}=0.41,"pass","differs")`,
      );
      expect(formulas).toContain("=1850");
      expect(formulas).toContain(`=${hzp}`);
      const marker = plan.sheets[plan.sheets.length - 1];
      expect(marker.cells.filter((candidate) => candidate.column === 8).map((candidate) => candidate.content)).toEqual([
        "Kreis Beispiel",
        "2027-01-01",
      ]);
    }
  });

  it("lists the defaults on the Review sheet of the cost of doing nothing too", () => {
    const defaults = readOrganisationDefaults(exampleText, "x.json");
    const plan = layoutTemplate(withOrganisationDefaults(templateById("inaction-projection"), defaults), "de");
    expect(plan.sheets.some((candidate) => candidate.name === "Vorgaben")).toBe(false);
    const sheet = plan.sheets.find((candidate) => candidate.name === "Prüfung")!;
    expect(sheet.cells.map((cell) => cell.content)).toContain("=0.41");
  });

  it.each([
    [
      "an unknown input name",
      withInput({ value: 1 }, "counselling-case", "hzp_monthy_cost"),
      "inputs.counselling-case.hzp_monthy_cost",
      "hat keine Eingabe dieses Namens",
      "has no input of this name",
    ],
    [
      "an unknown template",
      withInput({ value: 1 }, "counseling-case"),
      "inputs.counseling-case",
      "Diese Vorlage gibt es nicht",
      "There is no such template",
    ],
    [
      "a value outside the validation",
      withInput({ value: 25000, high: 30000 }),
      "inputs.counselling-case.hzp_monthly_cost.value",
      "25.000 liegt außerhalb des zulässigen Bereichs von 0 bis 20.000.",
      "25,000 is outside the allowed range from 0 to 20,000.",
    ],
    [
      "a value outside the built-in range without its own",
      withInput({ value: 2600 }),
      "inputs.counselling-case.hzp_monthly_cost.value",
      "2.600 liegt über dem hohen Wert 2.500 der eingebauten Spanne; bitte auch „high“ angeben.",
      "2,600 is above the high value 2,500 of the built-in range; please give 'high' too.",
    ],
    [
      "a wrong type",
      withInput({ value: "1850" }),
      "inputs.counselling-case.hzp_monthly_cost.value",
      "Hier muss eine Zahl (ohne Anführungszeichen, Dezimalpunkt) stehen.",
      "This must be a number (without quotes, decimal point).",
    ],
    [
      "an unknown field",
      withInput({ value: 1850, lokced: true }),
      "inputs.counselling-case.hzp_monthly_cost.lokced",
      "Dieses Feld kennt das Add-in nicht",
      "The add-in does not know this field",
    ],
    [
      "a wrong grade",
      withInput({ value: 1850, grade: "E" }),
      "inputs.counselling-case.hzp_monthly_cost.grade",
      "Die Güte ist A, B, C oder D.",
      "The grade is A, B, C or D.",
    ],
    [
      "a missing organisation",
      JSON.stringify({ valid_from: "2027-01-01", inputs: {} }),
      "organisation",
      "Dieser Eintrag fehlt.",
      "This entry is missing.",
    ],
    [
      "a date that is no date",
      JSON.stringify({ organisation: "K", valid_from: "2027-13-01", inputs: {} }),
      "valid_from",
      "2027-13-01 ist kein Kalenderdatum.",
      "2027-13-01 is not a calendar date.",
    ],
  ])("refuses %s, naming the key and the reason", (_what, text, key, de, en) => {
    const error = refusal(text);
    expect(error.key).toBe(key);
    expect(error.text("de")).toContain(`vorgaben.json, Schlüssel „${key}“: `);
    expect(error.text("de")).toContain(de);
    expect(error.text("en")).toContain(`vorgaben.json, key '${key}': `);
    expect(error.text("en")).toContain(en);
  });

  it("refuses broken JSON with its line and column", () => {
    const error = refusal('{\n  "organisation": "Kreis Beispiel",\n  "valid_from": "2027-01-01"\n  "inputs": {}\n}');
    expect(error.text("de")).toMatch(/^vorgaben\.json: Kein gültiges JSON in Zeile 4, Spalte 3/);
    expect(error.text("en")).toMatch(/^vorgaben\.json: Not valid JSON at line 4, column 3/);
  });

  describe("through the command line", () => {
    jest.setTimeout(120_000);

    it("writes the template with the defaults and prints what a file would apply", async () => {
      const dir = mkdtempSync(join(tmpdir(), "pd-defaults-"));
      const out = join(dir, "fall.xlsx");
      expect(
        (await cli("template", "counselling-case", "--lang", "de", "--iterations", "100", "--defaults", example, "--out", out)).code,
      ).toBe(0);
      const file = await readWorkbookFile(new Uint8Array(readFileSync(out)));
      const reference = parseRange(file.names.get("hzp_monthly_cost")!);
      const row = await rangeValues(file, reference.sheet!, `B${reference.top}:G${reference.top}`);
      expect(row[0]).toEqual([1850, 1500, 2200, "EUR/Monat", "A", "Vorgabe Kreis Beispiel, gültig ab 01.01.2027: Haushaltsplan 2027"]);
      const check = await cli("defaults", "check", example);
      expect(check.code).toBe(0);
      expect(check.out).toContain("examples/organisation-defaults.json: defaults of Kreis Beispiel, valid from 1 January 2027");
      expect(check.out).toContain(
        "  coordination_cost = 12,000 (instead of 15,000; grade A) – Default of Kreis Beispiel, valid from 1 January 2027: Haushaltsplan 2027, Produkt 31.50",
      );
    });

    it.each([
      ["broken JSON", "{ nicht json"],
      ["an unknown input", withInput({ value: 1 }, "counselling-case", "no_such_input")],
    ])("refuses %s (exit 2) and writes nothing", async (_what, text) => {
      const dir = mkdtempSync(join(tmpdir(), "pd-defaults-"));
      writeFileSync(join(dir, "vorgaben.json"), text);
      const result = await cli("template", "counselling-case", "--defaults", join(dir, "vorgaben.json"), "--out", join(dir, "fall.xlsx"));
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${join(dir, "vorgaben.json")}`);
      expect(result.err).toContain("nichts wurde eingefügt oder geschrieben");
      expect(result.err).toContain("nothing was inserted or written");
      expect(existsSync(join(dir, "fall.xlsx"))).toBe(false);
    });

    it("refuses a defaults file of 50 MB before reading it", async () => {
      const dir = mkdtempSync(join(tmpdir(), "pd-defaults-"));
      writeFileSync(join(dir, "gross.json"), Buffer.alloc(50 * 2 ** 20, 32));
      const result = await cli("all", "--defaults", join(dir, "gross.json"), "--out", join(dir, "out"));
      expect(result.code).toBe(2);
      expect(result.err).toContain("Die Datei ist 50,0 MB groß; Vorgaben dürfen höchstens 1 MB groß sein.");
      expect(result.err).toContain("The file is 50.0 MB; defaults may be at most 1 MB.");
      expect(existsSync(join(dir, "out"))).toBe(false);
    });
  });

  it("the compiled validator is the one the schema gives, and the example's schema is the add-in's", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validatorSource } = require("../../scripts/organisationDefaultsValidator.js");
    expect(readFileSync(join(__dirname, "..", "..", "src", "templates", "organisationDefaultsValidator.js"), "utf8")).toBe(
      validatorSource(),
    );
    expect(readFileSync(join(__dirname, "..", "..", "examples", "organisation-defaults.schema.json"), "utf8")).toBe(
      readFileSync(join(__dirname, "..", "..", "src", "templates", "organisationDefaults.schema.json"), "utf8"),
    );
  });
});
