// The patient's voice through the engine, the real openai client and the local fake server: the model's
// words when they pass, the template when the call fails or a guard refuses, one call per turn at most,
// exact replays, the voice in the export, and nothing identifying in what is sent.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { productFlows, productVoices } from "../../flows/index.ts";
import { nl } from "../../flows/oefenen/content.nl.ts";
import { practiceDirective } from "../../flows/oefenen/voice.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { type FakeLlm, type LlmAnswer, startFakeLlm } from "../../test/support/fake-llm.ts";
import { stateOf, value } from "../../test/support/result.ts";
import { createEngine, type Engine } from "../engine/conversations.ts";
import { createLlmHook } from "./hook.ts";
import type { LlmSettings } from "./settings.ts";

let fake: FakeLlm;
let db: TempDatabase;
let engine: Engine;

beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());
afterEach(() => db.cleanup());

const settings = (): LlmSettings => ({
  via: "http",
  baseUrl: fake.baseUrl,
  model: "test-model",
  flows: ["oefenen"],
  timeoutMs: 300,
  maxTokens: 200,
});

beforeEach(async () => {
  db = await tempDatabase();
  const replyHook = createLlmHook(settings(), productVoices);
  engine = createEngine({ store: db.store, flows: productFlows(), ...(replyHook ? { replyHook } : {}) });
});

type Answer = Parameters<Engine["turn"]>[2]["answer"];

async function practice(persona = "ans") {
  const created = value(await engine.create({ flow: "oefenen", locale: "nl", region: "NL" }));
  let n = 0;
  const send = async (answer: Answer) =>
    stateOf(await engine.turn(created.id, created.token, { turnId: `t-${++n}`, answer }));
  await send({ choice: persona });
  await send({ choice: "nee" });
  return { ...created, send };
}

/** What the rules alone would have said this turn: the directive's message from the stored context. */
async function templateNow(id: string, token: string): Promise<string | undefined> {
  const exported = value(await engine.exportData(id, token));
  const conversation = exported.conversation as { snapshot: { context: unknown } };
  return practiceDirective(conversation.snapshot.context, "nl")?.message;
}

async function voices(id: string, token: string) {
  const exported = value(await engine.exportData(id, token)) as { events: { voice?: unknown }[] };
  return exported.events.map((e) => e.voice);
}

async function sayWith(answer: LlmAnswer, text = "Hoe gaat het met u?") {
  const c = await practice();
  const before = fake.requests.length;
  fake.script(answer);
  const state = await c.send({ text });
  return { c, state, calls: fake.requests.length - before };
}

describe("the practice patient's voice", () => {
  it("uses the model's words when they pass, stores which voice it was and replays them exactly", async () => {
    const c = await practice();
    const before = fake.requests.length;
    fake.script({ reply: "Ach, het gaat wel. Ik ben wel vaak moe na het werk." });
    const state = await c.send({ text: "Hoe gaat het met u?" });
    expect(state.messages[0]?.text).toBe("Ans: Ach, het gaat wel. Ik ben wel vaak moe na het werk.");
    expect(fake.requests.length - before).toBe(1);
    expect((await voices(c.id, c.token)).at(-1)).toEqual({ by: "model" });

    // A retry with the same turnId gives the stored words back, without asking the model again.
    const again = stateOf(
      await engine.turn(c.id, c.token, { turnId: "t-3", answer: { text: "Hoe gaat het met u?" } }),
    );
    expect(again).toEqual(state);
    expect(fake.requests.length - before).toBe(1);
    const view = value(await engine.get(c.id, c.token));
    expect(view.transcript.map((m) => m.text)).toContain(state.messages[0]?.text);
  });

  it("asks once when a retry comes while the first try still waits for the model", async () => {
    const c = await practice();
    const before = fake.requests.length;
    fake.script({ reply: "Ach, het gaat wel.", delayMs: 150 });
    const request = { turnId: "t-3", answer: { text: "Hoe gaat het met u?" } };
    const [first, retry] = await Promise.all([
      engine.turn(c.id, c.token, request),
      engine.turn(c.id, c.token, request),
    ]);
    expect(fake.requests.length - before).toBe(1);
    expect(stateOf(retry)).toEqual(stateOf(first));
    expect(stateOf(first).messages[0]?.text).toBe("Ans: Ach, het gaat wel.");
  });

  it("never asks the model at the choice steps, and asks once per utterance", async () => {
    const before = fake.requests.length;
    const c = await practice();
    expect(fake.requests.length).toBe(before);
    await c.send({ text: "Hoe gaat het met u?" });
    await c.send({ text: "Wat bedoelt u met moe?" });
    expect(fake.requests.length - before).toBe(2);
  });

  it("falls back to the template when a guard refuses the reply", async () => {
    for (const [reply, failed] of [
      ["Als AI-assistent kan ik geen patiënt spelen.", "role"],
      ["Je moet echt meer gaan bewegen, dat is beter.", "advice"],
      ["Ik slaap maar vier uur per nacht.", "number"],
      ["Ik wil vooral een oma zijn die meedoet met de kleinkinderen in de speeltuin.", "discloses"],
      ["Well, I'm fine, really. Just tired after work, you know.", "language"],
    ] as const) {
      const { c, state } = await sayWith({ reply });
      expect(state.messages[0]?.text).toBe(await templateNow(c.id, c.token));
      expect(state.messages[0]?.text).not.toContain(reply);
      expect((await voices(c.id, c.token)).at(-1)).toEqual({ by: "template", fallback: failed });
    }
  });

  it("falls back to the template on an error, a body that is not JSON and a reply that comes too late", async () => {
    for (const [answer, fallback] of [
      [{ status: 503 }, "http"],
      [{ malformed: true }, "malformed"],
      [{ reply: "Ach, het gaat wel.", delayMs: 3000 }, "timeout"],
    ] as const) {
      const { c, state, calls } = await sayWith(answer);
      expect(calls).toBe(1);
      expect(state.messages[0]?.text).toBe(await templateNow(c.id, c.token));
      expect((await voices(c.id, c.token)).at(-1)).toEqual({ by: "template", fallback });
    }
  });

  it("sends the sheet, this turn's directive and the conversation so far, and nothing identifying", async () => {
    const c = await practice();
    fake.script({ reply: "Ach, het gaat wel." }, { reply: "Ja, moe. Vooral na het werk." });
    const before = fake.requests.length;
    await c.send({ text: "Hoe gaat het met u?" });
    await c.send({ text: "U bent vaak moe." });
    const template = (await templateNow(c.id, c.token))?.replace(/^Ans: /, "");
    const sent = fake.requests.slice(before);
    const messages = sent[1]?.body?.messages ?? [];
    expect(messages[0]?.role).toBe("system");
    expect(messages[0]?.content).toContain(nl.personas.ans.card[0]);
    // The rules' line for this turn, to be said in the patient's own words.
    expect(template).toBeTruthy();
    expect(messages[0]?.content).toContain(template);
    expect(messages.slice(1)).toEqual([
      { role: "user", content: "Hoe gaat het met u?" },
      { role: "assistant", content: "Ach, het gaat wel." },
      { role: "user", content: "U bent vaak moe." },
    ]);
    // The hidden value is not in the prompt before the patient has said it.
    for (const request of sent) expect(request.raw).not.toContain(nl.personas.ans.value);
    const resume = c.resumeCode.replace(/-/g, "");
    for (const request of sent) {
      const everything = `${request.raw} ${JSON.stringify(request.headers)} ${request.path}`;
      for (const secret of [c.id, c.token, c.resumeCode, resume, "t-3", "t-4"])
        expect(everything).not.toContain(secret);
      expect(Object.keys(request.body ?? {}).sort()).toEqual([
        "max_tokens",
        "messages",
        "model",
        "temperature",
      ]);
    }
  });

  it("leaves the reflection alone unless LLM_FLOWS names it", async () => {
    const before = fake.requests.length;
    const created = value(await engine.create({ flow: "reflectie", locale: "nl", region: "NL" }));
    for (const [i, choice] of ["nl", "NL", "ja"].entries())
      value(await engine.turn(created.id, created.token, { turnId: `r-${i}`, answer: { choice } }));
    value(
      await engine.turn(created.id, created.token, { turnId: "r-9", answer: { text: "Ik slaap slecht." } }),
    );
    expect(fake.requests.length).toBe(before);
  });
});

