// A practice session's turns as they were stored and shown, read from the engine's export of the
// conversation: what the trainee typed, the patient's reply as it appeared (the model's words when the
// optional language model voiced it), and which voice made it. Pure: the export is read, never fetched.
import { z } from "zod";

export type ReplyVoiceName = "rules" | "model";

export interface StoredTurn {
  /** The trainee's words as they were stored. */
  said: string;
  /** The patient's reply as it was shown, without the name in front; null when the turn had none. */
  reply: string | null;
  voice: ReplyVoiceName;
}

// Only what this reads of the export (engine/conversations.ts exportData); other keys pass unread.
const exportedSchema = z.looseObject({
  events: z.array(
    z.looseObject({
      answer: z
        .looseObject({
          given: z.looseObject({
            kind: z.string(),
            answer: z.looseObject({ kind: z.string(), text: z.string().optional() }).optional(),
          }),
        })
        .nullable(),
      result: z.looseObject({
        messages: z.array(z.looseObject({ role: z.string(), text: z.string() })),
      }),
      voice: z.looseObject({ by: z.enum(["model", "template"]) }).optional(),
    }),
  ),
});

/** How the practice flow puts the patient's words in the chat: "Henk: ..." (content.*.ts `says`). */
export const speakerPrefix = (name: string) => `${name}: `;

/** Each typed utterance of the session in order, with the reply shown after it; [] when the export is unreadable. */
export function storedTurns(exported: unknown, patientName: string): StoredTurn[] {
  const parsed = exportedSchema.safeParse(exported);
  if (!parsed.success) return [];
  const prefix = speakerPrefix(patientName);
  const out: StoredTurn[] = [];
  for (const event of parsed.data.events) {
    const given = event.answer?.given;
    const said = given?.kind === "answer" && given.answer?.kind === "text" ? given.answer.text : undefined;
    if (said === undefined) continue;
    const shown = event.result.messages.find((m) => m.role === "coach" && m.text.startsWith(prefix));
    out.push({
      said,
      reply: shown ? shown.text.slice(prefix.length) : null,
      // A reply the model was asked for but a guard turned down is the template's: the rules' words.
      voice: event.voice?.by === "model" ? "model" : "rules",
    });
  }
  return out;
}
