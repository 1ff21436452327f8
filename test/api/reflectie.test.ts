// A patient walks through the whole reflection over HTTP against the real server, in Dutch and in
// English; back, pause (across a restart) and skip at each kind of input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import type { Summary } from "../../src/summary/schema.ts";
import { call } from "../support/http.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

let server: ProductServer;
beforeAll(async () => {
  server = await startProductServer();
});
afterAll(async () => server?.stop());

interface Conversation {
  id: string;
  token: string;
  state: ConversationState;
  turns: number;
}

async function begin(locale: "nl" | "en"): Promise<Conversation> {
  const r = await call<{ id: string; token: string; state: ConversationState }>(
    server.base,
    "POST",
    "/api/conversations",
    {
      body: { flow: "reflectie", locale, region: "NL" },
    },
  );
  expect(r.status).toBe(201);
  return { ...r.body, turns: 0 };
}

async function send(c: Conversation, answer: unknown): Promise<ConversationState> {
  c.turns++;
  const r = await call<{ state: ConversationState }>(
    server.base,
    "POST",
    `/api/conversations/${c.id}/turns`,
    {
      token: c.token,
      body: { turnId: `walk-${c.id.slice(0, 8)}-${c.turns}`, answer, version: c.state.version },
    },
  );
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  c.state = r.body.state;
  return c.state;
}

function optionId(state: ConversationState, index = 0): string {
  if (state.input.kind !== "choice")
    throw new Error(`expected a choice, got ${state.input.kind} in ${state.phase}`);
  const option = state.input.options[index];
  if (!option) throw new Error("no such option");
  return option.id;
}

async function walk(locale: "nl" | "en", answers: Record<string, string>) {
  const c = await begin(locale);
  await send(c, { choice: locale });
  await send(c, { choice: "BE" });
  expect(c.state.messages.map((m) => m.text).join(" ")).toContain("1813");
  await send(c, { choice: "ja" });
  expect(c.state.phase).toBe("gg1");
  await send(c, { text: answers.happy });
  // Reflected back to the person: "mijn" becomes "je".
  expect(c.state.messages[0]?.text).toContain((answers.happy ?? "").replace(/\bmijn\b/g, "je"));
  await send(c, { text: answers.more });
  await send(c, { text: answers.health });
  await send(c, { value: 6 });
  // The spinnenweb: six grades and a mark in one answer.
  await send(c, {
    scales: { lichaam: 7, mentaal: 5, zingeving: 8, kwaliteit: 6, meedoen: 4, dagelijks: 7 },
    marks: ["meedoen"],
  });
  await send(c, { choice: "nu" });
  await send(c, { text: answers.now });
  await send(c, { choice: "verder" });
  expect(c.state.messages.map((m) => m.text).join("\n")).toContain(answers.now);
  await send(c, { choice: "klopt" });
  expect(c.state.phase).toBe("gg2");
  await send(c, { choice: "ja" });
  await send(c, { choice: "meedoen" });
  await send(c, { text: answers.wish });
  await send(c, { value: 8 });
  await send(c, { text: answers.why });
  await send(c, { value: 6 });
  await send(c, { text: answers.confidence });
  await send(c, { text: answers.step });
  await send(c, { text: answers.when });
  await send(c, { text: answers.who });
  expect(c.state.phase).toBe("gg3");
  await send(c, { choice: "ja" });
  await send(c, { text: answers.help });
  await send(c, { text: answers.main });
  await send(c, { command: "skip" });
  // Meedoen got a 4: help in the neighbourhood is offered, and declined here.
  expect(c.state.input).toMatchObject({ kind: "choice" });
  await send(c, { choice: "nee" });
  await send(c, { choice: "nee" });
  expect(c.state.phase).toBe("samenvatting");
  expect(c.state.messages.map((m) => m.text).join("\n")).toContain(answers.main);
  await send(c, { choice: "klaar" });
  // The closing question about the conversation itself, optional.
  expect(c.state.done).toBe(false);
  await send(c, { choice: "fijn" });
  expect(c.state.done).toBe(true);

  const summary = await call<{ done: boolean; summary: Summary }>(
    server.base,
    "GET",
    `/api/conversations/${c.id}/summary`,
    {
      token: c.token,
    },
  );
  expect(summary.status).toBe(200);
  return { c, summary: summary.body };
}

