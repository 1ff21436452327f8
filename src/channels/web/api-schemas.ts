// zod schemas of what the JSON API answers (DESIGN section 5), for its OpenAPI document and the contract
// tests. The checks at the bottom keep them in step with what the engine returns.
import { z } from "zod";
import type { ParsedAnswer } from "../../engine/answer.ts";
import type { ConversationView, Created } from "../../engine/conversations.ts";
import { channels, conversationStatuses } from "../../engine/records.ts";
import { replyVoiceSchema } from "../../engine/reply-hook.ts";
import { createRequestSchema, turnRequestSchema } from "../../engine/requests.ts";
import type { SafetyHold, Screening } from "../../engine/safety-gate.ts";
import { type Assert, conversationStateSchema, messageSchema, type Same } from "../../engine/state-schema.ts";
import type { ConversationRecord, EventRecord, LabelNoteRecord } from "../../engine/store.ts";
import type { StoredAnswer } from "../../engine/stored-answer.ts";
import { localeSchema, regionSchema } from "../../locales.ts";
import { practiceExportFields } from "../../practice/export-schema.ts";
import { screenCategories, screenLevels } from "../../safety/types.ts";
import { flowSummarySchema } from "../../summary/flow-summary.ts";

export const createBodySchema = createRequestSchema.meta({ id: "CreateRequest" });
export const turnBodySchema = turnRequestSchema.meta({ id: "TurnRequest" });

const conversationId = z.uuid().meta({ description: "The conversation's id." });
const status = z.enum(conversationStatuses).meta({
  description: "check: the coach asked a safety question; crisis: coaching has ended with the help texts.",
});

export const createdSchema = z
  .strictObject({
    id: conversationId,
    token: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .meta({
        description: "Returned once: send it as `Authorization: Bearer <token>` on every later request.",
      }),
    resumeCode: z
      .string()
      .regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      .meta({
        description: "Short code the person can write down to continue in the web chat on another device.",
      }),
    state: conversationStateSchema,
  })
  .meta({ id: "Created" });

export const turnResponseSchema = z
  .strictObject({ state: conversationStateSchema })
  .meta({ id: "TurnReply" });

export const conversationViewSchema = z
  .strictObject({
    id: conversationId,
    flow: z.string().min(1),
    status,
    locale: localeSchema,
    region: regionSchema,
    state: conversationStateSchema,
    transcript: z.array(messageSchema).meta({ description: "The whole conversation so far, oldest first." }),
  })
  .meta({ id: "Conversation" });

export const summaryResponseSchema = z
  .strictObject({
    done: z.boolean().meta({ description: "Whether the conversation has finished." }),
    summary: flowSummarySchema,
  })
  .meta({
    id: "SummaryReply",
    description: "The summary as far as the conversation got; its shape depends on the flow.",
  });

// The export: every row stored about the conversation, decoded, without the token and resume-code hashes.

/** An answer in the engine's normal form (choices always as a list). */
const normalAnswerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("text"), text: z.string() }),
  z.strictObject({ kind: z.literal("value"), value: z.number() }),
  z.strictObject({ kind: z.literal("choice"), choice: z.array(z.string()) }),
  z.strictObject({
    kind: z.literal("scales"),
    scales: z.record(z.string(), z.number()),
    marks: z.array(z.string()),
  }),
]);

const parsedAnswerSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("answer"),
    answer: normalAnswerSchema,
  }),
  z.strictObject({ kind: z.literal("command"), command: z.enum(["back", "pause", "skip"]) }),
]);

const screenCategory = z.enum(screenCategories).nullable();

const safetyHoldSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("check"),
    level: z.enum(["check", "acute_check"]),
    category: screenCategory,
  }),
  z.strictObject({ type: z.literal("crisis"), level: z.enum(["crisis", "acute"]), category: screenCategory }),
]);

const exportedConversation = z.strictObject({
  id: conversationId,
  flowId: z.string(),
  flowVersion: z.number().int(),
  channel: z.enum(channels),
  locale: localeSchema,
  region: regionSchema,
  version: z.number().int().min(0),
  phase: z.string(),
  status,
  createdAt: z.number().int().meta({ description: "Milliseconds since 1970." }),
  updatedAt: z.number().int(),
  expiresAt: z.number().int().meta({ description: "When the retention sweep deletes it." }),
  snapshot: z
    .record(z.string(), z.unknown())
    .meta({ description: "The flow's persisted state machine snapshot." }),
  safety: safetyHoldSchema
    .nullable()
    .meta({ description: "What the safety screening holds: a pending check question or the crisis." }),
});

