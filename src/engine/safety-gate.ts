// Where the safety screening meets a conversation: what is held while the coach checks, what ends
// coaching, and the states the person sees then. Pure; the texts come from src/safety.

import { z } from "zod";
import type { Locale, Region } from "../locales.ts";
import { acuteCheckQuestion, type CheckQuestion, checkQuestionFor, helpFor } from "../safety/help.ts";
import { type ScreenCategory, type ScreenResult, screenCategories } from "../safety/types.ts";
import type { ConversationState } from "./types.ts";

/**
 * Stored in the conversation's `safety` column while screening holds the conversation. A check holds
 * no copy of the text that raised it: that text is never an answer, whatever the person says next.
 */
export type SafetyHold =
  | { type: "check"; level: "check" | "acute_check"; category: ScreenCategory | null }
  | { type: "crisis"; level: "crisis" | "acute"; category: ScreenCategory | null };

const category = z.enum(screenCategories).nullable();
/** Rows written before the acute check kept the held answer and had no level: both read as a plain check. */
const storedHold = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("check"),
    level: z.enum(["check", "acute_check"]).default("check"),
    category,
  }),
  z.object({ type: z.literal("crisis"), level: z.enum(["crisis", "acute"]), category }),
]);

/** What is stored with an event: the decision and its rule labels, never the text. */
export type Screening = Pick<ScreenResult, "level" | "category" | "cues">;

export const CHECK_YES = "ja";
export const CHECK_NO = "nee";

export function crisisState(
  hold: Extract<SafetyHold, { type: "crisis" }>,
  region: Region,
  locale: Locale,
  version: number,
): ConversationState {
  const help = helpFor(hold.level, hold.category, region, locale);
  return {
    version,
    phase: "crisis",
    messages: [help.title, ...help.lines].map((text) => ({ role: "coach", text })),
    input: { kind: "none" },
    canGoBack: false,
    done: true,
  };
}

/** The direct question for a held check: about ending one's life, being unsafe, or an acute sign now. */
export function questionFor(
  hold: Extract<SafetyHold, { type: "check" }>,
  region: Region,
  locale: Locale,
): CheckQuestion {
  return hold.level === "acute_check"
    ? acuteCheckQuestion(region, locale)
    : checkQuestionFor(hold.category, locale);
}

export function checkState(
  hold: Extract<SafetyHold, { type: "check" }>,
  region: Region,
  locale: Locale,
  phase: string,
  version: number,
): ConversationState {
  const check = questionFor(hold, region, locale);
  return {
    version,
    phase,
    messages: [...(check.before === undefined ? [] : [check.before]), check.question].map((text) => ({
      role: "coach" as const,
      text,
    })),
    input: {
      kind: "choice",
      multiple: false,
      options: [
        { id: CHECK_YES, label: check.yes },
        { id: CHECK_NO, label: check.no },
      ],
    },
    canGoBack: false,
    done: false,
  };
}

/** The state to show for a held conversation, or undefined when screening holds nothing. */
export function heldState(
  hold: SafetyHold | null,
  region: Region,
  locale: Locale,
  phase: string,
  version: number,
): ConversationState | undefined {
  if (hold === null) return undefined;
  return hold.type === "crisis"
    ? crisisState(hold, region, locale, version)
    : checkState(hold, region, locale, phase, version);
}

export function parseHold(json: string | null): SafetyHold | null {
  return json === null ? null : storedHold.parse(JSON.parse(json));
}
