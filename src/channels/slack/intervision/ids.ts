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
  rate: "gc_iv_rate",
} as const;

/** Matches all intervision action ids (a suffix keeps ids unique within a block). */
export const IV_ACTION_PATTERN = /^gc_iv_(next|extend|close|end|write|ask|rate)(:[\w-]{1,40})?$/;

export const IV_VIEW = { start: "gc_iv_start", contribute: "gc_iv_contribute", end: "gc_iv_end" } as const;

const roundId = z.string().min(1).max(64);

/** A facilitator's control on the parent message. */
export const controlValue = z.strictObject({ r: roundId, v: z.number().int().min(1) });
/** A contribute button on a phase message: the round and the phase it belongs to. */
export const phaseValue = z.strictObject({ r: roundId, p: z.number().int().min(0) });
export const rateValue = z.strictObject({ c: z.string().min(1).max(64), k: z.enum(RATINGS) });

/** What the start modal carries: the channel it was opened in and the round's language. */
export const startMetadata = z.strictObject({ c: z.string().min(1).max(32), l: z.enum(locales) });
/** The contribute modal: round, phase, and whether it is an anonymous question. */
export const contributeMetadata = z.strictObject({ r: roundId, p: z.number().int().min(0), a: z.boolean() });
/** The end modal: round and the version the end button was shown at. */
export const endMetadata = controlValue;

export type PressedIntervision =
  | { kind: "next" | "extend" | "close" | "end"; roundId: string; version: number }
  | { kind: "write" | "ask"; roundId: string; phase: number }
  | { kind: "rate"; contributionId: string; rating: z.infer<typeof rateValue>["k"] };

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
    case IV_ACTION.ask: {
      const v = phaseValue.safeParse(value);
      if (!v.success) return undefined;
      return { kind: kind === IV_ACTION.ask ? "ask" : "write", roundId: v.data.r, phase: v.data.p };
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
