// What the patient's export holds of the practice side (export.ts), as zod fields for the API's
// export schema: present only when the service runs with the practice side.
import { z } from "zod";
import { regionSchema } from "../locales.ts";
import { practiceAuditActions, practiceAuditActors } from "./audit.ts";

const id = z.string().nullable();

export const practiceExportFields = {
  practice: z
    .strictObject({ name: z.string(), slug: z.string(), region: regionSchema })
    .nullable()
    .optional()
    .describe("The practice whose invitation link started the conversation, if any."),
  shares: z
    .array(
      z.strictObject({
        id: z.string(),
        practiceId: id,
        byCode: z.boolean(),
        createdAt: z.number().int(),
        redeemedAt: z.number().int().nullable(),
        expiresAt: z.number().int(),
      }),
    )
    .optional()
    .describe("The shares that count now; a share code itself is never stored."),
  practiceAudit: z
    .array(
      z.strictObject({
        at: z.number().int(),
        action: z.enum(practiceAuditActions),
        actor: z.enum(practiceAuditActors),
        practiceId: id.optional(),
        staffId: id.optional(),
        conversationId: id.optional(),
        shareId: id.optional(),
      }),
    )
    .optional()
    .describe("Who shared, viewed, redeemed or withdrew, and when; never content."),
};
