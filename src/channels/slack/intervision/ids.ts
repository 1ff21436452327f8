// The action ids and modal callback ids of intervision, and the values their buttons and modals carry,
// written here and read back with zod. A control names the round and the version it was shown at, so
// a press on an old message cannot change a later state.
import { z } from "zod";
import { RATINGS } from "../../../intervision/record.ts";
import { locales } from "../../../locales.ts";

export const IV_ACTION = {
  next: "gc_iv_next",
  extend: "gc_iv_extend",
  close: "gc_iv_close",
  end: "gc_iv_end",
  write: "gc_iv_write",
  ask: "gc_iv_ask",
  propose: "gc_iv_propose",
  rate: "gc_iv_rate",
  agree: "gc_iv_agree",
  vote: "gc_iv_vote",
  pick: "gc_iv_pick",
  approve: "gc_iv_approve",
  reject: "gc_iv_reject",
} as const;

/** Matches all intervision action ids (a suffix keeps ids unique within a block). */
export const IV_ACTION_PATTERN =
  /^gc_iv_(next|extend|close|end|write|ask|propose|rate|agree|vote|pick|approve|reject)(:[\w-]{1,40})?$/;

export const IV_VIEW = {
  /** The start modal while the channel and its people are looked up: no submit button. */
  loading: "gc_iv_loading",
  start: "gc_iv_start",
  contribute: "gc_iv_contribute",
  end: "gc_iv_end",
  remove: "gc_iv_remove_confirm",
} as const;

/** The message shortcut a facilitator uses on a contribution in the thread. */
export const IV_SHORTCUT = { remove: "gc_iv_remove" } as const;

const roundId = z.string().min(1).max(64);

/** A facilitator's control on the parent message. */
export const controlValue = z.strictObject({ r: roundId, v: z.number().int().min(1) });
/** A contribute button on a phase message: the round and the phase it belongs to. */
export const phaseValue = z.strictObject({ r: roundId, p: z.number().int().min(0) });
export const rateValue = z.strictObject({ c: z.string().min(1).max(64), k: z.enum(RATINGS) });
/** The confidentiality button of a round. */
export const roundValue = z.strictObject({ r: roundId });
/** A button about one contribution (vote, pick, approve, reject). */
export const contributionValue = z.strictObject({ c: z.string().min(1).max(64) });

/**
 * What the start modal carries: the channel it was opened in, the round's language, and whether
 * the channel is private (conversations.info, checked before the modal could be filled in).
 */
export const startMetadata = z.strictObject({
  c: z.string().min(1).max(32),
  l: z.enum(locales),
  p: z.boolean().nullable().default(null),
});
/** The contribute modal: round, phase, whether it is an anonymous question, and whether it proposes a case. */
export const contributeMetadata = z.strictObject({
  r: roundId,
  p: z.number().int().min(0),
  a: z.boolean(),
  k: z.literal("proposal").optional(),
});
/** The confirmation of removing a contribution, and whether the app posted its message (so can delete it). */
export const removeMetadata = z.strictObject({ c: z.string().min(1).max(64), o: z.boolean() });
/** The end modal: round and the version the end button was shown at. */
export const endMetadata = controlValue;

export type PressedIntervision =
  | { kind: "next" | "extend" | "close" | "end"; roundId: string; version: number }
  | { kind: "write" | "ask" | "propose"; roundId: string; phase: number }
  | { kind: "rate"; contributionId: string; rating: z.infer<typeof rateValue>["k"] }
  | { kind: "agree"; roundId: string }
  | { kind: "vote" | "pick" | "approve" | "reject"; contributionId: string };

const pressed = z.looseObject({
  action_id: z.string().regex(IV_ACTION_PATTERN),
  value: z.string().max(2000),
});

function json(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Reads a pressed intervision button; undefined when it is not one or its value does not parse. */
export function readIntervisionAction(action: unknown): PressedIntervision | undefined {
  const parsed = pressed.safeParse(action);
  if (!parsed.success) return undefined;
  const kind = parsed.data.action_id.split(":")[0];
  const value = json(parsed.data.value);
  switch (kind) {
    case IV_ACTION.next:
    case IV_ACTION.extend:
    case IV_ACTION.close:
    case IV_ACTION.end: {
      const v = controlValue.safeParse(value);
      const control = (
        { gc_iv_next: "next", gc_iv_extend: "extend", gc_iv_close: "close", gc_iv_end: "end" } as const
      )[kind];
      return v.success ? { kind: control, roundId: v.data.r, version: v.data.v } : undefined;
    }
    case IV_ACTION.write:
    case IV_ACTION.ask:
    case IV_ACTION.propose: {
      const v = phaseValue.safeParse(value);
      if (!v.success) return undefined;
      const which = ({ gc_iv_write: "write", gc_iv_ask: "ask", gc_iv_propose: "propose" } as const)[kind];
      return { kind: which, roundId: v.data.r, phase: v.data.p };
    }
    case IV_ACTION.agree: {
      const v = roundValue.safeParse(value);
      return v.success ? { kind: "agree", roundId: v.data.r } : undefined;
    }
    case IV_ACTION.vote:
    case IV_ACTION.pick:
    case IV_ACTION.approve:
    case IV_ACTION.reject: {
      const v = contributionValue.safeParse(value);
      const which = (
        { gc_iv_vote: "vote", gc_iv_pick: "pick", gc_iv_approve: "approve", gc_iv_reject: "reject" } as const
      )[kind];
      return v.success ? { kind: which, contributionId: v.data.c } : undefined;
    }
    case IV_ACTION.rate: {
      const v = rateValue.safeParse(value);
      return v.success ? { kind: "rate", contributionId: v.data.c, rating: v.data.k } : undefined;
    }
    default:
      return undefined;
  }
}

export function readMetadata<T>(schema: z.ZodType<T>, raw: string): T | undefined {
  const parsed = schema.safeParse(json(raw));
  return parsed.success ? parsed.data : undefined;
}