describe("the channel's signal before the model is asked", () => {
  it("comes once, before the request, on a turn the model words; never on one it does not", async () => {
    const c = await practice();
    const heard: number[] = [];
    const beforeModel = () => heard.push(fake.requests.length);
    const before = fake.requests.length;
    fake.script({ reply: "Ach, het gaat wel." });
    value(
      await engine.turn(c.id, c.token, { turnId: "s-1", answer: { text: "Hoe gaat het?" } }, { beforeModel }),
    );
    // Heard while nothing had reached the model yet.
    expect(heard).toEqual([before]);
    // A replay of the stored turn asks nothing and signals nothing.
    value(
      await engine.turn(c.id, c.token, { turnId: "s-1", answer: { text: "Hoe gaat het?" } }, { beforeModel }),
    );
    expect(heard).toHaveLength(1);
    expect(fake.requests.length).toBe(before + 1);
  });
});

describe("warmer reflections, when LLM_FLOWS names the reflection", () => {
  async function reflection() {
    const replyHook = createLlmHook({ ...settings(), flows: ["oefenen", "reflectie"] }, productVoices);
    const both = createEngine({
      store: db.store,
      flows: productFlows(),
      ...(replyHook ? { replyHook } : {}),
    });
    const created = value(await both.create({ flow: "reflectie", locale: "nl", region: "NL" }));
    let n = 0;
    const send = async (answer: Answer) =>
      stateOf(await both.turn(created.id, created.token, { turnId: `r-${++n}`, answer }));
    for (const choice of ["nl", "NL", "ja"]) await send({ choice });
    return { ...created, send, engine: both };
  }

  it("uses the warmer words for the reflection of the person's answer, and the question as written", async () => {
    const c = await reflection();
    const before = fake.requests.length;
    fake.script({ reply: "Wandelen met je hond in het bos maakt je blij." });
    const state = await c.send({ text: "ik word blij van wandelen met de hond in het bos" });
    expect(fake.requests.length - before).toBe(1);
    expect(state.messages[0]?.text).toBe("Wandelen met je hond in het bos maakt je blij.");
    // The next question is the flow's own.
    expect(state.messages).toHaveLength(2);
    expect(fake.requests.at(-1)?.raw).toContain("ik word blij van wandelen met de hond in het bos");
  });

  it("keeps the rules' reflection when the model's is a question", async () => {
    const c = await reflection();
    fake.script({ reply: "Wat vind je het fijnste aan wandelen?" });
    const state = await c.send({ text: "ik word blij van wandelen met de hond in het bos" });
    expect(state.messages[0]?.text).not.toContain("?");
    expect(state.messages[0]?.text).toMatch(/^Je wordt blij van wandelen met de hond in het bos/);
  });
});

describe("createLlmHook", () => {
  it("makes no hook at all when the model is not configured or no flow may use it", () => {
    expect(createLlmHook(undefined, productVoices)).toBeUndefined();
    expect(createLlmHook({ ...settings(), flows: ["quiz"] }, productVoices)).toBeUndefined();
  });
});
