// The Workers AI path: a reply from the binding, and its failures as the same values as over HTTP; the
// settings choose the binding only on Workers with one, when no base URL is set.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";
import { type LlmSettings, llmSettings } from "./settings.ts";
import { type AiBinding, createWorkersAiChat } from "./workers-ai.ts";

const settings: LlmSettings = {
  via: "binding",
  baseUrl: "",
  model: "@cf/mistral/mistral-small",
  flows: ["oefenen"],
  timeoutMs: 100,
  maxTokens: 40,
};
const ask = [{ role: "user", content: "Hoe gaat het?" }] as const;

function binding(answer: () => Promise<unknown>) {
  const runs: { model: string; input: unknown }[] = [];
  const ai: AiBinding = {
    run: (model, input) => {
      runs.push({ model, input });
      return answer();
    },
  };
  return { ai, runs };
}

describe("createWorkersAiChat", () => {
  it("runs the model with the messages and the token limit, and returns its text", async () => {
    const { ai, runs } = binding(async () => ({ response: " Gaat wel. " }));
    expect(await createWorkersAiChat(ai, settings)(ask)).toEqual({ ok: true, text: "Gaat wel." });
    expect(runs).toEqual([
      { model: "@cf/mistral/mistral-small", input: { messages: ask, max_tokens: 40, temperature: 0.7 } },
    ]);
  });

  it("gives an error, an odd answer, an empty one and a late one as values", async () => {
    const chat = (answer: () => Promise<unknown>) => createWorkersAiChat(binding(answer).ai, settings)(ask);
    expect(await chat(() => Promise.reject(new Error("3040: capacity")))).toEqual({
      ok: false,
      error: "http",
    });
    expect(await chat(async () => ({ response: 42 }))).toEqual({ ok: false, error: "malformed" });
    expect(await chat(async () => ({ response: "" }))).toEqual({ ok: false, error: "empty" });
    expect(await chat(() => new Promise(() => {}))).toEqual({ ok: false, error: "timeout" });
  });
});

describe("llmSettings on Workers", () => {
  it("means the binding when the model is set without a base URL and the Worker has one", () => {
    const config = loadConfig({ LLM_MODEL: "@cf/mistral/mistral-small" });
    expect(llmSettings(config, { binding: true })).toMatchObject({
      via: "binding",
      model: "@cf/mistral/mistral-small",
    });
    expect(() => llmSettings(config, { binding: false })).toThrow(ConfigError);
    expect(
      llmSettings(loadConfig({ LLM_BASE_URL: "http://x/v1", LLM_MODEL: "m" }), { binding: true })?.via,
    ).toBe("http");
    expect(llmSettings(loadConfig({}), { binding: true })).toBeUndefined();
  });
});
