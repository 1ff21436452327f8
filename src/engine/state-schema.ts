// zod schemas of the conversation state every channel receives (types.ts), for the OpenAPI document
// and its contract tests. The checks at the bottom keep them identical to the engine's types.
import { z } from "zod";
import type { ConversationState, InputSpec, Message } from "./types.ts";

const skip = z
  .string()
  .min(1)
  .optional()
  .meta({ description: "Label of the skip button; set when the question may be skipped." });

export const inputSpecSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("text"),
      maxLength: z.number().int().min(1),
      value: z.string().optional().meta({ description: "The earlier answer, to change rather than retype." }),
      skip,
    }),
    z.strictObject({
      kind: z.literal("scale"),
      min: z.number().int(),
      max: z.number().int(),
      value: z.number().int().optional().meta({ description: "The earlier answer." }),
      minLabel: z.string().optional(),
      maxLabel: z.string().optional(),
      skip,
    }),
    z.strictObject({
      kind: z.literal("choice"),
      options: z.array(z.strictObject({ id: z.string().min(1), label: z.string() })),
      multiple: z.boolean(),
      selected: z.array(z.string()).optional().meta({ description: "The ids chosen earlier." }),
      skip,
    }),
    z.strictObject({
      kind: z.literal("scales"),
      min: z.number().int(),
      max: z.number().int(),
      minLabel: z.string().optional(),
      maxLabel: z.string().optional(),
      items: z.array(
        z.strictObject({
          id: z.string().min(1),
          label: z.string(),
          description: z.string().optional(),
          value: z.number().int().optional().meta({ description: "The earlier grade." }),
        }),
      ),
      markLabel: z.string().meta({ description: 'Label of the mark each scale has ("talk about this").' }),
      marked: z.array(z.string()).optional().meta({ description: "The ids marked earlier." }),
      skip,
    }),
    z.strictObject({ kind: z.literal("none") }),
  ])
  .meta({ id: "InputSpec", description: "What the conversation waits for." });

export const messageSchema = z
  .strictObject({ role: z.enum(["coach", "user"]), text: z.string() })
  .meta({ id: "Message" });

export const conversationStateSchema = z
  .strictObject({
    version: z
      .number()
      .int()
      .min(0)
      .meta({ description: "Grows by one with every change; send it with a turn to refuse a stale answer." }),
    phase: z.string().min(1).meta({
      description: "Where the conversation is, for example welkom, gg1, gg2, gg3, samenvatting, crisis.",
    }),
    messages: z
      .array(messageSchema)
      .meta({ description: "What the coach says now (and the answer it replies to)." }),
    input: inputSpecSchema,
    canGoBack: z.boolean().meta({ description: 'Whether { command: "back" } is possible now.' }),
    done: z.boolean(),
  })
  .meta({ id: "ConversationState" });

/** True only when A and B are the same type (optional fields included), not merely assignable. */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Assert<T extends true> = T;

export type StateSchemasMatchTypes = [
  Assert<Same<z.infer<typeof inputSpecSchema>, InputSpec>>,
  Assert<Same<z.infer<typeof messageSchema>, Message>>,
  Assert<Same<z.infer<typeof conversationStateSchema>, ConversationState>>,
];
