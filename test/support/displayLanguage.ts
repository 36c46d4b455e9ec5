/** Runs `run` as if Office's display language were `language` (e.g. "de-DE"), then removes the stand-in. */
export function withDisplayLanguage<T>(language: string, run: () => T): T {
  const global = globalThis as Record<string, unknown>;
  global.Office = { context: { displayLanguage: language } };
  try {
    return run();
  } finally {
    delete global.Office;
  }
}
