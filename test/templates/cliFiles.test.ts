/* The command line against what a file system holds besides regular files: devices, named pipes, links, folders, leftovers. */
import { spawnSync } from "child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { templates } from "../../src/templates/registry";

const bin = join(__dirname, "..", "..", "bin", "prevention-dividend.js");
const volunteerCsv = "activity,volunteers,hours_per_week,weeks_per_year\nVisits,18,2.5,46\n";

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 90_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pd-files-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function fifo(path: string): void {
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
}

/** A process id that has just ended. */
function endedPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("--out names only regular files", () => {
  jest.setTimeout(120_000);

  it.each(["en", "de"] as const)("refuses a named pipe, even with --force, and leaves it as it is (exit 3, %s)", (lang) => {
    const dir = folder();
    fifo(join(dir, "pipe.xlsx"));
    const result = cli(dir, "template", "volunteer-hours", "--lang", lang, "--out", "pipe.xlsx", "--force");
    expect(result.code).toBe(3);
    expect(result.err.trim()).toBe(
      lang === "en"
        ? "pipe.xlsx is a named pipe (FIFO), not a regular file; only regular files are written or replaced, also with --force. Choose another name. Nothing was written."
        : "pipe.xlsx ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; geschrieben oder ersetzt werden nur gewöhnliche Dateien, auch mit --force. Wählen Sie einen anderen Namen. Es wurde nichts geschrieben.",
    );
    expect(lstatSync(join(dir, "pipe.xlsx")).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["pipe.xlsx"]);
  });

  it("refuses a symbolic link to a device and /dev/null itself, with --force, leaving both", () => {
    const dir = folder();
    symlinkSync("/dev/null", join(dir, "null.xlsx"));
    const linked = cli(dir, "template", "volunteer-hours", "--out", "null.xlsx", "--force");
    expect(linked.code).toBe(3);
    expect(linked.err).toMatch(/^null\.xlsx is a symbolic link, not a regular file/);
    expect(lstatSync(join(dir, "null.xlsx")).isSymbolicLink()).toBe(true);
    const device = cli(dir, "template", "volunteer-hours", "--out", "/dev/null", "--force");
    expect(device.code).toBe(3);
    expect(device.err).toMatch(/^\/dev\/null is a device, not a regular file/);
    expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writes a valid name of 250 bytes: the temporary name is short", () => {
    const dir = folder();
    const name = `${"ä".repeat(120)}12345.xlsx`;
    expect(Buffer.byteLength(name)).toBe(250);
    const result = cli(dir, "template", "volunteer-hours", "--out", name);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, name)).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(readdirSync(dir)).toEqual([name]);
  });

  it("removes temporary files left by killed runs, and keeps one of a process still running", () => {
    const dead = endedPid();
    const dir = folder({
      [`.v.xlsx.${dead}.tmp`]: "half a file",
      [`.prevention-dividend.${dead}.tmp`]: "half a file",
      [`.prevention-dividend.${process.pid}.tmp`]: "still being written",
      "notes.tmp": "my notes",
    });
    expect(cli(dir, "template", "volunteer-hours", "--out", "v.xlsx").code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`.prevention-dividend.${process.pid}.tmp`, "notes.tmp", "v.xlsx"].sort());
    expect(readFileSync(join(dir, "notes.tmp"), "utf8")).toBe("my notes");
  });
});

