// A seam for rewording a turn's reply after the pure turn core decided it and before it is stored: the
// optional language model (src/llm) lives behind it. Without a hook a turn is exactly as before.
import type { AnyMachineSnapshot } from "xstate";
import { z } from "zod";
import type { Locale, Region } from "../locales.ts";
import type { Flow } from "./flow.ts";
import { packJson, unpackJson } from "./phrase-code.ts";
import { restoreFlow } from "./step.ts";
import { replyDocument } from "./stored-reply.ts";
import { readSnapshot } from "./stored-snapshot.ts";
import type { TurnPlan } from "./turn.ts";
import type { ConversationState, Message } from "./types.ts";

export interface ReplyHookInput {
  flow: Flow;
  /** The flow after this turn, as it will be stored. */
  snapshot: AnyMachineSnapshot;
  state: ConversationState;
  locale: Locale;
  region: Region;
  /** The conversation so far, before this turn, as it was shown; read only when the hook needs it. */
  transcript: () => Promise<Message[]>;
  /** Names this turn within the process (conversation, turnId, version, answer): a retry in flight has the same. */
  turnKey: string;
  /** The hook calls this once, right before it asks the model (never when it does not). */
  beforeModel: () => void;
}

/** Which voice worded a reply: the model, or the template because the model failed or a guard said no. */
export const replyVoiceSchema = z.strictObject({
  by: z.enum(["model", "template"]),
  fallback: z.string().max(40).optional(),
});
export type ReplyVoice = z.infer<typeof replyVoiceSchema>;

/** The reply to store instead, and which voice made it, kept beside it in the stored reply. */
export interface Reworded {
  state: ConversationState;
  voice: ReplyVoice;
}

/** Whether the hook wants this flow at all (checked before anything is read), and the rewording. */
export interface ReplyHook {
  wants(flowId: string): boolean;
  reword(input: ReplyHookInput): Promise<Reworded | undefined>;
}

type Append = Extract<TurnPlan, { kind: "append" }>;

/** The plan with its reply reworded by the hook, or unchanged when there is none or it declines. */
export async function applyReplyHook(
  hook: ReplyHook | undefined,
  flow: Flow,
  plan: Append,
  conversationId: string,
  transcript: () => Promise<Message[]>,
  beforeModel: () => void = () => {},
): Promise<Append> {
  if (!hook?.wants(flow.id)) return plan;
  const snapshot = restoreFlow(flow, readSnapshot(plan.update.snapshot));
  const { locale, region } = plan.update;
  // The answer belongs in the key: the same turnId with another answer is refused later, never merged.
  const turnKey = [conversationId, plan.event.turnId, plan.event.seq, plan.event.answer].join("\u0000");
  const reworded = await hook.reword({
    flow,
    snapshot,
    state: plan.state,
    locale,
    region,
    transcript,
    turnKey,
    beforeModel,
  });
  if (!reworded) return plan;
  const { state, voice } = reworded;
  // The stored reply keeps its own shape (stored-reply.ts ignores keys it does not know); the voice rides along.
  return { ...plan, state, event: { ...plan.event, result: packJson({ ...replyDocument(state), voice }) } };
}

const storedVoice = z.looseObject({ voice: replyVoiceSchema.optional() });

/** Which voice made a stored reply; undefined for replies stored without the model. */
export function voiceOf(stored: string): ReplyVoice | undefined {
  const parsed = storedVoice.safeParse(unpackJson(stored));
  return parsed.success ? parsed.data.voice : undefined;
}
