// The shape of the quiz's copy: the coach's words, and per item the patient's line, the professional's
// utterance and a short explanation of its phase. The answer key is in items.ts.
import type { Stance } from "../../src/coaching/classify.ts";
import type { Locale } from "../../src/locales.ts";
import type { ItemId } from "./items.ts";

export interface QuizItemText {
  /** What the patient said just before: the context. */
  patient: string;
  /** The professional's utterance to place in a phase. */
  professional: string;
  /** Why it belongs to its phase, in one or two sentences. */
  explanation: string;
}

export interface QuizContent {
  locale: Locale;
  intro: string[];
  start: string;
  phase: Record<Stance, string>;
  dontKnow: string;
  progress: (number: number, total: number) => string;
  patient: (line: string) => string;
  professional: (line: string) => string;
  ask: string;
  right: string;
  wrong: (expected: string) => string;
  skipped: (expected: string) => string;
  result: (correct: number, total: number) => string;
  /** Encouragement by score: at most half right, more than half, all right. */
  verdict: { low: string; mid: string; high: string };
  /** After the first round: another round with other items, or stop. */
  another: string;
  anotherRound: string;
  stop: string;
  again: string;
  items: Record<ItemId, QuizItemText>;
}
