// A practice session as Markdown, to take to a trainer or supervision: the transcript with each turn's
// phase and its parts' labels, the patient's replies as shown with the voice that made each, the
// trainee's notes on labels, the figures, the feedback, and the patient's hidden profile. Pure.
import type { PracticeSummary } from "./feedback-schema.ts";
import { exportCopy } from "./practice-export-copy.ts";
import { type LabelNote, practiceSession } from "./practice-session.ts";
import type { StoredTurn } from "./stored-turns.ts";

/** Markdown would read "*" or "_" in anyone's words as emphasis: escape what it would act on. */
const plain = (text: string) =>
  // A line break inside a reply (a model's words may have one) would start a new block: a space reads the same.
  text.replace(/\s*\n\s*/g, " ").replace(/([\\`*_[\]#<>|])/g, "\\$1");

/**
 * With the stored turns (stored-turns.ts) the transcript holds the words as the trainee saw them and
 * each reply's voice; without, the rules' lines the summary remembers.
 */
export function practiceMarkdown(
  s: PracticeSummary,
  stored: StoredTurn[] = [],
  notes: LabelNote[] = [],
): string {
  const c = exportCopy[s.locale];
  const name = s.persona?.name ?? "";
  const out: string[] = [`# ${c.title(s.persona?.label ?? name)}`, "", `## ${c.transcript}`, ""];
  for (const t of practiceSession(s, stored, notes)) {
    const shift = t.shift === "named" ? ` (${c.named})` : t.shift === "unnamed" ? ` (${c.unnamed})` : "";
    out.push(`### ${c.turn(t.turn, c.phase[t.phase])}${shift}`, "");
    const parts = t.segments.map((p) => `${plain(p.text)} *(${c.kind[p.kind]})*`).join(" ");
    out.push(`**${c.you}:** ${parts}`, "");
    for (const p of t.segments)
      if (p.note !== null) out.push(`> *${c.meantOtherwise(c.kind[p.kind])}:* ${plain(p.note)}`, "");
    const voice = t.voice === null ? "" : ` *(${c.voice[t.voice]})*`;
    if (t.reply !== null) out.push(`**${plain(c.patient(name))}:** ${plain(t.reply)}${voice}`, "");
  }
  out.push(`## ${c.figures}`, "", ...c.figureLines(s).map((l) => `- ${l}`), "");
  out.push(`## ${c.feedback}`, "");
  for (const r of s.remarks) {
    out.push(`- ${plain(r.text)}`);
    if (r.example) out.push(`  > ${plain(r.example)}`);
  }
  out.push("");
  if (s.profile) {
    out.push(`## ${c.profile}`, "", plain(s.profile.reveal), "");
    if (s.profile.found.length > 0) out.push(`**${c.found}:** ${s.profile.found.join(", ")}`, "");
    if (s.profile.missed.length > 0) out.push(`**${c.missed}:** ${s.profile.missed.join(", ")}`, "");
    if (s.profile.protocol)
      out.push(
        `**${c.protocol}:** ${[...s.profile.protocol.done, ...s.profile.protocol.missed.map((m) => `~~${m}~~`)].join(", ")}`,
        "",
      );
  }
  return `${out.join("\n").trimEnd()}\n`;
}
