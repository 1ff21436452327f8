// The chat wrapper through the real openai client against the local fake server: replies, and every
// failure as a value, each after exactly one request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../../test/support/fake-llm.ts";
import { createChat } from "./client.ts";
import type { LlmSettings } from "./settings.ts";

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(() => fake.close());

const settings = (over: Partial<LlmSettings> = {}): LlmSettings => ({
  via: "http",
  baseUrl: fake.baseUrl,
  model: "test-model",
  flows: ["oefenen"],
  timeoutMs: 4000,
  maxTokens: 50,
  ...over,
});

const ask = [{ role: "user", content: "Hoe gaat het?" }] as const;

async function once(answer: Parameters<FakeLlm["script"]>[0], over: Partial<LlmSettings> = {}) {
  const before = fake.requests.length;
  fake.script(answer);
  const result = await createChat(settings(over))(ask);
  return { result, requests: fake.requests.length - before };
}

describe("createChat", () => {
  it("sends the model, the messages and the token limit, and returns the reply's text", async () => {
    const { result, requests } = await once({ reply: "  Het gaat wel.  " });
    expect(result).toEqual({ ok: true, text: "Het gaat wel." });
    expect(requests).toBe(1);
    const sent = fake.requests.at(-1);
    expect(sent?.path).toBe("/v1/chat/completions");
    expect(sent?.body).toMatchObject({ model: "test-model", max_tokens: 50, messages: ask });
  });

  it("sends the key as a bearer token when one is set", async () => {
    await once({ reply: "Ja." }, { apiKey: "sk-local" });
    expect(fake.requests.at(-1)?.headers.authorization).toBe("Bearer sk-local");
  });

  it("gives an HTTP error as a value, without retrying", async () => {
    expect(await once({ status: 500 })).toEqual({
      result: { ok: false, error: "http", status: 500 },
      requests: 1,
    });
    expect(await once({ status: 429 })).toEqual({
      result: { ok: false, error: "http", status: 429 },
      requests: 1,
    });
  });

  it("gives a body that is not JSON, or JSON without a choice, as malformed", async () => {
    expect((await once({ malformed: true })).result).toEqual({ ok: false, error: "malformed" });
    expect((await once({ json: { choices: [] } })).result).toEqual({ ok: false, error: "malformed" });
    expect((await once({ json: { error: "no" } })).result).toEqual({ ok: false, error: "malformed" });
  });

  it("gives an empty reply as empty", async () => {
    expect((await once({ reply: "   " })).result).toEqual({ ok: false, error: "empty" });
  });

  it("gives up at the deadline with a timeout", async () => {
    const { result, requests } = await once({ reply: "Te laat.", delayMs: 3000 }, { timeoutMs: 100 });
    expect(result).toEqual({ ok: false, error: "timeout" });
    expect(requests).toBe(1);
  });

  it("gives an endpoint nobody listens on as a network failure", async () => {
    const chat = createChat(settings({ baseUrl: "http://127.0.0.1:9/v1" }));
    expect(await chat(ask)).toEqual({ ok: false, error: "network" });
  });
});
