import { omissions, type InsertionReport } from "../../office/workbookPort";
import type { Strings } from "../strings";

/** What the insertion left out on this host, each with why, in the pane's language. */
export function omittedLines(report: InsertionReport, text: Strings): string[] {
  return report.omitted.map((omitted) => {
    const key = (Object.keys(omissions) as (keyof typeof omissions)[]).find((candidate) => omissions[candidate] === omitted);
    return key ? text.omitted[key] : omitted;
  });
}
