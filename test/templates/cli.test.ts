/* The command line as a user runs it: `node bin/prevention-dividend.js …` in a folder of their own. */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { temporaryName, writeReplacing } from "../../src/templates/cli";
import { readWorkbookFile } from "../../src/templates/xlsxReading";

const bin = join(__dirname, "..", "..", "bin", "prevention-dividend.js");
const volunteerCsv = "activity,volunteers,hours_per_week,weeks_per_year\nVisits,18,2.5,46\n";

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pd-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const isZip = (file: string) => readFileSync(file).subarray(0, 2).toString("latin1") === "PK";

describe("prevention-dividend (command line)", () => {
  jest.setTimeout(120_000);

  it("--help lists the options and the exit codes", () => {
    const { code, out } = cli(folder(), "--help");
    expect(code).toBe(0);
    expect(out).toMatch(/--force/);
    expect(out).toMatch(/exit codes:\n\s+0 {2}written/);
  });

  it("writes a new file and refuses to replace it without --force (exit 3, old file kept)", () => {
    const dir = folder({ "log.csv": volunteerCsv, "old.xlsx": "my own workbook" });
    const written = cli(dir, "template", "volunteer-hours", "--out", "new.xlsx", "--data", "log.csv");
    expect(written.code).toBe(0);
    expect(written.out).toBe("log.csv: 1 row, UTF-8, separated by ','\nnew.xlsx\n");
    expect(isZip(join(dir, "new.xlsx"))).toBe(true);
    const refused = cli(dir, "template", "volunteer-hours", "--out", "old.xlsx", "--data", "log.csv");
    expect(refused.code).toBe(3);
    expect(refused.err).toMatch(/old\.xlsx exists; use --force/);
    expect(readFileSync(join(dir, "old.xlsx"), "utf8")).toBe("my own workbook");
    expect(cli(dir, "template", "volunteer-hours", "--out", "old.xlsx", "--data", "log.csv", "--force").code).toBe(0);
    expect(isZip(join(dir, "old.xlsx"))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["log.csv", "new.xlsx", "old.xlsx"]);
  });

  it("refuses an output that is the data file, even with --force and another spelling of the path", () => {
    const dir = folder({ "log.csv": volunteerCsv });
    const result = cli(dir, "template", "volunteer-hours", "--out", "./sub/../log.csv", "--data", "log.csv", "--force");
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/is the data file/);
    expect(readFileSync(join(dir, "log.csv"), "utf8")).toBe(volunteerCsv);
  });

  it("stops on --data without a value (exit 1) instead of writing the built-in example", () => {
    const dir = folder();
    const result = cli(dir, "template", "volunteer-hours", "--out", "v.xlsx", "--data");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--data/);
    expect(existsSync(join(dir, "v.xlsx"))).toBe(false);
  });

  it("stops on bad data with file, line, column (exit 2) and writes nothing", () => {
    const dir = folder({ "log.csv": `${volunteerCsv}Shopping,9,200,48\n` });
    const result = cli(dir, "template", "volunteer-hours", "--out", "v.xlsx", "--data", "log.csv");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/log\.csv, line 3, column 'hours_per_week': 200 is outside 0–168/);
    expect(readdirSync(dir)).toEqual(["log.csv"]);
  });

  it("keeps the old file when the new one cannot be written", () => {
    const dir = folder({ "v.xlsx": "previous version" });
    // The temporary name is taken by a folder, so writing the new file fails.
    mkdirSync(temporaryName(join(dir, "v.xlsx")));
    expect(() => writeReplacing(join(dir, "v.xlsx"), new Uint8Array([1, 2, 3]), true)).toThrow(
      /v\.xlsx: could not be written .*nothing was changed/,
    );
    expect(readFileSync(join(dir, "v.xlsx"), "utf8")).toBe("previous version");
  });

  it("rejects an unknown option or template with exit 1", () => {
    expect(cli(folder(), "template", "volunteer-hours", "--out", "v.xlsx", "--overwrite").code).toBe(1);
    expect(cli(folder(), "template", "no-such-template", "--out", "v.xlsx").code).toBe(1);
  });

  it("--iterations sets the Monte Carlo sheet's rows and refuses a count outside 100 to 10,000 (exit 1, nothing written)", async () => {
    const dir = folder();
    expect(cli(dir, "template", "counselling-case", "--out", "c.xlsx", "--iterations", "10000").code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "c.xlsx"));
    const sheet = workbook.getWorksheet("Monte Carlo")!;
    let header = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(1).value === "Iteration") header = number;
    });
    // Iterations 1 … 10,000 numbered in column A below their header, and no row beyond.
    expect(header).toBeGreaterThan(0);
    expect(sheet.getCell(header + 1, 1).value).toBe("1");
    expect(sheet.getCell(header + 10000, 1).value).toBe("10000");
    expect(sheet.getCell(header + 10001, 1).value).toBeNull();
    for (const wrong of ["12000", "99", "2e3", "zehn"]) {
      const refused = cli(dir, "template", "counselling-case", "--out", `w${wrong}.xlsx`, "--iterations", wrong);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^--iterations: /);
      expect(existsSync(join(dir, `w${wrong}.xlsx`))).toBe(false);
    }
    expect(cli(dir, "template", "counselling-case", "--out", "w.xlsx", "--iterations", "12000").err).toMatch(
      /a whole number from 100 to 10,000, not 12,000/,
    );
    expect(cli(dir, "template", "volunteer-hours", "--out", "v.xlsx", "--iterations", "500").err).toMatch(
      /template volunteer-hours has no setting 'iterations'/,
    );
  });

  it("--with puts another template into the same workbook: a business case with a cohort takes the cohort's evidence", async () => {
    const dir = folder();
    expect(cli(dir, "template", "counselling-case", "--lang", "de", "--with", "placement-cohort", "--out", "c.xlsx").code).toBe(0);
    const file = await readWorkbookFile(readFileSync(join(dir, "c.xlsx")));
    // The cohort comes second: its sheets and names carry the suffix of a second insertion.
    expect(file.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Evidenz", "Kohorte (2)", "Auswertung (2)", "PreventionDividend (2)"]),
    );
    expect(file.names.has("rmst_difference_2")).toBe(true);
    const where = file.names.get("evidence_source")!;
    const cells = await file.cells("Evidenz");
    expect(cells.get(where.split("!")[1].replace(/\$/g, ""))?.value).toBe("vom Kohortenblatt");
    const refused = cli(dir, "template", "counselling-case", "--with", "no-such-template", "--out", "w.xlsx");
    expect([refused.code, refused.err.split("\n")[0]]).toEqual([1, "--with: no template 'no-such-template'"]);
    expect(existsSync(join(dir, "w.xlsx"))).toBe(false);
  });

  it("--map names the file's own columns and codes of a German file", async () => {
    const own = "Fallnummer;Status;Datum Beratung;Einzug;Ende\nF1;B;09.01.2022;;31.12.2025\nF2;K;09.01.2022;04.12.2023;31.12.2025\n";
    const dir = folder({ "eigene.csv": own });
    const columns = [
      "--map",
      "id=Fallnummer",
      "--map",
      "Gruppe=Status",
      "--map",
      "start=Datum Beratung",
      "--map",
      "Heimaufnahme=Einzug",
      "--map",
      "Ende der Beobachtung=Ende",
    ];
    const unmapped = cli(dir, "template", "placement-cohort", "--lang", "de", "--out", "k.xlsx", "--data", "eigene.csv", ...columns);
    expect(unmapped.code).toBe(2);
    expect(unmapped.err).toMatch(/^eigene\.csv, Zeile 2, Spalte „Status“: „B“ ist keiner der Werte gefördert oder Vergleich/);
    const mapped = cli(
      dir,
      ...["template", "placement-cohort", "--lang", "de", "--out", "k.xlsx", "--data", "eigene.csv", ...columns],
      ...["--map", "group.treated=B", "--map", "group.control=K"],
    );
    expect(mapped.code).toBe(0);
    // exceljs cannot read back the tables it writes: the sheet's texts are looked for in the file's XML.
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "k.xlsx")));
    const texts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    // The German sheet shows the codes in German: B is served (gefördert), K the comparison group.
    for (const shown of ["F1", "F2", "gefördert", "Vergleich"]) expect(texts.join("\n")).toContain(`>${shown}<`);
    expect(texts.join("\n")).not.toContain(">treated<");
    const wrong = cli(dir, "template", "placement-cohort", "--out", "x.xlsx", "--data", "eigene.csv", "--map", "Postleitzahl=PLZ");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^--map 'Postleitzahl=PLZ': the template has no column 'Postleitzahl'/);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
