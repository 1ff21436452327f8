// Scripted practice sessions through the real flow, with the feedback they must get: a good session
// (open questions, reflections, a named shift with permission, the patient's own goal) and a poor one
// (early advice, closed questions, unnamed shifts), in Dutch and English. The numbers are asserted.

import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { type PracticeSummary, practiceSummarySchema } from "../../src/coaching/feedback-schema.ts";
import type { FlowEvent } from "../../src/engine/flow.ts";
import type { Locale } from "../../src/locales.ts";
import type { OefenenContext } from "./context.ts";
import { oefenenFlow } from "./flow.ts";
import type { PersonaId } from "./personas.ts";

const SKIP = Symbol("skip");

function session(persona: PersonaId, locale: Locale, lines: (string | typeof SKIP)[], seed = 0) {
  const actor = createActor(oefenenFlow.machine, { input: { locale, region: "BE", seed } });
  actor.start();
  const send = (event: FlowEvent) => {
    expect(actor.getSnapshot().can(event), `refuses ${JSON.stringify(event)}`).toBe(true);
    actor.send(event);
  };
  send({ type: "answer", answer: { kind: "choice", choice: [persona] } });
  send({ type: "answer", answer: { kind: "choice", choice: ["nee"] } });
  const replies: string[][] = [];
  for (const line of lines) {
    send(line === SKIP ? { type: "skip" } : { type: "answer", answer: { kind: "text", text: line } });
    replies.push(oefenenFlow.view(actor.getSnapshot(), locale).messages);
  }
  const snapshot = actor.getSnapshot();
  const summary = practiceSummarySchema.parse(oefenenFlow.summarize(snapshot, locale));
  return { snapshot, context: snapshot.context as OefenenContext, summary, replies };
}

const kinds = (s: PracticeSummary) => s.remarks.map((r) => `${r.topic}:${r.kind}`);

