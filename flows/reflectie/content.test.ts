// Phase 1 follows and listens: no prompt in gg1 may give advice or information, in either language.
// Checked with the utterance classifier over every gg1 message the machine can show.

import { describe, expect, it } from "vitest";
import type { AnyMachineSnapshot } from "xstate";
import { adjacencyMapToArray, getAdjacencyMap } from "xstate/graph";
import { classify } from "../../src/coaching/classify.ts";
import type { FlowEvent } from "../../src/engine/flow.ts";
import type { Locale } from "../../src/locales.ts";
import { reflectieFlow } from "./flow.ts";
import { reflectieMachine } from "./machine.ts";

function eventsFor(snapshot: AnyMachineSnapshot): FlowEvent[] {
  const view = reflectieFlow.view(snapshot, "nl");
  // Only phase 1 (and the welcome that leads to it) is explored.
  if (view.phase !== "welkom" && view.phase !== "gg1") return [];
  const spec = view.input;
  const events: FlowEvent[] = [];
  if (spec.kind !== "none" && spec.skip) events.push({ type: "skip" });
  if (spec.kind === "text") events.push({ type: "answer", answer: { kind: "text", text: "samen koken" } });
  if (spec.kind === "scale") events.push({ type: "answer", answer: { kind: "value", value: 5 } });
  if (spec.kind === "scales") {
    const first = spec.items[0]?.id ?? "";
    events.push({ type: "answer", answer: { kind: "scales", scales: { [first]: 5 }, marks: [first] } });
  }
  if (spec.kind === "choice")
    for (const o of spec.options) events.push({ type: "answer", answer: { kind: "choice", choice: [o.id] } });
  return events;
}

function gg1Messages(locale: Locale, seed: number): Set<string> {
  const edges = adjacencyMapToArray(
    getAdjacencyMap(reflectieMachine, {
      events: eventsFor,
      serializeState: (s) => {
        const ctx = s.context as { texts: object; talk: string[]; web: object; momentsSkipped: string[] };
        return JSON.stringify([
          s.value,
          Object.keys(ctx.texts),
          ctx.talk,
          Object.keys(ctx.web).length,
          ctx.momentsSkipped,
        ]);
      },
      input: { locale, region: "NL", seed },
      limit: 50_000,
    }),
  );
  const messages = new Set<string>();
  for (const { nextState } of edges) {
    const view = reflectieFlow.view(nextState, locale);
    if (view.phase === "gg1") for (const m of view.messages) messages.add(m);
  }
  return messages;
}

describe("gg1 content", () => {
  for (const locale of ["nl", "en"] as const) {
    it(`gives no advice and no information in phase 1 (${locale})`, () => {
      const messages = new Set([
        ...gg1Messages(locale, 0),
        ...gg1Messages(locale, 1),
        ...gg1Messages(locale, 2),
      ]);
      expect(messages.size).toBeGreaterThan(20);
      const inputs = [...messages]
        .map((text) => ({ text, result: classify(text, locale) }))
        .filter(({ result }) => result.behaviour === "input");
      expect(
        inputs.map(({ text, result }) => `${text} -> ${result.input} (${result.cues.join(", ")})`),
      ).toEqual([]);
    });
  }
});
