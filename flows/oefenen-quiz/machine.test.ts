// Model-based tests of the quiz: every state and transition reached by choosing each phase or "weet ik
// niet" at every item; a scripted round with its score and explanations; the flow through the engine
// with its summary; and the README diagram.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AnyMachineSnapshot, type AnyStateNode, createActor } from "xstate";
import { adjacencyMapToArray, getAdjacencyMap } from "xstate/graph";
import { createEngine } from "../../src/engine/conversations.ts";
import { type FlowEvent, FlowRegistry } from "../../src/engine/flow.ts";
import { locales } from "../../src/locales.ts";
import { quizSummarySchema } from "../../src/summary/quiz.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { withDiagram } from "../diagram.ts";
import { nl } from "./content.nl.ts";
import { MAX_ROUNDS, type QuizContext } from "./context.ts";
import { quizFlow } from "./flow.ts";
import { answerKey, QUIZ_LENGTH } from "./items.ts";
import { quizMachine } from "./machine.ts";

const input = { locale: "nl" as const, region: "NL" as const, seed: 7 };

function eventsFor(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status === "done") return [];
  const spec = quizFlow.view(snapshot, "nl").input;
  const events: FlowEvent[] = [{ type: "back" }];
  if (spec.kind === "choice") {
    if (spec.skip) events.push({ type: "skip" });
    for (const o of spec.options) events.push({ type: "answer", answer: { kind: "choice", choice: [o.id] } });
  }
  return events;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states as Record<string, AnyStateNode>).flatMap(allNodes)];
}

const key = (t: { source: AnyStateNode; eventType: string }, i: number) =>
  `${t.source.id} ${t.eventType} #${i}`;

describe("quiz machine, model-based", () => {
  const edges = adjacencyMapToArray(
    getAdjacencyMap(quizMachine, {
      events: eventsFor,
      serializeState: (s) => JSON.stringify([s.value, (s.context as QuizContext).answers.length]),
      input,
    }),
  );

  it("reaches every state and takes every transition", () => {
    const reached = new Set(edges.flatMap((e) => [String(e.state.value), String(e.nextState.value)]));
    expect(Object.keys(quizMachine.root.states).filter((s) => !reached.has(s))).toEqual([]);
    const taken = new Set<string>();
    for (const { state, event } of edges)
      for (const t of quizMachine.getTransitionData(state as never, event as never))
        taken.add(key(t, t.source.transitions.get(t.eventType)?.indexOf(t) ?? -1));
    const defined = allNodes(quizMachine.root).flatMap((n) =>
      [...n.transitions.values()].flatMap((ts) => ts.map((t, i) => key(t, i))),
    );
    expect(defined.filter((k) => !taken.has(k))).toEqual([]);
  });

  it("renders every step in both languages; there is no going back", () => {
    for (const { nextState } of edges) {
      for (const locale of locales) {
        const view = quizFlow.view(nextState, locale);
        expect(["quiz", "uitslag"]).toContain(view.phase);
        expect(view.messages.length).toBeGreaterThan(0);
        if (nextState.status !== "done") expect(view.input.kind).toBe("choice");
      }
      expect(nextState.can({ type: "back" })).toBe(false);
    }
  });
});

