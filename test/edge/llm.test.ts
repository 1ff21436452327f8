// The optional language model on the Workers path: the Worker in real workerd, configured by variables,
// asks the same local fake server through the openai client, uses the model's words for the patient,
// falls back to the rules' line when a guard refuses the model's, and replays a turn without asking again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationState } from "../../src/engine/types.ts";
import { type FakeLlm, startFakeLlm } from "../support/fake-llm.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let fake: FakeLlm;
let worker: Workerd;

beforeAll(async () => {
  fake = await startFakeLlm();
  worker = await startWorkerd({ LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "edge-model" });
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
});

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${worker.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as T;
}

async function get<T>(path: string, token: string): Promise<T> {
  const res = await fetch(`${worker.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

/** A practice session with Gerda, up to her first reply to the trainee. */
async function practice() {
  const { id, token } = await post<{ id: string; token: string }>("/api/conversations", {
    flow: "oefenen",
    locale: "nl",
    region: "NL",
  });
  const turn = (n: number, answer: unknown) =>
    post<{ state: ConversationState }>(
      `/api/conversations/${id}/turns`,
      { turnId: `edge-turn-${n}`, answer },
      token,
    );
  await turn(1, { choice: "gerda" });
  await turn(2, { choice: "nee" });
  return { id, token, turn };
}

const voices = async (id: string, token: string) =>
  (await get<{ events: { voice?: unknown }[] }>(`/api/conversations/${id}/export`, token)).events.map(
    (e) => e.voice ?? null,
  );

describe("the language model in workerd", () => {
  it("voices the practice patient through the fake server, once per utterance, with nothing identifying", async () => {
    const { id, token, turn } = await practice();
    const before = fake.requests.length;
    fake.script({ reply: "Och, het gaat. Het is wel stil in huis." });
    const { state } = await turn(3, { text: "Hoe gaat het met u?" });
    expect(state.messages[0]?.text).toBe("Gerda: Och, het gaat. Het is wel stil in huis.");
    const sent = fake.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body?.model).toBe("edge-model");
    for (const secret of [id, token, "edge-turn-3"]) expect(JSON.stringify(sent[0])).not.toContain(secret);
  });

  it("keeps the rules' line when a guard refuses the model's, and says so in the export", async () => {
    const { id, token, turn } = await practice();
    const before = fake.requests.length;
    // Out of role: the patient never speaks as an assistant.
    fake.script({ reply: "Als AI-assistent kan ik u vertellen dat eenzaamheid vaak voorkomt." });
    const { state } = await turn(3, { text: "Hoe gaat het met u?" });
    const said = state.messages[0]?.text ?? "";
    expect(said).toMatch(/^Gerda: /);
    expect(said).not.toContain("AI-assistent");
    expect(fake.requests.length).toBe(before + 1);
    expect((await voices(id, token)).at(-1)).toEqual({ by: "template", fallback: "role" });
  });

  it("replays a turn with the words it stored, without asking the model again", async () => {
    const { turn } = await practice();
    fake.script({ reply: "Ach, ik red me wel. De kinderen bellen soms." });
    const first = await turn(3, { text: "Hoe gaat het met u?" });
    expect(first.state.messages[0]?.text).toBe("Gerda: Ach, ik red me wel. De kinderen bellen soms.");
    const asked = fake.requests.length;
    // The fake would now say its default line; the replay is the stored reply all the same.
    const again = await turn(3, { text: "Hoe gaat het met u?" });
    expect(again.state).toEqual(first.state);
    expect(fake.requests.length).toBe(asked);
  });
});
