/**
 * `consolidate FILE… --out FILE` with a reading made up here: files that cannot be opened or
 * read are listed on stderr with the reason, in the language of --lang, and the others are
 * consolidated; with none read nothing is written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { run } from "../../src/templates/cli";
import type { ReadConsolidation } from "../../src/templates/consolidation/consolidate";
import { keyResultNames, type KeyResults } from "../../src/templates/consolidation/municipalities";
import { message } from "../../src/shared/message";

const results = Object.fromEntries(keyResultNames.map((name) => [name, 1000])) as KeyResults;

/** Reads "good" files (any bytes) as a municipality and refuses the others as another template. */
const reading: ReadConsolidation = async (files) => ({
  read: files
    .filter((file) => file.name.startsWith("good"))
    .map((file, i) => ({
      file: file.name,
      templateVersion: "2.1.0",
      inputs: {},
      firstBudgetYear: 2026,
      recomputed: results,
      shown: results,
      evidence: { eventsTreated: 5 + i, nTreated: 100, eventsControl: 12, nControl: 100 },
      findings: i === 0 ? [message("county.folder")] : [],
    })),
  notRead: files
    .filter((file) => !file.name.startsWith("good"))
    .map((file) => ({ file: file.name, reason: message("county.missingFile") })),
});

async function consolidateIn(folder: string, ...args: string[]) {
  const errors: string[] = [];
  const output: string[] = [];
  const error = jest.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void output.push(line));
  try {
    const code = await run(["consolidate", ...args.map((arg) => (arg.endsWith(".xlsx") ? join(folder, arg) : arg))], reading);
    return { code, errors, output };
  } finally {
    error.mockRestore();
    log.mockRestore();
  }
}

function folderWith(...names: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), "pd-consolidate-"));
  for (const name of names) writeFileSync(join(folder, name), "bytes");
  return folder;
}

test("files not read are listed with the reason, in German with --lang de; the others are consolidated", async () => {
  const folder = folderWith("good-a.xlsx", "good-b.xlsx", "other.xlsx");
  mkdirSync(join(folder, "folder.xlsx"));
  const { code, errors, output } = await consolidateIn(
    folder,
    "good-a.xlsx",
    "missing.xlsx",
    "folder.xlsx",
    "other.xlsx",
    "good-b.xlsx",
    "--out",
    "county.xlsx",
    "--lang",
    "de",
  );
  expect(code).toBe(0);
  expect(errors).toEqual([
    "missing.xlsx: nicht gelesen – Diese Datei gibt es nicht.",
    "folder.xlsx: nicht gelesen – Das ist ein Ordner, keine Arbeitsmappe.",
    "other.xlsx: nicht gelesen – Diese Datei gibt es nicht.",
    "good-a.xlsx: zu prüfen – Das ist ein Ordner, keine Arbeitsmappe.",
  ]);
  expect(output).toEqual([`${join(folder, "county.xlsx")}: 2 Kommunen zusammengeführt, 3 Dateien nicht gelesen.`]);
  const zip = await JSZip.loadAsync(readFileSync(join(folder, "county.xlsx")));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbook).toContain('name="Kommunen"');
});

test("with no file read, nothing is written and the exit code is 2", async () => {
  const folder = folderWith("other.xlsx");
  const { code, errors } = await consolidateIn(folder, "other.xlsx", "missing.xlsx", "--out", "county.xlsx");
  expect(code).toBe(2);
  expect(errors).toEqual([
    "other.xlsx: not read – there is no such file.",
    "missing.xlsx: not read – there is no such file.",
    "None of the 2 files could be read; nothing was written.",
  ]);
  expect(existsSync(join(folder, "county.xlsx"))).toBe(false);
});

test("without files, or with --out one of them, it is refused", async () => {
  const folder = folderWith("good-a.xlsx");
  expect((await consolidateIn(folder, "--out", "county.xlsx")).code).toBe(1);
  const same = await consolidateIn(folder, "good-a.xlsx", "--out", "good-a.xlsx");
  expect(same.code).toBe(3);
  expect(same.errors.join("\n")).toContain("is one of the workbooks to read");
  expect(readFileSync(join(folder, "good-a.xlsx"), "utf8")).toBe("bytes");
});