describe("--data counts bytes and names folders", () => {
  jest.setTimeout(120_000);

  it.each(["en", "de"] as const)("stops reading /dev/zero after 64 MB (exit 2, %s)", (lang) => {
    const dir = folder();
    const result = cli(dir, "template", "volunteer-hours", "--lang", lang, "--out", "v.xlsx", "--data", "/dev/zero");
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe(
      lang === "en"
        ? "/dev/zero: the file is larger than 64 MB, the largest supported size (at most 200,000 rows); it was not read beyond 64 MB\nNothing was written."
        : "/dev/zero: Die Datei ist größer als 64 MB, die größte unterstützte Größe (höchstens 200.000 Zeilen); sie wurde nach 64 MB nicht weiter gelesen.\nEs wurde nichts geschrieben.",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(["en", "de"] as const)("answers a folder with exit 2 and a message, not exit 4 and EISDIR (%s)", (lang) => {
    const dir = folder();
    mkdirSync(join(dir, "data"));
    const result = cli(dir, "template", "volunteer-hours", "--lang", lang, "--out", "v.xlsx", "--data", "data");
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe(
      lang === "en"
        ? "data is a folder, not a CSV file. Give a file with --data.\nNothing was written."
        : "data ist ein Ordner, keine CSV-Datei. Geben Sie bei --data eine Datei an.\nEs wurde nichts geschrieben.",
    );
    expect(readdirSync(dir)).toEqual(["data"]);
  });

  it("still reads a file given through a symbolic link", () => {
    const dir = folder({ "log.csv": volunteerCsv });
    symlinkSync(join(dir, "log.csv"), join(dir, "link.csv"));
    expect(cli(dir, "template", "volunteer-hours", "--out", "v.xlsx", "--data", "link.csv").code).toBe(0);
  });
});

describe("all --out DIR", () => {
  jest.setTimeout(300_000);

  it("checks every name first: three existing files stop it before any is written (exit 3), and all three are named", () => {
    const dir = folder();
    const out = join(dir, "templates");
    mkdirSync(out);
    const existing = ["group-comparison-de.xlsx", "placement-cohort-en.xlsx", "volunteer-hours-de.xlsx"];
    for (const name of existing) writeFileSync(join(out, name), `mine: ${name}`);
    const result = cli(dir, "all", "--out", "templates");
    expect(result.code).toBe(3);
    for (const name of existing) expect(result.err).toContain(join("templates", name));
    expect(result.err).toMatch(/^These files exist already .*use --force to replace them: .*Nothing was written\.$/m);
    expect(readdirSync(out).sort()).toEqual(existing);
    for (const name of existing) expect(readFileSync(join(out, name), "utf8")).toBe(`mine: ${name}`);
    const german = cli(dir, "all", "--lang", "de", "--out", "templates");
    expect(german.err).toMatch(/^Diese Dateien gibt es schon .*ersetzen Sie sie mit --force: .*Es wurde nichts geschrieben\.$/m);
  });

  it("with --force writes every file it can and names the one it cannot (a named pipe), exit 3", () => {
    const dir = folder();
    const out = join(dir, "templates");
    mkdirSync(out);
    fifo(join(out, "placement-cohort-de.xlsx"));
    const result = cli(dir, "all", "--out", "templates", "--force");
    expect(result.code).toBe(3);
    // Every template in German and English, but the one file that is a pipe.
    const files = templates.length * 2;
    expect(result.err).toMatch(
      new RegExp(`^${files - 1} of ${files} files written; not written:\ntemplates/placement-cohort-de\\.xlsx is a named pipe \\(FIFO\\)`),
    );
    expect(result.out.trim().split("\n")).toHaveLength(files - 1);
    expect(lstatSync(join(out, "placement-cohort-de.xlsx")).isFIFO()).toBe(true);
    expect(readdirSync(out).filter((name) => existsSync(join(out, name)) && lstatSync(join(out, name)).isFile())).toHaveLength(files - 1);
  });
});

describe("data the workbook cannot hold stop the command line (exit 2, nothing written)", () => {
  jest.setTimeout(120_000);
  const cohortHeader = "id,group,start,care_home_entry,follow_up_end\n";

  it("a date before 1 March 1900 (German messages with --lang de)", () => {
    const dir = folder({ "cohort.csv": `${cohortHeader}T1,treated,2022-01-09,,2025-12-31\nT2,control,1899-12-31,,2025-12-31\n` });
    const result = cli(dir, "template", "placement-cohort", "--lang", "de", "--out", "c.xlsx", "--data", "cohort.csv");
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe(
      "cohort.csv, Zeile 3, Spalte „start“: 1899-12-31 liegt vor dem 1. März 1900, dem ersten Datum, das die Tabelle aufnehmen kann (Excel zählt davor einen 29. Februar 1900, den es nicht gab). Bitte prüfen Sie das Datum.\nEs wurde nichts geschrieben.",
    );
    expect(readdirSync(dir)).toEqual(["cohort.csv"]);
  });

  it("a UTF-8 file with one Windows-1252 line", () => {
    const dir = folder();
    const bytes = Buffer.concat([
      Buffer.from(`${volunteerCsv}Besuchsdienst Müller,12,3,46\n`, "utf8"),
      Buffer.from("Café Straße,4,2,46\n", "latin1"),
    ]);
    writeFileSync(join(dir, "log.csv"), bytes);
    const result = cli(dir, "template", "volunteer-hours", "--out", "v.xlsx", "--data", "log.csv");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^log\.csv, line 4: the file mixes two encodings: line 3 is UTF-8, line 4 is not/);
    expect(readdirSync(dir)).toEqual(["log.csv"]);
  });

  it("a field of 40,000 characters (German)", () => {
    const dir = folder({ "log.csv": `${volunteerCsv}${"x".repeat(40_000)},4,2,46\n` });
    const result = cli(dir, "template", "volunteer-hours", "--lang", "de", "--out", "v.xlsx", "--data", "log.csv");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^log\.csv, Zeile 3, Spalte „activity“: Das Feld hat 40\.000 Zeichen; eine Excel-Zelle fasst höchstens 32\.767\./,
    );
    expect(readdirSync(dir)).toEqual(["log.csv"]);
  });

  it("an .xlsx handed over as CSV", () => {
    const dir = folder();
    expect(cli(dir, "template", "volunteer-hours", "--out", "v.xlsx").code).toBe(0);
    const result = cli(dir, "template", "volunteer-hours", "--out", "w.xlsx", "--data", "v.xlsx");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^v\.xlsx: this is a workbook, not a CSV file: open it in Excel and save it as CSV/);
    expect(readdirSync(dir)).toEqual(["v.xlsx"]);
  });
});