describe("a good session (Dutch, Ans)", () => {
  const good = session("ans", "nl", [
    "Fijn dat je er bent. Hoe gaat het met je?",
    "Het klinkt alsof je na het werk echt leeg bent.",
    "Je hoopt dat ik een oplossing heb.",
    "Wat is voor jou het mooiste aan die woensdagen?",
    "Die kleinkinderen geven je veel energie.",
    "Zullen we nu kijken wat je zou willen veranderen?",
    "Dus je wilt weer meer energie hebben.",
    "Wat zou een eerste stap kunnen zijn?",
    "Je ziet het helemaal voor je.",
    "Dank je wel voor het gesprek, tot de volgende keer.",
  ]);

  it("ends when the trainee closes after the patient's own goal", () => {
    expect(good.snapshot.status).toBe("done");
    expect(good.summary).toMatchObject({ complete: true, ended: "closed", turns: 10 });
    expect(good.replies.at(-1)?.[0]).toBe(
      "Ans: Dank je wel. Ik ga het gewoon proberen. Tot de volgende keer!",
    );
  });

  it("counts the moves and meets both thresholds", () => {
    expect(good.summary.counts).toEqual({
      openQuestions: 3,
      closedQuestions: 1,
      reflections: 5,
      advice: 0,
      information: 0,
      options: 0,
      other: 2,
      permissionRequests: 0,
      adviceWithoutPermission: 0,
    });
    expect(good.summary.reflectionToQuestion).toEqual({
      reflections: 5,
      questions: 4,
      ratio: 1.25,
      threshold: 1,
      met: true,
    });
    expect(good.summary.openQuestions).toEqual({ percent: 75, threshold: 70, met: true });
  });

  it("sees no expert move in phase 1, one named shift with permission and no unnamed one", () => {
    expect(good.summary.expertMovesInPhase1).toEqual([]);
    expect(good.summary.namedShifts).toEqual([
      {
        turn: 6,
        text: "Zullen we nu kijken wat je zou willen veranderen?",
        from: "volgend",
        to: "activerend",
        permission: true,
        premature: false,
      },
    ]);
    expect(good.summary.unnamedShifts).toEqual([]);
  });

  it("records the patient's own goal and the phases per turn", () => {
    expect(good.summary.ownGoal).toEqual({ formulated: true, turn: 7 });
    expect(good.summary.goal).toContain("naar de speeltuin kunnen fietsen");
    expect(good.summary.timeline.map((t) => t.phase)).toEqual([
      ...Array(6).fill("volgend"),
      ...Array(4).fill("activerend"),
    ]);
    expect(good.summary.timeline.map((t) => t.stance)).toEqual([
      "volgend",
      "volgend",
      "volgend",
      "volgend",
      "volgend",
      "activerend",
      "activerend",
      "activerend",
      "volgend",
      "volgend",
    ]);
  });

  it("answers like a patient: opens up, deepens, voices what matters, accepts the named shift, sets a goal", () => {
    const reply = (turn: number) => good.replies[turn - 1]?.[0] ?? "";
    expect(reply(1)).toContain("Ik ben vaak moe");
    expect(reply(2)).toContain("Moe is het goede woord");
    expect(reply(2)).toContain("wat moet ik nou doen"); // the pull towards ZZ at turn 2
    expect(reply(3)).toContain("het belangrijkste voor mij is dat ik een oma ben die meedoet");
    expect(reply(6)).toMatch(/^Ans: (Ja, dat is goed\.|Ja hoor, dat mag\.|Prima, ga je gang\.) Ik zou graag/);
    expect(reply(7)).toContain("Weet je wat ik wil?");
    expect(good.context.phase).toBe("activerend");
  });

  it("gives only strengths, quoting the trainee", () => {
    expect(kinds(good.summary)).toEqual([
      "overview:info",
      "questions:strength",
      "reflections:strength",
      "phase1:strength",
      "named:strength",
      "unnamed:strength",
      "goal:strength",
    ]);
    expect(good.summary.remarks.find((r) => r.topic === "reflections")?.example).toBe(
      "Het klinkt alsof je na het werk echt leeg bent.",
    );
    const shown = oefenenFlow.view(good.snapshot, "nl").messages.join("\n");
    expect(shown).toContain("Jouw woorden: „Zullen we nu kijken wat je zou willen veranderen?”");
    expect(shown).toContain("Fase 1 (volgend), beurt 1–6: V V V V V A*");
    expect(shown).toContain("Fase 2 (activerend), beurt 7–10: A A V V");
    expect(shown).toContain("Wat je vooraf niet wist: Ans");
  });
});

