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

/** A flow restored from its snapshot; `advance` sends one event to that same actor. */
export interface Restored extends Stepped {
  /** Sends one event; null when the current state does not accept it. Only once per restore. */
  advance(event: FlowEvent): Stepped | null;
}

export function restoreFlow(flow: Flow, persisted: unknown, input: FlowInput): Restored {
  const actor = createActor(flow.machine, { snapshot: persisted as Snapshot<unknown>, input });
  const snapshot: AnyMachineSnapshot = actor.getSnapshot();
  let sent = false;
  return {
    snapshot,
    persisted,
    advance(event) {
      // A started actor has moved on: a second event would start from the wrong state.
      if (sent) throw new Error("a restored flow takes one event");
      if (!snapshot.can(event)) return null;
      sent = true;
      actor.start();
      actor.send(event);
      return settle(actor);
    },
  };
}

/** Restores and sends one event; null when the current state does not accept it. */
export function advanceFlow(
  flow: Flow,
  persisted: unknown,
  input: FlowInput,
  event: FlowEvent,
): Stepped | null {
  return restoreFlow(flow, persisted, input).advance(event);
}
