// zod schemas for what a channel asks of the engine: start a conversation, take a turn.
import { z } from "zod";
import { localeSchema, regionSchema } from "../locales.ts";
import { answerSchema } from "./answer.ts";

export const createRequestSchema = z.strictObject({
  flow: z.string().min(1).max(64),
  locale: localeSchema.default("nl"),
  region: regionSchema.default("NL"),
});
export type CreateRequest = z.infer<typeof createRequestSchema>;

export const turnRequestSchema = z.strictObject({
  turnId: z
    .string()
    .min(8)
    .max(128)
    .regex(/^[A-Za-z0-9_.:-]+$/, "turnId may contain letters, digits and _ . : - only"),
  answer: answerSchema,
  /** The version the client answered; when given, a turn against any other version is a conflict. */
  version: z.number().int().min(0).optional(),
});
export type TurnRequest = z.infer<typeof turnRequestSchema>;
