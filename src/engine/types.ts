// The channel-neutral shapes of a conversation as the outside world sees it (DESIGN section 5).
import { z } from "zod";

export const locales = ["nl", "en"] as const;
export const regions = ["NL", "BE"] as const;
export type Locale = (typeof locales)[number];
export type Region = (typeof regions)[number];
export type Channel = "web" | "slack";

export type InputSpec =
  | { kind: "text"; maxLength: number }
  | { kind: "scale"; min: number; max: number }
  | { kind: "choice"; options: { id: string; label: string }[]; multiple: boolean }
  | { kind: "none" };

export interface Message {
  role: "coach" | "user";
  text: string;
}

export interface ConversationState {
  version: number;
  phase: string;
  messages: Message[];
  input: InputSpec;
  done: boolean;
}

export const conversationStateSchema: z.ZodType<ConversationState> = z.object({
  version: z.number().int(),
  phase: z.string(),
  messages: z.array(z.object({ role: z.enum(["coach", "user"]), text: z.string() })),
  input: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("text"), maxLength: z.number().int() }),
    z.object({ kind: z.literal("scale"), min: z.number(), max: z.number() }),
    z.object({
      kind: z.literal("choice"),
      options: z.array(z.object({ id: z.string(), label: z.string() })),
      multiple: z.boolean(),
    }),
    z.object({ kind: z.literal("none") }),
  ]),
  done: z.boolean(),
});
