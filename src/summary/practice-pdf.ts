// A practice session as an A4 PDF for supervision, in the session's language: the transcript with each
// turn's phase and its parts' labels, the replies as shown with their voice, the trainee's notes on
// labels, the figures, the feedback and the patient's profile. The layout is pdf-layout.ts's, shared
// with the reflection's summary; the words are the Markdown export's (practice-export-copy.ts).
import type { PracticeSummary } from "../coaching/feedback-schema.ts";
import { exportCopy } from "../coaching/practice-export-copy.ts";
import { type LabelNote, practiceSession } from "../coaching/practice-session.ts";
import type { StoredTurn } from "../coaching/stored-turns.ts";
import { summaryDate } from "./date.ts";
import { MUTED, startPdf } from "./pdf-layout.ts";

export interface PracticePdfOptions {
  date: Date;
  stored?: StoredTurn[];
  notes?: LabelNote[];
}

export async function practicePdf(s: PracticeSummary, options: PracticePdfOptions): Promise<Uint8Array> {
  const c = exportCopy[s.locale];
  const name = s.persona?.name ?? "";
  const title = c.title(s.persona?.label ?? name);
  const { doc, w } = await startPdf(title, s.locale, options.date);
  w.text(title, { size: 18, bold: true, gap: 2 });
  // The region only changes how a date is written, and a practice session has none: the Dutch one.
  w.text(summaryDate(options.date, s.locale, "NL"), { size: 11, color: MUTED, gap: 8 });

  w.heading(c.transcript);
  for (const t of practiceSession(s, options.stored, options.notes)) {
    const shift = t.shift === "named" ? ` (${c.named})` : t.shift === "unnamed" ? ` (${c.unnamed})` : "";
    w.room(50);
    w.text(`${c.turn(t.turn, c.phase[t.phase])}${shift}`, { size: 10, bold: true, color: MUTED, gap: 1 });
    const said = t.segments.map((p) => `${p.text} (${c.kind[p.kind]})`).join(" ");
    w.item(c.you, said);
    // The note under the words it is about, in the words' column.
    for (const p of t.segments)
      if (p.note !== null)
        w.text(`${c.meantOtherwise(c.kind[p.kind])}: ${p.note}`, {
          size: 9.5,
          color: MUTED,
          indent: 150,
          gap: 1,
        });
    if (t.reply !== null) w.item(name, t.voice === null ? t.reply : `${t.reply} (${c.voice[t.voice]})`);
    w.y -= 4;
  }

  w.heading(c.figures);
  for (const line of c.figureLines(s)) w.text(line, { size: 10.5, gap: 1 });
  w.y -= 6;

  w.heading(c.feedback);
  for (const r of s.remarks) {
    w.text(r.text, { size: 10.5, gap: 1 });
    if (r.example) w.text(`"${r.example}"`, { size: 10, color: MUTED, indent: 16, gap: 2 });
  }
  w.y -= 6;

  if (s.profile) {
    w.heading(c.profile);
    w.text(s.profile.reveal, { size: 10.5, gap: 3 });
    if (s.profile.found.length > 0) w.item(c.found, s.profile.found.join(", "));
    if (s.profile.missed.length > 0) w.item(c.missed, s.profile.missed.join(", "));
    const protocol = s.profile.protocol;
    if (protocol && protocol.done.length > 0) w.item(c.protocol, protocol.done.join(", "));
    if (protocol && protocol.missed.length > 0) w.item(c.protocolOpen, protocol.missed.join(", "));
  }
  return doc.save();
}
