// Model-based tests: explore the reflection machine the way a client can drive it (every option,
// a text, two grades, skip and back at every step) and check that every state and every transition
// of the machine is reached. Plus a few paths checked answer by answer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnyMachineSnapshot, createActor } from "xstate";
import { adjacencyMapToArray, getAdjacencyMap } from "xstate/graph";
import type { FlowEvent } from "../../src/engine/flow.ts";
import { transitionCoverage, unreachedStates } from "../../test/support/model-coverage.ts";
import { withDiagram } from "../diagram.ts";
import { openMoments, type ReflectieContext } from "./context.ts";
import { reflectieFlow } from "./flow.ts";
import { reflectieMachine } from "./machine.ts";

const input = { locale: "nl" as const, region: "NL" as const, seed: 0 };

/** What a client could send at this step, derived from the step's own input. */
function eventsFor(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status === "done") return [];
  const view = reflectieFlow.view(snapshot, "nl");
  const events: FlowEvent[] = [{ type: "back" }];
  const spec = view.input;
  if (spec.kind !== "none" && spec.skip) events.push({ type: "skip" });
  if (spec.kind === "text")
    events.push({ type: "answer", answer: { kind: "text", text: "wandelen met de hond" } });
  if (spec.kind === "scale")
    for (const value of [0, 7]) events.push({ type: "answer", answer: { kind: "value", value } });
  if (spec.kind === "choice") {
    for (const o of spec.options) events.push({ type: "answer", answer: { kind: "choice", choice: [o.id] } });
    if (spec.multiple && spec.options.length > 1)
      events.push({
        type: "answer",
        answer: { kind: "choice", choice: spec.options.slice(0, 2).map((o) => o.id) },
      });
  }
  return events;
}

/** Which snapshots count as different: the state, and what decides where back and the guards go. */
function serialize(snapshot: AnyMachineSnapshot): string {
  const ctx = snapshot.context as ReflectieContext;
  return JSON.stringify([
    snapshot.value,
    ctx.history.at(-1),
    openMoments(ctx).join(","),
    ctx.moment,
    ctx.editing,
    ctx.texts.more === undefined,
    ctx.talk.length > 0,
  ]);
}

describe("reflectie machine, model-based", () => {
  const edges = adjacencyMapToArray(
    getAdjacencyMap(reflectieMachine, {
      events: eventsFor,
      serializeState: serialize,
      input,
      limit: 200_000,
    }),
  );

  it("reaches every state", () => {
    expect(unreachedStates(reflectieMachine, edges)).toEqual([]);
  });

  it("takes every transition the machine defines", () => {
    const { defined, untaken } = transitionCoverage(reflectieMachine, edges);
    expect(defined.length).toBeGreaterThan(100);
    expect(untaken).toEqual([]);
  });

  it("every question states its phase and an input, and back is possible from every question but the first", () => {
    const phases = new Set(["welkom", "gg1", "gg2", "gg3", "samenvatting"]);
    for (const { nextState } of edges) {
      const view = reflectieFlow.view(nextState, "nl");
      expect(phases.has(view.phase)).toBe(true);
      expect(view.messages.length).toBeGreaterThan(0);
      for (const text of view.messages) expect(text.trim().length).toBeGreaterThan(0);
      if (nextState.status !== "done") {
        expect(view.input.kind).not.toBe("none");
        const first = nextState.value === "welkom_taal";
        expect(nextState.can({ type: "back" })).toBe(!first);
      }
    }
  });
});

/** Drives the machine like the engine does, answer by answer. */
function drive(events: FlowEvent[]) {
  const actor = createActor(reflectieMachine, { input: { ...input, seed: 1 } });
  actor.start();
  for (const event of events) {
    expect(
      actor.getSnapshot().can(event),
      `${JSON.stringify(actor.getSnapshot().value)} refuses ${JSON.stringify(event)}`,
    ).toBe(true);
    actor.send(event);
  }
  return actor.getSnapshot();
}
const text = (t: string): FlowEvent => ({ type: "answer", answer: { kind: "text", text: t } });
const value = (v: number): FlowEvent => ({ type: "answer", answer: { kind: "value", value: v } });
const choose = (...ids: string[]): FlowEvent => ({ type: "answer", answer: { kind: "choice", choice: ids } });
const skip: FlowEvent = { type: "skip" };
const back: FlowEvent = { type: "back" };

describe("reflectie paths", () => {
  const start = [choose("nl"), choose("BE"), choose("ja")];

  it("back returns to the last question with the earlier answer filled in", () => {
    const snapshot = drive([...start, text("zingen in het koor"), back]);
    expect(snapshot.value).toBe("gg1_blij");
    expect(reflectieFlow.view(snapshot, "nl").input).toMatchObject({
      kind: "text",
      value: "zingen in het koor",
    });
  });

  it("reflects the person's own words in the next question", () => {
    const snapshot = drive([...start, text("zingen in het koor")]);
    expect(reflectieFlow.view(snapshot, "nl").messages[0]).toBe("Je wordt blij van zingen in het koor.");
  });

  it("offers the marked dimensions as themes in phase 2, and 'not now' goes on to phase 3", () => {
    const snapshot = drive([
      ...start,
      skip,
      text("meer rust"),
      skip,
      skip,
      choose("ja"),
      value(4),
      value(8),
      skip,
      skip,
      value(3),
      value(6),
      choose("lichaam", "meedoen"),
      choose("verder"),
      choose("klopt"),
      choose("ja"),
    ]);
    expect(snapshot.value).toBe("gg2_thema");
    const view = reflectieFlow.view(snapshot, "nl");
    expect(view.input.kind === "choice" && view.input.options.map((o) => o.id)).toEqual([
      "lichaam",
      "meedoen",
      "meer",
      "eigen",
      "nietnu",
    ]);
    const after = drive([
      ...start,
      skip,
      skip,
      skip,
      skip,
      skip,
      choose("verder"),
      choose("klopt"),
      choose("ja"),
      choose("nietnu"),
    ]);
    expect(after.value).toBe("shift3");
    expect(reflectieFlow.summarize(after, "nl")).toMatchObject({ wants: { notNow: true } });
  });

  it("corrects a summary item before finishing", () => {
    const toSummary = [
      ...start,
      text("tuinieren"),
      skip,
      skip,
      skip,
      skip,
      choose("verder"),
      choose("klopt"),
      choose("nietnu"),
      choose("nee"),
    ];
    const atSummary = drive(toSummary);
    expect(atSummary.value).toBe("samenvatting");
    const corrected = drive([
      ...toSummary,
      choose("wijzig"),
      choose("happy"),
      text("tuinieren en koken"),
      choose("klaar"),
    ]);
    expect(corrected.status).toBe("done");
    expect(reflectieFlow.summarize(corrected, "nl")).toMatchObject({
      complete: true,
      matters: { happy: "tuinieren en koken" },
    });
  });

  it("keeps the language and region the person chose", () => {
    const snapshot = drive([choose("en"), choose("BE")]);
    expect(reflectieFlow.settings(snapshot)).toEqual({ locale: "en", region: "BE" });
  });
});

describe("reflectie README", () => {
  it("holds the diagram generated from the machine", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    expect(withDiagram(readme, reflectieMachine)).toBe(readme);
  });
});