describe("reflectie over HTTP", () => {
  it("walks a Dutch-speaking patient from welcome to a summary in their own words", async () => {
    const answers = {
      happy: "fietsen met mijn kleinzoon",
      more: "rust in mijn hoofd",
      health: "ik ben vaak moe na het werk",
      now: "koffie drinken met de buurvrouw",
      wish: "weer elke week met vrienden afspreken",
      why: "ik mis ze echt",
      confidence: "het lukte vroeger ook",
      step: "mijn vriendin Els bellen",
      when: "zaterdag",
      who: "mijn dochter",
      help: "mijn slaap",
      main: "waarom slaap ik zo slecht sinds de zomer?",
    };
    const { summary } = await walk("nl", answers);
    expect(summary.done).toBe(true);
    expect(summary.summary).toMatchObject({
      complete: true,
      locale: "nl",
      region: "BE",
      matters: { happy: answers.happy, more: answers.more, present: answers.now },
      health: { experience: answers.health, grade: 6 },
      wants: {
        notNow: false,
        theme: "Meedoen",
        wish: answers.wish,
        importance: 8,
        importanceWhy: answers.why,
        confidence: 6,
      },
      firstStep: { what: answers.step, when: answers.when, who: answers.who },
      visit: {
        mainQuestion: answers.main,
        helpWith: answers.help,
        otherTopics: null,
        threeQuestions: false,
        socialHelp: false,
      },
    });
    expect(summary.summary.spinnenweb.find((d) => d.dimension === "meedoen")).toMatchObject({
      grade: 4,
      talk: true,
    });
  });

  it("walks an English-speaking patient through the same flow", async () => {
    const answers = {
      happy: "gardening in the morning",
      more: "time with friends",
      health: "my back hurts after long days",
      now: "walking by the river",
      wish: "to join a walking group",
      why: "I feel better when I move",
      confidence: "I have done it before",
      step: "look up a group nearby",
      when: "this weekend",
      who: "my neighbour",
      help: "my back pain",
      main: "what can I do about my back so I can keep walking?",
    };
    const { summary } = await walk("en", answers);
    expect(summary.summary).toMatchObject({
      locale: "en",
      matters: { happy: answers.happy },
      wants: { theme: "Taking part", wish: answers.wish },
      firstStep: { what: answers.step },
      visit: { mainQuestion: answers.main },
    });
  });

  it("back, skip and pause work at text, scale and choice inputs, and pause survives a restart", async () => {
    const c = await begin("nl");
    await send(c, { choice: "nl" });
    // choice: back shows the earlier choice selected
    await send(c, { command: "back" });
    expect(c.state.input).toMatchObject({ kind: "choice", selected: ["nl"] });
    await send(c, { choice: "nl" });
    await send(c, { choice: "NL" });
    await send(c, { choice: "ja" });
    // text: answer, back, the answer is filled in
    await send(c, { text: "muziek maken" });
    await send(c, { command: "back" });
    expect(c.state.input).toMatchObject({ kind: "text", value: "muziek maken" });
    await send(c, { text: "muziek maken" });
    // text: skip
    await send(c, { command: "skip" });
    expect(c.state.messages.map((m) => m.text).join(" ")).not.toContain("meer willen van");
    await send(c, { text: "best goed" });
    // scale: answer, back shows the grade, then skip
    await send(c, { value: 7 });
    await send(c, { command: "back" });
    expect(c.state.input).toMatchObject({ kind: "scale", value: 7, skip: "Sla over" });
    await send(c, { command: "skip" });
    // the spinnenweb, with skip
    expect(c.state.input.kind).toBe("scales");
    const before = c.state;
    // pause, restart the server, continue exactly where we were
    await send(c, { command: "pause" });
    expect(c.state.messages[0]?.text).toMatch(/bewaard/);
    await server.restart();
    const view = await call<{ state: ConversationState }>(server.base, "GET", `/api/conversations/${c.id}`, {
      token: c.token,
    });
    expect(view.body.state.input).toEqual(before.input);
    expect(view.body.state.messages).toEqual(before.messages);
    c.state = view.body.state;
    await send(c, { command: "skip" });
    expect(optionId(c.state)).toBe("vroeger");
    const summary = await call<{ summary: Summary }>(
      server.base,
      "GET",
      `/api/conversations/${c.id}/summary`,
      { token: c.token },
    );
    expect(summary.body.summary).toMatchObject({
      complete: false,
      matters: { happy: "muziek maken", more: null },
      health: { grade: null },
    });
  });

  it("a skip where a question cannot be skipped is refused and changes nothing", async () => {
    const c = await begin("nl");
    const r = await call(server.base, "POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId: "no-skip-0001", answer: { command: "skip" } },
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      error: { code: "invalid_request", message: "this question cannot be skipped" },
    });
  });
});
