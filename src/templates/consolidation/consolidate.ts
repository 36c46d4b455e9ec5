/**
 * `prevention-dividend consolidate FILE… --out FILE`: reads the municipalities' business cases,
 * lists on stderr each file not read (with the reason) and what a reviewer should look at, and
 * writes the consolidation workbook from the others. The reading itself is given (the same one
 * the pane uses), so that this step can be run on workbooks made up in a test.
 */
import { lstatSync, readFileSync } from "fs";
import { basename } from "path";
import { message, render, type Message } from "../../shared/message";
import { consolidation as consolidationTemplate } from "../definitions/consolidation";
import { layoutTemplate } from "../layout";
import type { Language } from "../model";
import type { OrganisationDefaults } from "../organisationDefaults";
import { renderXlsx } from "../xlsxRenderer";
import type { Consolidation, UnreadWorkbook } from "./municipalities";
import { inputLabels } from "./reading";
import { consolidationData } from "./tableRows";

/** A chosen file: its name (no folder) and its bytes. */
export interface WorkbookFile {
  name: string;
  bytes: Uint8Array;
}

export type ReadConsolidation = (files: WorkbookFile[], defaults?: OrganisationDefaults) => Promise<Consolidation>;

/** The consolidation workbook's bytes in one language. */
export async function consolidationWorkbook(consolidation: Consolidation, language: Language): Promise<Uint8Array> {
  return renderXlsx(layoutTemplate(consolidationTemplate, language, consolidationData(consolidation), undefined, { compactTables: true }));
}

/** The files on disk: those that cannot be opened are not read, with the reason. */
export function openFiles(paths: string[]): { files: WorkbookFile[]; notOpened: UnreadWorkbook[] } {
  const files: WorkbookFile[] = [];
  const notOpened: UnreadWorkbook[] = [];
  for (const path of paths) {
    const file = basename(path);
    let reason: Message | undefined;
    try {
      if (lstatSync(path).isDirectory()) reason = message("county.folder");
      else files.push({ name: file, bytes: new Uint8Array(readFileSync(path)) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      reason = code === "ENOENT" ? message("county.missingFile") : message("county.unreadableFile", { detail: code ?? String(error) });
    }
    if (reason) notOpened.push({ file, reason });
  }
  return { files, notOpened };
}

/** What stderr lists: each file not read with its reason, then each finding of the files read. */
export function consolidationReport(consolidation: Consolidation, language: Language): string[] {
  return [
    ...consolidation.notRead.map((unread) =>
      render(message("county.notRead", { file: unread.file, reason: unread.reason }), language, inputLabels),
    ),
    ...consolidation.read.flatMap((workbook) =>
      workbook.findings.map((finding) => render(message("county.finding", { file: workbook.file, finding }), language, inputLabels)),
    ),
  ];
}

export interface ConsolidateOutcome {
  /** The workbook's bytes; none when no file could be read. */
  bytes?: Uint8Array;
  consolidation: Consolidation;
  /** Lines for stderr. */
  report: string[];
}

/** Reads the files that could be opened and builds the consolidation workbook from those read. */
export async function consolidate(
  paths: string[],
  read: ReadConsolidation,
  language: Language,
  defaults?: OrganisationDefaults,
): Promise<ConsolidateOutcome> {
  const { files, notOpened } = openFiles(paths);
  const readFiles = files.length > 0 ? await read(files, defaults) : { read: [], notRead: [] };
  // Listed in the order given on the command line.
  const order = paths.map((path) => basename(path));
  const notRead = [...notOpened, ...readFiles.notRead].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
  const consolidation: Consolidation = { read: readFiles.read, notRead };
  const report = consolidationReport(consolidation, language);
  if (consolidation.read.length === 0)
    return { consolidation, report: [...report, render(message("county.noneRead", { files: paths.length }), language)] };
  return { bytes: await consolidationWorkbook(consolidation, language), consolidation, report };
}
