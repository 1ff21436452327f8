// One chat completion through the Workers AI binding (`[ai]` in wrangler.toml), with the same deadline,
// token limit and failures as values as the HTTP client (client.ts), so the hook cannot tell them apart.
import { z } from "zod";
import type { Chat } from "./client.ts";
import type { LlmSettings } from "./settings.ts";

/** The part of the Workers AI binding used here: a text-generation model run with chat messages. */
export interface AiBinding {
  run(
    model: string,
    input: { messages: { role: string; content: string }[]; max_tokens: number; temperature: number },
  ): Promise<unknown>;
}

const answerSchema = z.object({ response: z.string().nullable().optional() });

export function createWorkersAiChat(ai: AiBinding, settings: LlmSettings): Chat {
  return async (messages) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), settings.timeoutMs);
    });
    try {
      const input = {
        messages: messages.map((m) => ({ role: m.role, content: m.content })),
        max_tokens: settings.maxTokens,
        temperature: 0.7,
      };
      // The binding takes no abort signal: a late answer is left to finish and ignored.
      const answer = await Promise.race([ai.run(settings.model, input), late]);
      if (answer === "late") return { ok: false, error: "timeout" };
      const parsed = answerSchema.safeParse(answer);
      if (!parsed.success) return { ok: false, error: "malformed" };
      const text = parsed.data.response?.trim() ?? "";
      return text === "" ? { ok: false, error: "empty" } : { ok: true, text };
    } catch {
      // The binding throws on an unknown model, a quota or an upstream error: all the same to the caller.
      return { ok: false, error: "http" };
    } finally {
      clearTimeout(timer);
    }
  };
}
