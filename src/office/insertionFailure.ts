import { message, type Message, type MessageValue } from "../shared/message";
import type { InsertionFailure } from "./workbookPort";

/**
 * What a failed insertion left, as one true statement: nothing changed, or what is left and
 * where. `title` is the template's title where the pane knows it, otherwise "The template".
 */
export function insertionFailureMessage(failure: InsertionFailure, title: MessageValue = message("office.insertion.theTemplate")): Message {
  const failed = message("office.insertion.failed", { title, reason: failure.reason });
  const sheet = (name: string) => message("office.insertion.sheet", { name });
  const named = (name: string) => message("office.insertion.name", { name });
  const items = [...failure.sheets.map(sheet), ...failure.names.map(named)];
  const doubtful = [...failure.unverifiedSheets.map(sheet), ...failure.unverifiedNames.map(named)];
  const unverified = doubtful.length > 0 ? message("office.insertion.unverified", { items: doubtful }) : "";
  if (items.length === 0)
    return doubtful.length > 0
      ? message("office.insertion.restRemoved", { failed, unverified })
      : message("office.insertion.nothingChanged", { failed });
  return failure.unknown
    ? message("office.insertion.mayRemain", { failed, items, unverified })
    : message("office.insertion.remain", { failed, items, unverified });
}
