// A practice session gathered for its exports (the Markdown and the PDF, on the web, in the JSON API and
// in Slack): the flow's feedback, and the turns as they were stored and shown, with their voices and the
// trainee's notes on labels. Reading the stored events is an export, so the engine audits it as one.
import { z } from "zod";
import { type PracticeSummary, practiceSummarySchema } from "../coaching/feedback-schema.ts";
import type { LabelNote } from "../coaching/practice-session.ts";
import { type StoredTurn, storedTurns } from "../coaching/stored-turns.ts";
import type { Access, Engine } from "../engine/conversations.ts";
import { fail, ok, type Result } from "../engine/errors.ts";

export interface PracticeExport {
  summary: PracticeSummary;
  stored: StoredTurn[];
  notes: LabelNote[];
}

const exportedNotes = z.looseObject({
  labelNotes: z.array(z.object({ turn: z.number(), part: z.number(), text: z.string() })),
});

/** The trainee's notes on labels in the export; none when it has none. */
function notesOf(exported: unknown): LabelNote[] {
  const parsed = exportedNotes.safeParse(exported);
  return parsed.success ? parsed.data.labelNotes.map(({ turn, part, text }) => ({ turn, part, text })) : [];
}

export async function practiceExport(
  engine: Engine,
  id: string,
  access: Access,
): Promise<Result<PracticeExport>> {
  const summarised = await engine.summary(id, access);
  if (!summarised.ok) return summarised;
  const summary = practiceSummarySchema.safeParse(summarised.value.summary);
  if (!summary.success) return fail("invalid_request", "only a practice conversation has this export");
  const exported = await engine.exportData(id, access);
  if (!exported.ok) return exported;
  return ok({
    summary: summary.data,
    stored: storedTurns(exported.value, summary.data.persona?.name ?? ""),
    notes: notesOf(exported.value),
  });
}
