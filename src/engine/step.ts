// Pure flow stepping: start a machine, restore it from a persisted snapshot, send one event.
// No I/O; restoring does not re-run entry actions (XState persistence semantics).
import { type AnyMachineSnapshot, createActor, type Snapshot } from "xstate";
import type { Flow, FlowEvent, FlowInput } from "./flow.ts";

export interface Stepped {
  snapshot: AnyMachineSnapshot;
  persisted: unknown;
}

function settle(actor: ReturnType<typeof createActor>): Stepped {
  const snapshot: AnyMachineSnapshot = actor.getSnapshot();
  if (snapshot.status === "error") throw new Error("flow machine failed", { cause: snapshot.error });
  const persisted = actor.getPersistedSnapshot();
  actor.stop();
  return { snapshot, persisted };
}

export function startFlow(flow: Flow, input: FlowInput): Stepped {
  const actor = createActor(flow.machine, { input });
  actor.start();
  return settle(actor);
}

export function restoreFlow(flow: Flow, persisted: unknown, input: FlowInput): AnyMachineSnapshot {
  const actor = createActor(flow.machine, { snapshot: persisted as Snapshot<unknown>, input });
  return actor.getSnapshot();
}

/** Sends one event; returns null when the current state does not accept it. */
export function advanceFlow(
  flow: Flow,
  persisted: unknown,
  input: FlowInput,
  event: FlowEvent,
): Stepped | null {
  const actor = createActor(flow.machine, { snapshot: persisted as Snapshot<unknown>, input });
  if (!actor.getSnapshot().can(event)) return null;
  actor.start();
  actor.send(event);
  return settle(actor);
}
