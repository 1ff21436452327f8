// "Dat bedoelde ik anders": a trainee's note on one label of a finished practice session, checked
// before anything is kept. One line, short, about a label the session has. Pure.
import { z } from "zod";
import type { Locale } from "../locales.ts";
import type { PracticeSummary } from "./feedback-schema.ts";
import type { LabelNote } from "./practice-session.ts";

export const NOTE_MAX = 200;

// Form fields arrive as strings; a number that is not one whole number is refused, not rounded.
const index = z
  .string()
  .regex(/^\d{1,3}$/)
  .transform(Number);

export const labelNoteFormSchema = z.object({
  turn: index,
  part: index,
  text: z.string().max(4 * NOTE_MAX),
});

export type NoteProblem = "malformed" | "empty" | "tooLong" | "multiline" | "unknownLabel" | "notFinished";

export const noteProblemText: Record<Locale, Record<NoteProblem, string>> = {
  nl: {
    malformed: "Deze opmerking kwam niet goed bij ons aan. Er is niets bewaard; probeer het nog eens.",
    empty: "Schrijf in één regel wat je anders bedoelde. Er is nog niets bewaard.",
    tooLong: `Houd het bij één regel van hoogstens ${NOTE_MAX} tekens. Er is nog niets bewaard.`,
    multiline: "Eén regel is genoeg. Er is nog niets bewaard.",
    unknownLabel: "Dit label hoort niet bij dit gesprek. Er is niets bewaard.",
    notFinished: "Een opmerking bij een label kan pas als het gesprek klaar is. Er is niets bewaard.",
  },
  en: {
    malformed: "This note did not reach us properly. Nothing was saved; please try again.",
    empty: "Write in one line what you meant instead. Nothing has been saved yet.",
    tooLong: `Keep it to one line of at most ${NOTE_MAX} characters. Nothing has been saved yet.`,
    multiline: "One line is enough. Nothing has been saved yet.",
    unknownLabel: "This label is not part of this conversation. Nothing was saved.",
    notFinished: "You can add a note to a label once the conversation has ended. Nothing was saved.",
  },
};

/** The note to keep, or why not: the fields as the form sent them, against the session they are about. */
export function checkLabelNote(
  fields: unknown,
  summary: PracticeSummary,
): { ok: true; note: LabelNote } | { ok: false; problem: NoteProblem } {
  const parsed = labelNoteFormSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, problem: "malformed" };
  if (!summary.complete) return { ok: false, problem: "notFinished" };
  const { turn, part } = parsed.data;
  const text = parsed.data.text.trim();
  const timeline = summary.timeline.find((t) => t.turn === turn);
  // A turn stored before parts were counted has one part: its whole words.
  const parts = timeline ? Math.max(1, timeline.parts.length) : 0;
  if (part >= parts) return { ok: false, problem: "unknownLabel" };
  if (text.length === 0) return { ok: false, problem: "empty" };
  if (/[\r\n]/.test(text)) return { ok: false, problem: "multiline" };
  if ([...text].length > NOTE_MAX) return { ok: false, problem: "tooLong" };
  return { ok: true, note: { turn, part, text } };
}
