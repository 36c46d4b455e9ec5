import { cellAddress, parseRange, quotedSheet } from "../shared/addresses";
import { readCellAddressesFrom } from "./cells";

/**
 * Sheet addresses of a function's range arguments for its messages. Functions tagged
 * `@requiresParameterAddresses` (CustomFunctionsRuntime 1.3: Excel 2021, Microsoft 365, Excel on
 * the web) get `invocation.parameterAddresses`, one address per argument in order; a position in a
 * message then names the cell ("Zelle Kohorte!G15 (Zeile 14 von treated)"). Where the host gives
 * no addresses (older hosts, a constant array, the tests), positions name the row in the range.
 */

interface RangeStart {
  sheet: string | null;
  top: number;
  left: number;
}

function rangeStart(address: string | undefined): RangeStart | null {
  if (typeof address !== "string" || address === "") return null;
  try {
    const parsed = parseRange(address);
    return { sheet: parsed.sheet, top: parsed.top, left: parsed.left };
  } catch {
    return null;
  }
}

/** Runs `compute` with the addresses of the arguments named `names` (in the function's parameter order). */
export function withParameterAddresses<T>(
  invocation: CustomFunctions.Invocation | undefined,
  names: readonly string[],
  compute: () => T,
): T {
  const addresses = invocation?.parameterAddresses;
  if (!Array.isArray(addresses)) return compute();
  const starts = new Map<string, RangeStart>();
  names.forEach((name, i) => {
    const start = rangeStart(addresses[i]);
    if (start) starts.set(name, start);
  });
  readCellAddressesFrom((argument, row, column) => {
    const start = starts.get(argument);
    if (!start) return undefined;
    const cell = cellAddress(start.top + row, start.left + column);
    return start.sheet === null ? cell : `${quotedSheet(start.sheet)}!${cell}`;
  });
  try {
    return compute();
  } finally {
    readCellAddressesFrom(() => undefined);
  }
}
