import fc from "fast-check";

/**
 * What Excel (desktop or web) can hand a custom function, and some things it should not: numbers
 * of every size, 0, blanks (null, ""), text, booleans, NaN and ±Infinity.
 */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom<unknown>(0, 1, -1, 0.5, 2, 12, 2025, 44743, null, "", NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, 1e-300),
  fc.constantFrom<unknown>(true, false, "ja", "MINWAGE", "pert", "2022-07-01", " bcr ", "npv"),
  fc.string({ maxLength: 6 }),
);

/**
 * Mostly plausible numbers (rates, small counts, amounts) with an arbitrary cell one time in
 * seven, so that calls with several arguments reach both the result and the error paths.
 */
export const likelyCell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 120 }), weight: 3 },
  { arbitrary: anyCell, weight: 1 },
);

const rectangle = (cell: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, columns]) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

/** A rectangular range of cells (1–6 rows, 1–4 columns), or a lone value where a range was expected. */
export const anyRange: fc.Arbitrary<unknown> = fc.oneof(rectangle(anyCell), anyCell);

/** A row or a column of mostly plausible cells, now and then anything else. */
export const likelyRange: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.array(likelyCell, { minLength: 1, maxLength: 8 }).map((cells) => [cells]), weight: 2 },
  { arbitrary: fc.array(likelyCell, { minLength: 1, maxLength: 8 }).map((cells) => cells.map((cell) => [cell])), weight: 2 },
  { arbitrary: anyRange, weight: 1 },
);

/** A range of plain numbers, for checks of the arithmetic on valid input. */
export const numberRange = (min: number, max: number, length: { min: number; max: number }) =>
  fc.array(fc.double({ min, max, noNaN: true }), { minLength: length.min, maxLength: length.max });

/**
 * Runs a custom function on arbitrary input: it must return a valid result or throw a
 * CustomFunctions.Error with code #VALUE! or #N/A and a message; anything else fails.
 */
export function returnsResultOrExcelError<T>(run: () => T, isValid: (result: T) => boolean): boolean {
  let result: T;
  try {
    result = run();
  } catch (error) {
    const excel = error as { code?: unknown; message?: unknown };
    const ok =
      error instanceof CustomFunctions.Error &&
      (excel.code === "#VALUE!" || excel.code === "#N/A") &&
      typeof excel.message === "string" &&
      excel.message.length > 0;
    if (!ok) throw new Error(`unexpected failure: ${String(error)}`);
    return true;
  }
  if (!isValid(result)) throw new Error(`invalid result: ${JSON.stringify(result)}`);
  return true;
}

export const isFiniteNumber = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value);

/** A spill: a non-empty rectangle of finite numbers and texts (labels or "" for an empty cell). */
export function isSpill(result: unknown): boolean {
  if (!Array.isArray(result) || result.length === 0) return false;
  const width = Array.isArray(result[0]) ? result[0].length : 0;
  if (width === 0) return false;
  return result.every(
    (row) => Array.isArray(row) && row.length === width && row.every((cell) => typeof cell === "string" || isFiniteNumber(cell)),
  );
}
