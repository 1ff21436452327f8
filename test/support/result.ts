// Unwraps an engine result in tests: the value, or a failure that names the error code.
import type { Result } from "../../src/engine/errors.ts";

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The reply of a turn that must have succeeded. */
export function stateOf<T extends { state: unknown }>(result: Result<T>): T["state"] {
  return value(result).state;
}
