// When the model is on: only with both base URL and model, for the practice flow unless LLM_FLOWS says more.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";
import { llmSettings, usesModel } from "./settings.ts";

describe("llmSettings", () => {
  it("is off when nothing is configured", () => {
    expect(llmSettings(loadConfig({}))).toBeUndefined();
    expect(usesModel(llmSettings(loadConfig({})), "oefenen")).toBe(false);
  });

  it("is on with base URL and model, for the practice flow only, with a 4 s deadline", () => {
    const settings = llmSettings(
      loadConfig({ LLM_BASE_URL: "http://localhost:11434/v1/", LLM_MODEL: "mistral-small" }),
    );
    expect(settings).toMatchObject({
      baseUrl: "http://localhost:11434/v1",
      model: "mistral-small",
      flows: ["oefenen"],
      timeoutMs: 4000,
    });
    expect(usesModel(settings, "oefenen")).toBe(true);
    expect(usesModel(settings, "reflectie")).toBe(false);
  });

  it("takes the flows and the deadline it is given", () => {
    const settings = llmSettings(
      loadConfig({
        LLM_BASE_URL: "https://api.example.eu/v1",
        LLM_MODEL: "m",
        LLM_API_KEY: "k",
        LLM_FLOWS: "oefenen, reflectie",
        LLM_TIMEOUT_MS: "1500",
      }),
    );
    expect(settings).toMatchObject({ apiKey: "k", flows: ["oefenen", "reflectie"], timeoutMs: 1500 });
  });

  it("refuses half a configuration and flows that do not exist", () => {
    expect(() => llmSettings(loadConfig({ LLM_MODEL: "m" }))).toThrow(ConfigError);
    expect(() => llmSettings(loadConfig({ LLM_BASE_URL: "http://x/v1" }))).toThrow(/LLM_MODEL is required/);
    expect(() => llmSettings(loadConfig({ LLM_API_KEY: "k" }))).toThrow(ConfigError);
    expect(() =>
      llmSettings(loadConfig({ LLM_BASE_URL: "http://x/v1", LLM_MODEL: "m", LLM_FLOWS: "chat" })),
    ).toThrow(/LLM_FLOWS names "chat"/);
    expect(() => loadConfig({ LLM_TIMEOUT_MS: "10" })).toThrow(/LLM_TIMEOUT_MS must be from 100/);
  });
});
