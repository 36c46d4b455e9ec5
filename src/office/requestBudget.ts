/**
 * Keeps each Office.js request under Excel's payload limit. Excel on the web refuses a request or
 * an answer over 5 MB with RequestPayloadSizeLimitExceeded or ResponsePayloadSizeLimitExceeded
 * ("Excel on the web has a payload size limit for requests and responses of 5MB": Resource limits
 * and performance optimization for Office Add-ins, section "Excel add-ins"; the error codes:
 * Error handling with the application-specific JavaScript APIs, "only in Excel on the web").
 * What makes a request large, by the same documentation (Performance optimization using the
 * Excel JavaScript API, "Payload size limit best practices"): the number of API calls, the number
 * of objects such as Range, and the length of the values set. Its advice: split the writes and
 * call context.sync() for each part.
 *
 * The estimate here: the UTF-8 length of the JSON of the values written (a 2-D array travels as
 * its JSON), plus `operationBytes` for each call. The budget is well below the limit because the
 * estimate leaves out the request's own envelope and the exact encoding of each call; at 2 MB a
 * request may be more than twice as large as estimated before Excel refuses it, while a sheet of
 * 10,000 rows × 30 formulas still needs only a handful of requests.
 */

/** Most estimated bytes one request carries. */
export const requestBudgetBytes = 2_000_000;

/**
 * Estimated bytes of one call (a Range and a property set) apart from its values. Microsoft's
 * example of a request too large is 10,000 single-cell writes, each with a value of one character
 * (the same "Payload size limit best practices" section): about 500 bytes each to reach 5 MB.
 */
export const operationBytes = 500;

/** Bytes of a text in UTF-8, as it travels. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one character of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value's JSON in UTF-8 (an undefined value travels as null). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "null");
}

/** Part of a batch of writes: its estimated bytes and what it queues on the request context. */
export interface RequestStep {
  bytes: number;
  queue: () => void;
}

/**
 * Writes of many rows (or many notes) that may be cut anywhere between rows: `queueRows(first,
 * last)` queues rows `first` to `last` (0-based, inclusive), which take `fixedBytes` plus their
 * `rowBytes` together.
 */
export interface RowsStep {
  fixedBytes: number;
  rowBytes: readonly number[];
  queueRows: (first: number, last: number) => void;
}

/**
 * A block written from its top-left cell as parallel 2-D arrays (e.g. formulas and number
 * formats) with `calls` calls a part: a part's bytes are exactly the JSON of its rows of every
 * array, plus the calls.
 */
export function blockRows(
  arrays: readonly (readonly unknown[][])[],
  calls: number,
  queueRows: (first: number, last: number) => void,
): RowsStep {
  const rows = arrays[0]?.length ?? 0;
  // Each row: its JSON and the comma after it; each array: its brackets, less the last comma.
  const rowBytes = Array.from({ length: rows }, (_, r) => arrays.reduce((sum, array) => sum + jsonBytes(array[r]) + 1, 0));
  return { fixedBytes: arrays.length + calls * operationBytes, rowBytes, queueRows };
}

/**
 * The steps in their order, grouped into requests of at most `budget` estimated bytes each; rows
 * steps are cut to fill each request. A step or a single row larger than the budget goes alone
 * into a request: it cannot be cut here, and the host decides whether it passes.
 */
export function requests(steps: readonly (RequestStep | RowsStep)[], budget: number = requestBudgetBytes): RequestStep[][] {
  if (!(budget > 0)) throw new RangeError(`budget must be a positive number of bytes, got ${budget}`);
  const grouped: RequestStep[][] = [];
  let current: RequestStep[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) grouped.push(current);
    current = [];
    used = 0;
  };
  const add = (step: RequestStep) => {
    current.push(step);
    used += step.bytes;
  };
  for (const step of steps) {
    if (!("rowBytes" in step)) {
      if (used + step.bytes > budget) close();
      add(step);
      continue;
    }
    let first = 0;
    while (first < step.rowBytes.length) {
      let last = first - 1;
      let bytes = step.fixedBytes;
      while (last + 1 < step.rowBytes.length && used + bytes + step.rowBytes[last + 1] <= budget) bytes += step.rowBytes[++last];
      if (last < first) {
        if (current.length > 0) {
          close();
          continue;
        }
        bytes += step.rowBytes[++last];
      }
      const [from, to] = [first, last];
      add({ bytes, queue: () => step.queueRows(from, to) });
      first = last + 1;
      if (first < step.rowBytes.length) close();
    }
  }
  close();
  return grouped;
}