describe("a poor session (Dutch, Ans)", () => {
  const poor = session("ans", "nl", [
    "Goedemorgen. Wat kan ik voor je doen?",
    "Je suiker is te hoog. Heb je je tabletten wel genomen?",
    "Je moet meer bewegen en minder snoepen.",
    "Het klinkt alsof het zwaar is.",
    "Hoe vaak beweeg je per week?",
    "Wat zou je willen veranderen?",
    "Het is beter om elke dag een half uur te wandelen.",
    "Vind je dat lastig?",
    "Gebruik je je medicijnen elke dag?",
    SKIP,
  ]);

  it("ends when the trainee asks for feedback", () => {
    expect(poor.summary).toMatchObject({ complete: true, ended: "trainee", turns: 9 });
    expect(oefenenFlow.view(poor.snapshot, "nl").messages[0]).toBe("Je hebt het gesprek afgerond.");
  });

  it("counts the moves and misses both thresholds", () => {
    expect(poor.summary.counts).toEqual({
      openQuestions: 2,
      closedQuestions: 4,
      reflections: 1,
      advice: 2,
      information: 1,
      options: 0,
      other: 1,
      permissionRequests: 0,
      // Both pieces of advice came without asking: in phase 1, so they are the expert moves too.
      adviceWithoutPermission: 2,
    });
    expect(poor.summary.reflectionToQuestion).toEqual({
      reflections: 1,
      questions: 6,
      ratio: 0.17,
      threshold: 1,
      met: false,
    });
    expect(poor.summary.openQuestions).toEqual({ percent: 33, threshold: 70, met: false });
  });

  it("finds the expert moves in phase 1 and the unnamed shifts, each run counted once", () => {
    expect(poor.summary.expertMovesInPhase1.map((m) => [m.turn, m.input])).toEqual([
      [2, "information"],
      [3, "advice"],
      [7, "advice"],
    ]);
    expect(poor.summary.namedShifts).toEqual([]);
    expect(poor.summary.unnamedShifts.map((s) => [s.turn, s.to])).toEqual([
      [1, "expert"],
      [5, "expert"],
      [9, "expert"],
    ]);
    expect(poor.summary.ownGoal).toEqual({ formulated: false, turn: null });
    expect(poor.summary.goal).toBeNull();
    expect(poor.summary.timeline.every((t) => t.phase === "volgend")).toBe(true);
    expect(poor.summary.timeline.map((t) => t.shift)).toEqual([
      "unnamed",
      null,
      null,
      null,
      "unnamed",
      null,
      null,
      null,
      "unnamed",
    ]);
  });

  it("answers like a patient: ja maar to early advice, not ready for unnamed activation, the pull at turn 2 and 6", () => {
    const reply = (turn: number) => poor.replies[turn - 1]?.[0] ?? "";
    expect(reply(1)).toContain("suiker");
    expect(reply(2)).toMatch(/Ans: (Ja, maar|Ja maar|Dat klinkt makkelijk, maar)/);
    expect(reply(3)).toMatch(/Ans: (Ja, maar|Ja maar|Dat klinkt makkelijk, maar)/);
    expect(reply(2)).not.toBe(reply(3));
    expect(reply(6)).toMatch(/Veranderen\?|moeilijke vraag/);
    expect(reply(6)).toMatch(/Wat moet ik doen\?|wat moet ik nou doen/);
    expect(poor.context.phase).toBe("volgend");
  });

  it("gives kind, specific tips with the trainee's own words", () => {
    expect(kinds(poor.summary)).toEqual([
      "overview:info",
      "questions:tip",
      "reflections:tip",
      "phase1:tip",
      "named:tip",
      "unnamed:tip",
      "goal:tip",
    ]);
    const example = (topic: string) => poor.summary.remarks.find((r) => r.topic === topic)?.example;
    // Quotes are whole parts: the closed question of turn 2, without the information before it.
    expect(example("questions")).toBe("Heb je je tabletten wel genomen?");
    expect(example("phase1")).toBe("Je suiker is te hoog.");
    expect(example("unnamed")).toBe("Goedemorgen. Wat kan ik voor je doen?");
    expect(poor.summary.remarks.find((r) => r.topic === "phase1")?.text).toContain("3 keer");
  });
});

