// One practice session as a trainer reads it back: each turn's phase, the trainee's words as stored with
// each part's label, the patient's reply as shown with its voice, and the trainee's own notes on labels.
// The Markdown and the PDF export are both drawn from this. Pure.
import type { PracticeSummary } from "./feedback-schema.ts";
import type { PartKind } from "./parts.ts";
import type { ReplyVoiceName, StoredTurn } from "./stored-turns.ts";

/** The trainee's "I meant this differently" on one part's label, with one line of why. */
export interface LabelNote {
  turn: number;
  part: number;
  text: string;
}

export interface SessionSegment {
  /** The trainee's words of this part, as typed (with what joined it to the next). */
  text: string;
  kind: PartKind;
  note: string | null;
}

export interface SessionTurn {
  turn: number;
  phase: PracticeSummary["timeline"][number]["phase"];
  shift: "named" | "unnamed" | null;
  segments: SessionSegment[];
  reply: string | null;
  /** Null when the reply was not read from the stored events (then it is the rules' line as summarised). */
  voice: ReplyVoiceName | null;
}

type Part = { text: string; kind: PartKind };

/**
 * The typed words cut where each part begins, so nothing typed is lost or reordered: what lies between
 * two parts (a dropped "klopt dat?", a joining "en") stays with the part before it. Null when a part
 * cannot be found in the words.
 */
function segmentsOf(said: string, parts: Part[]): { text: string; kind: PartKind }[] | null {
  const starts: number[] = [];
  let from = 0;
  for (const part of parts) {
    const at = said.indexOf(part.text, from);
    if (at < 0) return null;
    starts.push(at);
    from = at + part.text.length;
  }
  return parts.map((part, i) => {
    const begin = i === 0 ? 0 : (starts[i] ?? 0);
    const end = starts[i + 1] ?? said.length;
    return { text: said.slice(begin, end).trim(), kind: part.kind };
  });
}

/** Pairs each turn of the timeline with its stored turn, in order, by the words typed. */
function align(timeline: PracticeSummary["timeline"], stored: StoredTurn[]): (StoredTurn | undefined)[] {
  let next = 0;
  return timeline.map((t) => {
    for (let i = next; i < stored.length; i++) {
      if (stored[i]?.said.trim() === t.text.trim()) {
        next = i + 1;
        return stored[i];
      }
    }
    return undefined;
  });
}

export function practiceSession(
  s: PracticeSummary,
  stored: StoredTurn[] = [],
  notes: LabelNote[] = [],
): SessionTurn[] {
  const paired = align(s.timeline, stored);
  return s.timeline.map((t, i) => {
    const own = paired[i];
    const parts: Part[] = t.parts.length > 0 ? t.parts : [{ text: t.text, kind: "other" }];
    const cut = own ? segmentsOf(own.said, parts) : null;
    const segments = (cut ?? parts).map((p, n) => ({
      text: p.text,
      kind: p.kind,
      note: notes.find((x) => x.turn === t.turn && x.part === n)?.text ?? null,
    }));
    return {
      turn: t.turn,
      phase: t.phase,
      shift: t.shift,
      segments,
      reply: own ? own.reply : (s.replies[i] ?? null),
      voice: own ? own.voice : null,
    };
  });
}
