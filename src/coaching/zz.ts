// Recognises a ZZ conversation in a practice consult: only the complaint and the checklist were asked
// about, nothing was given back, and the patient's own story never came up. Pure.
/*
 * The ZZ conversation (ziekte en zorg) is a legitimate track: symptoms, lifestyle checklist, advice. The
 * trainee should hear it named as such, with what the GG conversation would have added, rather than as
 * "one unnamed shift". The rule: at least three questions, every one about the complaint or a checklist
 * domain (or nothing in particular, as "en verder?"), no reflection, and no named move to another phase.
 */
import type { Locale } from "../locales.ts";
import type { Topic } from "./data/topic-cues.ts";
import { languageOf, type TurnPart } from "./parts.ts";
import { readTopic } from "./topic.ts";

/** The topics of the complaint and the lifestyle checklist. */
const CHECKLIST: ReadonlySet<Topic> = new Set([
  "complaint",
  "smoking",
  "alcohol",
  "medication",
  "sleep",
  "eating",
  "moving",
  "general",
  "none",
]);

export interface ZzTrack {
  /** Whether the consult was a ZZ conversation throughout. */
  track: boolean;
  /** Questions about the complaint or the checklist, and all questions. */
  checklistQuestions: number;
  questions: number;
}

export const MIN_QUESTIONS_FOR_ZZ = 3;

/**
 * `parts`: every part of the consult's turns; `named`: whether any move to another phase was named;
 * `session`: the session's language, in which a part is read unless it is clearly in the other one.
 */
export function zzTrack(parts: readonly TurnPart[], named: boolean, session: Locale): ZzTrack {
  const questions = parts.filter((p) => p.kind === "open" || p.kind === "closed");
  const checklist = questions.filter((p) =>
    CHECKLIST.has(readTopic(p.text, languageOf(p.text, session)).topic),
  );
  const reflections = parts.filter((p) => p.kind === "reflection").length;
  return {
    track:
      questions.length >= MIN_QUESTIONS_FOR_ZZ &&
      checklist.length === questions.length &&
      reflections === 0 &&
      !named,
    checklistQuestions: checklist.length,
    questions: questions.length,
  };
}
