import { invalidValue } from "./errors";
import type { MessageValue } from "../shared/message";

/** Checks shared by engine functions; each names the argument in its message. */

export function requireFinite(value: number, argument: MessageValue): number {
  if (!Number.isFinite(value)) throw invalidValue("engine.notFinite", { argument, value });
  return value;
}

export function requireConfidence(confidence: number, argument: MessageValue = "confidence"): number {
  requireFinite(confidence, argument);
  if (!(confidence > 0 && confidence < 1)) {
    throw invalidValue("engine.confidence", { argument, value: confidence });
  }
  return confidence;
}

export function requireRate(value: number, argument: MessageValue): number {
  requireFinite(value, argument);
  if (value < 0 || value > 1) throw invalidValue("engine.rate", { argument, value });
  return value;
}

export function requireCount(value: number, argument: MessageValue): number {
  requireFinite(value, argument);
  if (value < 0 || !Number.isInteger(value)) {
    throw invalidValue("engine.count", { argument, value });
  }
  return value;
}

export function requireNonNegative(value: number, argument: MessageValue): number {
  requireFinite(value, argument);
  if (value < 0) throw invalidValue("engine.negative", { argument, value });
  return value;
}
