// One chat completion from an OpenAI-compatible endpoint through the official client, with a deadline and
// a token limit. Every failure comes back as a value, so the caller falls back to its template line.
import OpenAI from "openai";
import { z } from "zod";
import type { LlmSettings } from "./settings.ts";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export type ChatFailure = "timeout" | "http" | "network" | "malformed" | "empty";
export type ChatResult = { ok: true; text: string } | { ok: false; error: ChatFailure; status?: number };

/** Asks the model once; never throws, never retries (a retry would break the one-call-per-turn bound). */
export type Chat = (messages: readonly ChatMessage[]) => Promise<ChatResult>;

// Only what we read of the answer; anything else the endpoint adds is ignored.
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

export function createChat(settings: LlmSettings, options: { fetch?: typeof fetch } = {}): Chat {
  const client = new OpenAI({
    baseURL: settings.baseUrl,
    // Local servers (Ollama, llama.cpp) take any key; the client insists on one.
    apiKey: settings.apiKey ?? "not-needed",
    timeout: settings.timeoutMs,
    maxRetries: 0,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return async (messages) => {
    // The client's own timeout stops at the response headers; this one also covers a body that trickles.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    try {
      const completion: unknown = await client.chat.completions.create(
        {
          model: settings.model,
          messages: messages.map((m) => ({ role: m.role, content: m.content })),
          max_tokens: settings.maxTokens,
          temperature: 0.7,
        },
        { signal: controller.signal },
      );
      const parsed = completionSchema.safeParse(completion);
      if (!parsed.success) return { ok: false, error: "malformed" };
      const text = parsed.data.choices[0]?.message.content?.trim() ?? "";
      return text === "" ? { ok: false, error: "empty" } : { ok: true, text };
    } catch (error) {
      return failureOf(error, controller.signal.aborted);
    } finally {
      clearTimeout(timer);
    }
  };
}

function failureOf(error: unknown, aborted: boolean): ChatResult {
  if (aborted || error instanceof OpenAI.APIConnectionTimeoutError) return { ok: false, error: "timeout" };
  if (error instanceof OpenAI.APIError && error.status !== undefined)
    return { ok: false, error: "http", status: error.status };
  if (error instanceof OpenAI.APIConnectionError) return { ok: false, error: "network" };
  // A body that is not JSON (the client's JSON.parse throws) or any other surprise.
  return { ok: false, error: "malformed" };
}
