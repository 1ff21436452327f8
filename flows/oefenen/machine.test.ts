// Model-based tests: explore the practice machine the way a client can drive it (every option, a set of
// utterances that cover every kind of move, skip and back) and check that every state and every
// transition is reached, and that every step renders. A shorter session (6 turns) keeps the graph small;
// the machine is the same, only its turn limit differs. Plus the README diagram check.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnyMachineSnapshot, createActor } from "xstate";
import { adjacencyMapToArray, getAdjacencyMap } from "xstate/graph";
import { classify } from "../../src/coaching/classify.ts";
import { defineFlow, type FlowEvent } from "../../src/engine/flow.ts";
import { transitionCoverage, unreachedStates } from "../../test/support/model-coverage.ts";
import { withDiagram } from "../diagram.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { OefenenContext } from "./context.ts";
import { oefenenFlow } from "./flow.ts";
import { createOefenenMachine, oefenenMachine } from "./machine.ts";
import { toSummary } from "./summary.ts";

const input = { locale: "nl" as const, region: "NL" as const, seed: 0 };
const MAX = 6;
const short = createOefenenMachine({ maxTurns: MAX });
const shortFlow = defineFlow({
  id: "oefenen",
  version: 1,
  machine: short,
  screened: false,
  content: { nl, en },
  summarize: (ctx: OefenenContext, c: typeof nl, done: boolean) => toSummary(ctx, c, done),
});

/** One utterance per kind of move the patient logic tells apart. */
const utterances = {
  open: "Hoe gaat het met je?",
  reflection: "Het klinkt alsof het zwaar is.",
  closedFollowing: "Vind je dat lastig?",
  checklist: "Rookt u?",
  zzOpener: "Wat kan ik voor je doen?",
  advice: "Je moet meer bewegen.",
  activating: "Wat zou je willen veranderen?",
  shiftToActivating: "Zullen we nu kijken wat je zou willen veranderen?",
  shiftToExpert: "Mag ik je iets vertellen over bewegen?",
  closing: "Dank je wel voor het gesprek, tot de volgende keer.",
  backchannel: "Mm-hm.",
};

function eventsFor(snapshot: AnyMachineSnapshot): FlowEvent[] {
  if (snapshot.status === "done") return [];
  const spec = shortFlow.view(snapshot, "nl").input;
  const events: FlowEvent[] = [{ type: "back" }];
  if (spec.kind !== "none" && spec.skip) events.push({ type: "skip" });
  if (spec.kind === "text")
    for (const text of Object.values(utterances))
      events.push({ type: "answer", answer: { kind: "text", text } });
  if (spec.kind === "choice")
    for (const o of spec.options) events.push({ type: "answer", answer: { kind: "choice", choice: [o.id] } });
  return events;
}

/** What decides where the guards go: state, turn, phase, depth, value voiced, change talk, goal, end. */
function serialize(snapshot: AnyMachineSnapshot): string {
  const ctx = snapshot.context as OefenenContext;
  const p = ctx.patient;
  return JSON.stringify([
    snapshot.value,
    ctx.persona,
    ctx.withHints,
    ctx.turns.length,
    ctx.phase,
    Math.min(p.depth, 6),
    p.valueVoiced,
    p.changeTalk,
    p.goalTurn !== null,
    ctx.ended,
  ]);
}

