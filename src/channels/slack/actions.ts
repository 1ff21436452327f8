// The buttons the coach puts in Slack: their action ids and the values they carry, written here and
// read back with zod when pressed. A value names the conversation and the version it was shown at, so
// a press on an old message cannot answer a later question.
import { z } from "zod";
import { answerSchema } from "../../engine/answer.ts";
import { readScalesSubmit } from "./scales-actions.ts";

/** Every action id starts with one of these; a suffix keeps ids unique within a block. */
export const ACTION = {
  start: "gc_start",
  answer: "gc_answer",
  pick: "gc_pick",
  submit: "gc_submit",
  continue: "gc_continue",
  check: "gc_check",
  erase: "gc_erase",
  download: "gc_download",
} as const;

/** Matches all of our action ids. */
export const ACTION_PATTERN = /^gc_(start|answer|pick|submit|continue|check|erase|download)(:[\w-]{1,40})?$/;

const conversationId = z.string().min(1).max(64);
const flowId = z.string().min(1).max(64);

export const startValue = z.strictObject({ f: flowId });
export const answerValue = z.strictObject({ c: conversationId, v: z.number().int().min(0), a: answerSchema });
export const submitValue = z.strictObject({ c: conversationId, v: z.number().int().min(0) });
export const continueValue = z.strictObject({ c: conversationId });
/** The answer to the direct question the Slack channel asks itself (see coach.ts): yes or no. */
export const checkValue = z.strictObject({
  c: conversationId.optional(),
  y: z.boolean(),
  k: z.string().max(40).nullable(),
});

/** "Delete my data" in App Home: ask first, then yes (erase everything) or no. */
export const eraseValue = z.strictObject({ s: z.enum(["ask", "yes", "no"]) });

export type AnswerValue = z.infer<typeof answerValue>;

/** A pressed button of ours, read from a block_actions payload; `label` is what the button said. */
export type PressedAction =
  | { kind: "start"; flow: string; label: string }
  | { kind: "answer"; conversationId: string; version: number; answer: AnswerValue["a"]; label: string }
  | { kind: "submit"; conversationId: string; version: number; choice: string[]; label: string }
  | { kind: "continue"; conversationId: string }
  | {
      kind: "check";
      conversationId: string | undefined;
      yes: boolean;
      category: string | null;
      label: string;
    }
  | { kind: "erase"; step: "ask" | "yes" | "no" }
  /** "Download my data" in App Home: everything the app keeps about the person, as a file in their DM. */
  | { kind: "download" }
  /** A checkbox tick: Slack keeps the ticks itself until the submit button is pressed. */
  | { kind: "tick" };

const shownText = z.looseObject({ text: z.string().max(3000) });

const pressed = z.looseObject({
  action_id: z.string().regex(ACTION_PATTERN),
  value: z.string().max(2000).optional(),
  text: shownText.optional(),
});

/** Ticked options of our checkboxes in a block_actions payload's `state.values`. */
const stateValues = z.record(
  z.string(),
  z.record(
    z.string(),
    z.looseObject({
      selected_options: z.array(z.looseObject({ value: z.string(), text: shownText.optional() })).nullish(),
    }),
  ),
);

function json(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Reads the pressed action; undefined when it is not one of ours or its value does not parse. */
export function readAction(action: unknown, state: unknown): PressedAction | undefined {
  const parsed = pressed.safeParse(action);
  if (!parsed.success) return undefined;
  const kind = parsed.data.action_id.split(":")[0];
  const value = json(parsed.data.value);
  const label = parsed.data.text?.text ?? "";
  switch (kind) {
    case ACTION.start: {
      const v = startValue.safeParse(value);
      return v.success ? { kind: "start", flow: v.data.f, label } : undefined;
    }
    case ACTION.answer: {
      const v = answerValue.safeParse(value);
      return v.success
        ? { kind: "answer", conversationId: v.data.c, version: v.data.v, answer: v.data.a, label }
        : undefined;
    }
    case ACTION.submit: {
      // The spinnenweb's Klaar: every select and the marks, read from the state Slack sends along.
      const scales = readScalesSubmit(value, state);
      if (scales) return { kind: "answer", ...scales };
      const v = submitValue.safeParse(value);
      if (!v.success) return undefined;
      const values = stateValues.safeParse(state);
      const ticked: { value: string; text?: { text: string } | undefined }[] = [];
      if (values.success)
        for (const block of Object.values(values.data))
          for (const [actionId, element] of Object.entries(block))
            if (actionId.startsWith(ACTION.pick)) ticked.push(...(element.selected_options ?? []));
      return {
        kind: "submit",
        conversationId: v.data.c,
        version: v.data.v,
        choice: ticked.map((o) => o.value),
        label: ticked.map((o) => o.text?.text ?? o.value).join(", "),
      };
    }
    case ACTION.continue: {
      const v = continueValue.safeParse(value);
      return v.success ? { kind: "continue", conversationId: v.data.c } : undefined;
    }
    case ACTION.check: {
      const v = checkValue.safeParse(value);
      return v.success
        ? { kind: "check", conversationId: v.data.c, yes: v.data.y, category: v.data.k, label }
        : undefined;
    }
    case ACTION.erase: {
      const v = eraseValue.safeParse(value);
      return v.success ? { kind: "erase", step: v.data.s } : undefined;
    }
    case ACTION.download:
      return { kind: "download" };
    case ACTION.pick:
      return { kind: "tick" };
    default:
      return undefined;
  }
}
