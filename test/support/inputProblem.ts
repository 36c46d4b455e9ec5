import { InputError } from "../../src/engine/errors";

/** Runs engine code that must reject its input; returns the kind of problem and the message. */
export function problemOf(run: () => unknown): { problem: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error("expected an InputError, but nothing was thrown");
}