describe("oefenen machine, model-based", () => {
  const edges = adjacencyMapToArray(
    getAdjacencyMap(short, { events: eventsFor, serializeState: serialize, input, limit: 100_000 }),
  );

  it("uses utterances the classifier reads as intended", () => {
    const read = (text: string) => {
      const c = classify(text, "nl");
      return `${c.behaviour}/${c.question ?? c.input ?? "-"}/${c.stance}`;
    };
    expect(Object.fromEntries(Object.entries(utterances).map(([k, t]) => [k, read(t)]))).toEqual({
      open: "question/open/volgend",
      reflection: "reflection/-/volgend",
      closedFollowing: "question/closed/volgend",
      checklist: "question/closed/expert",
      zzOpener: "question/open/expert",
      advice: "input/advice/expert",
      activating: "question/open/activerend",
      shiftToActivating: "question/closed/activerend",
      shiftToExpert: "question/closed/expert",
      closing: "other/-/volgend",
      backchannel: "other/-/volgend",
    });
  });

  it("reaches every state", () => {
    expect(unreachedStates(short, edges)).toEqual([]);
  });

  it("takes every transition the machine defines", () => {
    const { defined, untaken } = transitionCoverage(short, edges);
    expect(defined.length).toBeGreaterThan(15);
    expect(untaken).toEqual([]);
  });

  it("ends in each of the three ways", () => {
    const endings = new Set(
      edges
        .filter((e) => e.nextState.status === "done")
        .map((e) => (e.nextState.context as OefenenContext).ended),
    );
    expect([...endings].sort()).toEqual(["closed", "trainee", "turns"]);
  });

  it("renders every step in both languages, shows the agreed phase, and allows back only before the first words", () => {
    const phases = new Set(["voorbereiding", "volgend", "activerend", "expert", "feedback"]);
    for (const { nextState } of edges) {
      const ctx = nextState.context as OefenenContext;
      for (const locale of ["nl", "en"] as const) {
        const view = shortFlow.view(nextState, locale);
        expect(phases.has(view.phase)).toBe(true);
        expect(view.messages.length).toBeGreaterThan(0);
        for (const text of view.messages) expect(text.trim().length).toBeGreaterThan(0);
        if (nextState.status !== "done") expect(view.input.kind).not.toBe("none");
        if (["volgend", "activerend", "expert"].includes(String(nextState.value))) {
          expect(view.phase).toBe(ctx.phase);
          expect(view.input).toMatchObject({ kind: "text", skip: locale === "nl" ? nl.finish : en.finish });
        }
      }
      if (nextState.status !== "done") {
        const canBack =
          nextState.value === "tips" || (nextState.value === "volgend" && ctx.turns.length === 0);
        expect(nextState.can({ type: "back" })).toBe(canBack);
      }
    }
  });

  it("is the product machine with a shorter turn limit", () => {
    expect(Object.keys(short.root.states)).toEqual(Object.keys(oefenenMachine.root.states));
    expect(oefenenFlow.machine).toBe(oefenenMachine);
  });
});

describe("oefenen paths", () => {
  function drive(events: FlowEvent[]) {
    const actor = createActor(oefenenMachine, { input });
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
  const choose = (id: string): FlowEvent => ({ type: "answer", answer: { kind: "choice", choice: [id] } });
  const say = (text: string): FlowEvent => ({ type: "answer", answer: { kind: "text", text } });

  it("goes back from the hints to the scenario with the patient still chosen", () => {
    const snapshot = drive([choose("gerda"), { type: "back" }]);
    expect(snapshot.value).toBe("scenario");
    expect(oefenenFlow.view(snapshot, "nl").input).toMatchObject({ kind: "choice", selected: ["gerda"] });
  });

  it("shows the scenario card before the first words, and hints only when asked for", () => {
    const start = drive([choose("henk"), choose("nee")]);
    expect(oefenenFlow.view(start, "nl").messages[0]).toContain("Henk is 67");
    const withHints = drive([choose("ans"), choose("ja"), say(utterances.advice)]);
    expect(oefenenFlow.view(withHints, "nl").messages.some((m) => m.startsWith("Tip:"))).toBe(true);
    const without = drive([choose("ans"), choose("nee"), say(utterances.advice)]);
    expect(oefenenFlow.view(without, "nl").messages).toHaveLength(1);
    expect(oefenenFlow.view(without, "nl").messages[0]).toMatch(/^Ans: /);
  });

  it("ends after 20 utterances with the patient's last words before the feedback", () => {
    const snapshot = drive([
      choose("samira"),
      choose("nee"),
      ...Array.from({ length: 20 }, () => say(utterances.open)),
    ]);
    expect(snapshot.status).toBe("done");
    const messages = oefenenFlow.view(snapshot, "en").messages;
    expect(messages[0]).toMatch(/^Samira: /);
    expect(messages[1]).toBe("The 20 turns are up, so the conversation stops here.");
  });

  it("keeps the language and region it was started with", () => {
    expect(oefenenFlow.settings(drive([]))).toEqual({ locale: "nl", region: "NL" });
  });
});

describe("oefenen README", () => {
  it("holds the diagram generated from the machine", () => {
    const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
    expect(withDiagram(readme, oefenenMachine)).toBe(readme);
  });
});