describe("a quiz round", () => {
  const choose = (id: string): FlowEvent => ({ type: "answer", answer: { kind: "choice", choice: [id] } });

  function play(pick: (expected: string, index: number) => string | null, rounds = 1) {
    const actor = createActor(quizMachine, { input });
    actor.start();
    actor.send(choose("start"));
    const views: string[][] = [];
    for (let i = 0; i < rounds * QUIZ_LENGTH; i++) {
      if (i > 0 && i % QUIZ_LENGTH === 0) actor.send(choose("another"));
      const ctx = actor.getSnapshot().context as QuizContext;
      const id = ctx.order[i];
      if (id === undefined) throw new Error("round too short");
      const chosen = pick(answerKey[id], i);
      actor.send(
        chosen === null ? { type: "skip" } : { type: "answer", answer: { kind: "choice", choice: [chosen] } },
      );
      views.push(quizFlow.view(actor.getSnapshot(), "nl").messages);
    }
    // After the last round there is no other: the quiz ends; after the first, the trainee stops.
    if (rounds < MAX_ROUNDS) actor.send(choose("stop"));
    return { snapshot: actor.getSnapshot(), views };
  }

  it("scores a round, explains every answer and ends with the score", () => {
    // Right on even items, wrong on odd ones, and "weet ik niet" on the last.
    const { snapshot, views } = play((expected, i) =>
      i === QUIZ_LENGTH - 1 ? null : i % 2 === 0 ? expected : expected === "expert" ? "volgend" : "expert",
    );
    expect(snapshot.status).toBe("done");
    expect(views[0]?.[0]).toMatch(/^Goed! /);
    expect(views[1]?.[0]).toMatch(/^Niet helemaal: dit is /);
    expect(views[1]?.[1]).toMatch(/^Vraag 3 van 10\nPatiënt: „/);
    expect(views.at(-1)?.[0]).toMatch(/^Dit is (volgend|activerend|expert)\. /);
    expect(views.at(-1)).toContain(nl.another);
    const summary = quizSummarySchema.parse(quizFlow.summarize(snapshot, "nl"));
    expect(summary).toMatchObject({ flow: "quiz", complete: true, correct: 5, total: 10 });
    expect(summary.items).toHaveLength(10);
    expect(summary.items.at(-1)).toMatchObject({ chosen: null, correct: false });
    expect(quizFlow.view(snapshot, "nl").messages).toContain("Je had er 5 van de 10 goed.");
  });

  it("offers a second round of ten other items, and ends after it with the score of both", () => {
    const { snapshot, views } = play((expected) => expected, 2);
    expect(snapshot.status).toBe("done");
    const order = (snapshot.context as QuizContext).order;
    expect(order).toHaveLength(2 * QUIZ_LENGTH);
    expect(new Set(order).size).toBe(2 * QUIZ_LENGTH);
    expect(views[QUIZ_LENGTH]?.[1]).toMatch(/^Vraag 2 van 10\n/);
    const end = quizFlow.view(snapshot, "nl").messages;
    expect(end).toContain("Je had er 10 van de 10 goed.");
    expect(end).toContain("Je had er 20 van de 20 goed.");
    expect(end).not.toContain(nl.another);
  });

  it("praises a perfect round", () => {
    const { snapshot } = play((expected) => expected);
    expect(quizFlow.view(snapshot, "en").messages).toContain("You got 10 out of 10 right.");
  });
});

describe("quiz through the engine", () => {
  let db: TempDatabase;
  beforeEach(async () => {
    db = await tempDatabase();
  });
  afterEach(() => db.cleanup());

  it("plays a round and returns the score as summary", async () => {
    const engine = createEngine({ store: db.store, flows: new FlowRegistry([quizFlow]) });
    const created = await engine.create({ flow: "quiz", locale: "en", region: "BE" });
    if (!created.ok) throw new Error(created.error.message);
    const { id, token } = created.value;
    let n = 0;
    const send = async (answer: { choice: string } | { command: "skip" }) => {
      const result = await engine.turn(id, token, { turnId: `turn-${String(++n).padStart(4, "0")}`, answer });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.state;
    };
    await send({ choice: "start" });
    for (let i = 0; i < QUIZ_LENGTH - 1; i++) await send({ choice: "volgend" });
    const round = await send({ command: "skip" });
    expect(round).toMatchObject({ done: false });
    const last = await send({ choice: "stop" });
    expect(last).toMatchObject({ done: true, phase: "uitslag" });
    const summary = await engine.summary(id, token);
    if (!summary.ok) throw new Error(summary.error.message);
    const parsed = quizSummarySchema.parse(summary.value.summary);
    expect(parsed.total).toBe(10);
    expect(parsed.items.filter((i) => i.chosen === "volgend")).toHaveLength(9);
    expect(parsed.correct).toBe(
      parsed.items.filter((i) => i.expected === "volgend" && i.chosen === "volgend").length,
    );
  });
});

describe("quiz README", () => {
  it("holds the diagram generated from the machine", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    expect(withDiagram(readme, quizMachine)).toBe(readme);
  });
});
