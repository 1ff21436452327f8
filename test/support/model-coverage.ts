// Coverage of a flow machine by model-based exploration: which states the explored edges reach and
// which of the machine's transitions (each guarded alternative on its own) they take.
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode, EventObject } from "xstate";

export interface Edge {
  state: AnyMachineSnapshot;
  event: EventObject;
  nextState: AnyMachineSnapshot;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(allNodes)];
}

function transitionKey(t: { source: AnyStateNode; eventType: string }, index: number): string {
  return `${t.source.id} ${t.eventType} #${index}`;
}

/** Top-level states no explored edge reaches. */
export function unreachedStates(machine: AnyStateMachine, edges: readonly Edge[]): string[] {
  const reached = new Set(edges.flatMap((e) => [String(e.state.value), String(e.nextState.value)]));
  return Object.keys(machine.root.states).filter((s) => !reached.has(s));
}

/** Every transition the machine defines, and those no explored edge takes. */
export function transitionCoverage(machine: AnyStateMachine, edges: readonly Edge[]) {
  const taken = new Set<string>();
  for (const { state, event } of edges) {
    for (const t of machine.getTransitionData(state, event)) {
      taken.add(transitionKey(t, t.source.transitions.get(t.eventType)?.indexOf(t) ?? -1));
    }
  }
  const defined = allNodes(machine.root).flatMap((node) =>
    [...node.transitions.values()].flatMap((ts) => ts.map((t, i) => transitionKey(t, i))),
  );
  return { defined, untaken: defined.filter((key) => !taken.has(key)) };
}
