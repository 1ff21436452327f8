// Pure flow stepping on XState's pure functions: the first snapshot of a flow, a stored snapshot
// read back, one event applied. No actor is started, nothing runs but the machine's own assigns.
import { type AnyMachineSnapshot, initialTransition, type StateValue, transition } from "xstate";
import { z } from "zod";
import type { Flow, FlowEvent, FlowInput } from "./flow.ts";
import { readSnapshot } from "./stored-snapshot.ts";

export interface Stepped {
  snapshot: AnyMachineSnapshot;
  /** The snapshot as it is stored (XState's persisted form). */
  persisted: unknown;
}

// The part of XState's persisted form a flow snapshot is rebuilt from; flows have no child actors,
// delayed events or history states, so state value and context say it all.
const persistedSnapshot = z.looseObject({
  value: z.custom<StateValue>(
    (value) => typeof value === "string" || (typeof value === "object" && value !== null),
    "a stored snapshot needs a state value",
  ),
  context: z.unknown(),
});

function settle(flow: Flow, snapshot: AnyMachineSnapshot): Stepped {
  if (snapshot.status === "error") throw new Error("flow machine failed", { cause: snapshot.error });
  return { snapshot, persisted: flow.machine.getPersistedSnapshot(snapshot) };
}

export function startFlow(flow: Flow, input: FlowInput): Stepped {
  const [snapshot] = initialTransition(flow.machine, input);
  return settle(flow, snapshot);
}

/** A stored snapshot read back, in the flow's current shape; restoring never re-runs entry actions. */
export function restoreFlow(flow: Flow, persisted: unknown): AnyMachineSnapshot {
  const stored = persistedSnapshot.parse(persisted);
  const { value, context } = flow.upgrade?.(stored) ?? stored;
  return flow.machine.resolveState({ value, context });
}

/**
 * Whether the stored snapshot waits at a step an earlier shape of the flow had: its stored reply then
 * shows a step that no longer exists, so the current step is rendered instead. (A snapshot past such
 * steps keeps its stored reply, with whatever words were stored with it.)
 */
export function isOutdated(flow: Flow, storedSnapshot: string): boolean {
  // Only a flow that changed shape pays for reading its snapshot here.
  if (!flow.upgrade) return false;
  const stored = persistedSnapshot.safeParse(readSnapshot(storedSnapshot));
  if (!stored.success) return false;
  const upgraded = flow.upgrade(stored.data);
  return upgraded !== undefined && JSON.stringify(upgraded.value) !== JSON.stringify(stored.data.value);
}

/** The snapshot after one event; null when the current state does not take it. */
export function advanceFlow(flow: Flow, snapshot: AnyMachineSnapshot, event: FlowEvent): Stepped | null {
  if (!snapshot.can(event)) return null;
  const [next] = transition(flow.machine, snapshot, event);
  return settle(flow, next);
}
