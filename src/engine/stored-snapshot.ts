// How a conversation's flow snapshot is kept in `conversations.snapshot`: only the state value and
// the context (all a flow snapshot is rebuilt from, step.ts), coded with the phrase table
// (phrase-code.ts). Rows stored as XState's whole persisted form in plain JSON read back the same.
import { packJson, unpackJson } from "./phrase-code.ts";

export function storeSnapshot(persisted: unknown): string {
  if (
    typeof persisted !== "object" ||
    persisted === null ||
    !("value" in persisted) ||
    !("context" in persisted)
  )
    throw new Error("a flow snapshot needs its state value and context");
  // Object values only: coding each nested object against the value table would cost more than it saves.
  return packJson({ value: persisted.value, context: persisted.context }, false);
}

/** The stored snapshot as restoreFlow takes it. */
export function readSnapshot(stored: string): unknown {
  return unpackJson(stored);
}
