// Where the safety screening meets a conversation: what is held while the coach checks, what ends
// coaching, and the states the person sees then. Pure; the texts come from src/safety.

import type { Locale, Region } from "../locales.ts";
import { checkQuestionFor, helpFor } from "../safety/help.ts";
import type { ScreenCategory, ScreenResult } from "../safety/screen.ts";
import type { Answer } from "./answer.ts";
import type { ConversationState } from "./types.ts";

/** Stored in the conversation's `safety` column while screening holds the conversation. */
export type SafetyHold =
  | { type: "check"; category: ScreenCategory | null; answer: Answer }
  | { type: "crisis"; level: "crisis" | "acute"; category: ScreenCategory | null };

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

export function checkState(
  category: ScreenCategory | null,
  locale: Locale,
  phase: string,
  version: number,
): ConversationState {
  // The direct question fits the signal: about ending one's life, or about being unsafe.
  const check = checkQuestionFor(category, locale);
  return {
    version,
    phase,
    messages: [{ role: "coach", text: check.question }],
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
    : checkState(hold.category, locale, phase, version);
}

export function parseHold(json: string | null): SafetyHold | null {
  return json === null ? null : (JSON.parse(json) as SafetyHold);
}
