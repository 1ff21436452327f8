// How a turn's reply is kept in `events.result`, for exact replays and for the transcript: the
// rendered state without what the row already says (its version is the event's seq) or what nearly
// every reply repeats (the coach as speaker, false flags), and coded with the phrase table
// (phrase-code.ts), since nearly every word of it is the flow's own. A finished reflection's events
// were most of its stored bytes (BENCHMARKS.md). Rows stored as plain JSON read back the same.
import { z } from "zod";
import { packJson, unpackJson } from "./phrase-code.ts";
import type { ConversationState, InputSpec, Message } from "./types.ts";

const storedMessage = z.union([z.string(), z.object({ role: z.enum(["coach", "user"]), text: z.string() })]);

const storedReply = z.object({
  phase: z.string(),
  messages: z.array(storedMessage),
  // Written by the engine from a flow's own step; its shape is the engine's InputSpec.
  input: z.custom<InputSpec>(
    (value) => typeof value === "object" && value !== null && "kind" in value,
    "a stored reply needs an input",
  ),
  canGoBack: z.boolean().optional(),
  done: z.boolean().optional(),
});

/** The reply as it is stored, before coding: what the phrase table is built from. */
export function replyDocument(state: ConversationState): Record<string, unknown> {
  return {
    phase: state.phase,
    messages: state.messages.map((m) => (m.role === "coach" ? m.text : m)),
    input: state.input,
    ...(state.canGoBack ? { canGoBack: true } : {}),
    ...(state.done ? { done: true } : {}),
  };
}

export function storeReply(state: ConversationState): string {
  return packJson(replyDocument(state));
}

/** The reply stored for the event with this seq, as the person got it. */
export function readReply(stored: string, seq: number): ConversationState {
  const reply = storedReply.parse(unpackJson(stored));
  return {
    version: seq,
    phase: reply.phase,
    messages: reply.messages.map((m): Message => (typeof m === "string" ? { role: "coach", text: m } : m)),
    input: reply.input,
    canGoBack: reply.canGoBack ?? false,
    done: reply.done ?? false,
  };
}