const exportedEvent = z.strictObject({
  seq: z.number().int().min(0),
  turnId: z.string(),
  kind: z.enum(["start", "answer", "back", "skip", "pause"]),
  answer: z
    .strictObject({ given: parsedAnswerSchema, shown: z.string().optional() })
    .nullable()
    .meta({ description: "The answer as given, and what the transcript showed for it when that differs." }),
  result: conversationStateSchema,
  voice: replyVoiceSchema.optional().meta({
    description:
      "Which voice worded the reply when the language model was asked: the model, or the template and why.",
  }),
  screening: z
    .strictObject({
      level: z.enum(screenLevels),
      category: screenCategory,
      cues: z.array(z.string()),
    })
    .nullable()
    .meta({ description: "The safety screening of a free-text answer: its decision and rule labels." }),
  createdAt: z.number().int(),
});

export const exportSchema = z
  .strictObject({
    exportedAt: z.iso.datetime(),
    conversation: exportedConversation,
    events: z.array(exportedEvent),
    timers: z.array(
      z.strictObject({
        id: z.string(),
        dueAt: z.number().int(),
        event: z.string(),
        status: z.string(),
        attempts: z.number().int().min(0),
        createdAt: z.number().int(),
      }),
    ),
    audit: z.array(
      z.strictObject({
        at: z.number().int(),
        action: z.enum(["create", "export", "erase", "resume", "purge"]),
        actor: z.enum(["token", "resume-code", "channel", "system"]),
        conversationId: z.string().nullable(),
        detail: z.string().nullable(),
      }),
    ),
    transcript: z.array(messageSchema),
    labelNotes: z
      .array(
        z.strictObject({
          turn: z.number().int().min(1),
          part: z.number().int().min(0),
          text: z.string(),
          createdAt: z.number().int(),
        }),
      )
      .meta({
        description: 'A practice session\'s notes on labels of its feedback ("I meant this differently").',
      }),
    ...practiceExportFields,
  })
  .meta({ id: "Export", description: "Everything stored about the conversation." });

export type ExportReply = z.infer<typeof exportSchema>;
export type SummaryReply = z.infer<typeof summaryResponseSchema>;

// What the engine hands out must fit these schemas. Exactly, where the engine has the type; where it
// returns a looser one (its safety categories, the exported rows), the engine's values must fit.
type Fits<A, B> = [A] extends [B] ? true : false;
type Exported = ExportReply["conversation"];
type ExportedEvent = ExportReply["events"][number];
export type ApiSchemasMatchEngine = [
  Assert<Same<z.infer<typeof createdSchema>, Created>>,
  Assert<Same<z.infer<typeof conversationViewSchema>, ConversationView>>,
  Assert<Same<keyof Omit<ConversationRecord, "tokenHash" | "resumeHash">, keyof Exported>>,
  Assert<
    Fits<
      Omit<ConversationRecord, "tokenHash" | "resumeHash" | "snapshot" | "safety">,
      Omit<Exported, "snapshot" | "safety">
    >
  >,
  Assert<Fits<SafetyHold | null, Exported["safety"]>>,
  // The voice is read out of the stored reply (engine/reply-hook.ts), not a column of its own.
  Assert<Same<keyof EventRecord, Exclude<keyof ExportedEvent, "voice">>>,
  Assert<
    Fits<
      Omit<EventRecord, "answer" | "result" | "screening">,
      Omit<ExportedEvent, "answer" | "result" | "screening" | "voice">
    >
  >,
  Assert<Fits<StoredAnswer | null, ExportedEvent["answer"]>>,
  Assert<Fits<ParsedAnswer, NonNullable<ExportedEvent["answer"]>["given"]>>,
  Assert<Fits<Screening | null, ExportedEvent["screening"]>>,
  Assert<Same<z.infer<typeof exportSchema>["labelNotes"][number], LabelNoteRecord>>,
];