describe("sessions in English", () => {
  it("a good session with Gerda", () => {
    const good = session("gerda", "en", [
      "Welcome, Gerda. How are things with you?",
      "It sounds like the evenings are long and quiet.",
      "You miss having Jan around.",
      "What was singing in the choir like for you?",
      "You really light up when you talk about the choir.",
      "Shall we look at what you would like to change?",
      "So you would like to sing again.",
      "Who could help you with that?",
      "Thank you for talking with me, see you next time.",
    ]);
    expect(good.summary).toMatchObject({
      ended: "closed",
      turns: 9,
      counts: { openQuestions: 3, closedQuestions: 1, reflections: 4, advice: 0, information: 0 },
      reflectionToQuestion: { ratio: 1, met: true },
      openQuestions: { percent: 75, met: true },
      expertMovesInPhase1: [],
      unnamedShifts: [],
      ownGoal: { formulated: true, turn: 7 },
    });
    expect(good.summary.namedShifts.map((s) => [s.turn, s.to, s.permission])).toEqual([
      [6, "activerend", true],
    ]);
    expect(kinds(good.summary).every((k) => !k.endsWith(":tip"))).toBe(true);
    expect(good.replies[1]?.[0]).toContain("Can't you give me something to help me sleep?");
  });

  it("a poor session with Henk", () => {
    const poor = session("henk", "en", [
      "Good morning. What can I do for you?",
      "Do you still smoke?",
      "You should stop smoking.",
      "How often do you get short of breath?",
      "What would you like to change?",
      SKIP,
    ]);
    expect(poor.summary).toMatchObject({
      ended: "trainee",
      turns: 5,
      counts: { openQuestions: 2, closedQuestions: 2, reflections: 0, advice: 1, information: 0 },
      reflectionToQuestion: { ratio: 0, met: false },
      openQuestions: { percent: 50, met: false },
      namedShifts: [],
      ownGoal: { formulated: false, turn: null },
    });
    expect(poor.summary.expertMovesInPhase1.map((m) => m.turn)).toEqual([3]);
    expect(poor.summary.unnamedShifts.map((s) => s.turn)).toEqual([1]);
    expect(poor.replies[2]?.[0]).toMatch(/^Henk: (Yes but|Yes, they all say that|Could be, but)/);
    expect(poor.replies[2]?.[0]).toContain("Can't you just give me a stronger inhaler?");
  });
});

describe("variety", () => {
  it("words the same session differently with another seed, and identically with the same seed", () => {
    const lines = [
      "Je moet meer bewegen.",
      "Je moet minder snoepen.",
      "Vind je dat lastig?",
      "Vind je dat lastig?",
    ];
    const a = session("ans", "nl", lines, 0).replies.map((r) => r[0]);
    const b = session("ans", "nl", lines, 1).replies.map((r) => r[0]);
    expect(a).not.toEqual(b);
    expect(session("ans", "nl", lines, 0).replies.map((r) => r[0])).toEqual(a);
    // The same move twice in a row does not get the same line.
    expect(a[0]).not.toBe(a[1]);
    expect(a[2]).not.toBe(a[3]);
  });

  it("lets every persona reach a goal of their own in a good session", () => {
    for (const persona of ["ans", "henk", "samira", "gerda"] as const) {
      const s = session(persona, "nl", [
        "Hoe gaat het met je?",
        "Het klinkt alsof het zwaar is.",
        "Je maakt je zorgen.",
        "Wat is voor jou belangrijk?",
        "Dat raakt je.",
        "Zullen we nu kijken wat je zou willen veranderen?",
        "Dus je wilt weer meer energie hebben.",
        "Wat zou een eerste stap kunnen zijn?",
        "Dank je wel voor het gesprek, tot de volgende keer.",
      ]);
      expect({ persona, ended: s.summary.ended, goal: s.summary.ownGoal.formulated }).toEqual({
        persona,
        ended: "closed",
        goal: true,
      });
    }
  });
});

describe("counting per part (MITI)", () => {
  const mixed = session("henk", "nl", [
    "Het klinkt alsof het lopen zwaar wordt. Hoe gaat u daarmee om?",
    "U mist het vissen. Wat betekent dat voor u?",
    "Samengevat: het zit u meer dwars dan u laat merken. Klopt dat?",
    "Mag ik u iets vertellen over de pufjes?",
    "Rookt u nog?",
    SKIP,
  ]);

  it("counts each reflection and question of a mixed turn, a summary with a check as a reflection", () => {
    expect(mixed.summary.counts).toMatchObject({
      reflections: 3,
      openQuestions: 2,
      closedQuestions: 1,
      permissionRequests: 1,
      advice: 0,
    });
    expect(mixed.summary.reflectionToQuestion).toMatchObject({
      reflections: 3,
      questions: 3,
      ratio: 1,
      met: true,
    });
  });

  it("never quotes a permission request as the closed question to rephrase", () => {
    expect(mixed.summary.examples.closedQuestion?.text).toBe("Rookt u nog?");
  });
});
