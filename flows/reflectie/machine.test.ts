// Model-based tests: explore the reflection machine the way a client can drive it (every option,
// a text, two grades, skip and back at every step) and check that every state and every transition
// of the machine is reached. Plus a few paths checked answer by answer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AnyMachineSnapshot, createActor } from "xstate";
import { adjacencyMapToArray, getAdjacencyMap } from "xstate/graph";
import type { Answer } from "../../src/engine/answer.ts";
import type { FlowEvent } from "../../src/engine/flow.ts";
import { transitionCoverage, unreachedStates } from "../../test/support/model-coverage.ts";
import { withDiagram } from "../diagram.ts";
import { openMoments, type ReflectieContext, socialLow } from "./context.ts";
import { reflectieFlow } from "./flow.ts";
import { reflectieMachine } from "./machine.ts";

const input = { locale: "nl" as const, region: "NL" as const, seed: 0 };

const scalesOf = (scales: Record<string, number>, marks: string[]): Answer => ({
  kind: "scales",
  scales,
  marks,
});

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
  if (spec.kind === "scales") {
    const ids = spec.items.map((item) => item.id);
    // All graded and none marked; two marked with the last graded low; only a mark, no grade.
    events.push({ type: "answer", answer: scalesOf(Object.fromEntries(ids.map((id) => [id, 7])), []) });
    events.push({
      type: "answer",
      answer: scalesOf(
        Object.fromEntries(ids.map((id, i) => [id, i === ids.length - 2 ? 3 : 6])),
        ids.slice(0, 2),
      ),
    });
    events.push({ type: "answer", answer: scalesOf({}, ids.slice(0, 1)) });
  }
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
    socialLow(ctx),
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
    const phases = new Set(["welkom", "gg1", "gg2", "gg3", "samenvatting", "afsluiting"]);
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
const choose = (...ids: string[]): FlowEvent => ({ type: "answer", answer: { kind: "choice", choice: ids } });
const grades = (scales: Record<string, number>, ...marks: string[]): FlowEvent => ({
  type: "answer",
  answer: scalesOf(scales, marks),
});
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

  it("acknowledges pain and tiredness before asking for a grade, and not after a skip", () => {
    const said = drive([...start, skip, skip, text("Niet zo best... rug doet vaak pijn... snel moe")]);
    expect(said.value).toBe("gg1_cijfer");
    expect(reflectieFlow.view(said, "nl").messages[0]).toBe("Pijn en moe zijn, dat klinkt zwaar.");
    const skipped = drive([...start, skip, skip, skip]);
    expect(reflectieFlow.view(skipped, "nl").messages).toHaveLength(1);
  });

  it("acknowledges worry in phase 3 too, in English", () => {
    const snapshot = drive([
      choose("en"),
      choose("NL"),
      choose("ja"),
      ...Array<FlowEvent>(5).fill(skip),
      choose("verder"),
      choose("klopt"),
      choose("nietnu"),
      choose("ja"),
      text("I'm worried about my heart"),
    ]);
    expect(snapshot.value).toBe("gg3_hoofdvraag");
    expect(reflectieFlow.view(snapshot, "en").messages[0]).toBe(
      "That sounds like something that weighs on you.",
    );
  });

  it("says the person's words back without quotes in phase 2, and the button reads naturally", () => {
    const toTheme = [
      ...start,
      skip,
      text("Meer bewegen"),
      skip,
      skip,
      skip,
      choose("verder"),
      choose("klopt"),
    ];
    const atTheme = drive([...toTheme, choose("ja")]);
    const view = reflectieFlow.view(atTheme, "nl");
    expect(view.input.kind === "choice" && view.input.options.find((o) => o.id === "meer")?.label).toBe(
      "Meer bewegen",
    );
    const atWish = drive([...toTheme, choose("ja"), choose("meer")]);
    expect(reflectieFlow.view(atWish, "nl").messages[0]).toBe("Je koos: meer bewegen.");
    const atWhen = drive([
      ...toTheme,
      choose("ja"),
      choose("meer"),
      skip,
      skip,
      skip,
      text("Twee keer per week wandelen met mijn buurvrouw."),
    ]);
    expect(atWhen.value).toBe("gg2_wanneer");
    expect(reflectieFlow.view(atWhen, "nl").messages).toEqual([
      "Je eerste stap: twee keer per week wandelen met je buurvrouw.",
      "Wanneer zou je daarmee willen beginnen?",
    ]);
  });

  it("reviews phase 1 in the person's perspective, without doubled words", () => {
    const snapshot = drive([
      ...start,
      text("Van mijn kleinkinderen"),
      text("rust"),
      text("Ik ben vaak moe"),
      skip,
      skip,
      choose("verder"),
    ]);
    expect(snapshot.value).toBe("gg1_terugblik");
    const review = reflectieFlow.view(snapshot, "nl").messages[1] ?? "";
    expect(review).toContain("Je wordt blij van je kleinkinderen.");
    expect(review).toContain("Je wilt graag meer rust.");
    expect(review).toContain("Over je gezondheid: je bent vaak moe.");
    expect(review).not.toMatch(/\b(ik|mijn)\b|["“”]/i);
  });

  it("offers the marked dimensions as themes in phase 2, and 'not now' goes on to phase 3", () => {
    const snapshot = drive([
      ...start,
      skip,
      text("meer rust"),
      skip,
      skip,
      grades({ lichaam: 4, mentaal: 8, meedoen: 3, dagelijks: 6 }, "meedoen", "lichaam"),
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

  it("does not quote in the review what it could not turn safely", () => {
    const snapshot = drive([
      ...start,
      text("zie www.voorbeeld.nl en bel me"),
      skip,
      skip,
      skip,
      skip,
      choose("verder"),
    ]);
    const review = reflectieFlow.view(snapshot, "nl").messages[1] ?? "";
    expect(review).toBe("• Je vertelde waar je blij van wordt.");
  });

  it("confirms only the addition after one, and never shows the summary twice", () => {
    const toReview = [...start, text("tuinieren"), skip, skip, skip, skip, choose("verder")];
    const reviewed = drive(toReview);
    expect(reflectieFlow.view(reviewed, "nl").messages[1]).toBe("• Je wordt blij van tuinieren.");
    const added = drive([...toReview, choose("aanvullen"), text("ik kook ook graag")]);
    expect(reflectieFlow.view(added, "nl").messages).toEqual([
      "Dank je, dat zet ik erbij:",
      "Je kookt ook graag.",
      "Klopt dit? Of wil je iets aanvullen of verbeteren?",
    ]);
    const toSummary = [...toReview, choose("klopt"), choose("nietnu"), choose("nee")];
    const first = reflectieFlow.view(drive(toSummary), "nl").messages;
    expect(first.length).toBeGreaterThan(2);
    const changed = drive([...toSummary, choose("wijzig"), choose("happy"), text("koken")]);
    expect(reflectieFlow.view(changed, "nl").messages).toEqual([
      "Aangepast. De rest van je samenvatting blijft zoals hij was.",
      "Klopt alles? Je kunt nog iets aanpassen voordat je afrondt.",
    ]);
  });

  it("offers help in the neighbourhood when Meedoen is low, says where (BE wording), and notes it", () => {
    const toPhase3 = [
      ...start,
      skip,
      skip,
      skip,
      skip,
      grades({ lichaam: 6, mentaal: 6, zingeving: 6, kwaliteit: 6, meedoen: 3, dagelijks: 6 }),
      choose("verder"),
      choose("klopt"),
      choose("nietnu"),
      choose("ja"),
      skip,
      skip,
      skip,
    ];
    const offered = drive(toPhase3);
    expect(offered.value).toBe("gg3_welzijn");
    const yes = drive([...toPhase3, choose("ja")]);
    expect(yes.value).toBe("gg3_zz");
    expect(reflectieFlow.view(yes, "nl").messages.join(" ")).toContain("CAW");
    expect(reflectieFlow.summarize(yes, "nl")).toMatchObject({ visit: { socialHelp: true } });
    const no = drive([...toPhase3, choose("nee")]);
    expect(reflectieFlow.view(no, "nl").messages).toEqual([
      "Heb je ook vragen over klachten of over medicijnen?",
    ]);
    // Without a low grade or loneliness named, nothing is offered.
    const rest = [choose("verder"), choose("klopt"), choose("nietnu"), choose("ja"), skip, skip, skip];
    const plain = drive([...start, skip, skip, skip, skip, skip, ...rest]);
    expect(plain.value).toBe("gg3_zz");
    const lonely = drive([...start, text("ik voel me vaak alleen"), skip, skip, skip, skip, ...rest]);
    expect(lonely.value).toBe("gg3_welzijn");
  });

  it("asks at the end how the conversation was, optionally, and keeps the answer", () => {
    const toSummary = [
      ...start,
      skip,
      skip,
      skip,
      skip,
      skip,
      choose("verder"),
      choose("klopt"),
      choose("nietnu"),
      choose("nee"),
    ];
    const asked = drive([...toSummary, choose("klaar")]);
    expect(asked.value).toBe("ervaring");
    expect(reflectieFlow.view(asked, "nl").input).toMatchObject({ kind: "choice", skip: "Sla over" });
    const answered = drive([...toSummary, choose("klaar"), choose("lastig")]);
    expect(answered.status).toBe("done");
    expect((answered.context as ReflectieContext).experience).toBe("lastig");
    expect(reflectieFlow.view(answered, "nl").messages[0]).toBe("Dank je voor je antwoord.");
    const skipped = drive([...toSummary, choose("klaar"), skip]);
    expect(skipped.status).toBe("done");
    expect((skipped.context as ReflectieContext).experience).toBeUndefined();
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
      choose("fijn"),
    ]);
    expect(corrected.status).toBe("done");
    expect(reflectieFlow.summarize(corrected, "nl")).toMatchObject({
      complete: true,
      matters: { happy: "tuinieren en koken" },
    });
  });

  // The Doelzoeker's own three questions, for whichever moment the person picks and whatever the
  // seed: what matters in your life, what you like doing, what gives your life quality.
  const doelzoeker = {
    nl: [
      /belangrijk (is )?in je leven/,
      /\b(doe|deed|zou) je\b.*\bgraag\b|\bje graag doet\b/,
      /\bje leven\b.*\bkwaliteit\b/,
    ],
    en: [
      /\bmatter(s|ed)? in (your life|it)\b/,
      /\blike doing\b|\blike to do\b/,
      /\b(gives|gave|give) your life quality\b/,
    ],
  } as const;
  for (const locale of ["nl", "en"] as const) {
    it(`asks the Doelzoeker's own questions for the past, now and later, with any seed (${locale})`, () => {
      const framing = {
        nl: { vroeger: /vroeger/, nu: /\bnu\b/, later: /later/ },
        en: { vroeger: /past/, nu: /\bnow\b/, later: /later/ },
      }[locale];
      for (const seed of [0, 1, 2, 3]) {
        const intro = createActor(reflectieMachine, { input: { locale, region: "BE", seed } }).start();
        for (const e of [choose(locale), choose("BE"), choose("ja"), skip, skip, skip, skip, skip])
          intro.send(e);
        expect(intro.getSnapshot().value).toBe("dz_kies");
        const said = reflectieFlow.view(intro.getSnapshot(), locale).messages.join(" ");
        for (const q of doelzoeker[locale]) expect(said, said).toMatch(q);
        for (const moment of ["vroeger", "nu", "later"] as const) {
          const actor = createActor(reflectieMachine, { input: { locale, region: "BE", seed } }).start();
          for (const e of [
            choose(locale),
            choose("BE"),
            choose("ja"),
            skip,
            skip,
            skip,
            skip,
            skip,
            choose(moment),
          ])
            actor.send(e);
          expect(actor.getSnapshot().value).toBe("dz_vraag");
          const [question, ...beside] = reflectieFlow.view(actor.getSnapshot(), locale).messages;
          // The three questions come first, each its own question, in the moment's own time.
          expect(question?.split("?").filter((q) => q.trim() !== "")).toHaveLength(3);
          for (const q of doelzoeker[locale]) expect(question, question).toMatch(q);
          expect(question).toMatch(framing[moment]);
          // A variant may stand beside them, never in their place.
          expect(beside).toHaveLength(1);
          for (const q of doelzoeker[locale]) expect(beside[0]).not.toMatch(q);
        }
      }
    });
  }

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
