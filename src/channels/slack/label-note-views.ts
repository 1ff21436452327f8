// "Dat bedoelde ik anders" in the Slack DM: the button under a finished practice session's export, the
// modal it opens (which label, one line of at most 200 characters) and reading what comes back. Pure.
import type { types } from "@slack/bolt";
import { z } from "zod";
import type { PracticeSummary } from "../../coaching/feedback-schema.ts";
import { NOTE_MAX } from "../../coaching/label-note.ts";
import { partNames, phaseNames } from "../../coaching/part-labels.ts";
import { type Locale, localeSchema } from "../../locales.ts";
import { LIMITS, type SlackMessage } from "./blocks.ts";
import { escapeMrkdwn } from "./text.ts";

/** Our own ids, apart from ACTION_PATTERN's: the button and the modal have listeners of their own. */
export const NOTE_ACTION = "gc_note";
export const NOTE_VIEW = "gc_note_view";
export const NOTE_BLOCK = { label: "gc_note_label", text: "gc_note_text" } as const;
const ELEMENT = { label: "label", text: "text" } as const;

/** Slack's most options in one static select. */
const MAX_OPTIONS = 100;

interface NoteCopy {
  lead: string;
  button: string;
  title: string;
  submit: string;
  close: string;
  which: string;
  what: string;
  hint: string;
  saved: string;
  turn: (n: number, phase: string, label: string) => string;
}

export const noteCopy: Record<Locale, NoteCopy> = {
  nl: {
    lead: "Bedoelde je bij een label iets anders? Zet er één regel bij; die komt mee in het bestand voor je opleider.",
    button: "Dat bedoelde ik anders",
    title: "Dat bedoelde ik anders",
    submit: "Bewaren",
    close: "Annuleren",
    which: "Bij welk label?",
    what: "Wat bedoelde je?",
    hint: `Eén regel, hoogstens ${NOTE_MAX} tekens.`,
    saved: "Bewaard. Hier is het gesprek opnieuw, met je opmerking erbij.",
    turn: (n, phase, label) => `Beurt ${n}, ${phase}, ${label}`,
  },
  en: {
    lead: "Did you mean something other than a label says? Add one line; it goes into the file for your trainer.",
    button: "I meant this differently",
    title: "I meant this differently",
    submit: "Save",
    close: "Cancel",
    which: "Which label?",
    what: "What did you mean?",
    hint: `One line, at most ${NOTE_MAX} characters.`,
    saved: "Saved. Here is the conversation again, with your note in it.",
    turn: (n, phase, label) => `Turn ${n}, ${phase}, ${label}`,
  },
};

const conversationId = z.string().min(1).max(64);
export const noteButtonValue = z.strictObject({ c: conversationId });
/** What the modal carries through Slack: the conversation, its language and the DM to answer in. */
export const noteMetadata = z.strictObject({
  c: conversationId,
  l: localeSchema,
  d: z.string().min(1).max(64),
});
export type NoteMetadata = z.infer<typeof noteMetadata>;

/** The message under the export: one button that opens the modal. */
export function noteButtonMessage(locale: Locale, id: string): SlackMessage {
  const c = noteCopy[locale];
  return {
    text: c.lead,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(c.lead) } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: NOTE_ACTION,
            text: { type: "plain_text", text: c.button },
            value: JSON.stringify({ c: id }),
          },
        ],
      },
    ],
  };
}

const cut = (text: string, max: number) =>
  [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;

/** One option per labelled part of the trainee's turns: "Beurt 2, fase 1 (volgend), reflectie: U bent..." */
function labelOptions(summary: PracticeSummary): types.PlainTextOption[] {
  const locale = summary.locale;
  const c = noteCopy[locale];
  return summary.timeline
    .flatMap((t) => {
      const parts = t.parts.length > 0 ? t.parts : [{ text: t.text, kind: "other" as const }];
      return parts.map((p, part) => {
        const head = c.turn(t.turn, phaseNames[locale][t.phase], partNames[locale][p.kind]);
        return {
          text: {
            type: "plain_text" as const,
            text: cut(`${head}: ${p.text.replace(/\s+/g, " ")}`, LIMITS.optionText),
          },
          value: `${t.turn}.${part}`,
        };
      });
    })
    .slice(0, MAX_OPTIONS);
}

export function noteModal(summary: PracticeSummary, meta: NoteMetadata): types.ModalView {
  const c = noteCopy[summary.locale];
  return {
    type: "modal",
    callback_id: NOTE_VIEW,
    private_metadata: JSON.stringify(meta),
    title: { type: "plain_text", text: c.title },
    submit: { type: "plain_text", text: c.submit },
    close: { type: "plain_text", text: c.close },
    blocks: [
      {
        type: "input",
        block_id: NOTE_BLOCK.label,
        label: { type: "plain_text", text: c.which },
        element: { type: "static_select", action_id: ELEMENT.label, options: labelOptions(summary) },
      },
      {
        type: "input",
        block_id: NOTE_BLOCK.text,
        label: { type: "plain_text", text: c.what },
        hint: { type: "plain_text", text: c.hint },
        element: {
          type: "plain_text_input",
          action_id: ELEMENT.text,
          max_length: NOTE_MAX,
          multiline: false,
        },
      },
    ],
  };
}

const values = z.looseObject({
  [NOTE_BLOCK.label]: z.looseObject({
    [ELEMENT.label]: z.looseObject({
      selected_option: z.looseObject({ value: z.string().max(20) }).nullish(),
    }),
  }),
  [NOTE_BLOCK.text]: z.looseObject({
    [ELEMENT.text]: z.looseObject({
      value: z
        .string()
        .max(4 * NOTE_MAX)
        .nullish(),
    }),
  }),
});

/**
 * The fields as the web form sends them (turn, part, text), for checkLabelNote; "malformed" ones when
 * the values are not what the modal asks for.
 */
export function readNoteValues(state: unknown): { turn: string; part: string; text: string } {
  const parsed = values.safeParse(state);
  if (!parsed.success) return { turn: "", part: "", text: "" };
  const [turn = "", part = ""] = (
    parsed.data[NOTE_BLOCK.label][ELEMENT.label].selected_option?.value ?? ""
  ).split(".");
  return { turn, part, text: parsed.data[NOTE_BLOCK.text][ELEMENT.text].value ?? "" };
}

/** Reads the modal's metadata; undefined when it is not ours. */
export function readNoteMetadata(raw: string): NoteMetadata | undefined {
  try {
    const parsed = noteMetadata.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
