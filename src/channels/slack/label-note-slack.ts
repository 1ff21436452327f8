// "Dat bedoelde ik anders" in the Slack DM: the button under the export opens the modal (views.open with
// the press's trigger), and a submitted note is checked and kept the way the web keeps it (label_notes,
// checkLabelNote), after which the Markdown comes again with the note in it.

import { type PracticeSummary, practiceSummarySchema } from "../../coaching/feedback-schema.ts";
import { checkLabelNote, noteProblemText } from "../../coaching/label-note.ts";
import type { LabelNote } from "../../coaching/practice-session.ts";
import { CHANNEL_ACCESS } from "../../engine/conversations.ts";
import type { SlackApi } from "./api.ts";
import type { CoachKit, SlackUser } from "./coach-kit.ts";
import {
  NOTE_BLOCK,
  type NoteMetadata,
  noteButtonValue,
  noteCopy,
  noteModal,
  readNoteValues,
} from "./label-note-views.ts";
import { shareExport } from "./practice-export.ts";
import { recordingApi } from "./recording-api.ts";

/** How far back a user's conversations are looked through for the one a button names. */
const OWN_CONVERSATIONS = 50;

export type NoteCheck = { ok: true; note: LabelNote } | { ok: false; errors: Record<string, string> };

export function createLabelNotes(kit: CoachKit) {
  const { engine, store, log } = kit.deps;

  /** The finished practice session, when it is this user's own; undefined otherwise. */
  async function ownSummary(who: SlackUser, id: string): Promise<PracticeSummary | undefined> {
    const own = await store.conversations(who.teamId, who.userId, OWN_CONVERSATIONS);
    if (!own.some((link) => link.conversationId === id)) return undefined;
    const result = await engine.summary(id, CHANNEL_ACCESS);
    if (!result.ok) return undefined;
    const summary = practiceSummarySchema.safeParse(result.value.summary);
    return summary.success ? summary.data : undefined;
  }

  return {
    /** The button was pressed (and acked): the modal, while the trigger is still valid. */
    async open(api: SlackApi, who: SlackUser, value: string, channel: string, triggerId: string) {
      let raw: unknown;
      try {
        raw = JSON.parse(value);
      } catch {
        raw = undefined;
      }
      const pressed = noteButtonValue.safeParse(raw);
      const summary = pressed.success ? await ownSummary(who, pressed.data.c) : undefined;
      if (!pressed.success || !summary?.complete) {
        log.warn("slack label note for a session that is not the user's own finished one");
        return;
      }
      await api.openView(triggerId, noteModal(summary, { c: pressed.data.c, l: summary.locale, d: channel }));
    },

    /** Checks a submitted note before the modal closes; the errors go back in the ack, inline. */
    async check(who: SlackUser, meta: NoteMetadata, state: unknown): Promise<NoteCheck> {
      const problems = noteProblemText[meta.l];
      const summary = await ownSummary(who, meta.c);
      if (!summary) return { ok: false, errors: { [NOTE_BLOCK.label]: problems.unknownLabel } };
      const checked = checkLabelNote(readNoteValues(state), summary);
      if (checked.ok) return checked;
      const block =
        checked.problem === "malformed" ||
        checked.problem === "unknownLabel" ||
        checked.problem === "notFinished"
          ? NOTE_BLOCK.label
          : NOTE_BLOCK.text;
      return { ok: false, errors: { [block]: problems[checked.problem] } };
    },

    /** Keeps the checked note and shares the Markdown again, with it. */
    async save(api: SlackApi, who: SlackUser, meta: NoteMetadata, note: LabelNote) {
      const kept = await engine.noteLabel(meta.c, CHANNEL_ACCESS, note);
      if (!kept.ok) {
        log.warn("slack label note not kept", { code: kept.error.code });
        return;
      }
      const recorded = recordingApi(api, who, store, kit.deps.now);
      const c = noteCopy[meta.l];
      await recorded.post(meta.d, {
        text: c.saved,
        blocks: [{ type: "section", text: { type: "plain_text", text: c.saved } }],
      });
      await shareExport(kit, recorded, who, meta.d, meta.c);
    },
  };
}

export type LabelNotes = ReturnType<typeof createLabelNotes>;
